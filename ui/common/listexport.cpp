#include "ui/common/listexport.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/reports/reports.h"
#include "core/services/settingsservice.h"
#include "ui/common/prompts.h"
#include "ui/reports/reportrender.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

namespace alongside::ui {

namespace {

QHeaderView* headerOf(const QAbstractItemView* view)
{
    if (auto* table = qobject_cast<const QTableView*>(view)) {
        return table->horizontalHeader();
    }
    if (auto* tree = qobject_cast<const QTreeView*>(view)) {
        return tree->header();
    }
    return nullptr;
}

bool rowHidden(const QAbstractItemView* view, int row, const QModelIndex& parent)
{
    if (auto* table = qobject_cast<const QTableView*>(view)) {
        return table->isRowHidden(row);
    }
    if (auto* tree = qobject_cast<const QTreeView*>(view)) {
        return tree->isRowHidden(row, parent);
    }
    return false;
}

QString cellText(const QModelIndex& index)
{
    QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty()) {
        const QVariant check = index.data(Qt::CheckStateRole);
        if (check.isValid()) {
            text = Qt::CheckState(check.toInt()) == Qt::Unchecked ? ListExporter::tr("No") : ListExporter::tr("Yes");
        }
    }
    return text;
}

void addRows(const QAbstractItemView* view, const QList<int>& columns, const QModelIndex& parent, int depth,
    QList<QStringList>& rows)
{
    const QAbstractItemModel* model = view->model();
    const int count = model->rowCount(parent);
    for (int r = 0; r < count; ++r) {
        if (rowHidden(view, r, parent)) {
            continue;
        }
        QStringList texts;
        for (int i = 0; i < columns.size(); ++i) {
            QString text = cellText(model->index(r, columns.at(i), parent));
            if (i == 0 && depth > 0) {
                text.prepend(QString(depth * 2, QLatin1Char(' ')));
            }
            texts.append(text);
        }
        rows.append(texts);
        const QModelIndex first = model->index(r, 0, parent);
        if (qobject_cast<const QTreeView*>(view) && model->hasChildren(first)) {
            addRows(view, columns, first, depth + 1, rows);
        }
    }
}

/** The label that names a filter control: its buddy label, else its accessible name. */
QString labelFor(QWidget* widget)
{
    const auto labels = widget->window()->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->buddy() == widget) {
            QString text = label->text();
            text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            text = text.trimmed();
            if (text.endsWith(QLatin1Char(':'))) {
                text.chop(1);
            }
            return text;
        }
    }
    return widget->accessibleName();
}

} // namespace

ShownList shownList(const QAbstractItemView* view)
{
    ShownList list;
    if (!view || !view->model()) {
        return list;
    }
    const QAbstractItemModel* model = view->model();
    QList<int> columns;
    QHeaderView* header = headerOf(view);
    const int count = model->columnCount(view->rootIndex());
    for (int visual = 0; visual < count; ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical < 0 || (header && header->isSectionHidden(logical))) {
            continue;
        }
        columns.append(logical);
        list.headers.append(model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    addRows(view, columns, view->rootIndex(), 0, list.rows);
    return list;
}

ListExporter::ListExporter(QAbstractItemView* view, const QString& title, const QString& auditKey, QWidget* parent)
    : QObject(parent)
    , m_view(view)
    , m_parent(parent)
    , m_title(title)
    , m_auditKey(auditKey)
    , m_export(new QPushButton(tr("Export…"), parent))
    , m_print(new QPushButton(tr("Print…"), parent))
{
    const QString key = auditKey;
    m_export->setObjectName(key + QStringLiteral("Export"));
    m_export->setAccessibleName(tr("Export the list as shown"));
    m_export->setToolTip(tr("Saves the rows and columns shown, as filtered and sorted, as CSV or Excel."));
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("&CSV…"), this, [this] { exportAs(core::report::Format::Csv); });
    menu->addAction(tr("&Excel (XLSX)…"), this, [this] { exportAs(core::report::Format::Xlsx); });
    m_export->setMenu(menu);
    m_print->setObjectName(key + QStringLiteral("Print"));
    m_print->setAccessibleName(tr("Print the list as shown"));
    m_print->setToolTip(tr("Prints the rows and columns shown, as filtered and sorted."));
    connect(m_print, &QPushButton::clicked, this, &ListExporter::print);
    updateButtons();
}

void ListExporter::setContext(core::Database* db, const core::Actor& actor)
{
    m_db = db;
    m_actor = actor;
    updateButtons();
}

void ListExporter::setFilterWidgets(const QList<QWidget*>& widgets)
{
    m_filters.clear();
    for (QWidget* w : widgets) {
        m_filters.append(w);
    }
}

void ListExporter::setExtraDescription(std::function<QString()> describe)
{
    m_extra = std::move(describe);
}

void ListExporter::offerExcelOnly()
{
    m_excelOnly = true;
    m_export->setMenu(nullptr);
    m_export->setText(tr("Export E&xcel…"));
    m_export->setAccessibleName(tr("Export the table shown as an Excel workbook"));
    connect(m_export, &QPushButton::clicked, this, [this] { exportAs(core::report::Format::Xlsx); });
    updateButtons();
}

void ListExporter::addButtons(QBoxLayout* layout)
{
    layout->addWidget(m_export);
    layout->addWidget(m_print);
}

