#include "findpersondialog.h"

#include "ui/common/fonts.h"
#include "ui/common/prompts.h"
#include "ui/common/wrappinglabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace alongside::ui {

FindPersonDialog::FindPersonDialog(core::Database& db, const core::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_count(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("findPersonDialog"));
    setWindowTitle(tr("Find a Person"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Name to search for"));
    m_search->setPlaceholderText(tr("Type part of a name"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("resultsList"));
    m_results->setAccessibleName(tr("People found"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    auto* searchLabel = new QLabel(tr("&Name:"), this);
    searchLabel->setBuddy(m_search);
    auto* resultsLabel = new QLabel(tr("&People found:"), this);
    resultsLabel->setBuddy(m_results);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open Record"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openRecordButton"));
    m_open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &FindPersonDialog::openSelected);
    connect(m_results, &QListWidget::itemActivated, this, &FindPersonDialog::openSelected);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) { m_open->setEnabled(row >= 0); });
    // Search as you type, once typing pauses, so a large database is not searched per keystroke.
    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_typing, &QTimer::timeout, this, &FindPersonDialog::search);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    // Return in the search box moves to the results; it must not open whichever record is first
    // (the dialog would otherwise press its default button).
    m_search->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(resultsLabel);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(460, 480);
    m_search->setFocus();
    search();
}

bool FindPersonDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            m_typing->stop();
            search();
            if (m_results->count() > 0) {
                m_results->setCurrentRow(0);
                m_results->setFocus();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void FindPersonDialog::search()
{
    m_results->clear();
    auto found = core::PersonService(m_db).find(m_actor, m_search->text());
    if (!found) {
        m_count->setText(found.message());
        return;
    }
    for (const core::PersonMatch& m : found.value()) {
        QStringList kinds;
        if (m.isWorker) {
            kinds << tr("volunteer or worker");
        }
        if (m.isClient) {
            kinds << tr("person supported");
        }
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(m.name, kinds.join(QStringLiteral(", "))));
        item->setData(Qt::UserRole, m.personId);
        m_results->addItem(item);
    }
    const int n = int(found.value().size());
    m_count->setText(n == 0 ? tr("No one found.")
            : n >= core::PersonService::kDefaultLimit
            ? tr("Showing the first %1: type more of the name to narrow it down.").arg(n)
            : tr("%1 found.").arg(n));
}

void FindPersonDialog::openSelected()
{
    QListWidgetItem* item = m_results->currentItem();
    if (!item) {
        return;
    }
    openRecord(m_db, m_actor, item->data(Qt::UserRole).toLongLong(), this);
}

void FindPersonDialog::openRecord(core::Database& db, const core::Actor& actor, qint64 personId, QWidget* parent)
{
    auto record = core::PersonService(db).open(actor, personId);
    if (!record) {
        prompts::warning(parent, tr("Record Not Opened"), record.message());
        return;
    }
    PersonRecordDialog dialog(record.value(), parent);
    dialog.exec();
}

PersonRecordDialog::PersonRecordDialog(const core::PersonRecord& r, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("personRecordDialog"));
    const QString name = QStringLiteral("%1 %2").arg(r.givenName, r.familyName).trimmed();
    setWindowTitle(name);
    const QLocale locale;
    auto* title = new QLabel(name, this);
    title->setObjectName(QStringLiteral("personNameLabel"));
    title->setFont(scaledFont(title->font(), 1.4));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto value = [this](const QString& text) {
        auto* l = new QLabel(text.isEmpty() ? tr("Not recorded") : text, this);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->setFocusPolicy(Qt::TabFocus); // reachable by keyboard, so screen readers can read it
        l->setWordWrap(true);
        return l;
    };
    auto* details = new QGroupBox(tr("Details"), this);
    auto* form = new QFormLayout(details);
    form->addRow(tr("Known as:"), value(r.knownAs));
    form->addRow(tr("Date of birth:"),
        value(r.dateOfBirth.isValid() ? locale.toString(r.dateOfBirth, QLocale::LongFormat) : QString()));
    form->addRow(tr("Email:"), value(r.email));
    form->addRow(tr("Phone:"), value(r.phone));
    form->addRow(tr("Postcode:"), value(r.postcode));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(details);
    if (r.isWorker) {
        auto* box = new QGroupBox(tr("Volunteer or peer worker"), this);
        auto* f = new QFormLayout(box);
        f->addRow(tr("Status:"),
            value(r.workerStatus.isEmpty() ? QString()
                                           : tr("%1 since %2")
                                                 .arg(core::PersonService::statusName(r.workerStatus),
                                                     locale.toString(r.workerStatusSince, QLocale::ShortFormat))));
        f->addRow(tr("Current roles:"), value(r.currentRoles.join(QStringLiteral(", "))));
        layout->addWidget(box);
    }
    if (r.isClient) {
        auto* box = new QGroupBox(tr("Person supported"), this);
        auto* f = new QFormLayout(box);
        f->addRow(tr("Referrals:"), value(locale.toString(r.referrals)));
        f->addRow(tr("Sessions attended:"), value(locale.toString(r.sessionsAttended)));
        f->addRow(tr("Last session:"),
            value(r.lastSession.isValid() ? locale.toString(r.lastSession, QLocale::LongFormat) : tr("None yet")));
        layout->addWidget(box);
    }
    auto* note = new WrappingLabel(tr("Opening this record has been noted in the audit log."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace alongside::ui
