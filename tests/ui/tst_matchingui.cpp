// Finding a mentor and looking at caseloads, driven as a coordinator would: the suggestions ranked
// with their reasons, the excluded with why, proposing or starting a match, re-matching, and each
// taken back by one undo. With ALONGSIDE_SCREENSHOTS=DIR set, it also saves PNGs of what it shows.

#include "core/clients/clientservice.h"
#include "core/clients/matching.h"
#include "support/peoplesetup.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/people/caseloaddialog.h"
#include "ui/people/clientrecorddialog.h"
#include "ui/people/matchsuggestionsdialog.h"
#include "ui/people/newreferraldialog.h"
#include "ui/people/peoplepage.h"
#include "ui/workforce/formdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace alongside;
using Role = core::Actor::Role;

namespace {

const QDate kToday(2026, 11, 22);

core::Actor coordinator()
{
    return { QStringLiteral("casey"), Role::Coordinator, 0, 0, QStringLiteral("Casey Coordinator") };
}

template<typename W> W* child(QWidget* parent, const char* name)
{
    return parent->findChild<W*>(QString::fromLatin1(name));
}

} // namespace

class TstMatchingUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void suggestionsAreRankedWithReasonsAndExclusions();
    void startingAMatchIsUndoable();
    void rematchEndsTheOldMatchInOneUndoableStep();
    void caseloadShowsTheMentorsPeople();
    void referMatchLogThreeSessionsAndEnd();

private:
    QString statusOf(qint64 matchId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<core::Database> m_db;
    core::Actor m_actor = coordinator();
    qint64 m_ayesha = 0;
    qint64 m_bella = 0;
    qint64 m_carl = 0;
    qint64 m_episode = 0;
};

void TstMatchingUi::init()
{
    ui::prompts::setTestMode(true);
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("m.alongside")));
    QVERIFY(m_db);
    test::MentorSetup a;
    a.given = QStringLiteral("Ayesha");
    a.gender = QStringLiteral("female");
    a.languages = QStringLiteral("English, Urdu");
    a.availableSlots = QStringLiteral("tue_eve,thu_eve");
    a.postcode = QStringLiteral("M13 1AA");
    a.areas = { QStringLiteral("anxiety") };
    m_ayesha = test::addMentor(*m_db, m_actor, a);
    test::MentorSetup b;
    b.given = QStringLiteral("Bella");
    b.gender = QStringLiteral("female");
    b.languages = QStringLiteral("English");
    b.availableSlots = QStringLiteral("mon_day");
    m_bella = test::addMentor(*m_db, m_actor, b);
    test::MentorSetup c;
    c.given = QStringLiteral("Carl");
    c.gender = QStringLiteral("male");
    c.languages = QStringLiteral("English, Urdu");
    m_carl = test::addMentor(*m_db, m_actor, c);
    test::MentorSetup d;
    d.given = QStringLiteral("Dev");
    d.status = QStringLiteral("paused");
    QVERIFY(test::addMentor(*m_db, m_actor, d));
    test::MentorSetup e;
    e.given = QStringLiteral("Eli");
    e.dbsIssued = {};
    e.skipCourses = { QStringLiteral("Volunteer induction") };
    QVERIFY(test::addMentor(*m_db, m_actor, e));
    QVERIFY(m_ayesha && m_bella && m_carl);

    m_episode = test::addClientEpisode(*m_db, m_actor, QStringLiteral("Nadia"));
    QVERIFY(m_episode);
    core::ClientService clients(*m_db);
    const qint64 clientId = test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM client")).toLongLong();
    auto p = clients.profile(m_actor, clientId);
    QVERIFY(p);
    core::ClientProfile profile = p.value();
    profile.wantedGender = QStringLiteral("female");
    profile.languages = QStringLiteral("English, Urdu");
    profile.wantsSharedLanguage = true;
    profile.availability = { QStringLiteral("tue_eve") };
    profile.postcode = QStringLiteral("M13 9PL");
    profile.wantedSharedAreas = { QStringLiteral("anxiety") };
    QVERIFY(clients.updateProfile(m_actor, profile));
}

void TstMatchingUi::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_clock.reset();
}

QString TstMatchingUi::statusOf(qint64 matchId)
{
    return test::scalar(*m_db, QStringLiteral("SELECT status FROM mentor_match WHERE id = %1").arg(matchId)).toString();
}

