#include "ui/reports/reportspage.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/db/database.h"
#include "core/services/servicesupport.h"
#include "core/services/settingsservice.h"
#include "ui/common/fonts.h"
#include "ui/common/prompts.h"
#include "ui/common/wrappinglabel.h"
#include "ui/reports/periodpicker.h"
#include "ui/reports/reportrender.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

using core::report::Format;

QString formatFilter(Format format)
{
    switch (format) {
    case Format::Pdf:
        return ReportsPage::tr("PDF (*.pdf)");
    case Format::Html:
        return ReportsPage::tr("Web page (*.html)");
    case Format::Csv:
        return ReportsPage::tr("CSV (*.csv)");
    case Format::Xlsx:
        return ReportsPage::tr("Excel workbook (*.xlsx)");
    case Format::Json:
        return ReportsPage::tr("JSON (*.json)");
    }
    return {};
}

QString formatWords(Format format)
{
    switch (format) {
    case Format::Pdf:
        return ReportsPage::tr("PDF");
    case Format::Html:
        return ReportsPage::tr("web page");
    case Format::Csv:
        return ReportsPage::tr("CSV file");
    case Format::Xlsx:
        return ReportsPage::tr("Excel workbook");
    case Format::Json:
        return ReportsPage::tr("JSON file");
    }
    return {};
}

/** Characters a file name may not hold on Windows, macOS or Linux. */
QString safeFileName(QString name)
{
    for (const QChar c : QStringLiteral("/\\:*?\"<>|")) {
        name.replace(c, QLatin1Char('-'));
    }
    return name.simplified();
}

