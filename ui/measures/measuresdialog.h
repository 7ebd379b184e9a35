#pragma once

#include "core/actor.h"
#include "core/measures/measureservice.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * "Questionnaires and Measures": every measure Alongside knows (one row for each, at its current
 * version, saying whether it comes with Alongside, was adjusted by the charity or is the charity's
 * own) and everything about the chosen one: licence and copyright line, questions and answers,
 * scoring, bands, cut-off, change thresholds, sources and every version with who made it and when.
 * With EditCatalogues it also makes new questionnaires, changes the charity's own and adjusts bands
 * and thresholds; every change is a new version. Everyone else sees it read-only.
 */
class MeasuresDialog : public QDialog
{
    Q_OBJECT

public:
    MeasuresDialog(core::Database& db, const core::Actor& actor, QWidget* parent = nullptr);

    /** Reads the measures again and selects measureId (or keeps the current one). */
    void reload(const QString& measureId = {});

    /** Selects the measure with this id; false if it is not listed. */
    bool select(const QString& measureId);

    /** The id of the selected measure; empty if none. */
    QString currentId() const;

    /** "Comes with Alongside", "Adjusted by this charity" or "This charity's own", for a KnownMeasure::source. */
    static QString sourceWords(const QString& source);

private:
    void showCurrent();
    void newQuestionnaire();
    void editQuestionnaire();
    void adjustBands();
    void showSaved(const QString& text);
    const core::KnownMeasure* current() const;
    QString detailsHtml(const core::KnownMeasure& measure) const;

    core::Database& m_db;
    core::Actor m_actor;
    bool m_canEdit = false;
    QList<core::KnownMeasure> m_all;

    QTreeWidget* m_list = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_adjust = nullptr;
    WrappingLabel* m_feedback = nullptr;
};

} // namespace alongside::ui
