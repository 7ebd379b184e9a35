// Co-production meetings as coordinators record them, and each person's involvement timeline: a
// meeting with three attendees (a person supported, a volunteer and a stakeholder not on file) is
// saved and shows on each on-file attendee's record; standings are filled in for the meeting's date
// and can be changed; decisions and actions are saved and read back; a meeting with no one or a
// date in the future is refused in words; the Co-production page lists meetings and Remove is taken
// back by Undo; a supervisor opening a volunteer's record never sees their past as someone
// supported; and every control can be reached by keyboard and has a name. With
// ALONGSIDE_SCREENSHOTS=DIR set, it saves PNGs of the meeting form, the page and a timeline.

#include "core/clients/clientservice.h"
#include "core/involvement/involvementservice.h"
#include "core/involvement/storyservice.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/involvement/groupsdialog.h"
#include "ui/involvement/involvementpage.h"
#include "ui/involvement/meetingdialog.h"
#include "ui/involvement/storiespanel.h"
#include "ui/involvement/storydialog.h"
#include "ui/involvement/timelinewidget.h"
#include "ui/people/clientrecorddialog.h"
#include "ui/workforce/formdialog.h"
#include "ui/workforce/workerrecorddialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace alongside;
using Role = core::Actor::Role;
using core::InvolvementService;
using test::checkKeyboardAndNames;
using test::click;
using test::screenshot;
using test::whenModal;
namespace inv = core::involvement;

namespace {

const QDate kToday(2026, 11, 22);
const QDate kMeetingDay(2026, 11, 15);

template<typename W> W* child(QWidget* parent, const char* name)
{
    return parent->findChild<W*>(QString::fromLatin1(name));
}

/** The Alt+letters of the controls shown in parent, with the text that uses each. */
QMultiHash<QChar, QString> shownMnemonics(QWidget* parent)
{
    QStringList texts;
    for (QLabel* l : parent->findChildren<QLabel*>()) {
        if (l->isVisible()) {
            texts << l->text();
        }
    }
    for (QAbstractButton* b : parent->findChildren<QAbstractButton*>()) {
        if (b->isVisible()) {
            texts << b->text();
        }
    }
    for (QTabWidget* t : parent->findChildren<QTabWidget*>()) {
        if (t->isVisible()) {
            for (int i = 0; i < t->count(); ++i) {
                texts << t->tabText(i);
            }
        }
    }
    QMultiHash<QChar, QString> letters;
    for (const QString& text : std::as_const(texts)) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size() || text[at + 1] == QLatin1Char('&')) {
            continue;
        }
        letters.insert(text[at + 1].toLower(), text);
    }
    return letters;
}

/** The involvement tab's Alt+letter leads nowhere else, whichever tab of the record is shown. */
void checkInvolvementMnemonicIsFree(QTabWidget* tabs)
{
    const int involvement = test::tabIndex(tabs, QStringLiteral("Involvement and Journey"));
    QVERIFY(involvement >= 0);
    const QString text = tabs->tabText(involvement);
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    QVERIFY(at >= 0);
    const QChar key = text[at + 1].toLower();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(10);
        const QStringList users = shownMnemonics(tabs->window()).values(key);
        QVERIFY2(users.size() == 1, qPrintable(users.join(QStringLiteral(" / "))));
    }
}

/** The row of the timeline that is the meeting id; -1 if none. */
int meetingRow(ui::TimelineWidget* timeline, qint64 meetingId)
{
    const QList<core::TimelineEvent>& events = timeline->journey().events;
    for (int i = 0; i < events.size(); ++i) {
        if (events.at(i).kind == core::TimelineEvent::Kind::Meeting && events.at(i).recordId == meetingId) {
            return i;
        }
    }
    return -1;
}

} // namespace

class TstMeetingDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void meetingWithThreeAttendeesShowsOnEachTimeline();
    void standingIsFilledInForTheDayAndCanBeChanged();
    void decisionsAndActionsAreSavedAndReadBack();
    void refusedMeetingsSayWhy();
    void unsavedChangesAreNotLostByAccident();
    void pageListsMeetingsAndUndoBringsARemovedOneBack();
    void groupsAreAddedAndRetired();
    void supervisorDoesNotSeeASupportedPast();
    void readOnlyAccountsSeeButDoNotChange();
    void timelineWritesAndOpensStories();
    void keyboardAndNames();

private:
    qint64 addWorker(const QString& given, const QString& family, qint64 personId, const QDate& since);
    bool addRole(
        qint64 workerId, const QString& role, const QString& payBasis, const QDate& from, const QDate& to = {});
    qint64 addClient(const QString& given, const QString& family, qint64 personId, const QDate& referred);
    qint64 personOfWorker(qint64 workerId);
    qint64 personOfClient(qint64 clientId);
    qint64 saveMeeting(core::Meeting m);
    core::Meeting meeting(qint64 id);
    /** Opens a new meeting form, fills in the three attendees of the test and saves it. */
    qint64 recordThreeAttendeeMeeting(bool shoot);

    std::unique_ptr<test::ScopedClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    QUndoStack m_undo;
    QStringList m_undoErrors;
    core::Actor m_admin = core::Actor::localUser();
    core::Actor m_supervisor;
    core::Actor m_readOnly;
    qint64 m_group = 0;
    qint64 m_otherGroup = 0;
    // Priya: supported from March 2024, a volunteer from January 2025, a paid peer worker since June 2026.
    qint64 m_priyaClient = 0;
    qint64 m_priyaWorker = 0;
    qint64 m_priya = 0;
    // Dev: a person supported since September 2026.
    qint64 m_devClient = 0;
    qint64 m_dev = 0;
    // Sam: a volunteer since January 2026 (and the supervisor's own record).
    qint64 m_samWorker = 0;
    qint64 m_sam = 0;
    qint64 m_supervisorWorker = 0;
    qint64 m_pastMeeting = 0; // Priya at a meeting in 2024, as someone supported
};

qint64 TstMeetingDialog::addWorker(const QString& given, const QString& family, qint64 personId, const QDate& since)
{
    core::WorkerProfile p;
    p.personId = personId;
    p.givenName = given;
    p.familyName = family;
    auto id = core::WorkforceService(*m_db).createWorker(
        m_admin, p, core::StatusChange { 0, 0, QStringLiteral("active"), since, {} });
    if (!id) {
        qWarning() << id.message();
        return 0;
    }
    return id.value();
}

