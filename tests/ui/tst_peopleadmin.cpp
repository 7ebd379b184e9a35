// The smaller screens around people supported, driven as a coordinator would: the group attendance
// register (new and earlier meetings, undo), the services and referral sources lists, the two
// settings for alerts and matching, a volunteer's usual times free and home visits, and the
// dashboard's "people who need attention". With ALONGSIDE_SCREENSHOTS=DIR set, it also saves PNGs.

#include "core/clients/clientservice.h"
#include "core/clients/demographics.h"
#include "core/services/settingsservice.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/people/groupregisterdialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/training/cataloguesdialog.h"
#include "ui/workforce/workerrecorddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace alongside;
using Role = core::Actor::Role;

namespace {

const QDate kToday(2026, 11, 22);

using test::checkKeyboardAndNames;
using test::screenshot;

template<typename W> W* child(QWidget* parent, const QString& name)
{
    return parent->findChild<W*>(name);
}

core::Actor as(Role role)
{
    return { QStringLiteral("casey"), role, 0, 0, QStringLiteral("Casey Coordinator") };
}

void click(QWidget* dialog, const char* button)
{
    auto* b = child<QPushButton>(dialog, QString::fromLatin1(button));
    QVERIFY2(b, button);
    QVERIFY2(b->isVisible(), button);
    QVERIFY2(b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

QTreeWidgetItem* rowWith(QTreeWidget* table, int column, const QString& text)
{
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->text(column) == text) {
            return table->topLevelItem(i);
        }
    }
    return nullptr;
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace

class TstPeopleAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void recordsAGroupSessionForThree();
    void correctsAndDeletesAnEarlierMeeting();
    void refusesAFutureMeetingInline();
    void addsAServiceAndAReferralSource();
    void settingsRoundTrip();
    void workerTimesFreeAndHomeVisits();
    void olderEqualityAnswersAreShownAsTheyWere();
    void dashboardListsPeopleWhoNeedAttention();

private:
    qint64 refer(const QString& given, const QString& family, const QDate& on);
    qint64 component(const QString& kind) const;
    qint64 startEpisode(qint64 clientId, qint64 componentId, const QDate& on, const QDate& plannedEnd = {});
    qint64 addWorker(const QString& given, const QString& family);
    int sessionsOfGroup(qint64 groupId) const;

    std::unique_ptr<test::ScopedClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    core::Actor m_coordinator = as(Role::Coordinator);
    QUndoStack m_undo;
    QStringList m_undoErrors;
    qint64 m_group = 0; // "Peer support group"
    qint64 m_mentor = 0;
    QList<qint64> m_members; // clients in the group
};

void TstPeopleAdmin::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    ui::prompts::setTestMode(true);
    ui::SavedChange::setErrorHandler([this](const core::Error& e) { m_undoErrors << e.message; });
    QVERIFY(m_dir.isValid());
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("people.alongside")));
    QVERIFY(m_db);

    m_group = component(QStringLiteral("group"));
    QVERIFY(m_group > 0);
    m_mentor = addWorker(QStringLiteral("Ali"), QStringLiteral("Khan"));
    QVERIFY(m_mentor > 0);
    QVERIFY(addWorker(QStringLiteral("Bea"), QStringLiteral("Lowe")) > 0);
    // Three people in the group since October.
    const QList<QPair<QString, QString>> names { { QStringLiteral("Sam"), QStringLiteral("Jones") },
        { QStringLiteral("Priya"), QStringLiteral("Shah") }, { QStringLiteral("Tom"), QStringLiteral("Reid") } };
    for (const auto& [given, family] : names) {
        const qint64 client = refer(given, family, QDate(2026, 9, 20));
        QVERIFY(client > 0);
        QVERIFY(startEpisode(client, m_group, QDate(2026, 10, 1)) > 0);
        m_members << client;
    }
}

void TstPeopleAdmin::cleanupTestCase()
{
    m_undo.clear();
    m_db.reset();
    m_clock.reset();
}

void TstPeopleAdmin::init()
{
    m_undo.clear();
    m_undoErrors.clear();
    ui::prompts::takeShown();
}

qint64 TstPeopleAdmin::refer(const QString& given, const QString& family, const QDate& on)
{
    core::ClientProfile p;
    p.givenName = given;
    p.familyName = family;
    core::Referral r;
    r.referredOn = on;
    auto id = core::ClientService(*m_db).createClient(m_coordinator, p, r);
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    return id.value();
}

qint64 TstPeopleAdmin::component(const QString& kind) const
{
    auto all = core::ClientService(*m_db).components(m_coordinator);
    if (all) {
        for (const core::ServiceComponent& c : all.value()) {
            if (c.kind == kind) {
                return c.id;
            }
        }
    }
    return 0;
}

