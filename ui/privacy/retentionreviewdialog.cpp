#include "retentionreviewdialog.h"

#include "core/clock.h"
#include "core/privacy/erasureservice.h"
#include "core/services/settingsservice.h"
#include "ui/common/prompts.h"
#include "ui/common/wrappinglabel.h"
#include "ui/workforce/formdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QProgressDialog>
#include <QProxyStyle>
#include <QPushButton>
#include <QStyleOption>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

enum Column
{
    NameColumn,
    ReferenceColumn,
    RecordColumn,
    KindColumn,
    LastColumn,
    PastColumn,
    ActionColumn,
    ColumnCount
};

constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

/** Sorts dates and lengths by their value, not their words. */
class ReviewItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, kSortRole);
        const QVariant b = other.data(column, kSortRole);
        if (a.isValid() && b.isValid()) {
            return a.toLongLong() < b.toLongLong();
        }
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

/**
 * Qt's styles draw an up arrow for a column sorted largest first (and a down arrow for smallest
 * first), which reads backwards: this header shows a down arrow when the largest come first.
 */
class SortArrowStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(
        PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const override
    {
        if (element == PE_IndicatorHeaderArrow) {
            if (const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option)) {
                QStyleOptionHeader flipped(*header);
                if (header->sortIndicator == QStyleOptionHeader::SortUp) {
                    flipped.sortIndicator = QStyleOptionHeader::SortDown;
                } else if (header->sortIndicator == QStyleOptionHeader::SortDown) {
                    flipped.sortIndicator = QStyleOptionHeader::SortUp;
                }
                QProxyStyle::drawPrimitive(element, &flipped, painter, widget);
                return;
            }
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

QString periodText(int n, const QString& one, const QString& many, const QString& never)
{
    if (n == 0) {
        return never;
    }
    return n == 1 ? one : many.arg(n);
}

} // namespace

RetentionReviewDialog::RetentionReviewDialog(core::Database& db, const core::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_explain(new WrappingLabel(QString(), this))
    , m_message(new FeedbackBanner(QStringLiteral("retentionMessage"), this))
    , m_list(new QTreeWidget(this))
    , m_selectAll(new QPushButton(tr("Select &All"), this))
    , m_selectNone(new QPushButton(tr("Select &None"), this))
    , m_anonymise(new QPushButton(tr("A&nonymise Selected…"), this))
{
    setObjectName(QStringLiteral("retentionReviewDialog"));
    setWindowTitle(tr("Records Past Retention"));

    m_explain->setObjectName(QStringLiteral("retentionExplain"));
    m_message->hide();

    m_list->setObjectName(QStringLiteral("retentionList"));
    m_list->setAccessibleName(tr("People whose records are past retention"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Name"), tr("Reference"), tr("Record no."), tr("Kind of record"),
        tr("Last contact or leaving"), tr("Past retention by"), tr("Suggested action") });
    auto* arrows = new SortArrowStyle(m_list->header()->style()->name());
    arrows->setParent(m_list->header());
    m_list->header()->setStyle(arrows);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemChanged, this, [this] { updateButtons(); });

    m_selectAll->setObjectName(QStringLiteral("selectAllButton"));
    m_selectAll->setAccessibleName(tr("Tick everyone in the list"));
    m_selectNone->setObjectName(QStringLiteral("selectNoneButton"));
    m_selectNone->setAccessibleName(tr("Untick everyone in the list"));
    m_anonymise->setObjectName(QStringLiteral("anonymiseSelectedButton"));
    m_anonymise->setAccessibleName(tr("Anonymise the people ticked"));
    connect(m_selectAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionReviewDialog::anonymiseSelected);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_selectAll);
    actions->addWidget(m_selectNone);
    actions->addStretch(1);
    actions->addWidget(m_anonymise);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explain);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(980, 560);
    reload();
}