bool TstMeetingDialog::addRole(
    qint64 workerId, const QString& role, const QString& payBasis, const QDate& from, const QDate& to)
{
    core::RoleAssignment r;
    r.workerId = workerId;
    r.roleTypeId
        = test::scalar(*m_db, QStringLiteral("SELECT id FROM role_type WHERE name = '%1'").arg(role)).toLongLong();
    r.payBasis = payBasis;
    r.startsOn = from;
    r.endsOn = to;
    auto saved = core::WorkforceService(*m_db).saveRole(m_admin, r);
    if (!saved) {
        qWarning() << saved.message();
    }
    return saved.isOk();
}

qint64 TstMeetingDialog::addClient(const QString& given, const QString& family, qint64 personId, const QDate& referred)
{
    core::ClientService clients(*m_db);
    core::ClientProfile p;
    p.personId = personId;
    p.givenName = given;
    p.familyName = family;
    core::Referral referral;
    referral.referredOn = referred;
    auto id = clients.createClient(m_admin, p, referral);
    if (!id) {
        qWarning() << id.message();
        return 0;
    }
    return id.value();
}

qint64 TstMeetingDialog::personOfWorker(qint64 workerId)
{
    auto p = core::WorkforceService(*m_db).profile(m_admin, workerId);
    return p ? p.value().personId : 0;
}

qint64 TstMeetingDialog::personOfClient(qint64 clientId)
{
    auto p = core::ClientService(*m_db).profile(m_admin, clientId);
    return p ? p.value().personId : 0;
}

qint64 TstMeetingDialog::saveMeeting(core::Meeting m)
{
    auto id = InvolvementService(*m_db).saveMeeting(m_admin, m);
    if (!id) {
        qWarning() << id.message();
        return 0;
    }
    return id.value();
}

core::Meeting TstMeetingDialog::meeting(qint64 id)
{
    auto m = InvolvementService(*m_db).meeting(m_admin, id);
    return m ? m.value() : core::Meeting {};
}

void TstMeetingDialog::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    ui::prompts::setTestMode(true);
    ui::SavedChange::setErrorHandler([this](const core::Error& e) { m_undoErrors << e.message; });
    QVERIFY(m_dir.isValid());
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("involvement.alongside")));
    QVERIFY(m_db);

    // A new file comes with two groups.
    auto groups = InvolvementService(*m_db).groups(m_admin);
    QVERIFY2(groups, qPrintable(groups.message()));
    for (const core::InvolvementGroup& g : groups.value()) {
        if (g.name == QStringLiteral("Co-production group")) {
            m_group = g.id;
        } else if (g.name == QStringLiteral("Volunteers' peer support group")) {
            m_otherGroup = g.id;
        }
    }
    QVERIFY(m_group && m_otherGroup);

    // Priya's journey: supported, then a volunteer, then a paid peer worker.
    m_priyaClient = addClient(QStringLiteral("Priya"), QStringLiteral("Sharma"), 0, QDate(2024, 3, 4));
    QVERIFY(m_priyaClient);
    m_priya = personOfClient(m_priyaClient);
    QVERIFY(m_priya);
    {
        core::ClientService clients(*m_db);
        auto referrals = clients.referrals(m_admin, m_priyaClient);
        QVERIFY(referrals && !referrals.value().isEmpty());
        core::Episode e;
        e.referralId = referrals.value().first().id;
        e.componentId
            = test::scalar(*m_db, QStringLiteral("SELECT MIN(id) FROM service_component WHERE kind = 'mentoring'"))
                  .toLongLong();
        e.startsOn = QDate(2024, 3, 11);
        e.endedOn = QDate(2025, 1, 10);
        e.endingReason = core::ClientService::endingReasonKeys().first();
        auto episode = clients.saveEpisode(m_admin, e);
        QVERIFY2(episode, qPrintable(episode.message()));
    }
    m_priyaWorker = addWorker(QStringLiteral("Priya"), QStringLiteral("Sharma"), m_priya, QDate(2025, 1, 13));
    QVERIFY(m_priyaWorker);
    QCOMPARE(personOfWorker(m_priyaWorker), m_priya);
    QVERIFY(addRole(m_priyaWorker, QStringLiteral("Volunteer peer mentor"), QStringLiteral("unpaid"),
        QDate(2025, 1, 13), QDate(2026, 5, 31)));
    QVERIFY(addRole(
        m_priyaWorker, QStringLiteral("Employed peer support worker"), QStringLiteral("paid"), QDate(2026, 6, 1)));

    m_devClient = addClient(QStringLiteral("Dev"), QStringLiteral("Patel"), 0, QDate(2026, 9, 1));
    QVERIFY(m_devClient);
    m_dev = personOfClient(m_devClient);
    m_samWorker = addWorker(QStringLiteral("Sam"), QStringLiteral("Reed"), 0, QDate(2026, 1, 5));
    QVERIFY(m_samWorker);
    QVERIFY(addRole(m_samWorker, QStringLiteral("Volunteer peer mentor"), QStringLiteral("unpaid"), QDate(2026, 1, 5)));
    m_sam = personOfWorker(m_samWorker);
    m_supervisorWorker = addWorker(QStringLiteral("Tess"), QStringLiteral("Ward"), 0, QDate(2024, 1, 8));
    QVERIFY(m_supervisorWorker);
    QVERIFY(addRole(m_supervisorWorker, QStringLiteral("Peer supervisor"), QStringLiteral("paid"), QDate(2024, 1, 8)));
    m_supervisor = { QStringLiteral("tess"), Role::Supervisor, 2, m_supervisorWorker, QStringLiteral("Tess Ward") };
    m_readOnly = { QStringLiteral("rory"), Role::ReadOnly, 3, 0, QStringLiteral("Rory Read") };

    // Priya came to a meeting in 2024 while she was being supported.
    core::Meeting past;
    past.groupId = m_group;
    past.heldOn = QDate(2024, 6, 3);
    past.topics = QStringList { QStringLiteral("Waiting times") };
    core::MeetingAttendee priya;
    priya.personId = m_priya;
    priya.standing = QString::fromLatin1(inv::kSupported);
    past.attendees << priya;
    m_pastMeeting = saveMeeting(past);
    QVERIFY(m_pastMeeting);
}

void TstMeetingDialog::init()
{
    m_undo.clear();
    m_undoErrors.clear();
    ui::prompts::takeShown();
}