void TstMatchingUi::suggestionsAreRankedWithReasonsAndExclusions()
{
    QUndoStack undo;
    ui::MatchSuggestionsDialog dialog(*m_db, m_actor, &undo, m_episode, QStringLiteral("Nadia Client"));
    dialog.show();
    auto* ranked = child<QTreeWidget>(&dialog, "rankedTree");
    auto* excluded = child<QTreeWidget>(&dialog, "excludedTree");
    QVERIFY(ranked && excluded);
    QCOMPARE(ranked->topLevelItemCount(), 3);
    QCOMPARE(ranked->topLevelItem(0)->text(1), QStringLiteral("Ayesha Mentor")); // gender, language, time, area, place
    QCOMPARE(ranked->currentItem(), ranked->topLevelItem(0));
    const QString reasons = child<QLabel>(&dialog, "reasonsLabel")->text();
    QVERIFY2(reasons.contains(QStringLiteral("anxiety"), Qt::CaseInsensitive), qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("Urdu"), Qt::CaseInsensitive), qPrintable(reasons));
    ranked->setCurrentItem(ranked->topLevelItem(2));
    QVERIFY(child<QLabel>(&dialog, "reasonsLabel")->text().contains(QStringLiteral("Not met")));
    QCOMPARE(excluded->topLevelItemCount(), 2);
    QStringList why;
    for (int i = 0; i < excluded->topLevelItemCount(); ++i) {
        why << excluded->topLevelItem(i)->text(0) + QStringLiteral(": ") + excluded->topLevelItem(i)->text(1);
    }
    QVERIFY2(why.join(QLatin1Char('\n')).contains(QStringLiteral("Not active")), qPrintable(why.join('\n')));
    QVERIFY2(why.join(QLatin1Char('\n')).contains(QStringLiteral("No DBS check")), qPrintable(why.join('\n')));
    QVERIFY2(why.join(QLatin1Char('\n')).contains(QStringLiteral("Volunteer induction")), qPrintable(why.join('\n')));
    ranked->setCurrentItem(ranked->topLevelItem(0));
    test::checkKeyboardAndNames(&dialog,
        { QStringLiteral("rankedTree"), QStringLiteral("excludedTree"), QStringLiteral("startNowCheck"),
            QStringLiteral("onDateEdit"), QStringLiteral("plannedEndEdit"), QStringLiteral("reasonsLabel") });
    test::screenshot(&dialog, QStringLiteral("match-suggestions"));
}

void TstMatchingUi::startingAMatchIsUndoable()
{
    QUndoStack undo;
    ui::MatchSuggestionsDialog dialog(*m_db, m_actor, &undo, m_episode, QStringLiteral("Nadia Client"));
    child<QCheckBox>(&dialog, "startNowCheck")->setChecked(true);
    QCOMPARE(child<QPushButton>(&dialog, "proposeButton")->text(), QStringLiteral("&Start Match"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.matchId());
    QCOMPARE(statusOf(dialog.matchId()), QStringLiteral("active"));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT mentor_id FROM mentor_match")).toLongLong(), m_ayesha);
    QVERIFY(!test::scalar(*m_db, QStringLiteral("SELECT reasons FROM mentor_match")).toString().isEmpty());
    QCOMPARE(undo.count(), 1);
    undo.undo();
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM mentor_match")).toInt(), 0);
    undo.redo();
    QCOMPARE(statusOf(dialog.matchId()), QStringLiteral("active"));
}

void TstMatchingUi::rematchEndsTheOldMatchInOneUndoableStep()
{
    core::MatchingService matching(*m_db);
    auto first = matching.propose(m_actor, m_episode, m_ayesha, kToday.addDays(-30));
    QVERIFY(first);
    QVERIFY(matching.start(m_actor, first.value(), kToday.addDays(-30), kToday.addDays(120)));

    QUndoStack undo;
    ui::MatchSuggestionsDialog dialog(*m_db, m_actor, &undo, m_episode, QStringLiteral("Nadia Client"), first.value());
    auto* ranked = child<QTreeWidget>(&dialog, "rankedTree");
    // The current mentor is not offered again.
    for (int i = 0; i < ranked->topLevelItemCount(); ++i) {
        QVERIFY(ranked->topLevelItem(i)->text(1) != QLatin1String("Ayesha Mentor"));
    }
    test::screenshot(&dialog, QStringLiteral("match-rematch"));
    dialog.accept();
    QVERIFY(dialog.matchId());
    QCOMPARE(statusOf(first.value()), QStringLiteral("ended"));
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT ending_reason FROM mentor_match WHERE id = %1").arg(first.value()))
            .toString(),
        QStringLiteral("rematched"));
    QCOMPARE(statusOf(dialog.matchId()), QStringLiteral("proposed"));
    QCOMPARE(undo.count(), 1); // one step for the user
    undo.undo();
    QCOMPARE(statusOf(first.value()), QStringLiteral("active"));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM mentor_match")).toInt(), 1);
}

