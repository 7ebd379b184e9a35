#pragma once

#include "core/actor.h"
#include "core/reports/formats.h"
#include "core/reports/report.h"
#include "core/reports/reports.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QProgressBar;
class QPushButton;
class QThread;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class PeriodPicker;
class WrappingLabel;

/**
 * The main window's "Reports" area: choose a report from the catalogue, its period (or the day it is
 * "as at") and comparisons, build it off the GUI thread on a second, read-only connection (with a
 * progress bar and Cancel), and see the exact printed pages. Print, PDF, CSV, Excel, JSON and HTML
 * always take a suppressed build: a coordinator's unsuppressed preview never leaves the screen.
 */
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setContext(core::Database* db, const core::Actor& actor);
    /** Reads the settings again (the year-start month), keeping the report chosen. */
    void refresh();
    /** Stops any build and forgets the database and the report shown. */
    void clear();

    /** What the controls ask for now. */
    core::report::Request request() const;
    /** The report in the preview, if any. */
    const core::report::Report* shownReport() const;
    bool isBuilding() const;
    /** "Quarterly report Q2 2026-27.pdf" for the report shown (or the one chosen) and format. */
    QString suggestedFileName(core::report::Format format) const;
    QString statusText() const;
    int previewPageCount() const;

    QComboBox* reportCombo() const { return m_report; }

    PeriodPicker* periodPicker() const { return m_period; }

    QCheckBox* smallNumbersBox() const { return m_showSmall; }

    QProgressBar* progressBar() const { return m_progress; }

    QPrintPreviewWidget* preview() const { return m_preview; }

    /** Chooses a report by id ("quarterly"…). */
    void chooseReport(const QString& reportId);

public slots:
    void build();
    void cancel();
    void print();
    void saveAsPdf();
    void exportAs(core::report::Format format);
    /** Writes the shown report's suppressed build to path (rebuilding it suppressed if needed). */
    void saveTo(core::report::Format format, const QString& path);

signals:
    /** A build ended: ok, cancelled or failed (statusText() says which). */
    void buildFinished();
    /** A file was written (or the print dialog opened, with an empty path). */
    void saved(const QString& path);

private:
    enum class Purpose
    {
        Preview,
        Output // a suppressed copy for printing or saving
    };

    struct PendingOutput
    {
        bool print = false;
        core::report::Format format = core::report::Format::Pdf;
        QString path;
    };

    void startBuild(const core::report::Request& request, Purpose purpose);
    void onProgress(quint64 generation, int step, int steps, const QString& doing);
    void onBuilt(quint64 generation, const core::Result<core::report::Report>& result);
    void useResult(const core::Result<core::report::Report>& result);
    void output(const PendingOutput& pending);
    void writeOutput(const PendingOutput& pending, const core::report::Report& report);
    void stopWorker();
    void updateControls();
    void updateReportInfo();
    void updatePageLabel();
    void record(const QString& action, const QString& reportId, const QString& note);
    QString reportName() const;
    std::optional<core::report::ReportInfo> chosenInfo() const;
    bool mayShowSmallNumbers() const;

    core::Database* m_db = nullptr;
    core::Actor m_actor;
    int m_yearStartMonth = 4;
    QDate m_periodsFor; // the day the period choices were made for

    // The report shown, the request and name it was built from, and its suppressed copy for output.
    std::optional<core::report::Report> m_shown;
    core::report::Request m_shownRequest;
    QString m_shownName;
    std::optional<core::report::Report> m_output;
    std::optional<PendingOutput> m_pending;

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    Purpose m_purpose = Purpose::Preview;
    core::report::Request m_buildingRequest;
    QString m_buildingName;

    QComboBox* m_report = nullptr;
    WrappingLabel* m_description = nullptr;
    PeriodPicker* m_period = nullptr;
    QLabel* m_asOfLabel = nullptr;
    QDateEdit* m_asOf = nullptr;
    QCheckBox* m_comparePrevious = nullptr;
    QCheckBox* m_compareYtd = nullptr;
    QCheckBox* m_showSmall = nullptr;
    WrappingLabel* m_outputNote = nullptr;
    QPushButton* m_build = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    WrappingLabel* m_status = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_export = nullptr;
    WrappingLabel* m_banner = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_pageLabel = nullptr;
    QPushButton* m_fitWidth = nullptr;
    QPushButton* m_zoomIn = nullptr;
    QPushButton* m_zoomOut = nullptr;
    WrappingLabel* m_empty = nullptr;
};

} // namespace alongside::ui
