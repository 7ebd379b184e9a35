#include "compliancepage.h"

#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/models/compliancemodel.h"
#include "core/services/settingsservice.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/fonts.h"
#include "ui/common/listexport.h"
#include "ui/common/printing.h"
#include "ui/common/prompts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace alongside::ui {

using core::ComplianceState;

namespace {

struct Look
{
    QColor text;
    QColor background;
    const char* symbol; // also printed, so the state survives black-and-white printing
};

Look lookFor(ComplianceState s)
{
    switch (s) {
    case ComplianceState::Done:
        return { QColor(0x1b, 0x5e, 0x20), QColor(0xe8, 0xf5, 0xe9), "\u2713" };
    case ComplianceState::ExpiringSoon:
        return { QColor(0x7a, 0x4f, 0x00), QColor(0xff, 0xf3, 0xd6), "!" };
    case ComplianceState::Expired:
        return { QColor(0xa3, 0x16, 0x16), QColor(0xfd, 0xe4, 0xe4), "\u2715" };
    case ComplianceState::Missing:
        return { QColor(0x5b, 0x21, 0x82), QColor(0xf1, 0xe6, 0xf8), "?" };
    case ComplianceState::NotRequired:
        break;
    }
    return { QColor(0x61, 0x61, 0x61), QColor(), "\u2013" };
}

/** A cell as printed: the key explains the symbol, so only the date or the reason follows it. */
QString printedCell(const core::ComplianceCell& cell)
{
    const QLocale locale;
    switch (cell.state) {
    case ComplianceState::Done:
        return cell.expiresOn.isValid()
            ? CompliancePage::tr("to %1").arg(locale.toString(cell.expiresOn, QStringLiteral("d MMM yyyy")))
            : CompliancePage::tr("done");
    case ComplianceState::ExpiringSoon:
    case ComplianceState::Expired:
        return locale.toString(cell.expiresOn, QStringLiteral("d MMM yyyy"));
    case ComplianceState::Missing:
        return cell.detail.isEmpty() ? CompliancePage::tr("missing") : cell.detail;
    case ComplianceState::NotRequired:
        break;
    }
    return QString();
}

} // namespace