qint64 TstMeetingDialog::recordThreeAttendeeMeeting(bool shoot)
{
    ui::MeetingDialog dialog(*m_db, m_admin, &m_undo);
    dialog.show();
    test::chooseData(child<QComboBox>(&dialog, "groupCombo"), m_group);
    dialog.dateEdit()->setDate(kMeetingDay);
    child<QLineEdit>(&dialog, "locationEdit")->setText(QStringLiteral("Community room"));
    child<QPlainTextEdit>(&dialog, "topicsEdit")
        ->setPlainText(QStringLiteral("Evening groups\nThe new leaflet\n\nWaiting list"));

    // Dev, found by name through Add Person….
    bool picked = false;
    whenModal<QDialog>([&](QDialog* d) {
        QCOMPARE(d->objectName(), QStringLiteral("personPickerDialog"));
        QTest::keyClicks(child<QLineEdit>(d, "personSearchEdit"), QStringLiteral("Dev"));
        auto* results = child<QListWidget>(d, "personResultsList");
        QCOMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().startsWith(QStringLiteral("Dev Patel")));
        results->setCurrentRow(0);
        click(d, "addPersonOkButton");
        picked = true;
    });
    click(&dialog, "addPersonButton");
    if (!picked) {
        return 0;
    }
    // Sam, a volunteer.
    if (!dialog.addPerson(m_sam, QStringLiteral("Sam Reed"))) {
        return 0;
    }
    // Jo, a stakeholder who is not on file.
    whenModal<ui::FormDialog>([&](ui::FormDialog* d) {
        QCOMPARE(d->objectName(), QStringLiteral("externalAttendeeDialog"));
        child<QLineEdit>(d, "externalNameEdit")->setText(QStringLiteral("Jo Bloggs"));
        child<QLineEdit>(d, "externalOrganisationEdit")->setText(QStringLiteral("Local NHS trust"));
        d->accept();
    });
    click(&dialog, "addExternalButton");
    if (dialog.attendeeTable()->rowCount() != 3) {
        return 0;
    }
    if (shoot) {
        dialog.resize(1000, 660); // as on a laptop's screen (the test's screen is smaller)
        screenshot(&dialog, QStringLiteral("meeting-dialog"));
    }
    click(&dialog, "saveButton");
    if (dialog.isVisible()) {
        qWarning() << child<QLabel>(&dialog, "problemLabel")->text();
        return 0;
    }
    return dialog.savedId();
}

void TstMeetingDialog::meetingWithThreeAttendeesShowsOnEachTimeline()
{
    const qint64 id = recordThreeAttendeeMeeting(true);
    QVERIFY(id > 0);
    QCOMPARE(m_undo.count(), 1);

    const core::Meeting saved = meeting(id);
    QCOMPARE(saved.heldOn, kMeetingDay);
    QCOMPARE(saved.location, QStringLiteral("Community room"));
    QCOMPARE(saved.topics,
        QStringList(
            { QStringLiteral("Evening groups"), QStringLiteral("The new leaflet"), QStringLiteral("Waiting list") }));
    QCOMPARE(saved.attendees.size(), 3);
    QHash<QString, QString> standingOf;
    for (const core::MeetingAttendee& a : saved.attendees) {
        standingOf.insert(a.isExternal() ? a.externalName : a.name, a.standing);
    }
    QCOMPARE(standingOf.value(QStringLiteral("Dev Patel")), QString::fromLatin1(inv::kSupported));
    QCOMPARE(standingOf.value(QStringLiteral("Sam Reed")), QString::fromLatin1(inv::kVolunteer));
    QCOMPARE(standingOf.value(QStringLiteral("Jo Bloggs")), QString::fromLatin1(inv::kStakeholder));

    // Dev's record: the Involvement tab, read when shown, has the meeting on it.
    {
        ui::ClientRecordDialog record(*m_db, m_admin, &m_undo, m_devClient);
        record.show();
        QVERIFY(record.timeline());
        QVERIFY(!record.timeline()->isLoaded());
        const int tab = test::tabIndex(record.tabs(), QStringLiteral("Involvement and Journey"));
        QVERIFY(tab >= 0);
        record.tabs()->setCurrentIndex(tab);
        QVERIFY(record.timeline()->isLoaded());
        const int row = meetingRow(record.timeline(), id);
        QVERIFY(row >= 0);
        QTreeWidgetItem* item = record.timeline()->eventsTable()->topLevelItem(row);
        QCOMPARE(item->text(1), QStringLiteral("Co-production group meeting"));
        QCOMPARE(item->text(3), InvolvementService::standingName(QString::fromLatin1(inv::kSupported)));
        QVERIFY(record.timeline()->journeyText().contains(QStringLiteral("Person supported")));
        // Double-clicking the meeting opens it.
        bool opened = false;
        whenModal<ui::MeetingDialog>([&](ui::MeetingDialog* d) {
            opened = true;
            QCOMPARE(d->meetingInForm().id, id);
            QCOMPARE(d->attendeeTable()->rowCount(), 3);
            d->reject();
        });
        record.timeline()->openEvent(row);
        QVERIFY(opened);
        checkInvolvementMnemonicIsFree(record.tabs());
    }
    // Sam's record: the same meeting, as a volunteer.
    {
        ui::WorkerRecordDialog record(*m_db, m_admin, &m_undo, m_samWorker);
        record.show();
        const int tab = test::tabIndex(record.tabs(), QStringLiteral("Involvement and Journey"));
        QVERIFY(tab >= 0);
        record.tabs()->setCurrentIndex(tab);
        const int row = meetingRow(record.timeline(), id);
        QVERIFY(row >= 0);
        QCOMPARE(
            record.timeline()->eventsTable()->topLevelItem(row)->text(2), QStringLiteral("Attended as a volunteer"));
        checkInvolvementMnemonicIsFree(record.tabs());
    }
}