qint64 TstPeopleAdmin::startEpisode(qint64 clientId, qint64 componentId, const QDate& on, const QDate& plannedEnd)
{
    core::ClientService service(*m_db);
    auto referrals = service.referrals(m_coordinator, clientId);
    if (!referrals || referrals.value().isEmpty()) {
        return 0;
    }
    core::Episode e;
    e.referralId = referrals.value().first().id;
    e.componentId = componentId;
    e.startsOn = on;
    e.plannedEndOn = plannedEnd;
    auto id = service.saveEpisode(m_coordinator, e);
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    return id.value();
}

qint64 TstPeopleAdmin::addWorker(const QString& given, const QString& family)
{
    core::WorkerProfile p;
    p.givenName = given;
    p.familyName = family;
    auto id = core::WorkforceService(*m_db).createWorker(
        m_coordinator, p, { 0, 0, QStringLiteral("active"), QDate(2025, 1, 1), QString() });
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    return id.value();
}

int TstPeopleAdmin::sessionsOfGroup(qint64 groupId) const
{
    return test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM session WHERE group_session_id = %1").arg(groupId))
        .toInt();
}

// ---- the group register ------------------------------------------------------------------------

void TstPeopleAdmin::recordsAGroupSessionForThree()
{
    ui::GroupRegisterDialog dialog(*m_db, m_coordinator, &m_undo, m_group);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList names { QStringLiteral("componentCombo"), QStringLiteral("meetingCombo"), QStringLiteral("dateEdit"),
        QStringLiteral("durationSpin"), QStringLiteral("workerCombo"), QStringLiteral("topicEdit"),
        QStringLiteral("noteEdit"), QStringLiteral("markAllButton"), QStringLiteral("okButton") };
    for (int i = 0; i < 3; ++i) {
        names << QStringLiteral("attendanceCombo%1").arg(i);
    }
    checkKeyboardAndNames(&dialog, names);

    auto* components = child<QComboBox>(&dialog, QStringLiteral("componentCombo"));
    QCOMPARE(components->currentData().toLongLong(), m_group);
    for (int i = 0; i < components->count(); ++i) {
        QVERIFY2(components->itemText(i) != QStringLiteral("1:1 peer mentoring"), "only courses and groups");
    }
    QCOMPARE(child<QDateEdit>(&dialog, QStringLiteral("dateEdit"))->date(), kToday);
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("meetingCombo"))->count(), 1); // only "A new meeting"
    // Everyone in the group, listed by family name, all marked attended to start with.
    auto* first = child<QComboBox>(&dialog, QStringLiteral("attendanceCombo0"));
    auto* second = child<QComboBox>(&dialog, QStringLiteral("attendanceCombo1"));
    auto* third = child<QComboBox>(&dialog, QStringLiteral("attendanceCombo2"));
    QVERIFY(first && second && third);
    QVERIFY(!child<QComboBox>(&dialog, QStringLiteral("attendanceCombo3")));
    QCOMPARE(first->accessibleName(), QStringLiteral("Attendance of Sam Jones"));
    QCOMPARE(second->accessibleName(), QStringLiteral("Attendance of Tom Reid"));
    QCOMPARE(third->accessibleName(), QStringLiteral("Attendance of Priya Shah"));
    auto* count = child<QLabel>(&dialog, QStringLiteral("countLabel"));
    QCOMPARE(count->text(), QStringLiteral("3 people: 3 attended"));

    // The keyboard moves from "Mark all attended" through the register, and arrows change a line.
    child<QPushButton>(&dialog, QStringLiteral("markAllButton"))->setFocus();
    QTest::keyClick(&dialog, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), first);
    QTest::keyClick(&dialog, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), second);
    QTest::keyClick(second, Qt::Key_Down);
    QCOMPARE(second->currentData().toString(), QStringLiteral("did_not_attend"));
    choose(third, QStringLiteral("cancelled_by_client"));
    QCOMPARE(count->text(), QStringLiteral("3 people: 1 attended, 1 did not attend, 1 cancelled by the person"));
    click(&dialog, "markAllButton");
    QCOMPARE(count->text(), QStringLiteral("3 people: 3 attended"));
    choose(second, QStringLiteral("did_not_attend"));

    // An earlier day, 90 minutes, led by Ali, a topic; choices survive the change of date.
    child<QDateEdit>(&dialog, QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 17));
    second = child<QComboBox>(&dialog, QStringLiteral("attendanceCombo1"));
    QCOMPARE(second->currentData().toString(), QStringLiteral("did_not_attend"));
    child<QSpinBox>(&dialog, QStringLiteral("durationSpin"))->setValue(90);
    choose(child<QComboBox>(&dialog, QStringLiteral("workerCombo")), m_mentor);
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("topicEdit")), QStringLiteral("Sleep and routines"));
    screenshot(&dialog, QStringLiteral("group-register"));
    click(&dialog, "okButton");
    QVERIFY(!dialog.isVisible());
    const qint64 groupId = dialog.savedId();
    QVERIFY(groupId > 0);
    QCOMPARE(dialog.summary(),
        QStringLiteral("Saved the register of Peer support group on Tue 17 Nov 2026: 2 of 3 attended."));

    // One session on each person's record, each carrying the meeting's id.
    QCOMPARE(sessionsOfGroup(groupId), 3);
    core::ClientService service(*m_db);
    for (qint64 client : std::as_const(m_members)) {
        auto sessions = service.sessions(m_coordinator, client);
        QVERIFY(sessions);
        QCOMPARE(sessions.value().size(), 1);
        const core::Session& s = sessions.value().first();
        QCOMPARE(s.groupSessionId, groupId);
        QCOMPARE(s.heldOn, QDate(2026, 11, 17));
        QCOMPARE(s.durationMinutes.value_or(0), 90);
        QCOMPARE(s.workerId, m_mentor);
        QCOMPARE(s.mode, QStringLiteral("group"));
        QCOMPARE(
            s.attendance, client == m_members.at(2) ? QStringLiteral("did_not_attend") : QStringLiteral("attended"));
    }

    // One undo takes the whole meeting back; redo brings it back with its id.
    QCOMPARE(m_undo.count(), 1);
    QCOMPARE(m_undo.undoText(), QStringLiteral("Record the register of Peer support group on Tue 17 Nov 2026"));
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QCOMPARE(sessionsOfGroup(groupId), 0);
    QVERIFY(service.groupSessions(m_coordinator, m_group, {}, {}).value().isEmpty());
    m_undo.redo();
    QVERIFY(m_undoErrors.isEmpty());
    QCOMPARE(sessionsOfGroup(groupId), 3);
    QCOMPARE(service.groupSessions(m_coordinator, m_group, {}, {}).value().size(), 1);
}