/** Adds the icon and colours for each state on top of the filtered matrix. */
class ComplianceDecoration : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (index.column() >= core::ComplianceModel::kFixedColumns
            && (role == Qt::DecorationRole || role == Qt::ForegroundRole || role == Qt::BackgroundRole)) {
            const auto state
                = ComplianceState(QIdentityProxyModel::data(index, core::ComplianceModel::StateRole).toInt());
            const Look look = lookFor(state);
            if (role == Qt::DecorationRole) {
                return state == ComplianceState::NotRequired ? QVariant() : QVariant(CompliancePage::stateIcon(state));
            }
            if (role == Qt::ForegroundRole) {
                return look.text;
            }
            return look.background.isValid() ? QVariant(look.background) : QVariant();
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QIcon CompliancePage::stateIcon(ComplianceState state)
{
    QIcon icon;
    for (int size : { 16, 24, 32 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const Look look = lookFor(state);
        const QRectF r(1, 1, size - 2, size - 2);
        p.setPen(Qt::NoPen);
        p.setBrush(look.text);
        if (state == ComplianceState::ExpiringSoon) {
            QPainterPath tri;
            tri.moveTo(r.center().x(), r.top());
            tri.lineTo(r.right(), r.bottom());
            tri.lineTo(r.left(), r.bottom());
            tri.closeSubpath();
            p.drawPath(tri);
        } else if (state == ComplianceState::Missing) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(look.text, std::max(1.5, size / 10.0)));
            p.drawEllipse(r.adjusted(1, 1, -1, -1));
        } else if (state == ComplianceState::Expired) {
            p.drawRoundedRect(r, size / 6.0, size / 6.0);
        } else {
            p.drawEllipse(r);
        }
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(int(size * (state == ComplianceState::ExpiringSoon ? 0.55 : 0.7)));
        p.setFont(f);
        p.setPen(state == ComplianceState::Missing ? look.text : QColor(Qt::white));
        const QRectF textRect = state == ComplianceState::ExpiringSoon ? r.adjusted(0, size * 0.25, 0, 0) : r;
        p.drawText(textRect, Qt::AlignCenter, QString::fromUtf8(look.symbol));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

CompliancePage::CompliancePage(QWidget* parent)
    : QWidget(parent)
    , m_model(new core::ComplianceModel(this))
    , m_filter(new core::ComplianceFilterModel(this))
    , m_decoration(new ComplianceDecoration(this))
    , m_search(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_warningDays(new QSpinBox(this))
    , m_asOf(new QDateEdit(this))
    , m_intro(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
{
    setObjectName(QStringLiteral("compliancePage"));
    m_filter->setSourceModel(m_model);
    m_decoration->setSourceModel(m_filter);

    auto* title = new QLabel(tr("Compliance matrix"), this);
    title->setFont(scaledFont(font(), 1.5));
    m_intro->setWordWrap(true);

    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setAccessibleName(tr("Search by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("complianceSearch"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setObjectName(QStringLiteral("complianceRole"));
    m_state->setAccessibleName(tr("Show"));
    m_state->setObjectName(QStringLiteral("complianceState"));
    m_state->addItem(tr("Everyone"), -1);
    m_state->addItem(stateIcon(ComplianceState::Expired), tr("With something expired"), int(ComplianceState::Expired));
    m_state->addItem(stateIcon(ComplianceState::ExpiringSoon), tr("With something expiring soon"),
        int(ComplianceState::ExpiringSoon));
    m_state->addItem(stateIcon(ComplianceState::Missing), tr("With something missing"), int(ComplianceState::Missing));
    m_warningDays->setRange(core::CharitySettings::kMinExpiryWarningDays, core::CharitySettings::kMaxExpiryWarningDays);
    m_warningDays->setSuffix(tr(" days"));
    m_warningDays->setAccessibleName(tr("Expiring soon means within"));
    m_warningDays->setObjectName(QStringLiteral("complianceWarningDays"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_asOf->setAccessibleName(tr("As of"));
    m_asOf->setObjectName(QStringLiteral("complianceAsOf"));
    m_export->setObjectName(QStringLiteral("complianceExport"));
    m_print->setObjectName(QStringLiteral("compliancePrint"));
    m_pdf->setObjectName(QStringLiteral("compliancePdf"));

    auto* filters = new QHBoxLayout;
    auto addLabelled = [&](const QString& text, QWidget* w) {
        auto* label = new QLabel(text, this);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    addLabelled(tr("&Search:"), m_search);
    filters->setStretchFactor(m_search, 2);
    addLabelled(tr("&Role:"), m_role);
    addLabelled(tr("S&how:"), m_state);
    addLabelled(tr("Expiring &within:"), m_warningDays);
    addLabelled(tr("As &of:"), m_asOf);

    auto* legend = new QHBoxLayout;
    for (ComplianceState s : { ComplianceState::Done, ComplianceState::ExpiringSoon, ComplianceState::Expired,
             ComplianceState::Missing, ComplianceState::NotRequired }) {
        auto* icon = new QLabel(this);
        if (s == ComplianceState::NotRequired) {
            icon->setText(QString::fromUtf8(lookFor(s).symbol));
        } else {
            icon->setPixmap(stateIcon(s).pixmap(16, 16));
        }
        auto* text = new QLabel(core::ComplianceService::stateName(s), this);
        legend->addWidget(icon);
        legend->addWidget(text);
        legend->addSpacing(12);
    }
    legend->addStretch(1);
    legend->addWidget(m_export);
    m_exporter = new ListExporter(m_table, tr("Compliance matrix"), QStringLiteral("compliance_matrix"), this);
    m_exporter->setFilterWidgets({ m_search, m_role, m_state, m_warningDays, m_asOf });
    m_exporter->offerExcelOnly();
    m_exporter->addButtons(legend);
    legend->addWidget(m_pdf);
    legend->addWidget(m_print);

    m_table->setObjectName(QStringLiteral("complianceTable"));
    m_table->setAccessibleName(tr("Compliance matrix"));
    m_table->setModel(m_decoration);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(16, 16));
    m_summary->setObjectName(QStringLiteral("complianceSummary"));
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(title);
    layout->addWidget(m_intro);
    layout->addLayout(filters);
    layout->addLayout(legend);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, &CompliancePage::applyFilters);
    connect(m_role, &QComboBox::currentIndexChanged, this, &CompliancePage::applyFilters);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CompliancePage::applyFilters);
    connect(m_warningDays, &QSpinBox::valueChanged, this, &CompliancePage::refresh);
    connect(m_asOf, &QDateEdit::dateChanged, this, &CompliancePage::refresh);
    connect(m_export, &QPushButton::clicked, this, &CompliancePage::exportCsv);
    connect(m_print, &QPushButton::clicked, this, &CompliancePage::print);
    connect(m_pdf, &QPushButton::clicked, this, &CompliancePage::saveAsPdf);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit openWorkerRequested(index.data(core::ComplianceModel::WorkerIdRole).toLongLong());
    });
}

CompliancePage::~CompliancePage() = default;

void CompliancePage::setContext(core::Database* db, const core::Actor& actor)
{
    m_db = db;
    m_actor = actor;
    m_exporter->setContext(db, actor);
    const bool mayExport = core::Permissions::allowed(actor.role, core::Permissions::Action::ExportRecords);
    m_export->setVisible(mayExport);
    m_print->setVisible(mayExport);
    m_pdf->setVisible(mayExport);
    if (!db) {
        clear();
        return;
    }
    const QSignalBlocker b1(m_warningDays);
    const QSignalBlocker b2(m_asOf);
    const QSignalBlocker b3(m_role);
    auto settings = core::SettingsService(*db).load(actor);
    m_warningDays->setValue(
        settings ? settings.value().expiryWarningDays : core::CharitySettings::kDefaultExpiryWarningDays);
    m_asOf->setDate(core::Clock::instance().today());
    m_role->clear();
    m_role->addItem(tr("All roles"), 0);
    if (auto types = core::WorkforceService(*db).roleTypes(actor)) {
        for (const core::RoleType& t : types.value()) {
            m_role->addItem(t.name, t.id);
        }
    }
    refresh();
}

void CompliancePage::clear()
{
    m_model->setMatrix({});
    m_summary->clear();
}

void CompliancePage::refresh()
{
    if (!m_db) {
        return;
    }
    auto matrix = core::ComplianceService(*m_db).matrix(m_actor, m_asOf->date(), m_warningDays->value());
    if (!matrix) {
        m_model->setMatrix({});
        m_summary->setText(matrix.error().message);
        return;
    }
    m_model->setMatrix(matrix.value());
    m_intro->setText(
        tr("Who is cleared, trained and in date on %1 (see \"As of\"), for everyone who is an applicant, in training, "
           "active or paused and holds a role. \"Expiring soon\" means within %2 days. Double-click a "
           "person to open their record.")
            .arg(QLocale().toString(m_asOf->date(), QStringLiteral("d MMMM yyyy")))
            .arg(m_warningDays->value()));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setMinimumSectionSize(110);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, 330));
    }
    updateSummary();
}

void CompliancePage::applyFilters()
{
    m_filter->setSearchText(m_search->text());
    m_filter->setRoleFilter(m_role->currentData().toLongLong());
    const int state = m_state->currentData().toInt();
    m_filter->setStateFilter(state < 0 ? std::nullopt : std::optional<ComplianceState>(ComplianceState(state)));
    updateSummary();
}

void CompliancePage::showState(std::optional<ComplianceState> state)
{
    m_state->setCurrentIndex(std::max(0, m_state->findData(state ? int(*state) : -1)));
}

void CompliancePage::updateSummary()
{
    const core::ComplianceMatrix shown = shownMatrix();
    int expired = 0;
    int expiring = 0;
    int missing = 0;
    int allDone = 0;
    for (const core::ComplianceRow& r : shown.rows) {
        expired += r.count(ComplianceState::Expired);
        expiring += r.count(ComplianceState::ExpiringSoon);
        missing += r.count(ComplianceState::Missing);
        allDone += r.worst() == ComplianceState::Done || r.worst() == ComplianceState::NotRequired ? 1 : 0;
    }
    m_summary->setText(tr("Showing %1 of %2 people. %3 fully in date. Items: %4 expired, %5 expiring soon, %6 missing.")
                           .arg(shown.rows.size())
                           .arg(m_model->rowCount())
                           .arg(allDone)
                           .arg(expired)
                           .arg(expiring)
                           .arg(missing));
    const bool any = !shown.rows.isEmpty();
    m_export->setEnabled(any);
    m_print->setEnabled(any);
    m_pdf->setEnabled(any);
}

core::ComplianceMatrix CompliancePage::shownMatrix() const
{
    core::ComplianceMatrix shown = m_model->matrix();
    shown.rows.clear();
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        shown.rows << m_model->matrix().rows.at(m_filter->mapToSource(m_filter->index(r, 0)).row());
    }
    return shown;
}

