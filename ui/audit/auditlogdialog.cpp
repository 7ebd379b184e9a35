#include "auditlogdialog.h"

#include "core/auth/permissions.h"
#include "core/clock.h"
#include "ui/common/feedback.h"
#include "ui/common/listexport.h"
#include "ui/common/wrappinglabel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace alongside::ui {

namespace {

enum Column
{
    SeqColumn,
    WhenColumn,
    UserColumn,
    RoleColumn,
    ActionColumn,
    RecordColumn,
    FieldsColumn,
    NoteColumn
};

constexpr int kDefaultDays = 30;
constexpr int kRecordTypingDelayMs = 300;
constexpr int kMinFieldsWidth = 120;

} // namespace

QString AuditLogDialog::describeTime(const QDateTime& when)
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    // The short format has no seconds, and several entries often share a minute: add them after
    // the minutes, with the locale's own separator.
    if (!time.contains(QLatin1Char('s'))) {
        const qsizetype minutes = time.indexOf(QStringLiteral("mm"));
        if (minutes >= 0) {
            const QChar separator = minutes > 0 ? time.at(minutes - 1) : QLatin1Char(':');
            time.insert(minutes + 2, QString(separator) + QStringLiteral("ss"));
        }
    }
    const QDateTime local = when.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(local.time(), time);
}

void AuditLogDialog::parseRecordText(const QString& text, QString* entity, QString* recordId)
{
    entity->clear();
    recordId->clear();
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() >= 2) {
        *entity = words.at(0).toLower();
        *recordId = words.at(1);
    } else if (words.size() == 1) {
        bool number = false;
        words.at(0).toLongLong(&number);
        if (number) {
            *recordId = words.at(0);
        } else {
            *entity = words.at(0).toLower();
        }
    }
}