void TstMeetingDialog::standingIsFilledInForTheDayAndCanBeChanged()
{
    ui::MeetingDialog dialog(*m_db, m_admin, &m_undo);
    dialog.show();
    dialog.dateEdit()->setDate(kMeetingDay);
    QVERIFY(dialog.addPerson(m_priya, QStringLiteral("Priya Sharma")));
    QCOMPARE(dialog.standingCombo(0)->currentData().toString(), QString::fromLatin1(inv::kPaidPeer));
    QCOMPARE(dialog.attendanceLabel()->text(), QStringLiteral("1 attending: 1 paid peer worker"));
    // The same person twice is refused.
    QVERIFY(!dialog.addPerson(m_priya, QStringLiteral("Priya Sharma")));
    QVERIFY(child<QLabel>(&dialog, "problemLabel")->text().contains(QStringLiteral("on the list already")));

    // A meeting further back: what she was then.
    dialog.dateEdit()->setDate(QDate(2025, 6, 2));
    QCOMPARE(dialog.standingCombo(0)->currentData().toString(), QString::fromLatin1(inv::kVolunteer));
    dialog.dateEdit()->setDate(QDate(2024, 6, 3));
    QCOMPARE(dialog.standingCombo(0)->currentData().toString(), QString::fromLatin1(inv::kSupported));
    QCOMPARE(dialog.attendanceLabel()->text(), QStringLiteral("1 attending: 1 person supported"));

    // Chosen by hand, it stays as chosen when the date moves.
    test::chooseData(dialog.standingCombo(0), QString::fromLatin1(inv::kStaff));
    dialog.dateEdit()->setDate(kMeetingDay);
    QCOMPARE(dialog.standingCombo(0)->currentData().toString(), QString::fromLatin1(inv::kStaff));

    QVERIFY(dialog.addPerson(m_dev, QStringLiteral("Dev Patel")));
    QVERIFY(dialog.addExternal(QStringLiteral("Ali Khan"), QStringLiteral("Council")));
    QCOMPARE(dialog.attendanceLabel()->text(),
        QStringLiteral("3 attending: 1 person supported, 1 member of staff, 1 stakeholder"));
    // Someone not on file can only be a stakeholder.
    QVERIFY(!dialog.standingCombo(2)->isEnabled());
    QCOMPARE(dialog.standingCombo(2)->currentData().toString(), QString::fromLatin1(inv::kStakeholder));

    // Remove takes a row out and the count follows.
    dialog.attendeeTable()->selectRow(1);
    click(&dialog, "removeAttendeeButton");
    QCOMPARE(dialog.attendeeTable()->rowCount(), 2);
    QCOMPARE(dialog.attendanceLabel()->text(), QStringLiteral("2 attending: 1 member of staff, 1 stakeholder"));

    click(&dialog, "saveButton");
    QVERIFY(!dialog.isVisible());
    const core::Meeting saved = meeting(dialog.savedId());
    QCOMPARE(saved.attendees.size(), 2);
    for (const core::MeetingAttendee& a : saved.attendees) {
        if (a.personId == m_priya) {
            QCOMPARE(a.standing, QString::fromLatin1(inv::kStaff));
        } else {
            QVERIFY(a.isExternal());
            QCOMPARE(a.organisation, QStringLiteral("Council"));
        }
    }

    // Opened again, the saved standing is shown and not worked out again when the date changes.
    ui::MeetingDialog again(*m_db, m_admin, &m_undo, saved.id);
    again.show();
    int priyaRow = -1;
    for (int r = 0; r < again.attendeeTable()->rowCount(); ++r) {
        if (again.attendeeTable()->item(r, 0)->text() == QStringLiteral("Priya Sharma")) {
            priyaRow = r;
        }
    }
    QVERIFY(priyaRow >= 0);
    QCOMPARE(again.standingCombo(priyaRow)->currentData().toString(), QString::fromLatin1(inv::kStaff));
    again.dateEdit()->setDate(QDate(2025, 6, 2));
    QCOMPARE(again.standingCombo(priyaRow)->currentData().toString(), QString::fromLatin1(inv::kStaff));
    ui::prompts::queueAnswer(true); // discard the changed date
    again.reject();
    QVERIFY(!again.isVisible());
}