void ListExporter::updateButtons()
{
    const bool may = m_db && core::Permissions::allowed(m_actor.role, core::Permissions::Action::ExportRecords);
    m_export->setVisible(may);
    m_print->setVisible(may && !m_excelOnly);
}

QString ListExporter::filterDescription() const
{
    QStringList parts;
    for (const QPointer<QWidget>& w : m_filters) {
        if (!w || !w->isVisibleTo(w->window())) {
            continue;
        }
        const QString label = labelFor(w);
        if (auto* date = qobject_cast<QDateEdit*>(w.data())) {
            parts.append(tr("%1: %2").arg(label, QLocale().toString(date->date(), QStringLiteral("d MMM yyyy"))));
        } else if (auto* combo = qobject_cast<QComboBox*>(w.data())) {
            parts.append(tr("%1: %2").arg(label, combo->currentText()));
        } else if (auto* line = qobject_cast<QLineEdit*>(w.data())) {
            if (!line->text().trimmed().isEmpty()) {
                parts.append(tr("%1: \"%2\"").arg(label, line->text().trimmed()));
            }
        } else if (auto* spin = qobject_cast<QSpinBox*>(w.data())) {
            parts.append(tr("%1: %2").arg(label, spin->text()));
        } else if (auto* button = qobject_cast<QAbstractButton*>(w.data()); button && button->isCheckable()) {
            QString text = button->text();
            text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            parts.append(tr("%1: %2").arg(text, button->isChecked() ? tr("yes") : tr("no")));
        }
    }
    if (m_extra) {
        const QString extra = m_extra();
        if (!extra.isEmpty()) {
            parts.append(extra);
        }
    }
    QHeaderView* header = m_view ? headerOf(m_view) : nullptr;
    if (header && header->isSortIndicatorShown() && header->sortIndicatorSection() >= 0
        && header->sortIndicatorSection() < m_view->model()->columnCount()) {
        const QString column
            = m_view->model()->headerData(header->sortIndicatorSection(), Qt::Horizontal, Qt::DisplayRole).toString();
        parts.append(header->sortIndicatorOrder() == Qt::AscendingOrder ? tr("Sorted by %1, ascending").arg(column)
                                                                        : tr("Sorted by %1, descending").arg(column));
    }
    QString text = parts.isEmpty() ? tr("As shown on screen.")
                                   : tr("As shown on screen. %1.").arg(parts.join(QStringLiteral("; ")));
    return text;
}

core::report::Report ListExporter::report() const
{
    const ShownList list = shownList(m_view);
    QString organisation;
    if (m_db) {
        auto settings = core::SettingsService(*m_db).load(m_actor);
        if (settings) {
            organisation = settings.value().charityName;
        }
    }
    core::report::Report r
        = core::report::listReport(m_title, list.headers, list.rows, filterDescription(), organisation);
    r.generatedAt = core::Clock::instance().now();
    r.generatedBy = core::Permissions::roleName(m_actor.role);
    r.asOf = core::Clock::instance().today();
    core::report::format(r);
    return r;
}

core::Status ListExporter::recordExport(const QString& how, int rows)
{
    if (!m_db) {
        return core::Status(core::Error { core::Error::Code::InvalidInput, tr("No database is open."), {} });
    }
    core::AuditLog log(*m_db);
    if (core::Status s = core::Permissions::require(m_actor, core::Permissions::Action::ExportRecords); !s) {
        return log.refused(m_actor, s, m_auditKey);
    }
    core::AuditEvent event;
    event.action = QString::fromLatin1(core::AuditLog::kExport);
    event.entity = m_auditKey;
    event.note = rows == 1 ? QStringLiteral("%1, 1 row").arg(how) : QStringLiteral("%1, %2 rows").arg(how).arg(rows);
    return log.record(m_actor, event);
}

core::Status ListExporter::save(core::report::Format format, const QString& path)
{
    const core::report::Report r = report();
    const int rows = r.sections.isEmpty() || r.sections.first().blocks.isEmpty()
        ? 0
        : int(r.sections.first().blocks.first().table.rows.size());
    if (core::Status s = recordExport(core::report::formatName(format), rows); !s) {
        return s;
    }
    return core::report::saveAs(r, format, path);
}

void ListExporter::exportAs(core::report::Format format)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = tr("%1 %2").arg(m_title, core::Clock::instance().today().toString(Qt::ISODate));
    for (const QChar c : QStringLiteral("/\\:*?\"<>|")) {
        name.replace(c, QLatin1Char('-'));
    }
    const QString filter = format == core::report::Format::Xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV (*.csv)");
    const QString path = prompts::saveFileName(
        m_parent, tr("Export %1").arg(m_title), QDir(dir).filePath(name + core::report::formatSuffix(format)), filter);
    if (path.isEmpty()) {
        return;
    }
    if (core::Status s = save(format, path); !s) {
        prompts::warning(m_parent, tr("Could Not Export"),
            tr("The list was not saved as %1. %2").arg(QDir::toNativeSeparators(path), s.message()));
    }
}

void ListExporter::print()
{
    const core::report::Report r = report();
    const int rows = r.sections.isEmpty() || r.sections.first().blocks.isEmpty()
        ? 0
        : int(r.sections.first().blocks.first().table.rows.size());
    if (core::Status s = recordExport(QStringLiteral("print"), rows); !s) {
        prompts::warning(m_parent, tr("Could Not Print"), s.message());
        return;
    }
    reports::printWithPreview(r, m_parent);
}

} // namespace alongside::ui