AuditLogDialog::AuditLogDialog(core::Database& db, const core::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_filters(new QWidget(this))
    , m_from(new QDateEdit(m_filters))
    , m_to(new QDateEdit(m_filters))
    , m_user(new QComboBox(m_filters))
    , m_action(new QComboBox(m_filters))
    , m_record(new QLineEdit(m_filters))
    , m_recordDelay(new QTimer(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTreeWidget(m_pages))
    , m_message(new WrappingLabel(QString(), m_pages))
    , m_count(new QLabel(this))
    , m_verifyRow(new QWidget(this))
    , m_verify(new QPushButton(tr("Check the Log Is &Intact"), m_verifyRow))
    , m_verdict(new WrappingLabel(QString(), m_verifyRow))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit Log"));

    auto* intro = new WrappingLabel(tr("Every change, every record opened, every login and every backup, newest first. "
                                       "Entries name the fields involved but never their contents, and cannot be "
                                       "changed or deleted."),
        this);

    const QDate today = core::Clock::instance().today();
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setAccessibleName(tr("From date"));
    m_from->setDate(today.addDays(-kDefaultDays));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setAccessibleName(tr("To date"));
    m_to->setDate(today);

    m_user->setObjectName(QStringLiteral("userCombo"));
    m_user->setAccessibleName(tr("User"));
    m_user->addItem(tr("Everyone"));
    auto names = core::AuditLog(m_db).userNames(m_actor);
    if (names) {
        for (const QString& name : std::as_const(names.value())) {
            // Failed logins with a name that does not exist are stored without it (it may be a password).
            m_user->addItem(name.isEmpty() ? tr("unknown user name (failed login)") : name, name);
        }
    }

    m_action->setObjectName(QStringLiteral("actionCombo"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("All actions"));
    const QStringList keys = core::AuditLog::actionKeys();
    for (const QString& key : keys) {
        m_action->addItem(core::AuditLog::describeAction(key), key);
    }

    m_record->setObjectName(QStringLiteral("recordEdit"));
    m_record->setAccessibleName(tr("Record"));
    m_record->setPlaceholderText(tr("For example: person 12"));
    m_record->setToolTip(tr("A kind of record and its number (\"person 12\"), a number alone, or a kind alone "
                            "(\"account\")."));
    m_record->setClearButtonEnabled(true);
    // Room for the whole example and the clear button.
    m_record->setMinimumWidth(m_record->fontMetrics().horizontalAdvance(m_record->placeholderText()) + 48);

    // Two rows, so that long user names and the record box fit without widening the dialog.
    auto* filters = new QGridLayout(m_filters);
    filters->setContentsMargins(0, 0, 0, 0);
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, m_filters);
        l->setBuddy(buddy);
        return l;
    };
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addSpacing(8);
    dates->addWidget(label(tr("&To:"), m_to));
    dates->addWidget(m_to);
    dates->addStretch(1);
    filters->addWidget(label(tr("&From:"), m_from), 0, 0, Qt::AlignRight);
    filters->addLayout(dates, 0, 1);
    filters->addWidget(label(tr("&User:"), m_user), 0, 3, Qt::AlignRight);
    filters->addWidget(m_user, 0, 4, Qt::AlignLeft);
    filters->addWidget(label(tr("&Action:"), m_action), 1, 0, Qt::AlignRight);
    filters->addWidget(m_action, 1, 1, Qt::AlignLeft);
    filters->addWidget(label(tr("&Record:"), m_record), 1, 3, Qt::AlignRight);
    filters->addWidget(m_record, 1, 4);
    filters->setColumnMinimumWidth(2, 16);
    filters->setColumnStretch(4, 1);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Newest first is the order that matters (and the chain's): no sorting by other columns.
    m_table->setSortingEnabled(false);
    m_table->setHeaderLabels(
        { tr("No."), tr("When"), tr("User"), tr("Role"), tr("Action"), tr("Record"), tr("Fields"), tr("Note") });
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionsMovable(false);

    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* messagePage = new QWidget(m_pages);
    auto* messageLayout = new QVBoxLayout(messagePage);
    messageLayout->setContentsMargins(0, 8, 0, 0);
    messageLayout->addWidget(m_message);
    messageLayout->addStretch(1);
    m_pages->addWidget(m_table);
    m_pages->addWidget(messagePage);

    m_count->setObjectName(QStringLiteral("countLabel"));

    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setAccessibleName(tr("Check the log is intact"));
    m_verify->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_verdict->setObjectName(QStringLiteral("verifyLabel"));
    m_verdict->setAccessibleName(tr("Result of the check"));
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setText(tr("Checks every entry's fingerprint against the one before it, to show whether any "
                          "entry has been changed, removed or added since it was written."));
    auto* verifyLayout = new QHBoxLayout(m_verifyRow);
    verifyLayout->setContentsMargins(0, 0, 0, 0);
    verifyLayout->addWidget(m_verify, 0, Qt::AlignTop);
    verifyLayout->addWidget(m_verdict, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filters);
    layout->addWidget(m_pages, 1);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    auto* exporter = new ListExporter(m_table, tr("Audit log"), QStringLiteral("audit_log"), this);
    exporter->setContext(&m_db, m_actor);
    exporter->setFilterWidgets({ m_from, m_to, m_user, m_action, m_record });
    exporter->addButtons(countRow);
    layout->addLayout(countRow);
    layout->addWidget(m_verifyRow);
    layout->addWidget(buttons);
    setMinimumSize(QSize(980, 560).expandedTo(layout->minimumSize()));
    // Wider than the least it needs, so the notes have room beside the other columns.
    resize(QSize(1120, 640).boundedTo(screen()->availableSize()).expandedTo(minimumSize()));

    if (!names) {
        showMessage(names.message());
        if (names.error().code == core::Error::Code::PermissionDenied) {
            // Nothing here is for this account: no filters, no check, just why.
            m_filters->hide();
            m_count->hide();
            m_verifyRow->hide();
            return;
        }
    }

    m_recordDelay->setSingleShot(true);
    m_recordDelay->setInterval(kRecordTypingDelayMs);
    connect(m_recordDelay, &QTimer::timeout, this, &AuditLogDialog::refresh);
    // Typing waits for a pause; everything else applies at once.
    connect(m_record, &QLineEdit::textChanged, m_recordDelay, qOverload<>(&QTimer::start));
    connect(m_record, &QLineEdit::returnPressed, this, &AuditLogDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate from) {
        if (from > m_to->date()) {
            m_to->setDate(from); // refreshes
        } else {
            refresh();
        }
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate to) {
        if (to < m_from->date()) {
            m_from->setDate(to);
        } else {
            refresh();
        }
    });
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogDialog::refresh);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::refresh);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogDialog::verify);

    refresh();
    m_table->setFocus();
}

core::AuditFilter AuditLogDialog::filter() const
{
    core::AuditFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    if (m_user->currentIndex() > 0) {
        f.userName = m_user->currentData().toString();
    }
    if (m_action->currentIndex() > 0) {
        f.action = m_action->currentData().toString();
    }
    parseRecordText(m_record->text(), &f.entity, &f.recordId);
    return f;
}

void AuditLogDialog::showMessage(const QString& message)
{
    m_message->setText(message);
    m_pages->setCurrentIndex(1);
}