void TstMeetingDialog::decisionsAndActionsAreSavedAndReadBack()
{
    ui::MeetingDialog dialog(*m_db, m_admin, &m_undo);
    dialog.show();
    test::chooseData(child<QComboBox>(&dialog, "groupCombo"), m_otherGroup);
    dialog.dateEdit()->setDate(QDate(2026, 10, 6));
    QVERIFY(dialog.addPerson(m_sam, QStringLiteral("Sam Reed")));
    QVERIFY(dialog.addPerson(m_dev, QStringLiteral("Dev Patel")));

    auto components = core::ClientService(*m_db).components(m_admin);
    QVERIFY(components && !components.value().isEmpty());
    const core::ServiceComponent component = components.value().first();

    whenModal<ui::FormDialog>([&](ui::FormDialog* d) {
        QCOMPARE(d->objectName(), QStringLiteral("decisionDialog"));
        child<QPlainTextEdit>(d, "decisionEdit")->setPlainText(QStringLiteral("Run an evening group"));
        child<QPlainTextEdit>(d, "changeEdit")->setPlainText(QStringLiteral("The Tuesday group now also meets at 6pm"));
        auto* changedOn = child<ui::OptionalDateEdit>(d, "changedOnEdit");
        changedOn->checkBox()->setChecked(true);
        changedOn->setDate(QDate(2026, 11, 3));
        test::chooseData(child<QComboBox>(d, "componentCombo"), component.id);
        d->accept();
    });
    click(&dialog, "addDecisionButton");
    QCOMPARE(dialog.decisionTable()->topLevelItemCount(), 1);

    // A decision with nothing changed yet, then one refused: a change with no date.
    whenModal<ui::FormDialog>([&](ui::FormDialog* d) {
        child<QPlainTextEdit>(d, "decisionEdit")->setPlainText(QStringLiteral("Ask members about the leaflet"));
        child<QPlainTextEdit>(d, "changeEdit")->setPlainText(QStringLiteral("Leaflet rewritten"));
        d->accept();
        QVERIFY(d->isVisible()); // refused: no date for the change
        QVERIFY(d->findChild<QLabel*>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("when")));
        child<QPlainTextEdit>(d, "changeEdit")->clear();
        d->accept();
    });
    click(&dialog, "addDecisionButton");
    QCOMPARE(dialog.decisionTable()->topLevelItemCount(), 2);
    QCOMPARE(dialog.decisionTable()->topLevelItem(1)->text(1), QStringLiteral("Nothing has changed yet"));

    whenModal<ui::FormDialog>([&](ui::FormDialog* d) {
        QCOMPARE(d->objectName(), QStringLiteral("actionDialog"));
        child<QLineEdit>(d, "actionDescriptionEdit")->setText(QStringLiteral("Book the room for evenings"));
        auto* owner = child<QComboBox>(d, "actionOwnerCombo");
        QCOMPARE(owner->count(), 2); // the attendees on file
        test::chooseData(owner, m_sam);
        auto* due = child<ui::OptionalDateEdit>(d, "actionDueEdit");
        due->checkBox()->setChecked(true);
        due->setDate(QDate(2026, 12, 1));
        d->accept();
    });
    click(&dialog, "addActionButton");
    whenModal<ui::FormDialog>([&](ui::FormDialog* d) {
        child<QLineEdit>(d, "actionDescriptionEdit")->setText(QStringLiteral("Send the minutes to the trust"));
        auto* owner = child<QComboBox>(d, "actionOwnerCombo");
        owner->setCurrentIndex(-1);
        owner->setEditText(QStringLiteral("Jo at the trust"));
        auto* done = child<ui::OptionalDateEdit>(d, "actionDoneEdit");
        done->checkBox()->setChecked(true);
        done->setDate(QDate(2026, 10, 8));
        d->accept();
    });
    click(&dialog, "addActionButton");
    QCOMPARE(dialog.actionTable()->topLevelItemCount(), 2);
    QCOMPARE(dialog.actionTable()->topLevelItem(0)->text(1), QStringLiteral("Sam Reed"));
    dialog.resize(1000, 660);
    auto* area = child<QScrollArea>(&dialog, "formArea");
    area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    screenshot(&dialog, QStringLiteral("meeting-dialog-decisions"));

    click(&dialog, "saveButton");
    QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "problemLabel")->text()));
    const core::Meeting saved = meeting(dialog.savedId());
    QCOMPARE(saved.groupId, m_otherGroup);
    QCOMPARE(saved.decisions.size(), 2);
    QCOMPARE(saved.decisions.at(0).description, QStringLiteral("Run an evening group"));
    QCOMPARE(saved.decisions.at(0).changeMade, QStringLiteral("The Tuesday group now also meets at 6pm"));
    QCOMPARE(saved.decisions.at(0).changedOn, QDate(2026, 11, 3));
    QCOMPARE(saved.decisions.at(0).componentId, component.id);
    QVERIFY(!saved.decisions.at(1).hasChange());
    QCOMPARE(saved.actions.size(), 2);
    QCOMPARE(saved.actions.at(0).ownerPersonId, m_sam);
    QCOMPARE(saved.actions.at(0).dueOn, QDate(2026, 12, 1));
    QVERIFY(saved.actions.at(0).isOpen());
    QCOMPARE(saved.actions.at(1).ownerPersonId, 0);
    QCOMPARE(saved.actions.at(1).ownerText, QStringLiteral("Jo at the trust"));
    QCOMPARE(saved.actions.at(1).doneOn, QDate(2026, 10, 8));

    // Read back into the form: the same rows, and saving without a change changes nothing.
    ui::MeetingDialog again(*m_db, m_admin, &m_undo, saved.id);
    again.show();
    QCOMPARE(again.decisionTable()->topLevelItemCount(), 2);
    QCOMPARE(again.decisionTable()->topLevelItem(0)->text(3), component.name);
    QCOMPARE(again.actionTable()->topLevelItem(0)->text(1), QStringLiteral("Sam Reed"));
    QCOMPARE(again.actionTable()->topLevelItem(1)->text(1), QStringLiteral("Jo at the trust"));
    QVERIFY(!again.hasUnsavedChanges());
    const int before = m_undo.count();
    click(&again, "saveButton");
    QVERIFY(!again.isVisible());
    QCOMPARE(m_undo.count(), before);

    // Removing a decision in the form removes it from the record; undo puts it back.
    ui::MeetingDialog third(*m_db, m_admin, &m_undo, saved.id);
    third.show();
    third.decisionTable()->setCurrentItem(third.decisionTable()->topLevelItem(1));
    click(&third, "removeDecisionButton");
    click(&third, "saveButton");
    QVERIFY(!third.isVisible());
    QCOMPARE(meeting(saved.id).decisions.size(), 1);
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QCOMPARE(meeting(saved.id).decisions.size(), 2);
}

void TstMeetingDialog::refusedMeetingsSayWhy()
{
    const int meetings = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM meeting")).toInt();
    ui::MeetingDialog dialog(*m_db, m_admin, &m_undo);
    dialog.show();
    // No one attending.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    click(&dialog, "saveButton");
    QVERIFY(dialog.isVisible());
    auto* problem = child<QLabel>(&dialog, "problemLabel");
    QVERIFY2(problem->isVisible(), "the problem is shown");
    QVERIFY2(problem->text().contains(QStringLiteral("Add the people who attended")), qPrintable(problem->text()));
    QVERIFY(child<QPushButton>(&dialog, "addPersonButton")->hasFocus());
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM meeting")).toInt(), meetings);

    // A day in the future cannot be chosen: the field stops at today, and says so.
    QCOMPARE(dialog.dateEdit()->maximumDate(), kToday);
    dialog.dateEdit()->setDate(kToday.addDays(3));
    QVERIFY(dialog.dateEdit()->date() <= kToday);
    QVERIFY(dialog.dateEdit()->toolTip().contains(QStringLiteral("today or earlier")));
    // And the service's own check is worded for people.
    core::Meeting future = dialog.meetingInForm();
    future.heldOn = kToday.addDays(3);
    core::MeetingAttendee a;
    a.externalName = QStringLiteral("Someone");
    future.attendees << a;
    const core::Status s = InvolvementService::validate(future, kToday);
    QVERIFY(!s);
    QVERIFY(s.message().contains(QStringLiteral("in the future")));

    // Nothing was saved; closing an untouched form asks nothing.
    QVERIFY(!dialog.hasUnsavedChanges());
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QVERIFY(ui::prompts::takeShown().isEmpty());
}

void TstMeetingDialog::unsavedChangesAreNotLostByAccident()
{
    ui::MeetingDialog dialog(*m_db, m_admin, &m_undo);
    dialog.show();
    QVERIFY(dialog.addExternal(QStringLiteral("Ali Khan"), QStringLiteral("Council")));
    QVERIFY(dialog.hasUnsavedChanges());
    dialog.reject(); // the test prompts answer "no" unless told otherwise
    QVERIFY(dialog.isVisible());
    const QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().startsWith(QStringLiteral("Discard Changes?")));
    ui::prompts::queueAnswer(true);
    dialog.reject();
    QVERIFY(!dialog.isVisible());
}