void TstPeopleAdmin::correctsAndDeletesAnEarlierMeeting()
{
    core::ClientService service(*m_db);
    auto meetings = service.groupSessions(m_coordinator, m_group, {}, {});
    QVERIFY(meetings);
    QCOMPARE(meetings.value().size(), 1); // from the test before
    const core::GroupSession original = meetings.value().first();
    // Someone who joined later has a place on the day too, but was not on that register.
    const qint64 late = refer(QStringLiteral("Ada"), QStringLiteral("Brown"), QDate(2026, 11, 1));
    QVERIFY(startEpisode(late, m_group, QDate(2026, 11, 10)) > 0);

    ui::GroupRegisterDialog dialog(*m_db, m_coordinator, &m_undo, m_group);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* meeting = child<QComboBox>(&dialog, QStringLiteral("meetingCombo"));
    QCOMPARE(meeting->count(), 2);
    QCOMPARE(meeting->itemText(1), QStringLiteral("Tue 17 Nov 2026 — Sleep and routines — 3 on the register"));
    // A new meeting starts with the last one's length and leader.
    QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("durationSpin"))->value(), 90);
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("workerCombo"))->currentData().toLongLong(), m_mentor);
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("deleteMeetingButton"))->isVisible());

    QVERIFY(dialog.openMeeting(original.id));
    QCOMPARE(child<QDateEdit>(&dialog, QStringLiteral("dateEdit"))->date(), QDate(2026, 11, 17));
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("topicEdit"))->text(), QStringLiteral("Sleep and routines"));
    QVERIFY(child<QPushButton>(&dialog, QStringLiteral("deleteMeetingButton"))->isVisible());
    // The saved three, then Ada, left off unless chosen.
    auto* ada = child<QComboBox>(&dialog, QStringLiteral("attendanceCombo3"));
    QVERIFY(ada);
    QCOMPARE(ada->accessibleName(), QStringLiteral("Attendance of Ada Brown"));
    QCOMPARE(ada->currentData().toString(), QString());
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("countLabel"))->text(),
        QStringLiteral("3 people: 2 attended, 1 did not attend (1 more with a place, not on this register)"));
    screenshot(&dialog, QStringLiteral("group-register-earlier"));

    // Tom did come after all, and Ada was there too.
    choose(child<QComboBox>(&dialog, QStringLiteral("attendanceCombo1")), QStringLiteral("attended"));
    choose(ada, QStringLiteral("attended"));
    click(&dialog, "okButton");
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.savedId(), original.id);
    QCOMPARE(sessionsOfGroup(original.id), 4);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM session WHERE group_session_id = %1 AND attendance = 'attended'")
                     .arg(original.id))
                 .toInt(),
        4);
    QCOMPARE(m_undo.undoText(), QStringLiteral("Change the register of Peer support group on Tue 17 Nov 2026"));
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QCOMPARE(sessionsOfGroup(original.id), 3);
    QCOMPARE(service.groupSessions(m_coordinator, m_group, {}, {}).value().first(), original);

    // Deleting asks first; No keeps it; Yes removes the meeting and its register; undo brings it back.
    ui::GroupRegisterDialog again(*m_db, m_coordinator, &m_undo, m_group);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.openMeeting(original.id));
    click(&again, "deleteMeetingButton");
    QVERIFY(again.isVisible());
    QCOMPARE(sessionsOfGroup(original.id), 3);
    ui::prompts::takeShown();
    ui::prompts::queueAnswer(true);
    click(&again, "deleteMeetingButton");
    QVERIFY2(ui::prompts::takeShown().join(u'\n').contains(QStringLiteral("register of 3 people")), "asked first");
    QVERIFY(!again.isVisible());
    QCOMPARE(sessionsOfGroup(original.id), 0);
    QVERIFY(service.groupSessions(m_coordinator, m_group, {}, {}).value().isEmpty());
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QCOMPARE(service.groupSessions(m_coordinator, m_group, {}, {}).value().first(), original);
    QCOMPARE(sessionsOfGroup(original.id), 3);
}