QPushButton* button(const QString& text, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    return b;
}

} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageOrientation(QPageLayout::Portrait);

    // --- The choices, on the left ---------------------------------------------------------------
    auto* controls = new QWidget(this);
    auto* left = new QVBoxLayout(controls);
    left->setContentsMargins(16, 16, 12, 16);
    auto* heading = new QLabel(tr("Reports"), controls);
    heading->setFont(scaledFont(heading->font(), 1.4));
    heading->setAccessibleName(tr("Reports"));
    left->addWidget(heading);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_report = new QComboBox(controls);
    m_report->setObjectName(QStringLiteral("reportChoice"));
    m_report->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_report->setMinimumContentsLength(12);
    m_report->setAccessibleName(tr("Report"));
    auto* reportLabel = new QLabel(tr("&Report:"), controls);
    reportLabel->setBuddy(m_report);
    form->addRow(reportLabel, m_report);
    left->addLayout(form);
    m_description = new WrappingLabel(QString(), controls);
    m_description->setObjectName(QStringLiteral("reportDescription"));
    left->addWidget(m_description);

    m_period = new PeriodPicker(controls);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    left->addWidget(m_period);

    auto* asOfForm = new QFormLayout;
    asOfForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_asOf = new QDateEdit(controls);
    m_asOf->setObjectName(QStringLiteral("reportAsOf"));
    m_asOf->setAccessibleName(tr("As at"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_asOfLabel = new QLabel(tr("&As at:"), controls);
    m_asOfLabel->setBuddy(m_asOf);
    asOfForm->addRow(m_asOfLabel, m_asOf);
    left->addLayout(asOfForm);

    m_comparePrevious = new QCheckBox(tr("&Compare with the previous period"), controls);
    m_comparePrevious->setObjectName(QStringLiteral("reportComparePrevious"));
    m_comparePrevious->setAccessibleName(tr("Compare with the previous period"));
    m_compareYtd = new QCheckBox(tr("Add year-to-date colum&ns"), controls);
    m_compareYtd->setObjectName(QStringLiteral("reportCompareYtd"));
    m_compareYtd->setAccessibleName(tr("Add year-to-date columns"));
    left->addWidget(m_comparePrevious);
    left->addWidget(m_compareYtd);

    m_showSmall = new QCheckBox(tr("Show small n&umbers (this screen only)"), controls);
    m_showSmall->setObjectName(QStringLiteral("reportShowSmallNumbers"));
    m_showSmall->setAccessibleName(tr("Show small numbers on this screen only"));
    m_showSmall->setToolTip(tr("Shows counts below the suppression threshold in the preview. Printing, PDF and "
                               "every export still hide them."));
    left->addWidget(m_showSmall);
    m_outputNote = new WrappingLabel(
        tr("Printing, PDF and exports always hide small numbers, whatever the preview shows."), controls);
    m_outputNote->setObjectName(QStringLiteral("reportOutputNote"));
    left->addWidget(m_outputNote);

    auto* buildRow = new QHBoxLayout;
    m_build = button(tr("&Build Report"), QStringLiteral("reportBuild"), tr("Build the report"), controls);
    m_build->setDefault(true);
    m_cancelButton = button(tr("Cancel"), QStringLiteral("reportCancel"), tr("Cancel building the report"), controls);
    buildRow->addWidget(m_build);
    buildRow->addWidget(m_cancelButton);
    buildRow->addStretch();
    left->addLayout(buildRow);
    m_progress = new QProgressBar(controls);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setAccessibleName(tr("Progress building the report"));
    m_progress->setTextVisible(true);
    left->addWidget(m_progress);
    m_status = new WrappingLabel(QString(), controls);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setAccessibleName(tr("Report status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_status);

    auto* line = new QFrame(controls);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    left->addWidget(line);
    auto* outputRow = new QHBoxLayout;
    m_print = button(tr("Print…"), QStringLiteral("reportPrint"), tr("Print the report"), controls);
    m_pdf = button(tr("Save as PDF…"), QStringLiteral("reportPdf"), tr("Save the report as PDF"), controls);
    m_export = button(tr("Export"), QStringLiteral("reportExport"), tr("Export the report"), controls);
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("&CSV…"), this, [this] { exportAs(Format::Csv); });
    exportMenu->addAction(tr("&Excel (XLSX)…"), this, [this] { exportAs(Format::Xlsx); });
    exportMenu->addAction(tr("&JSON…"), this, [this] { exportAs(Format::Json); });
    exportMenu->addAction(tr("&Web Page (HTML)…"), this, [this] { exportAs(Format::Html); });
    m_export->setMenu(exportMenu);
    outputRow->addWidget(m_print);
    outputRow->addWidget(m_pdf);
    outputRow->addWidget(m_export);
    outputRow->addStretch();
    left->addLayout(outputRow);
    left->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportControls"));
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFixedWidth(340);

    // --- The pages, on the right ----------------------------------------------------------------
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 12, 12, 12);
    m_banner = new WrappingLabel(QString(), this);
    m_banner->setObjectName(QStringLiteral("reportUnsuppressedBanner"));
    m_banner->setAccessibleName(tr("Warning: small numbers shown"));
    m_banner->setFrameShape(QFrame::Box);
    m_banner->setMargin(8);
    m_banner->setFont(scaledFont(m_banner->font(), 1.05));
    m_banner->setStyleSheet(QStringLiteral("QLabel#reportUnsuppressedBanner { background: #fff3cd; color: #5c3c00; "
                                           "border: 2px solid #b58100; }"));
    m_banner->setText(tr("⚠ NOT FOR SHARING. Small numbers are shown in this preview and may identify people. Do not "
                         "photograph, copy or show this screen outside the team. Printing, PDF and exports hide "
                         "them."));
    m_banner->hide();
    right->addWidget(m_banner);

    auto* nav = new QHBoxLayout;
    m_previous = button(tr("Previous"), QStringLiteral("reportPreviousPage"), tr("Previous page"), this);
    m_next = button(tr("Next"), QStringLiteral("reportNextPage"), tr("Next page"), this);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("reportPageLabel"));
    m_fitWidth = button(tr("Fit Width"), QStringLiteral("reportFitWidth"), tr("Fit the page to the width"), this);
    // "−" and "+" keep the row narrow; their names and tooltips say what they do.
    m_zoomOut = button(tr("−"), QStringLiteral("reportZoomOut"), tr("Zoom out"), this);
    m_zoomOut->setToolTip(tr("Zoom out"));
    m_zoomIn = button(tr("+"), QStringLiteral("reportZoomIn"), tr("Zoom in"), this);
    m_zoomIn->setToolTip(tr("Zoom in"));
    for (QPushButton* b : { m_zoomOut, m_zoomIn }) {
        b->setFixedWidth(b->fontMetrics().height() * 2 + 8);
    }
    m_previous->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    nav->addWidget(m_previous);
    nav->addWidget(m_next);
    nav->addWidget(m_pageLabel);
    nav->addStretch();
    nav->addWidget(m_fitWidth);
    nav->addWidget(m_zoomOut);
    nav->addWidget(m_zoomIn);
    right->addLayout(nav);

    auto* stack = new QStackedWidget(this);
    m_empty = new WrappingLabel(
        tr("Choose a report and its period, then press Build Report. The pages appear here exactly as they will "
           "print."),
        stack);
    m_empty->setObjectName(QStringLiteral("reportEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(40);
    m_preview = new QPrintPreviewWidget(m_printer.get(), stack);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setFocusPolicy(Qt::StrongFocus);
    stack->addWidget(m_empty);
    stack->addWidget(m_preview);
    right->addWidget(stack, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll);
    layout->addLayout(right, 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        if (m_shown) {
            reports::paint(*m_shown, printer);
        }
    });
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &ReportsPage::updatePageLabel);
    connect(m_previous, &QPushButton::clicked, this,
        [this] { m_preview->setCurrentPage(std::max(1, m_preview->currentPage() - 1)); });
    connect(m_next, &QPushButton::clicked, this,
        [this] { m_preview->setCurrentPage(std::min(m_preview->pageCount(), m_preview->currentPage() + 1)); });
    connect(m_fitWidth, &QPushButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(m_zoomIn, &QPushButton::clicked, this, [this] { m_preview->zoomIn(); });
    connect(m_zoomOut, &QPushButton::clicked, this, [this] { m_preview->zoomOut(); });
    connect(stack, &QStackedWidget::currentChanged, this, &ReportsPage::updateControls);
    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportsPage::updateReportInfo);
    connect(m_period, &PeriodPicker::changed, this, &ReportsPage::updateControls);
    connect(m_build, &QPushButton::clicked, this, &ReportsPage::build);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::saveAsPdf);

    clear();
}