void AuditLogDialog::refresh()
{
    m_recordDelay->stop();
    const core::AuditFilter f = filter();
    // An empty name in the filter means everyone, so entries without a name are picked out here.
    const bool unknownUser = m_user->currentIndex() > 0 && f.userName.isEmpty();
    auto entries = core::AuditLog(m_db).entries(m_actor, f);
    m_table->clear();
    if (!entries) {
        showMessage(entries.message());
        m_count->clear();
        return;
    }
    m_pages->setCurrentIndex(0);
    const bool limitReached = entries.value().size() >= f.limit;

    QList<QTreeWidgetItem*> items;
    items.reserve(entries.value().size());
    const QLocale locale;
    for (const core::AuditEntry& e : std::as_const(entries.value())) {
        if (unknownUser && !e.userName.isEmpty()) {
            continue;
        }
        QString role = e.role;
        if (core::Actor::Role r; core::Permissions::roleFromKey(e.role, &r)) {
            role = core::Permissions::roleName(r);
        } else if (e.role == QLatin1String("none")) {
            role = tr("Not logged in");
        }
        const QString record = e.recordId.isEmpty() ? e.entity : e.entity + QLatin1Char(' ') + e.recordId;
        const QString fields = e.fields.join(QStringLiteral(", "));
        auto* item = new QTreeWidgetItem({ locale.toString(e.seq), describeTime(e.at),
            e.userName.isEmpty() ? tr("unknown user name (failed login)") : e.userName, role,
            core::AuditLog::describeAction(e.action), record, fields, e.note });
        item->setData(SeqColumn, Qt::UserRole, e.seq);
        item->setTextAlignment(SeqColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(FieldsColumn, fields);
        item->setToolTip(NoteColumn, e.note);
        items << item;
    }
    m_table->addTopLevelItems(items);
    fitColumns();

    const int shown = int(items.size());
    if (shown == 0) {
        m_count->setText(tr("No entries match these filters."));
    } else if (limitReached && unknownUser) {
        m_count->setText(tr("Showing %Ln entries from the newest %L1 in these dates. Narrow the dates to see older "
                            "ones.",
            nullptr, shown)
                             .arg(f.limit));
    } else if (limitReached) {
        m_count->setText(
            tr("Showing the newest %Ln entries. Narrow the dates or filters to see older ones.", nullptr, shown));
    } else {
        m_count->setText(tr("Showing %Ln entries.", nullptr, shown));
    }
    if (m_table->topLevelItemCount() > 0) {
        // Keyboard focus starts at the newest entry, without highlighting it as if it mattered.
        m_table->selectionModel()->setCurrentIndex(m_table->model()->index(0, 0), QItemSelectionModel::NoUpdate);
    }
}

void AuditLogDialog::fitColumns()
{
    int used = 0;
    for (int column = SeqColumn; column < FieldsColumn; ++column) {
        m_table->resizeColumnToContents(column);
        used += m_table->columnWidth(column);
    }
    // A long list of field names must not push the notes out of sight: Fields takes at most half of
    // what is left, and Note (the last column) the rest. The tooltips hold the whole text of both.
    const int left = m_table->viewport()->width() - used;
    m_table->resizeColumnToContents(FieldsColumn);
    const int wanted = m_table->columnWidth(FieldsColumn);
    m_table->setColumnWidth(FieldsColumn, std::min(wanted, std::max(kMinFieldsWidth, left / 2)));
}

void AuditLogDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    fitColumns();
}

void AuditLogDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitColumns(); // the table's width is known for certain only now
}

void AuditLogDialog::verify()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = core::AuditLog(m_db).verify();
    QApplication::restoreOverrideCursor();

    if (!result) {
        m_verdict->setText(tr("Not checked: %1").arg(result.message()));
        setFeedbackColour(m_verdict, Feedback::Problem);
        return;
    }
    const core::AuditVerification& v = result.value();
    if (v.intact) {
        m_verdict->setText(v.checked == 0 ? tr("Intact: the log has no entries yet.")
                                          : tr("Intact: all %Ln entries check out.", nullptr,
                                              int(std::min<qint64>(v.checked, std::numeric_limits<int>::max()))));
        setFeedbackColour(m_verdict, Feedback::Good);
        return;
    }
    m_verdict->setText(tr("Tampered: %1 Entries from no. %2 on cannot be trusted. Backups made before then still "
                          "hold the log as it was.")
                           .arg(v.problem, QLocale().toString(v.firstBadSeq)));
    setFeedbackColour(m_verdict, Feedback::Problem);
    // Show the entry in question if the filters let it through.
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_table->topLevelItem(i);
        if (item->data(SeqColumn, Qt::UserRole).toLongLong() == v.firstBadSeq) {
            m_table->setCurrentItem(item);
            m_table->scrollToItem(item);
            break;
        }
    }
}

} // namespace alongside::ui