void TstMatchingUi::caseloadShowsTheMentorsPeople()
{
    core::MatchingService matching(*m_db);
    auto match = matching.propose(m_actor, m_episode, m_ayesha, kToday.addDays(-40));
    QVERIFY(match);
    QVERIFY(matching.start(m_actor, match.value(), kToday.addDays(-40), kToday.addDays(100)));
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO session (episode_id, held_on, mode, attendance) VALUES (%1, '%2', 'video', "
                       "'attended')")
            .arg(m_episode)
            .arg(kToday.addDays(-7).toString(Qt::ISODate))));
    ui::CaseloadDialog dialog(*m_db, m_actor, m_ayesha);
    dialog.show();
    auto* lines = child<QTreeWidget>(&dialog, "caseloadTree");
    QCOMPARE(lines->topLevelItemCount(), 1);
    QCOMPARE(lines->topLevelItem(0)->text(0), QStringLiteral("Nadia Client"));
    QCOMPARE(lines->topLevelItem(0)->text(6), QStringLiteral("1"));
    QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("1 of 3")));
    QSignalSpy opened(&dialog, &ui::CaseloadDialog::clientRequested);
    lines->setCurrentItem(lines->topLevelItem(0));
    child<QPushButton>(&dialog, "openRecordButton")->click();
    QCOMPARE(opened.count(), 1);
    test::checkKeyboardAndNames(&dialog, { QStringLiteral("mentorCombo"), QStringLiteral("caseloadTree") });
    test::screenshot(&dialog, QStringLiteral("caseload"));
    // Another mentor: nobody.
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("mentorCombo"));
    combo->setCurrentIndex(combo->findData(m_bella));
    QCOMPARE(lines->topLevelItemCount(), 0);
    QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("Nobody is matched")));
}