void TstPeopleAdmin::refusesAFutureMeetingInline()
{
    ui::GroupRegisterDialog dialog(*m_db, m_coordinator, &m_undo, m_group);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
    QVERIFY(!error->isVisible());
    child<QDateEdit>(&dialog, QStringLiteral("dateEdit"))->setDate(kToday.addDays(2));
    click(&dialog, "okButton");
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Problem: ")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("in the future")), qPrintable(error->text()));
    QCOMPARE(m_undo.count(), 0);
    screenshot(&dialog, QStringLiteral("group-register-future-date"));

    // A day before anyone had a place: the register says so, and saving is refused in words.
    child<QDateEdit>(&dialog, QStringLiteral("dateEdit"))->setDate(QDate(2026, 9, 1));
    auto* empty = child<QLabel>(&dialog, QStringLiteral("emptyRegisterLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(QStringLiteral("Nobody has an open place in Peer support group")),
        qPrintable(empty->text()));
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("markAllButton"))->isEnabled());
    click(&dialog, "okButton");
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("register is empty")), qPrintable(error->text()));
    screenshot(&dialog, QStringLiteral("group-register-empty"));
}

// ---- the lists ---------------------------------------------------------------------------------

void TstPeopleAdmin::addsAServiceAndAReferralSource()
{
    core::ClientService service(*m_db);
    // Copies, so that the loops below never run over a temporary's value.
    auto components = [&] { return service.components(m_coordinator).value(); };
    auto sourceList = [&] { return service.referralSources(m_coordinator).value(); };
    ui::CataloguesDialog dialog(*m_db, m_coordinator, &m_undo);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkKeyboardAndNames(&dialog,
        { QStringLiteral("servicesTable"), QStringLiteral("serviceNameEdit"), QStringLiteral("serviceKindCombo"),
            QStringLiteral("serviceActiveCheck"), QStringLiteral("addServiceButton"),
            QStringLiteral("saveServiceButton"), QStringLiteral("sourcesTable"), QStringLiteral("sourceCategoryCombo"),
            QStringLiteral("sourceNameEdit"), QStringLiteral("sourcePositionSpin"), QStringLiteral("sourceActiveCheck"),
            QStringLiteral("addSourceButton"), QStringLiteral("saveSourceButton") });
    auto* tabs = child<QTabWidget>(&dialog, QStringLiteral("cataloguesTabs"));
    dialog.showTab(ui::CataloguesDialog::Tab::Services);
    QCOMPARE(tabs->currentIndex(), 2);
    auto* services = child<QTreeWidget>(&dialog, QStringLiteral("servicesTable"));
    const int before = services->topLevelItemCount();
    QCOMPARE(before, 4); // the seeded services
    QTreeWidgetItem* mentoring = rowWith(services, 0, QStringLiteral("1:1 peer mentoring"));
    QVERIFY(mentoring);
    QCOMPARE(mentoring->text(1), QStringLiteral("1:1 mentoring (needs a mentor)"));

    click(&dialog, "addServiceButton");
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("serviceNameEdit")), QStringLiteral("Art group"));
    choose(child<QComboBox>(&dialog, QStringLiteral("serviceKindCombo")), QStringLiteral("group"));
    click(&dialog, "saveServiceButton");
    QCOMPARE(services->topLevelItemCount(), before + 1);
    QTreeWidgetItem* art = rowWith(services, 0, QStringLiteral("Art group"));
    QVERIFY(art);
    QCOMPARE(art->text(1), QStringLiteral("Group"));
    QCOMPARE(art->text(2), QStringLiteral("Yes"));
    QCOMPARE(services->currentItem(), art);
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("serviceFeedbackLabel"))->text().startsWith(QStringLiteral("Saved")));
    QCOMPARE(m_undo.undoText(), QStringLiteral("Add service Art group"));
    screenshot(&dialog, QStringLiteral("catalogues-services"));
    // The new group is offered on the register at once.
    {
        ui::GroupRegisterDialog reg(*m_db, m_coordinator, &m_undo);
        QVERIFY(child<QComboBox>(&reg, QStringLiteral("componentCombo"))->findText(QStringLiteral("Art group")) >= 0);
    }

    // A second service of the same name is refused in words.
    click(&dialog, "addServiceButton");
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("serviceNameEdit")), QStringLiteral("art GROUP"));
    click(&dialog, "saveServiceButton");
    auto* feedback = child<QLabel>(&dialog, QStringLiteral("serviceFeedbackLabel"));
    QVERIFY2(feedback->text().startsWith(QStringLiteral("Problem: ")), qPrintable(feedback->text()));
    QCOMPARE(services->topLevelItemCount(), before + 1);

    // Undo: services are never deleted, so the new one becomes inactive.
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QCOMPARE(rowWith(services, 0, QStringLiteral("Art group"))->text(2), QStringLiteral("No"));
    bool offered = false;
    for (const core::ServiceComponent& c : components()) {
        offered = offered || c.name == QStringLiteral("Art group");
    }
    QVERIFY(!offered);

    // Referral sources: a GP practice, second among the external ones; then moved to the top.
    dialog.showTab(ui::CataloguesDialog::Tab::ReferralSources);
    auto* sources = child<QTreeWidget>(&dialog, QStringLiteral("sourcesTable"));
    const int sourcesBefore = sources->topLevelItemCount();
    click(&dialog, "addSourceButton");
    auto* category = child<QComboBox>(&dialog, QStringLiteral("sourceCategoryCombo"));
    QCOMPARE(category->currentData().toString(), QStringLiteral("external"));
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("sourceNameEdit")), QStringLiteral("Riverside GP"));
    click(&dialog, "saveSourceButton");
    QCOMPARE(sources->topLevelItemCount(), sourcesBefore + 1);
    core::ReferralSource saved;
    for (const core::ReferralSource& r : sourceList()) {
        if (r.name == QStringLiteral("Riverside GP")) {
            saved = r;
        }
    }
    QVERIFY(saved.id > 0);
    QCOMPARE(saved.category, QStringLiteral("external"));
    QVERIFY(saved.active);
    auto* position = child<QSpinBox>(&dialog, QStringLiteral("sourcePositionSpin"));
    QCOMPARE(position->value(), saved.position);
    position->setValue(0);
    click(&dialog, "saveSourceButton");
    QCOMPARE(m_undo.undoText(), QStringLiteral("Change referral source Riverside GP"));
    core::ReferralSource moved;
    for (const core::ReferralSource& r : sourceList()) {
        if (r.id == saved.id) {
            moved = r;
        }
    }
    QCOMPARE(moved.position, 0);
    QCOMPARE(sources->currentItem()->text(1), QStringLiteral("Riverside GP"));
    QCOMPARE(sources->currentItem()->text(2), QStringLiteral("0"));
    screenshot(&dialog, QStringLiteral("catalogues-referral-sources"));
    m_undo.undo();
    for (const core::ReferralSource& r : sourceList()) {
        if (r.id == saved.id) {
            QCOMPARE(r, saved);
        }
    }

    // Read-only roles see the lists without edit buttons.
    ui::CataloguesDialog reader(*m_db, as(Role::ReadOnly), &m_undo);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    for (const char* name : { "addServiceButton", "saveServiceButton", "addSourceButton", "saveSourceButton" }) {
        QVERIFY2(child<QPushButton>(&reader, QString::fromLatin1(name))->isHidden(), name);
    }
    QVERIFY(child<QLineEdit>(&reader, QStringLiteral("serviceNameEdit"))->isReadOnly());
    QVERIFY(child<QTreeWidget>(&reader, QStringLiteral("servicesTable"))->topLevelItemCount() > 0);
}