void RetentionReviewDialog::reload()
{
    const QDate today = core::Clock::instance().today();
    const QLocale locale;
    core::RetentionService retention(m_db);
    auto settings = retention.load(m_actor);
    const core::RetentionSettings rs = settings ? settings.value() : core::RetentionSettings();
    const QString supported = periodText(rs.supportedYears, tr("1 year after their last contact"),
        tr("%1 years after their last contact"), tr("never reviewed"));
    const QString workers
        = periodText(rs.workerYears, tr("1 year after leaving"), tr("%1 years after leaving"), tr("never reviewed"));
    const QString applicants = periodText(rs.applicantMonths, tr("1 month after their last change of status"),
        tr("%1 months after their last change of status"), tr("never reviewed"));
    m_explain->setText(tr("As of %1, with the retention periods in Settings (people supported: %2; volunteers and "
                          "workers: %3; unsuccessful applicants: %4). A person is listed only when every part of "
                          "their record is past its period. Anonymising keeps the numbers your reports need and "
                          "removes names, contact details and notes; anonymised people are not listed again. "
                          "Unsuccessful applicants' records are needed by no report, so you may erase them "
                          "completely instead: open their record and choose Erase.")
                           .arg(locale.toString(today, QLocale::LongFormat), supported, workers, applicants));

    m_list->setSortingEnabled(false);
    m_list->clear();
    auto review = retention.review(m_actor, today);
    if (!review) {
        m_message->showProblem(review.message());
        updateButtons();
        return;
    }
    for (const core::RetentionItem& item : review.value()) {
        auto* row = new ReviewItem(m_list);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(NameColumn, Qt::Unchecked);
        row->setData(NameColumn, kIdRole, item.personId);
        row->setText(NameColumn, item.name);
        row->setText(ReferenceColumn, item.reference.isEmpty() ? tr("—", "no reference") : item.reference);
        if (item.reference.isEmpty()) {
            row->setData(ReferenceColumn, Qt::AccessibleTextRole, tr("No reference"));
        }
        row->setText(RecordColumn, QString::number(item.personId));
        row->setData(RecordColumn, kSortRole, item.personId);
        row->setTextAlignment(RecordColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(KindColumn, item.kindText());
        row->setText(LastColumn, locale.toString(item.lastDate, QLocale::ShortFormat));
        row->setData(LastColumn, kSortRole, item.lastDate.toJulianDay());
        row->setText(PastColumn, item.pastText());
        row->setData(PastColumn, kSortRole, item.daysPast);
        row->setText(ActionColumn, item.suggestedAction());
    }
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(PastColumn, Qt::DescendingOrder);
    if (review.value().isEmpty()) {
        m_message->showGood(tr("No record is past its retention period."));
    }
    updateButtons();
}

QList<qint64> RetentionReviewDialog::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = m_list->topLevelItem(i);
        if (row->checkState(NameColumn) == Qt::Checked) {
            ids << row->data(NameColumn, kIdRole).toLongLong();
        }
    }
    return ids;
}

void RetentionReviewDialog::setAllChecked(bool checked)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        m_list->topLevelItem(i)->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

void RetentionReviewDialog::updateButtons()
{
    const int rows = m_list->topLevelItemCount();
    const qsizetype ticked = checkedIds().size();
    m_selectAll->setEnabled(rows > 0);
    m_selectNone->setEnabled(ticked > 0);
    m_anonymise->setEnabled(ticked > 0);
    m_anonymise->setText(ticked == 0 ? tr("A&nonymise Selected…")
            : ticked == 1            ? tr("A&nonymise 1 Person…")
                                     : tr("A&nonymise %1 People…").arg(ticked));
}

void RetentionReviewDialog::anonymiseSelected()
{
    const QList<qint64> ids = checkedIds();
    if (ids.isEmpty()) {
        return;
    }
    auto settings = core::SettingsService(m_db).load(m_actor);
    const int keep = settings ? settings.value().backupsToKeep : core::CharitySettings::kDefaultBackupsToKeep;
    const QString who = ids.size() == 1 ? tr("1 person") : tr("%1 people").arg(ids.size());
    const QString text
        = tr("Anonymise %1, as past the retention period?\n\n"
             "Their names, contact details, references, notes and other free text, referees, emergency contacts, DBS "
             "certificate numbers, certificates and stories are removed; the date of birth keeps only the year. "
             "Counts, scores, bands, hours, dates, statuses, roles and equality monitoring answers stay for your "
             "reports.\n\n"
             "This cannot be undone. Backups made before now still hold these records: Alongside keeps the newest "
             "%2 daily backups, and backups made with Back Up Now or before an upgrade or restore until you delete "
             "them.")
              .arg(who)
              .arg(keep);
    const QString action = ids.size() == 1 ? tr("Anonymise 1 Person") : tr("Anonymise %1 People").arg(ids.size());
    if (!prompts::confirm(this, action, text, action)) {
        return;
    }

    QProgressDialog progress(tr("Anonymising records…"), tr("Cancel"), 0, int(ids.size()), this);
    progress.setObjectName(QStringLiteral("anonymiseProgress"));
    progress.setWindowTitle(tr("Anonymise Records"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const core::Status s = core::ErasureService(m_db).anonymiseMany(
        m_actor, ids, core::ErasureReason::PastRetention, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!s) {
        if (s.error().code == core::Error::Code::Cancelled) {
            reload();
            m_message->showGood(s.message());
        } else {
            reload();
            m_message->showProblem(s.message());
        }
        return;
    }
    m_madeChanges = true;
    reload();
    m_message->showGood(ids.size() == 1 ? tr("1 record anonymised.") : tr("%1 records anonymised.").arg(ids.size()));
}

} // namespace alongside::ui