// The whole journey through the screens: refer someone, open their mentoring episode, match them
// with the mentor suggested first, log three sessions with that mentor, and end the match.
void TstMatchingUi::referMatchLogThreeSessionsAndEnd()
{
    using test::chooseData;
    using test::click;
    using test::whenModal;
    QUndoStack undo;
    ui::PeoplePage page;
    page.setContext(m_db.get(), m_actor, &undo);
    page.resize(1100, 720);
    page.show();

    qint64 clientId = 0;
    QString suggested;
    QString sessionWorker;
    bool journeyDone = false;
    whenModal<ui::NewReferralDialog>([&](ui::NewReferralDialog* d) {
        QTest::keyClicks(child<QLineEdit>(d, "givenNameEdit"), QStringLiteral("Zainab"));
        QTest::keyClicks(child<QLineEdit>(d, "familyNameEdit"), QStringLiteral("Malik"));
        child<QDateEdit>(d, "referredOnEdit")->setDate(kToday.addDays(-21));
        chooseData(child<QComboBox>(d, "triageCombo"), QStringLiteral("accepted"));
        click(d, "okButton");
    });
    whenModal<ui::ClientRecordDialog>([&](ui::ClientRecordDialog* d) {
        clientId = d->clientId();
        d->tabs()->setCurrentIndex(test::tabIndex(d->tabs(), QStringLiteral("Referrals and Episodes")));
        whenModal<ui::FormDialog>([&](ui::FormDialog* f) {
            chooseData(child<QComboBox>(f, "componentCombo"),
                test::scalar(*m_db, QStringLiteral("SELECT MIN(id) FROM service_component WHERE kind = 'mentoring'")));
            child<QDateEdit>(f, "startsOnEdit")->setDate(kToday.addDays(-14));
            click(f, "okButton");
        });
        click(d, "addEpisodeButton");
        auto* episodes = child<QTreeWidget>(d, "episodeTable");
        QCOMPARE(episodes->topLevelItemCount(), 1);
        episodes->setCurrentItem(episodes->topLevelItem(0));
        QVERIFY(d->matchBox()->isVisible());
        QVERIFY(child<QLabel>(d, "matchSummaryLabel")->text().contains(QStringLiteral("No mentor yet")));

        whenModal<ui::MatchSuggestionsDialog>([&](ui::MatchSuggestionsDialog* m) {
            auto* ranked = child<QTreeWidget>(m, "rankedTree");
            QVERIFY(ranked->topLevelItemCount() > 0);
            suggested = ranked->topLevelItem(0)->text(1); // take the first suggestion
            child<QCheckBox>(m, "startNowCheck")->setChecked(true);
            child<QDateEdit>(m, "onDateEdit")->setDate(kToday.addDays(-13));
            click(m, "proposeButton");
        });
        click(d, "findMentorButton");
        QVERIFY(child<QLabel>(d, "matchSummaryLabel")->text().contains(QStringLiteral("Matched with ") + suggested));
        test::screenshot(d, QStringLiteral("record-with-match"));

        d->tabs()->setCurrentIndex(test::tabIndex(d->tabs(), QStringLiteral("Sessions")));
        for (int daysAgo : { 12, 5, 1 }) {
            whenModal<ui::FormDialog>([&, daysAgo](ui::FormDialog* f) {
                child<QDateEdit>(f, "heldOnEdit")->setDate(kToday.addDays(-daysAgo));
                sessionWorker = child<QComboBox>(f, "workerCombo")->currentText();
                click(f, "okButton");
            });
            click(d, "logSessionButton");
        }
        QCOMPARE(child<QTreeWidget>(d, "sessionTable")->topLevelItemCount(), 3);

        d->tabs()->setCurrentIndex(test::tabIndex(d->tabs(), QStringLiteral("Referrals and Episodes")));
        auto* matches = child<QTreeWidget>(d, "matchesTree");
        QCOMPARE(matches->topLevelItemCount(), 1);
        whenModal<ui::FormDialog>([&](ui::FormDialog* f) {
            QCOMPARE(f->objectName(), QStringLiteral("endMatchDialog"));
            chooseData(child<QComboBox>(f, "endingReasonCombo"), QStringLiteral("planned"));
            click(f, "okButton");
        });
        click(d, "endMatchButton");
        QVERIFY(matches->topLevelItem(0)->text(1).startsWith(QStringLiteral("Ended")));
        QVERIFY(child<QPushButton>(d, "findMentorButton")->isEnabled()); // a new match may follow
        test::screenshot(d, QStringLiteral("record-match-ended"));
        journeyDone = true;
        d->reject();
    });
    page.referSomeone();
    QVERIFY(journeyDone);
    QVERIFY(clientId);
    QCOMPARE(suggested, QStringLiteral("Ayesha Mentor"));
    QCOMPARE(sessionWorker, suggested); // sessions default to the episode's mentor
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM session s JOIN episode e ON e.id = s.episode_id JOIN referral r "
                                "ON r.id = e.referral_id WHERE r.client_id = %1 AND s.attendance = 'attended'")
                     .arg(clientId))
                 .toInt(),
        3);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT m.status || ' ' || m.ending_reason || ' ' || m.ended_on FROM mentor_match m "
                                "JOIN episode e ON e.id = m.episode_id JOIN referral r ON r.id = e.referral_id WHERE "
                                "r.client_id = %1")
                     .arg(clientId))
                 .toString(),
        QStringLiteral("ended planned %1").arg(kToday.toString(Qt::ISODate)));
    // The ending is one undo step: undoing it makes the match active again.
    undo.undo();
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT m.status FROM mentor_match m JOIN episode e ON e.id = m.episode_id JOIN "
                                "referral r ON r.id = e.referral_id WHERE r.client_id = %1")
                     .arg(clientId))
                 .toString(),
        QStringLiteral("active"));
}

QTEST_MAIN(TstMatchingUi)
#include "tst_matchingui.moc"