// ---- settings ----------------------------------------------------------------------------------

void TstPeopleAdmin::settingsRoundTrip()
{
    const core::Actor admin = as(Role::Administrator);
    {
        ui::SettingsDialog dialog(*m_db, admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        checkKeyboardAndNames(&dialog, { QStringLiteral("noSessionWeeksSpin"), QStringLiteral("defaultMenteesSpin") });
        auto* weeks = child<QSpinBox>(&dialog, QStringLiteral("noSessionWeeksSpin"));
        auto* mentees = child<QSpinBox>(&dialog, QStringLiteral("defaultMenteesSpin"));
        QCOMPARE(weeks->value(), core::CharitySettings::kDefaultNoSessionWeeks);
        QCOMPARE(mentees->value(), core::CharitySettings::kDefaultMaxMentees);
        QCOMPARE(weeks->minimum(), core::CharitySettings::kMinNoSessionWeeks);
        QCOMPARE(weeks->maximum(), core::CharitySettings::kMaxNoSessionWeeks);
        QCOMPARE(mentees->maximum(), core::CharitySettings::kMaxDefaultMentees);
        screenshot(&dialog, QStringLiteral("settings"));
        weeks->setValue(5);
        mentees->setValue(0);
        QCOMPARE(mentees->text(), QStringLiteral("None"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    auto loaded = core::SettingsService(*m_db).load(admin);
    QVERIFY(loaded);
    QCOMPARE(loaded.value().noSessionWeeks, 5);
    QCOMPARE(loaded.value().defaultMaxMentees, 0);
    {
        ui::SettingsDialog dialog(*m_db, admin);
        QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("noSessionWeeksSpin"))->value(), 5);
        QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("defaultMenteesSpin"))->value(), 0);
        // Put the defaults back for the dashboard test.
        child<QSpinBox>(&dialog, QStringLiteral("noSessionWeeksSpin"))->setValue(3);
        child<QSpinBox>(&dialog, QStringLiteral("defaultMenteesSpin"))->setValue(3);
        dialog.accept();
    }
    QCOMPARE(core::SettingsService(*m_db).load(admin).value().noSessionWeeks, 3);
    QCOMPARE(core::SettingsService(*m_db).load(admin).value().defaultMaxMentees, 3);
}