void TstMeetingDialog::pageListsMeetingsAndUndoBringsARemovedOneBack()
{
    const qint64 id = recordThreeAttendeeMeeting(false);
    QVERIFY(id > 0);
    m_undo.clear();

    ui::InvolvementPage page;
    page.resize(1100, 640);
    page.show();
    page.setContext(m_db.get(), m_admin, &m_undo);
    QCOMPARE(page.tabs()->count(), 2);
    QCOMPARE(page.tabs()->tabText(0), QStringLiteral("&Meetings"));
    QCOMPARE(page.tabs()->tabText(1), QStringLiteral("S&tories"));
    QVERIFY(page.storiesPanel());
    auto* period = child<QComboBox>(&page, "periodFilter");
    test::chooseData(period, 4); // all meetings
    QTreeWidget* table = page.meetingsTable();
    const int all = table->topLevelItemCount();
    QVERIFY(all >= 2); // the 2024 meeting and this one, with others when the whole suite runs
    QTreeWidgetItem* row = nullptr;
    for (int i = 0; i < all; ++i) {
        if (table->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id) {
            row = table->topLevelItem(i);
        }
    }
    QVERIFY(row);
    QCOMPARE(row->text(1), QStringLiteral("Co-production group"));
    QCOMPARE(row->text(2), QStringLiteral("3: 1 supported, 1 volunteer, 1 stakeholder"));
    QCOMPARE(row->text(5), QStringLiteral("Evening groups; The new leaflet; and 1 more"));
    QCOMPARE(row->toolTip(5), QStringLiteral("Evening groups\nThe new leaflet\nWaiting list"));
    screenshot(&page, QStringLiteral("meetings-page"));

    // The group filter: the other group's meetings only.
    test::chooseData(child<QComboBox>(&page, "groupFilter"), m_otherGroup);
    for (const core::MeetingSummary& m : page.shownMeetings()) {
        QCOMPARE(m.groupId, m_otherGroup);
    }
    // New Meeting… starts with the group chosen in the filter.
    bool opened = false;
    whenModal<ui::MeetingDialog>([&](ui::MeetingDialog* d) {
        opened = true;
        QCOMPARE(d->meetingInForm().groupId, m_otherGroup);
        QCOMPARE(d->meetingInForm().id, 0);
        d->reject();
    });
    click(&page, "newMeetingButton");
    QVERIFY(opened);
    test::chooseData(child<QComboBox>(&page, "groupFilter"), qint64(0));
    QCOMPARE(table->topLevelItemCount(), all);
    // Open… opens the selected meeting.
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id) {
            table->setCurrentItem(table->topLevelItem(i));
        }
    }
    opened = false;
    whenModal<ui::MeetingDialog>([&](ui::MeetingDialog* d) {
        opened = true;
        QCOMPARE(d->meetingInForm().id, id);
        d->reject();
    });
    click(&page, "openMeetingButton");
    QVERIFY(opened);
    // The period filter: last year holds none of these.
    test::chooseData(period, 3);
    QCOMPARE(table->topLevelItemCount(), 0);
    QCOMPARE(child<QLabel>(&page, "meetingsCount")->text(), QStringLiteral("No meetings recorded in this period."));
    test::chooseData(period, 4);

    // Remove asks, then takes it out; Undo brings it back whole.
    const core::Meeting before = meeting(id);
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id) {
            table->setCurrentItem(table->topLevelItem(i));
        }
    }
    ui::prompts::queueAnswer(true);
    click(&page, "removeMeetingButton");
    QCOMPARE(table->topLevelItemCount(), all - 1);
    QVERIFY(ui::prompts::takeShown().first().startsWith(QStringLiteral("Remove Meeting")));
    QCOMPARE(m_undo.count(), 1);
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    page.refresh();
    QCOMPARE(table->topLevelItemCount(), all);
    core::Meeting after = meeting(id);
    QCOMPARE(after.attendees.size(), before.attendees.size());
    QCOMPARE(after.heldOn, before.heldOn);
    QCOMPARE(after.topics, before.topics);
    m_undo.redo();
    page.refresh();
    QCOMPARE(table->topLevelItemCount(), all - 1);
    m_undo.undo();
    page.refresh();
    QCOMPARE(table->topLevelItemCount(), all);
}

void TstMeetingDialog::groupsAreAddedAndRetired()
{
    ui::GroupsDialog dialog(*m_db, m_admin, &m_undo);
    dialog.show();
    QVERIFY(dialog.table()->topLevelItemCount() >= 2);
    click(&dialog, "addGroupButton");
    child<QLineEdit>(&dialog, "groupNameEdit")->setText(QStringLiteral("Family forum"));
    child<QSpinBox>(&dialog, "groupWeeksSpin")->setValue(6);
    click(&dialog, "saveGroupButton");
    QVERIFY(dialog.madeChanges());
    screenshot(&dialog, QStringLiteral("groups-dialog"));
    // Added at the end of the list; Move Up takes it up one, and undo puts it back.
    const int last = dialog.table()->topLevelItemCount() - 1;
    QCOMPARE(dialog.table()->topLevelItem(last)->text(0), QStringLiteral("Family forum"));
    QVERIFY(!child<QPushButton>(&dialog, "moveGroupDownButton")->isEnabled());
    const int undoBefore = m_undo.count();
    click(&dialog, "moveGroupUpButton");
    QCOMPARE(dialog.table()->topLevelItem(last - 1)->text(0), QStringLiteral("Family forum"));
    QCOMPARE(m_undo.count(), undoBefore + 1);
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    dialog.reload();
    QCOMPARE(dialog.table()->topLevelItem(last)->text(0), QStringLiteral("Family forum"));
    auto groups = InvolvementService(*m_db).groups(m_admin, true);
    QVERIFY(groups);
    qint64 forum = 0;
    for (const core::InvolvementGroup& g : groups.value()) {
        if (g.name == QStringLiteral("Family forum")) {
            forum = g.id;
            QCOMPARE(g.meetsEveryWeeks, 6);
        }
    }
    QVERIFY(forum);
    // A group with meetings cannot be removed: the message says to retire it.
    for (int i = 0; i < dialog.table()->topLevelItemCount(); ++i) {
        if (dialog.table()->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == m_group) {
            dialog.table()->setCurrentItem(dialog.table()->topLevelItem(i));
        }
    }
    click(&dialog, "removeGroupButton");
    QVERIFY(child<QLabel>(&dialog, "groupFeedbackLabel")->text().startsWith(QStringLiteral("Problem:")));
    // The new one, with none, can; undo brings it back.
    for (int i = 0; i < dialog.table()->topLevelItemCount(); ++i) {
        if (dialog.table()->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == forum) {
            dialog.table()->setCurrentItem(dialog.table()->topLevelItem(i));
        }
    }
    click(&dialog, "removeGroupButton");
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM involvement_group WHERE name = 'Family forum'"))
                 .toInt(),
        0);
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM involvement_group WHERE name = 'Family forum'"))
                 .toInt(),
        1);
    // Retiring it: it leaves the new meeting form's list.
    dialog.reload(forum);
    child<QCheckBox>(&dialog, "groupActiveCheck")->setChecked(false);
    click(&dialog, "saveGroupButton");
    ui::MeetingDialog meetingForm(*m_db, m_admin, &m_undo);
    QCOMPARE(child<QComboBox>(&meetingForm, "groupCombo")->findData(forum), -1);
}