ReportsPage::~ReportsPage()
{
    stopWorker();
}

void ReportsPage::stopWorker()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    if (m_thread) {
        // The build stops at its next step; nothing it posts is delivered once this page has moved on.
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    ++m_generation;
    m_pending.reset();
}

void ReportsPage::setContext(core::Database* db, const core::Actor& actor)
{
    const bool same = db && db == m_db && actor.accountId == m_actor.accountId && actor.role == m_actor.role;
    if (!same) {
        clear();
    }
    m_db = db;
    m_actor = actor;
    if (!same) {
        const QSignalBlocker block(m_report);
        m_report->clear();
        const bool onlySuppressed = core::Permissions::mustSuppress(actor.role);
        for (const core::report::ReportInfo& i : core::report::catalogue()) {
            // A list that names people is never for a role that may see aggregate figures only.
            if (onlySuppressed && i.namesPeople) {
                continue;
            }
            m_report->addItem(i.title, i.id);
        }
    }
    refresh();
}

void ReportsPage::refresh()
{
    if (!m_db) {
        return;
    }
    auto settings = core::SettingsService(*m_db).load(m_actor);
    const int ysm = settings ? settings.value().yearStartMonth : m_yearStartMonth;
    const QDate today = core::service::today();
    if (ysm != m_yearStartMonth || today != m_periodsFor) {
        m_yearStartMonth = ysm;
        m_periodsFor = today;
        const auto kind = m_period->kind();
        m_period->setup(ysm, today);
        m_period->setKind(kind);
        m_asOf->setMaximumDate(today);
        m_asOf->setDate(today);
    }
    updateReportInfo();
}

