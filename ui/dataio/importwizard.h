#pragma once

#include "core/actor.h"
#include "core/dataio/importer.h"
#include "core/dataio/sourcetable.h"

#include <QWizard>

#include <optional>

class QProgressBar;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

/**
 * Brings a spreadsheet (CSV or Excel) into the database in four steps a coordinator can follow:
 * the file and what it holds, which of its columns is which, a check that lists every problem by
 * row and column (and possible duplicates to decide on), then a dry run or the import itself, all
 * or nothing. Everything is done by core::dataio::Importer on this thread (the database belongs to
 * it); long steps show a progress bar, keep the window responsive and can be cancelled. Needs
 * Permissions::ImportData (the importer checks it again).
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        ColumnsPage,
        CheckPage,
        ImportPage
    };

    ImportWizard(core::Database& db, const core::Actor& actor, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /** Reads path as the file to import (what "Choose…" does after the file dialog). True if it was read. */
    bool openFile(const QString& path);

    /** Chooses what the file holds (and for questionnaire scores, which questionnaire). */
    void setKind(core::dataio::ImportKind kind, const QString& measureId = {});

    const core::dataio::SourceTable& table() const { return m_table; }

    const core::dataio::ImportOptions& options() const { return m_options; }

    /** The last check, if one has run. */
    const std::optional<core::dataio::ImportCheck>& lastCheck() const { return m_check; }

    /** The last import or dry run, if one succeeded. */
    const std::optional<core::dataio::ImportResult>& lastResult() const { return m_result; }

    /** True while a check or an import runs (the wizard cannot be closed then; Cancel stops it). */
    bool isBusy() const { return m_busy; }

    void reject() override;

signals:
    /** Rows were written to the database: the window's pages need a refresh. */
    void imported();

private:
    friend class ImportFilePage;
    friend class ImportColumnsPage;
    friend class ImportCheckPage;
    friend class ImportRunPage;

    /** Reads m_path again with m_readOptions; shows a problem and returns false if it cannot. */
    bool readAgain(QString* problem);
    /** The fields of the chosen kind; false (with the reason) if they cannot be listed. */
    bool loadFields(QString* problem);
    /** A progress callback that moves bar, keeps the window responsive, and stops when *cancelRequested. */
    core::dataio::ImportProgress busyProgress(QProgressBar* bar, bool* cancelRequested);
    void setBusy(bool busy);

    core::Database& m_db;
    core::Actor m_actor;
    core::dataio::Importer m_importer;
    QString m_path;
    core::dataio::ReadOptions m_readOptions;
    core::dataio::SourceTable m_table;
    bool m_haveTable = false;
    QList<core::dataio::FieldSpec> m_fields;
    core::dataio::ImportOptions m_options;
    // What the Columns step was last built for, so going Back and Next keeps a person's choices.
    QString m_columnsBuiltFor;
    std::optional<core::dataio::ImportCheck> m_check;
    std::optional<core::dataio::ImportResult> m_result;
    bool m_busy = false;
    bool m_importedForReal = false;
};

} // namespace alongside::ui