void TstMeetingDialog::supervisorDoesNotSeeASupportedPast()
{
    // Priya at a recent meeting as a paid peer worker, and in 2024 as someone supported.
    core::Meeting recent;
    recent.groupId = m_otherGroup;
    recent.heldOn = QDate(2026, 11, 10);
    core::MeetingAttendee priya;
    priya.personId = m_priya;
    priya.standing = QString::fromLatin1(inv::kPaidPeer);
    recent.attendees << priya;
    const qint64 recentId = saveMeeting(recent);
    QVERIFY(recentId);

    // A coordinator sees the whole journey.
    {
        ui::WorkerRecordDialog record(*m_db, m_admin, &m_undo, m_priyaWorker);
        record.resize(1000, 720);
        record.show();
        record.tabs()->setCurrentIndex(test::tabIndex(record.tabs(), QStringLiteral("Involvement and Journey")));
        const QString journey = record.timeline()->journeyText();
        const QString plain = journey;
        QVERIFY2(plain.contains(QStringLiteral("Person supported  Mar 2024 – Jan 2025")), qPrintable(plain));
        QVERIFY2(plain.contains(QStringLiteral("Volunteer  Jan 2025 – ")), qPrintable(plain));
        QVERIFY2(plain.contains(QStringLiteral("Paid peer worker  since Jun 2026")), qPrintable(plain));
        QVERIFY(plain.indexOf(QStringLiteral("Person supported")) < plain.indexOf(QStringLiteral("Volunteer")));
        QVERIFY(plain.contains(QStringLiteral("→")));
        QVERIFY(meetingRow(record.timeline(), m_pastMeeting) >= 0);
        QVERIFY(meetingRow(record.timeline(), recentId) >= 0);
        // Oldest first.
        const QList<core::TimelineEvent>& events = record.timeline()->journey().events;
        for (int i = 1; i < events.size(); ++i) {
            QVERIFY(events.at(i - 1).on <= events.at(i).on);
        }
        screenshot(&record, QStringLiteral("involvement-timeline"));
        // Narrow: the journey wraps rather than being cut off.
        record.resize(520, 720);
        QTest::qWait(50);
        auto* strip = child<QLabel>(&record, "journeyStrip");
        QVERIFY(strip->wordWrap());
        QVERIFY(strip->width() <= record.width());
        QVERIFY(strip->height() >= strip->heightForWidth(strip->width()) - 1);
        screenshot(&record, QStringLiteral("involvement-timeline-narrow"));
    }
    // A supervisor opening her worker record sees her work, never that she was supported.
    {
        ui::WorkerRecordDialog record(*m_db, m_supervisor, &m_undo, m_priyaWorker);
        record.show();
        const int tab = test::tabIndex(record.tabs(), QStringLiteral("Involvement and Journey"));
        QVERIFY(tab >= 0);
        record.tabs()->setCurrentIndex(tab);
        const QString journey = record.timeline()->journeyText();
        QVERIFY2(!journey.contains(QStringLiteral("supported"), Qt::CaseInsensitive), qPrintable(journey));
        QVERIFY(journey.contains(QStringLiteral("Volunteer")));
        QCOMPARE(meetingRow(record.timeline(), m_pastMeeting), -1);
        QVERIFY(meetingRow(record.timeline(), recentId) >= 0);
        QTreeWidget* events = record.timeline()->eventsTable();
        for (int i = 0; i < events->topLevelItemCount(); ++i) {
            for (int c = 0; c < events->columnCount(); ++c) {
                QVERIFY2(!events->topLevelItem(i)->text(c).contains(QStringLiteral("supported"), Qt::CaseInsensitive),
                    qPrintable(events->topLevelItem(i)->text(c)));
                QVERIFY2(!events->topLevelItem(i)->text(c).contains(QStringLiteral("Referred"), Qt::CaseInsensitive),
                    qPrintable(events->topLevelItem(i)->text(c)));
            }
        }
        // Meetings name people supported: a supervisor cannot open them from here.
        bool opened = false;
        whenModal<ui::MeetingDialog>([&](ui::MeetingDialog*) { opened = true; });
        record.timeline()->openEvent(meetingRow(record.timeline(), recentId));
        QTest::qWait(100);
        QVERIFY(!opened);
    }
    QVERIFY(InvolvementService(*m_db).removeMeeting(m_admin, recentId));
}

void TstMeetingDialog::readOnlyAccountsSeeButDoNotChange()
{
    ui::MeetingDialog dialog(*m_db, m_readOnly, &m_undo, m_pastMeeting);
    dialog.show();
    QCOMPARE(dialog.attendeeTable()->rowCount(), 1);
    QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "addPersonButton")->isVisible());
    QVERIFY(!dialog.standingCombo(0)->isEnabled());
    QVERIFY(!child<QComboBox>(&dialog, "groupCombo")->isEnabled());
    QVERIFY(child<QLineEdit>(&dialog, "locationEdit")->isReadOnly());
    QVERIFY(!dialog.addPerson(m_dev, QStringLiteral("Dev Patel")));
    QVERIFY(child<QLabel>(&dialog, "problemLabel")->isVisible());
    dialog.reject();
    QVERIFY(!dialog.isVisible());

    ui::InvolvementPage page;
    page.setContext(m_db.get(), m_readOnly, &m_undo);
    page.show();
    QVERIFY(!child<QPushButton>(&page, "newMeetingButton")->isVisible());
    QVERIFY(!child<QPushButton>(&page, "removeMeetingButton")->isVisible());
    QVERIFY(child<QPushButton>(&page, "openMeetingButton")->isVisible());
}