// ---- a worker's record -------------------------------------------------------------------------

void TstPeopleAdmin::workerTimesFreeAndHomeVisits()
{
    const qint64 worker = addWorker(QStringLiteral("Cara"), QStringLiteral("Doyle"));
    QVERIFY(worker > 0);
    core::WorkforceService workforce(*m_db);
    ui::WorkerRecordDialog dialog(*m_db, m_coordinator, &m_undo, worker);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList names { QStringLiteral("homeVisitsCheck"), QStringLiteral("availabilityEdit"),
        QStringLiteral("genderCombo"), QStringLiteral("ethnicityCombo"), QStringLiteral("saveProfileButton") };
    for (const QString& key : core::Demographics::slotKeys()) {
        names << QStringLiteral("slot_%1").arg(key);
    }
    checkKeyboardAndNames(&dialog, names);
    QCOMPARE(
        child<QCheckBox>(&dialog, QStringLiteral("slot_mon_day"))->accessibleName(), QStringLiteral("Monday daytime"));
    QCOMPARE(
        child<QCheckBox>(&dialog, QStringLiteral("slot_sun_eve"))->accessibleName(), QStringLiteral("Sunday evening"));
    auto* gender = child<QComboBox>(&dialog, QStringLiteral("genderCombo"));
    auto* ethnicity = child<QComboBox>(&dialog, QStringLiteral("ethnicityCombo"));
    QCOMPARE(gender->currentText(), QStringLiteral("Not asked"));
    QCOMPARE(ethnicity->count(), 21); // not asked, the 19 Census 2021 groups, not stated

    child<QCheckBox>(&dialog, QStringLiteral("slot_tue_eve"))->setChecked(true);
    child<QCheckBox>(&dialog, QStringLiteral("slot_sat_day"))->setChecked(true);
    child<QCheckBox>(&dialog, QStringLiteral("homeVisitsCheck"))->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("availabilityEdit")), QStringLiteral("Not in August"));
    choose(gender, QStringLiteral("non_binary"));
    choose(ethnicity, QStringLiteral("3"));
    QCOMPARE(ethnicity->currentText(), QStringLiteral("Asian: Indian"));
    child<QTabWidget>(&dialog, QStringLiteral("recordTabs"))->setCurrentIndex(0);
    screenshot(&dialog, QStringLiteral("worker-record-availability"));
    click(&dialog, "saveProfileButton");

    auto profile = workforce.profile(m_coordinator, worker);
    QVERIFY(profile);
    QCOMPARE(profile.value().availableSlots, QStringList({ QStringLiteral("tue_eve"), QStringLiteral("sat_day") }));
    QVERIFY(profile.value().homeVisits);
    QCOMPARE(profile.value().availability, QStringLiteral("Not in August"));
    QCOMPARE(profile.value().gender, QStringLiteral("non_binary"));
    QCOMPARE(profile.value().ethnicity, QStringLiteral("3"));

    // Undo puts back the empty week; the open record shows it.
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    profile = workforce.profile(m_coordinator, worker);
    QVERIFY(profile.value().availableSlots.isEmpty());
    QVERIFY(!profile.value().homeVisits);
    QVERIFY(!child<QCheckBox>(&dialog, QStringLiteral("slot_tue_eve"))->isChecked());
    QVERIFY(!child<QCheckBox>(&dialog, QStringLiteral("homeVisitsCheck"))->isChecked());
    QCOMPARE(gender->currentText(), QStringLiteral("Not asked"));
    m_undo.redo();
    QVERIFY(child<QCheckBox>(&dialog, QStringLiteral("slot_sat_day"))->isChecked());
    QVERIFY(child<QCheckBox>(&dialog, QStringLiteral("homeVisitsCheck"))->isChecked());
    QCOMPARE(gender->currentData().toString(), QStringLiteral("non_binary"));

    // A reader sees the week but cannot tick it.
    ui::WorkerRecordDialog reader(*m_db, as(Role::ReadOnly), &m_undo, worker);
    QVERIFY(!child<QCheckBox>(&reader, QStringLiteral("slot_sat_day"))->isEnabled());
    QVERIFY(child<QCheckBox>(&reader, QStringLiteral("slot_sat_day"))->isChecked());
    QVERIFY(!child<QCheckBox>(&reader, QStringLiteral("homeVisitsCheck"))->isEnabled());
}