void ReportsPage::clear()
{
    stopWorker();
    m_db = nullptr;
    m_periodsFor = QDate();
    m_shown.reset();
    m_output.reset();
    m_shownName.clear();
    m_report->clear();
    m_showSmall->setChecked(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_status->clear();
    m_banner->hide();
    if (auto* stack = qobject_cast<QStackedWidget*>(m_preview->parentWidget())) {
        stack->setCurrentWidget(m_empty);
    }
    updateReportInfo();
}

std::optional<core::report::ReportInfo> ReportsPage::chosenInfo() const
{
    return core::report::info(m_report->currentData().toString());
}

bool ReportsPage::mayShowSmallNumbers() const
{
    const auto info = chosenInfo();
    return m_db && info && !info->namesPeople && !core::Permissions::mustSuppress(m_actor.role);
}

void ReportsPage::chooseReport(const QString& reportId)
{
    const int index = m_report->findData(reportId);
    if (index >= 0) {
        m_report->setCurrentIndex(index);
    }
}

void ReportsPage::updateReportInfo()
{
    const auto info = chosenInfo();
    m_description->setText(info ? info->description : QString());
    const bool period = info && info->usesPeriod;
    const bool asOf = info && info->usesAsOf;
    m_period->setVisible(period);
    m_asOfLabel->setVisible(asOf);
    m_asOf->setVisible(asOf);
    m_comparePrevious->setVisible(info && info->hasComparisons);
    m_compareYtd->setVisible(info && info->hasComparisons);
    m_showSmall->setVisible(mayShowSmallNumbers());
    m_outputNote->setVisible(mayShowSmallNumbers());
    if (!mayShowSmallNumbers()) {
        m_showSmall->setChecked(false);
    }
    updateControls();
}

void ReportsPage::updateControls()
{
    const bool building = isBuilding();
    const auto info = chosenInfo();
    // Year to date makes sense beside a quarter only.
    const bool quarterly = m_period->kind() == PeriodPicker::Kind::Quarter;
    m_compareYtd->setEnabled(!building && quarterly);
    if (!quarterly) {
        m_compareYtd->setChecked(false);
    }
    for (QWidget* w : std::initializer_list<QWidget*> { m_report, m_period, m_asOf, m_comparePrevious, m_showSmall }) {
        w->setEnabled(!building && m_db);
    }
    m_build->setEnabled(!building && m_db && info.has_value());
    m_cancelButton->setEnabled(building);
    m_progress->setVisible(building || m_progress->value() > 0);
    const bool have = m_shown.has_value();
    for (QPushButton* b : { m_print, m_pdf, m_export }) {
        b->setEnabled(have && !building);
    }
    const bool pages = have && m_preview->pageCount() > 0;
    m_previous->setEnabled(pages && m_preview->currentPage() > 1);
    m_next->setEnabled(pages && m_preview->currentPage() < m_preview->pageCount());
    for (QPushButton* b : { m_fitWidth, m_zoomIn, m_zoomOut }) {
        b->setEnabled(pages);
    }
}

void ReportsPage::updatePageLabel()
{
    const int count = m_shown ? m_preview->pageCount() : 0;
    m_pageLabel->setText(count > 0 ? tr("Page %1 of %2").arg(m_preview->currentPage()).arg(count) : QString());
    updateControls();
}

core::report::Request ReportsPage::request() const
{
    core::report::Request r;
    const auto info = chosenInfo();
    r.reportId = m_report->currentData().toString();
    if (info && info->usesPeriod) {
        r.from = m_period->from();
        r.to = m_period->to();
    }
    if (info && info->usesAsOf) {
        r.asOf = m_asOf->date();
    }
    if (info && info->hasComparisons) {
        r.comparePrevious = m_comparePrevious->isChecked();
        r.compareYearToDate = m_compareYtd->isChecked() && m_period->kind() == PeriodPicker::Kind::Quarter;
    }
    r.suppress = !(mayShowSmallNumbers() && m_showSmall->isChecked());
    return r;
}

QString ReportsPage::reportName() const
{
    const auto info = chosenInfo();
    if (!info) {
        return {};
    }
    if (info->usesPeriod) {
        return tr("%1 %2").arg(info->title, m_period->shortName());
    }
    if (info->usesAsOf) {
        return tr("%1 as at %2").arg(info->title, m_asOf->date().toString(Qt::ISODate));
    }
    return info->title;
}

const core::report::Report* ReportsPage::shownReport() const
{
    return m_shown ? &*m_shown : nullptr;
}

bool ReportsPage::isBuilding() const
{
    return m_thread != nullptr;
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}

int ReportsPage::previewPageCount() const
{
    return m_shown ? m_preview->pageCount() : 0;
}

QString ReportsPage::suggestedFileName(core::report::Format format) const
{
    const QString name = m_shown ? m_shownName : reportName();
    return safeFileName(name) + core::report::formatSuffix(format);
}

void ReportsPage::build()
{
    if (!m_db || isBuilding() || !chosenInfo()) {
        return;
    }
    m_buildingName = reportName();
    startBuild(request(), Purpose::Preview);
}

void ReportsPage::cancel()
{
    if (m_cancel && isBuilding()) {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling…"));
        m_cancelButton->setEnabled(false);
    }
}

void ReportsPage::startBuild(const core::report::Request& request, Purpose purpose)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_purpose = purpose;
    m_buildingRequest = request;
    const quint64 generation = ++m_generation;
    const QString path = m_db->path();
    const core::Actor actor = m_actor;
    const auto cancelled = m_cancel;
    m_progress->setRange(0, 0); // busy until the first step is known
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_progress->show();
    m_status->setText(purpose == Purpose::Preview
            ? tr("Building the report…")
            : tr("Building a copy with small numbers hidden, for printing and saving…"));
    // The worker opens its own read-only connection in its own thread: SQLite connections belong to
    // the thread that opened them, and a read-only connection takes no lock from the window's.
    m_thread = QThread::create([this, path, actor, request, cancelled, generation] {
        const core::report::Progress progress
            = [this, cancelled, generation](int step, int steps, const QString& doing) {
                  QMetaObject::invokeMethod(
                      this, [this, generation, step, steps, doing] { onProgress(generation, step, steps, doing); },
                      Qt::QueuedConnection);
                  return !cancelled->load();
              };
        core::Result<core::report::Report> result = core::report::Report {};
        {
            core::Database::Options options;
            options.ifMissing = core::Database::IfMissing::Fail;
            options.access = core::Database::Access::ReadOnly;
            auto opened = core::Database::open(path, options);
            if (!opened) {
                result = opened.error();
            } else {
                result = core::report::build(*opened.value(), actor, request, progress);
            }
        }
        QMetaObject::invokeMethod(
            this, [this, generation, result] { onBuilt(generation, result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("report builder"));
    m_thread->setParent(this); // onBuilt() or stopWorker() ends and deletes it before the page goes
    m_thread->start();
    updateControls();
}

void ReportsPage::onProgress(quint64 generation, int step, int steps, const QString& doing)
{
    if (generation != m_generation || (m_cancel && m_cancel->load())) {
        return;
    }
    m_progress->setRange(0, std::max(1, steps));
    m_progress->setValue(std::clamp(step, 0, std::max(1, steps)));
    m_progress->setFormat(tr("%p% — %1").arg(doing));
    m_progress->setAccessibleDescription(doing);
}

void ReportsPage::onBuilt(quint64 generation, const core::Result<core::report::Report>& result)
{
    if (generation != m_generation) {
        return;
    }
    if (m_thread) {
        m_thread->wait(); // posting this was the last thing it did
        delete m_thread;
        m_thread = nullptr;
    }
    useResult(result);
    updateControls();
    emit buildFinished();
}

void ReportsPage::useResult(const core::Result<core::report::Report>& result)
{
    const bool wasCancelled
        = (m_cancel && m_cancel->load()) || (!result && result.error().code == core::Error::Code::Cancelled);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    if (wasCancelled) {
        m_pending.reset();
        m_status->setText(m_shown ? tr("Cancelled. The report shown is the one built before.") : tr("Cancelled."));
        return;
    }
    if (!result) {
        m_pending.reset();
        m_status->setText(tr("The report could not be built. %1").arg(result.message()));
        return;
    }
    const core::report::Report& report = result.value();
    const QString what = report.suppressed ? tr("small numbers hidden") : tr("small numbers SHOWN");
    record(QString::fromLatin1(core::AuditLog::kReport), m_buildingRequest.reportId,
        QStringLiteral("%1%2").arg(report.asOf.isValid()
                ? QStringLiteral("as at %1").arg(report.asOf.toString(Qt::ISODate))
                : QStringLiteral("%1 to %2")
                      .arg(report.period.from.toString(Qt::ISODate), report.period.to.toString(Qt::ISODate)),
            report.suppressed || report.namesPeople ? QString() : QStringLiteral(", unsuppressed preview")));
    if (m_purpose == Purpose::Output) {
        m_output = report;
        m_status->setText(tr("Built a copy with small numbers hidden."));
        if (m_pending) {
            const PendingOutput pending = *m_pending;
            m_pending.reset();
            writeOutput(pending, *m_output);
        }
        return;
    }
    m_shown = report;
    m_shownRequest = m_buildingRequest;
    m_shownName = m_buildingName;
    if (report.suppressed || report.namesPeople) {
        m_output = report; // the same report prints and saves
    } else {
        m_output.reset(); // printing will build a suppressed copy first
    }
    m_banner->setVisible(!report.suppressed && !report.namesPeople);
    auto* stack = qobject_cast<QStackedWidget*>(m_preview->parentWidget());
    stack->setCurrentWidget(m_preview);
    m_preview->updatePreview();
    m_preview->fitToWidth();
    m_preview->setCurrentPage(1);
    updatePageLabel();
    const int pages = m_preview->pageCount();
    const QString pageWords = pages == 1 ? tr("1 page") : tr("%1 pages").arg(pages);
    m_status->setText(report.namesPeople
            ? tr("Built: %1, %2. This list names people: keep it inside the team.").arg(m_shownName, pageWords)
            : tr("Built: %1, %2, %3.").arg(m_shownName, pageWords, what));
}

void ReportsPage::record(const QString& action, const QString& reportId, const QString& note)
{
    if (!m_db) {
        return;
    }
    core::AuditEvent event;
    event.action = action;
    event.entity = QStringLiteral("report");
    event.recordId = reportId;
    event.note = note;
    if (core::Status s = core::AuditLog(*m_db).record(m_actor, event); !s) {
        prompts::warning(this, tr("Reports"),
            tr("This report could not be noted in the audit log. %1\n\nTry again; if it keeps happening, ask your "
               "administrator to check the database.")
                .arg(s.message()));
    }
}

void ReportsPage::print()
{
    PendingOutput p;
    p.print = true;
    output(p);
}

void ReportsPage::saveAsPdf()
{
    exportAs(Format::Pdf);
}

void ReportsPage::exportAs(core::report::Format format)
{
    if (!m_shown) {
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = prompts::saveFileName(this,
        format == Format::Pdf ? tr("Save the Report as PDF") : tr("Export the Report as a %1").arg(formatWords(format)),
        QDir(dir).filePath(suggestedFileName(format)), formatFilter(format));
    if (path.isEmpty()) {
        return;
    }
    saveTo(format, path);
}

void ReportsPage::saveTo(core::report::Format format, const QString& path)
{
    PendingOutput p;
    p.format = format;
    p.path = path;
    output(p);
}

void ReportsPage::output(const PendingOutput& pending)
{
    if (!m_shown || isBuilding()) {
        return;
    }
    if (m_output) {
        writeOutput(pending, *m_output);
        return;
    }
    // The preview shows small numbers: print and save a build that hides them, never the preview.
    m_pending = pending;
    core::report::Request r = m_shownRequest;
    r.suppress = true;
    m_buildingName = m_shownName;
    startBuild(r, Purpose::Output);
}

void ReportsPage::writeOutput(const PendingOutput& pending, const core::report::Report& report)
{
    if (pending.print) {
        record(QString::fromLatin1(core::AuditLog::kExport), report.id, QStringLiteral("print"));
        reports::printWithPreview(report, this);
        emit saved(QString());
        return;
    }
    core::Status s = pending.format == Format::Pdf ? reports::savePdf(report, pending.path)
                                                   : core::report::saveAs(report, pending.format, pending.path);
    if (!s) {
        prompts::warning(this, tr("Could Not Save the Report"),
            tr("The report was not saved as %1. %2").arg(QDir::toNativeSeparators(pending.path), s.message()));
        return;
    }
    record(QString::fromLatin1(core::AuditLog::kExport), report.id, core::report::formatName(pending.format));
    m_status->setText(tr("Saved %1 (small numbers hidden).").arg(QDir::toNativeSeparators(pending.path)));
    if (report.namesPeople) {
        m_status->setText(tr("Saved %1. This list names people: keep it inside the team.")
                              .arg(QDir::toNativeSeparators(pending.path)));
    }
    emit saved(pending.path);
}

} // namespace alongside::ui
