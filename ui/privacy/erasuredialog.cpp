#include "erasuredialog.h"

#include "core/services/settingsservice.h"
#include "ui/common/feedback.h"
#include "ui/common/fonts.h"
#include "ui/common/wrappinglabel.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

QString counted(int n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(n);
}

QString bullets(const QStringList& lines)
{
    QStringList out;
    for (const QString& line : lines) {
        out << QStringLiteral("•  ") + line;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

ErasureDialog::ErasureDialog(core::Database& db, const core::Actor& actor, qint64 personId, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_personId(personId)
    , m_mode(mode)
    , m_reason(new QComboBox(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new WrappingLabel(QString(), this))
{
    const bool erase = mode == Mode::Erase;
    setObjectName(erase ? QStringLiteral("eraseDialog") : QStringLiteral("anonymiseDialog"));
    setWindowTitle(erase ? tr("Erase a Record") : tr("Anonymise a Record"));
    m_word = erase ? tr("ERASE") : tr("ANONYMISE");

    auto preview = core::ErasureService(m_db).preview(m_actor, m_personId);
    core::ErasurePreview p;
    if (preview) {
        p = preview.value();
    }
    m_name = p.name;
    const QString shown = m_name.isEmpty() ? tr("this person") : m_name;

    auto* title = new QLabel(erase ? tr("Erase %1 completely?").arg(shown) : tr("Anonymise %1?").arg(shown), this);
    title->setObjectName(QStringLiteral("erasureTitle"));
    QFont titleFont = scaledFont(title->font(), 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);

    auto* intro = new WrappingLabel(erase ? tr("Erasing deletes the person and everything recorded about them. Use it "
                                               "when the person asks to be forgotten or was added by mistake. Their "
                                               "numbers leave your reports too.")
                                          : tr("Anonymising removes everything that identifies the person and keeps "
                                               "the numbers your reports need, so past figures stay the same."),
        this);

    auto section = [this](const QString& heading, const QString& text, const QString& objectName) {
        auto* h = new QLabel(heading, this);
        h->setFont(scaledFont(h->font(), 1.1));
        auto* body = new WrappingLabel(text, this);
        body->setObjectName(objectName);
        body->setTextFormat(Qt::PlainText);
        body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(h);
        box->addWidget(body);
        return box;
    };

    m_reason->setObjectName(QStringLiteral("erasureReasonCombo"));
    m_reason->setAccessibleName(tr("Reason"));
    for (core::ErasureReason r : core::ErasureService::reasons()) {
        m_reason->addItem(core::ErasureService::describeReason(r), int(r));
    }
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);

    m_confirm->setObjectName(QStringLiteral("erasureConfirmEdit"));
    m_confirm->setAccessibleName(tr("Type the name or %1 to confirm").arg(m_word));
    auto* confirmLabel = new WrappingLabel(m_name.isEmpty()
            ? tr("To confirm, type %1 here:").arg(m_word)
            : tr("To confirm, type the person's name (%1) or %2 here:").arg(m_name, m_word),
        this);
    confirmLabel->setTextFormat(Qt::PlainText);
    confirmLabel->setBuddy(m_confirm);

    m_error->setObjectName(QStringLiteral("erasureError"));
    m_error->setTextFormat(Qt::PlainText);
    setFeedbackColour(m_error, Feedback::Problem);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    const QString refusal = !preview ? preview.message() : erase ? p.eraseRefusal : p.anonymiseRefusal;
    if (!refusal.isEmpty()) {
        // Nothing can be done from here: say why and what to do instead.
        intro->hide();
        title->setText(erase ? tr("%1 cannot be erased").arg(shown) : tr("%1 cannot be anonymised").arg(shown));
        // Not an error in what was typed: plain text under the bold heading, which says it already.
        auto* why = new WrappingLabel(refusal, this);
        why->setObjectName(QStringLiteral("erasureRefusal"));
        why->setTextFormat(Qt::PlainText);
        why->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(why);
        layout->addStretch(1);
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        m_reason->hide();
        m_confirm->hide();
        reasonLabel->hide();
        confirmLabel->hide();
        layout->addWidget(buttons);
        fitHeight(480);
        return;
    }

    m_ok = buttons->addButton(erase ? tr("Erase Permanently") : tr("Anonymise"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("erasureOkButton"));
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ErasureDialog::accept);
    connect(m_confirm, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(confirmed()); });

    layout->addWidget(intro);
    layout->addLayout(section(tr("What will be removed"), removedText(p), QStringLiteral("erasureRemovedLabel")));
    layout->addLayout(section(tr("What will be kept"), keptText(p), QStringLiteral("erasureKeptLabel")));
    layout->addLayout(section(tr("What Alongside cannot do"),
        tr("Alongside cannot find the person's name where someone typed it into other people's records (a group's "
           "meeting notes, another person's session notes), nor what the person wrote about others. Check those by "
           "hand if the request covers them."),
        QStringLiteral("erasureLimitsLabel")));
    layout->addLayout(section(tr("Backups"), backupsText(), QStringLiteral("erasureBackupsLabel")));
    auto* form = new QFormLayout;
    form->addRow(reasonLabel, m_reason);
    layout->addLayout(form);
    layout->addWidget(confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    fitHeight(640);
    m_confirm->setFocus();
}

void ErasureDialog::fitHeight(int width)
{
    setMinimumWidth(width);
    resize(width, sizeHint().height());
}

void ErasureDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The wrapped texts need less height at the dialog's real width than their first guess: once
    // laid out at that width, take only the height they need.
    QTimer::singleShot(0, this, [this] { resize(width(), 0); });
}

QString ErasureDialog::removedText(const core::ErasurePreview& p) const
{
    QStringList lines;
    if (m_mode == Mode::Erase) {
        lines << tr("The whole record: names, contact details, date of birth and the charity's reference.");
        if (p.supported) {
            lines << tr("Referrals, episodes, sessions, matches, goals, questionnaires and the risk note.");
        }
        if (p.worker) {
            lines << tr("Statuses, roles, recruitment steps, references, DBS checks, training, hours, lived "
                        "experience, and supervision where they were the only person supervised.");
        }
        lines << tr("Consent, stories and meeting attendance.");
        lines << tr("This cannot be undone, and Undo is cleared.");
        return bullets(lines);
    }
    lines << tr("Names (the record is shown as \"%1\") and the charity's reference.")
                 .arg(core::ErasureService::anonymisedName());
    lines << tr("Email, phone, address and postcode.");
    lines << tr("The day and month of birth: only the year is kept, as 1 July, so age groups stay right.");
    QString notes = tr("All notes and free text: ");
    QStringList which;
    if (p.supported) {
        which << tr("the risk note, referral reasons, session notes, goal descriptions, written answers in "
                    "questionnaires");
    }
    if (p.worker) {
        which << tr("status reasons, emergency contacts, access needs, supervision notes where they were the only "
                    "person supervised");
    }
    which << tr("consent details");
    lines << notes + which.join(tr("; ")) + QLatin1Char('.');
    if (p.worker) {
        lines << tr("Referees, DBS certificate numbers and training certificates.");
    }
    if (p.stories > 0) {
        lines << counted(p.stories, tr("Their story (1), which is in their own words."),
            tr("Their stories (%1), which are in their own words."));
    }
    lines << tr("This cannot be undone, and Undo is cleared.");
    return bullets(lines);
}

QString ErasureDialog::keptText(const core::ErasurePreview& p) const
{
    QStringList lines;
    if (m_mode == Mode::Erase) {
        lines << tr("Sessions, groups and supervision they led for other people stay in those people's records, "
                    "without their name.");
        lines << tr("The audit log records that record number %1 was erased, and why; never the name.").arg(p.personId);
        return bullets(lines);
    }
    QStringList counts;
    auto add = [&counts](int n, const QString& one, const QString& many) {
        if (n > 0) {
            counts << counted(n, one, many);
        }
    };
    add(p.referrals, tr("1 referral"), tr("%1 referrals"));
    add(p.sessions, tr("1 session"), tr("%1 sessions"));
    add(p.questionnaires, tr("1 questionnaire with its score and band"),
        tr("%1 questionnaires with their scores and bands"));
    add(p.goals, tr("1 goal's progress"), tr("%1 goals' progress"));
    add(p.hoursEntries, tr("1 entry of hours"), tr("%1 entries of hours"));
    add(p.trainingCompletions, tr("1 course completed"), tr("%1 courses completed"));
    add(p.supervisionSessions, tr("1 supervision session"), tr("%1 supervision sessions"));
    if (!counts.isEmpty()) {
        lines << tr("For your reports: %1.").arg(counts.join(tr(", ")));
    }
    lines << tr("Dates, statuses, roles, service and referral categories.");
    lines << tr("Equality monitoring answers (such as gender and ethnicity), for diversity figures.");
    if (p.worker) {
        lines << tr("If they had a login account, its user name stays, because the audit trail names it. Where "
                    "their name was saved as who recorded something (a consent, a meeting, training, a risk "
                    "prompt), it becomes \"%1\".")
                     .arg(core::ErasureService::anonymisedName());
    }
    if (p.arrangementsAsSupervisor > 0) {
        lines << counted(p.arrangementsAsSupervisor,
            tr("The supervision arrangement in which they supervise someone else (1)."),
            tr("The supervision arrangements in which they supervise others (%1)."));
    }
    if (p.matchesAsMentor > 0) {
        lines << counted(p.matchesAsMentor, tr("The match they had as a mentor with someone else (1)."),
            tr("The matches they had as a mentor with others (%1)."));
    }
    return bullets(lines);
}

QString ErasureDialog::backupsText() const
{
    auto settings = core::SettingsService(m_db).load(m_actor);
    const int keep = settings ? settings.value().backupsToKeep : core::CharitySettings::kDefaultBackupsToKeep;
    return tr("Backups made before now still hold the record. Daily backups are deleted as newer ones replace them: "
              "Alongside keeps the newest %1, so the last one holding it goes after %1 more days on which Alongside "
              "is opened. Backups made with Back Up Now, before an upgrade or before a restore are kept until you "
              "delete them from the backups folder, and copies you made elsewhere until you delete them. Restoring one "
              "of them brings the record back.")
        .arg(keep);
}

bool ErasureDialog::confirmed() const
{
    const QString typed = m_confirm->text().simplified();
    if (typed.isEmpty()) {
        return false;
    }
    return typed.compare(m_word, Qt::CaseInsensitive) == 0
        || (!m_name.isEmpty() && typed.compare(m_name.simplified(), Qt::CaseInsensitive) == 0);
}

void ErasureDialog::accept()
{
    if (!m_ok || !confirmed()) {
        return;
    }
    const auto reason = core::ErasureReason(m_reason->currentData().toInt());
    core::ErasureService service(m_db);
    const core::Status s = m_mode == Mode::Erase ? service.erase(m_actor, m_personId, reason)
                                                 : service.anonymise(m_actor, m_personId, reason);
    if (!s) {
        m_error->setText(s.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

void ErasureDialog::showAnonymised(QWidget* page, const QDate& on, QPushButton* anonymise)
{
    if (!on.isValid() || !page) {
        return;
    }
    const QString date = QLocale().toString(on, QLocale::LongFormat);
    if (anonymise) {
        anonymise->setEnabled(false);
        anonymise->setToolTip(tr("Already anonymised on %1").arg(date));
    }
    if (page->findChild<QLabel*>(QStringLiteral("anonymisedLabel"))) {
        return; // already shown as anonymised
    }
    for (QLineEdit* edit : page->findChildren<QLineEdit*>()) {
        edit->setReadOnly(true);
        edit->setPlaceholderText(QString()); // an invitation to type, which no longer applies
    }
    for (QPlainTextEdit* edit : page->findChildren<QPlainTextEdit*>()) {
        edit->setReadOnly(true);
        edit->setPlaceholderText(QString());
    }
    for (QAbstractSpinBox* spin : page->findChildren<QAbstractSpinBox*>()) {
        spin->setReadOnly(true);
    }
    for (QComboBox* combo : page->findChildren<QComboBox*>()) {
        combo->setEnabled(false);
    }
    for (QCheckBox* box : page->findChildren<QCheckBox*>()) {
        box->setEnabled(false);
    }
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        view->setEnabled(false); // lists of tick boxes (a combo's own list goes with the combo)
    }
    for (QPushButton* button : page->findChildren<QPushButton*>()) {
        button->hide();
    }
    auto* label = new WrappingLabel(tr("This record was anonymised on %1: names, contact details and notes were "
                                       "removed, and they cannot be added back. Its numbers stay for your reports.")
                                        .arg(date),
        page);
    label->setObjectName(QStringLiteral("anonymisedLabel"));
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    if (auto* box = qobject_cast<QBoxLayout*>(page->layout())) {
        box->insertWidget(0, label);
    }
    label->setVisible(true); // at once, when the record is already on screen
}

bool ErasureDialog::confirmAndRun(
    core::Database& db, const core::Actor& actor, qint64 personId, Mode mode, QWidget* parent)
{
    ErasureDialog dialog(db, actor, personId, mode, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace alongside::ui