QString CompliancePage::charityName() const
{
    if (!m_db) {
        return {};
    }
    auto settings = core::SettingsService(*m_db).load(m_actor);
    return settings ? settings.value().charityName : QString();
}

QString CompliancePage::printableHtml() const
{
    const core::ComplianceMatrix m = shownMatrix();
    const QLocale locale;
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 8pt;\">");
    html += QStringLiteral("<h2 style=\"margin-bottom: 2pt;\">%1</h2>").arg(tr("Compliance matrix").toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin-top: 0;\">%1<br/>%2</p>")
                .arg(charityName().toHtmlEscaped(),
                    tr("As of %1. Expiring soon: within %2 days. %3 people shown. Printed %4 by %5.")
                        .arg(locale.toString(m.asOf, QStringLiteral("d MMMM yyyy")))
                        .arg(m.warningDays)
                        .arg(m.rows.size())
                        .arg(locale.toString(
                                 core::Clock::instance().now().toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")),
                            m_actor.shownName())
                        .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Key: \u2713 done (\"to\" the date it lapses), ! expiring soon, \u2715 expired on the date "
                        "shown, ? missing, \u2013 not needed by the person's roles.")
                         .toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                           "style=\"border-collapse: collapse; border-color: #999;\"><thead><tr>");
    html += QStringLiteral("<th align=\"left\">%1</th><th align=\"left\">%2</th>")
                .arg(tr("Name").toHtmlEscaped(), tr("Roles").toHtmlEscaped());
    for (const core::ComplianceColumn& c : m.columns) {
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(c.title.toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead><tbody>");
    for (const core::ComplianceRow& row : m.rows) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td>")
                    .arg(row.worker.name.toHtmlEscaped(), row.worker.roles.join(QStringLiteral(", ")).toHtmlEscaped());
        for (const core::ComplianceCell& cell : row.cells) {
            const Look look = lookFor(cell.state);
            html += QStringLiteral("<td style=\"color: %1;%2\">%3 %4</td>")
                        .arg(look.text.name(),
                            look.background.isValid()
                                ? QStringLiteral(" background-color: %1;").arg(look.background.name())
                                : QString(),
                            QString::fromUtf8(look.symbol), printedCell(cell).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Confidential: contains personal data about volunteers and staff. Store securely and "
                        "shred when no longer needed.")
                         .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

core::Status CompliancePage::printTo(QPrinter* printer)
{
    if (!m_db) {
        return core::Status::ok();
    }
    const core::ComplianceMatrix m = shownMatrix();
    if (core::Status s = core::ComplianceService(*m_db).recordPrint(m_actor, m); !s) {
        return s;
    }
    printer->setPageOrientation(QPageLayout::Landscape);
    QTextDocument doc;
    doc.setHtml(printableHtml());
    doc.print(printer);
    return core::Status::ok();
}

void CompliancePage::print()
{
    printing::withDialog(this, tr("Print the Compliance Matrix"), QPageLayout::Landscape,
        [this](QPrinter* printer) { return printTo(printer); });
}

void CompliancePage::saveAsPdf()
{
    printing::saveAsPdf(this, tr("Save the Compliance Matrix as PDF"),
        tr("compliance-%1.pdf").arg(m_asOf->date().toString(Qt::ISODate)),
        [this](QPrinter* printer) { return printTo(printer); });
}

void CompliancePage::exportCsv()
{
    if (!m_db) {
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("compliance-%1.csv").arg(m_asOf->date().toString(Qt::ISODate)));
    const QString path = prompts::saveFileName(this, tr("Export the Compliance Matrix"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (core::Status s = core::ComplianceService(*m_db).exportCsv(m_actor, shownMatrix(), path); !s) {
        prompts::warning(this, tr("Could Not Export"), s.error().message);
    }
}

} // namespace alongside::ui