void TstMeetingDialog::timelineWritesAndOpensStories()
{
    core::Story story;
    story.personId = m_dev;
    story.title = QStringLiteral("Small steps");
    story.writtenOn = kMeetingDay;
    story.body = QStringLiteral("As written.");
    auto storyId = core::StoryService(*m_db).saveStory(m_admin, story);
    QVERIFY(storyId);

    ui::ClientRecordDialog record(*m_db, m_admin, &m_undo, m_devClient);
    record.show();
    record.tabs()->setCurrentIndex(test::tabIndex(record.tabs(), QStringLiteral("Involvement and Journey")));
    ui::TimelineWidget* timeline = record.timeline();
    int row = -1;
    for (int i = 0; i < timeline->journey().events.size(); ++i) {
        const core::TimelineEvent& e = timeline->journey().events.at(i);
        if (e.kind == core::TimelineEvent::Kind::Story && e.recordId == storyId.value()) {
            row = i;
        }
    }
    QVERIFY(row >= 0);
    QCOMPARE(timeline->eventsTable()->topLevelItem(row)->text(1), QStringLiteral("Wrote \u201CSmall steps\u201D"));
    // Double-clicking the story opens it in the editor.
    bool opened = false;
    whenModal<ui::StoryDialog>([&](ui::StoryDialog* d) {
        opened = true;
        d->reject();
    });
    timeline->openEvent(row);
    QVERIFY(opened);
    // Write a Story… starts a story by this person.
    auto* write = child<QPushButton>(timeline, "writeStoryButton");
    QVERIFY(write->isVisible());
    opened = false;
    whenModal<ui::StoryDialog>([&](ui::StoryDialog* d) {
        opened = true;
        QVERIFY(d->windowTitle().contains(QStringLiteral("Dev")));
        d->reject();
    });
    write->click();
    QVERIFY(opened);

    // A read-only account sees the story on the timeline but cannot write one.
    ui::ClientRecordDialog readOnly(*m_db, m_readOnly, &m_undo, m_devClient);
    readOnly.show();
    readOnly.tabs()->setCurrentIndex(test::tabIndex(readOnly.tabs(), QStringLiteral("Involvement and Journey")));
    QVERIFY(!child<QPushButton>(readOnly.timeline(), "writeStoryButton")->isVisible());
    QVERIFY(core::StoryService(*m_db).removeStory(m_admin, storyId.value()));
}

void TstMeetingDialog::keyboardAndNames()
{
    ui::MeetingDialog dialog(*m_db, m_admin, &m_undo);
    dialog.show();
    QVERIFY(dialog.addPerson(m_sam, QStringLiteral("Sam Reed")));
    QVERIFY(dialog.addPerson(m_dev, QStringLiteral("Dev Patel")));
    checkKeyboardAndNames(&dialog,
        { QStringLiteral("groupCombo"), QStringLiteral("dateEdit"), QStringLiteral("durationSpin"),
            QStringLiteral("locationEdit"), QStringLiteral("topicsEdit"), QStringLiteral("notesEdit"),
            QStringLiteral("attendeeTable"), QStringLiteral("standingCombo0"), QStringLiteral("addPersonButton"),
            QStringLiteral("addExternalButton"), QStringLiteral("removeAttendeeButton"),
            QStringLiteral("decisionTable"), QStringLiteral("addDecisionButton"), QStringLiteral("editDecisionButton"),
            QStringLiteral("removeDecisionButton"), QStringLiteral("actionTable"), QStringLiteral("addActionButton"),
            QStringLiteral("editActionButton"), QStringLiteral("removeActionButton"), QStringLiteral("saveButton"),
            QStringLiteral("cancelButton") });
    const QMultiHash<QChar, QString> letters = shownMnemonics(&dialog);
    for (const QChar& key : letters.uniqueKeys()) {
        QVERIFY2(letters.count(key) == 1, qPrintable(letters.values(key).join(QStringLiteral(" / "))));
    }
    // Tab walks the form in reading order, from the group to the buttons.
    QStringList order;
    QWidget* w = child<QComboBox>(&dialog, "groupCombo");
    for (int i = 0; i < 200 && order.size() < 40; ++i) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->objectName().isEmpty() && w->isVisible()) {
            order << w->objectName();
        }
        w = w->nextInFocusChain();
    }
    const QStringList expected { QStringLiteral("groupCombo"), QStringLiteral("dateEdit"),
        QStringLiteral("durationSpin"), QStringLiteral("locationEdit"), QStringLiteral("topicsEdit"),
        QStringLiteral("notesEdit"), QStringLiteral("attendeeTable"), QStringLiteral("standingCombo0"),
        QStringLiteral("standingCombo1"), QStringLiteral("addPersonButton"), QStringLiteral("addExternalButton"),
        QStringLiteral("removeAttendeeButton"), QStringLiteral("decisionTable"), QStringLiteral("addDecisionButton"),
        QStringLiteral("editDecisionButton"), QStringLiteral("removeDecisionButton"), QStringLiteral("actionTable"),
        QStringLiteral("addActionButton"), QStringLiteral("editActionButton"), QStringLiteral("removeActionButton"),
        QStringLiteral("saveButton"), QStringLiteral("cancelButton") };
    int last = -1;
    for (const QString& name : expected) {
        const int at = int(order.indexOf(name));
        QVERIFY2(at > last, qPrintable(name + QStringLiteral(": ") + order.join(QLatin1Char(','))));
        last = at;
    }
    ui::prompts::queueAnswer(true);
    dialog.reject();

    ui::InvolvementPage page;
    page.setContext(m_db.get(), m_admin, &m_undo);
    page.show();
    checkKeyboardAndNames(&page,
        { QStringLiteral("groupFilter"), QStringLiteral("periodFilter"), QStringLiteral("meetingsTable"),
            QStringLiteral("newMeetingButton"), QStringLiteral("openMeetingButton"),
            QStringLiteral("removeMeetingButton"), QStringLiteral("groupsButton") });

    ui::GroupsDialog groups(*m_db, m_admin, &m_undo);
    groups.show();
    checkKeyboardAndNames(&groups,
        { QStringLiteral("groupsTable"), QStringLiteral("groupNameEdit"), QStringLiteral("groupPurposeEdit"),
            QStringLiteral("groupWeeksSpin"), QStringLiteral("groupActiveCheck"), QStringLiteral("addGroupButton"),
            QStringLiteral("saveGroupButton"), QStringLiteral("removeGroupButton"), QStringLiteral("moveGroupUpButton"),
            QStringLiteral("moveGroupDownButton") });
    const QMultiHash<QChar, QString> groupLetters = shownMnemonics(&groups);
    for (const QChar& key : groupLetters.uniqueKeys()) {
        QVERIFY2(groupLetters.count(key) == 1, qPrintable(groupLetters.values(key).join(QStringLiteral(" / "))));
    }

    ui::ClientRecordDialog record(*m_db, m_admin, &m_undo, m_priyaClient);
    record.show();
    record.tabs()->setCurrentIndex(test::tabIndex(record.tabs(), QStringLiteral("Involvement and Journey")));
    checkKeyboardAndNames(record.timeline(), { QStringLiteral("timelineEvents") });
    QCOMPARE(record.findChild<ui::TimelineWidget*>(QStringLiteral("involvementTimeline")), record.timeline());
}

QTEST_MAIN(TstMeetingDialog)
#include "tst_meetingdialog.moc"