void TstPeopleAdmin::olderEqualityAnswersAreShownAsTheyWere()
{
    // Answers typed before the code lists: "Woman" is understood; "White" is kept as written.
    core::WorkerProfile p;
    p.givenName = QStringLiteral("Dee");
    p.familyName = QStringLiteral("Evans");
    p.gender = QStringLiteral("Woman");
    p.ethnicity = QStringLiteral("White");
    core::WorkforceService workforce(*m_db);
    auto id = workforce.createWorker(m_coordinator, p, { 0, 0, QStringLiteral("active"), QDate(2025, 1, 1), {} });
    QVERIFY(id);
    ui::WorkerRecordDialog dialog(*m_db, m_coordinator, &m_undo, id.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* gender = child<QComboBox>(&dialog, QStringLiteral("genderCombo"));
    auto* ethnicity = child<QComboBox>(&dialog, QStringLiteral("ethnicityCombo"));
    QCOMPARE(gender->currentData().toString(), QStringLiteral("female"));
    QCOMPARE(gender->currentText(), QStringLiteral("Female"));
    QCOMPARE(ethnicity->currentText(), QStringLiteral("White"));
    QCOMPARE(ethnicity->count(), 22); // the older answer, added to the list

    // Saving another change stores the gender's key and keeps the older ethnicity as written.
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("languagesEdit")), QStringLiteral("Welsh"));
    click(&dialog, "saveProfileButton");
    auto profile = workforce.profile(m_coordinator, id.value());
    QCOMPARE(profile.value().gender, QStringLiteral("female"));
    QCOMPARE(profile.value().ethnicity, QStringLiteral("White"));
    QCOMPARE(profile.value().languages, QStringLiteral("Welsh"));

    // Choosing from the list replaces it; "prefer not to say" from before reads as not stated.
    choose(ethnicity, QStringLiteral("13"));
    click(&dialog, "saveProfileButton");
    QCOMPARE(workforce.profile(m_coordinator, id.value()).value().ethnicity, QStringLiteral("13"));
    QCOMPARE(ethnicity->count(), 21);
    p = workforce.profile(m_coordinator, id.value()).value();
    p.ethnicity = QString::fromLatin1(core::WorkerProfile::kPreferNotToSay);
    QVERIFY(workforce.updateProfile(m_coordinator, p));
    ui::WorkerRecordDialog reopened(*m_db, m_coordinator, &m_undo, id.value());
    QCOMPARE(child<QComboBox>(&reopened, QStringLiteral("ethnicityCombo"))->currentData().toString(),
        QStringLiteral("not_stated"));
}

// ---- the dashboard -----------------------------------------------------------------------------

void TstPeopleAdmin::dashboardListsPeopleWhoNeedAttention()
{
    core::ClientService service(*m_db);
    const qint64 mentoring = component(QStringLiteral("mentoring"));
    QVERIFY(mentoring > 0);
    // Mentored by Ali since September; the last session was four weeks ago.
    const qint64 quiet = refer(QStringLiteral("Jo"), QStringLiteral("Quinn"), QDate(2026, 8, 20));
    const qint64 episode = startEpisode(quiet, mentoring, QDate(2026, 9, 1));
    QVERIFY(episode > 0);
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO mentor_match (episode_id, mentor_id, status, proposed_on, started_on) "
                       "VALUES (%1, %2, 'active', '2026-09-01', '2026-09-03')")
            .arg(episode)
            .arg(m_mentor)));
    core::Session last;
    last.episodeId = episode;
    last.heldOn = kToday.addDays(-28);
    QVERIFY(service.saveSession(m_coordinator, last));
    // Short-term support ending within a fortnight, with a session last week.
    const qint64 connect = component(QStringLiteral("connect"));
    const qint64 ending = refer(QStringLiteral("Kit"), QStringLiteral("Lane"), QDate(2026, 11, 1));
    const qint64 short_ = startEpisode(ending, connect, QDate(2026, 11, 2), kToday.addDays(6));
    QVERIFY(short_ > 0);
    core::Session recent;
    recent.episodeId = short_;
    recent.heldOn = kToday.addDays(-7);
    recent.mode = QStringLiteral("telephone");
    QVERIFY(service.saveSession(m_coordinator, recent));

    ui::DashboardPage page;
    page.resize(1000, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy chosen(&page, &ui::DashboardPage::clientRequested);
    page.refresh(*m_db, m_coordinator);
    auto* box = child<QGroupBox>(&page, QStringLiteral("alertsBox"));
    QVERIFY(box->isVisible());
    QCOMPARE(box->title(), QStringLiteral("People who need attention (2)"));
    auto* summary = child<QLabel>(&page, QStringLiteral("alertsSummary"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("1 with no session logged for 3 weeks or more, and 1 with a "
                                                       "planned end in the next 14 days.")),
        qPrintable(summary->text()));
    QTreeWidget* list = page.alertsList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 2);
    QTreeWidgetItem* first = list->topLevelItem(0);
    QCOMPARE(first->text(0), QStringLiteral("No session logged since 25 Oct 2026"));
    QCOMPARE(first->text(1), QStringLiteral("Jo Quinn"));
    QCOMPARE(first->text(2), QStringLiteral("Ali Khan"));
    QCOMPARE(first->toolTip(0), QStringLiteral("No session logged since 25 Oct 2026 — Jo Quinn (mentor: Ali Khan)"));
    QVERIFY(!first->icon(0).isNull()); // an icon as well as words, never colour alone
    QTreeWidgetItem* second = list->topLevelItem(1);
    QCOMPARE(second->text(0), QStringLiteral("Planned end on 28 Nov 2026"));
    QCOMPARE(second->text(1), QStringLiteral("Kit Lane"));
    QCOMPARE(second->text(2), QStringLiteral("No mentor"));
    screenshot(&page, QStringLiteral("dashboard-alerts"));

    // Enter on a line asks for the person's record.
    list->setFocus();
    list->setCurrentItem(second);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toLongLong(), ending);
    // Double-click too.
    const QRect rect = list->visualItemRect(first);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center()); // as a real double-click starts
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(chosen.count(), 2);
    QCOMPARE(chosen.last().first().toLongLong(), quiet);

    // The setting counts: after five weeks without a session, four is not yet an alert.
    core::CharitySettings settings = core::SettingsService(*m_db).load(m_coordinator).value();
    settings.noSessionWeeks = 5;
    QVERIFY(core::SettingsService(*m_db).save(as(Role::Administrator), settings));
    page.refresh(*m_db, m_coordinator);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Kit Lane"));
    settings.noSessionWeeks = 3;
    QVERIFY(core::SettingsService(*m_db).save(as(Role::Administrator), settings));

    // Trustees see no names: the box is hidden.
    page.refresh(*m_db, as(Role::Trustee));
    QVERIFY(box->isHidden());
    page.refresh(*m_db, m_coordinator);
    QVERIFY(box->isVisible());
}

QTEST_MAIN(TstPeopleAdmin)
#include "tst_peopleadmin.moc"
