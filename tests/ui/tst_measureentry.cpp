// The questionnaire entry form and the Outcomes tab of a person's record, as a worker drives them:
// a PHQ-9 entered by number keys alone with item 9 above 0, which raises the risk prompt at once and
// cannot be saved until it is acknowledged (the test); a form with too many missing items
// refused; a prorated CORE-10; change since the first score; a charity's own questionnaire with yes /
// no / not applicable, Likert and written items; the read-only view of a recorded response; and the
// Outcomes tab's list, Record, Remove and undo. With ALONGSIDE_SCREENSHOTS=DIR set, it also saves
// PNGs of the form with the risk prompt and of the Outcomes tab.

#include "core/clients/clientservice.h"
#include "core/measures/measureservice.h"
#include "core/services/demogenerator.h"
#include "support/peoplesetup.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/measures/measureentrydialog.h"
#include "ui/measures/outcomechart.h"
#include "ui/people/clientrecorddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace alongside;
using Role = core::Actor::Role;
using test::checkKeyboardAndNames;
using test::click;
using test::screenshot;
using test::whenModal;

namespace {

const QDate kToday(2026, 11, 22);

core::Actor as(Role role, const QString& name)
{
    core::Actor a = core::Actor::localUser();
    a.role = role;
    a.userName = name.toLower().section(QLatin1Char(' '), 0, 0);
    a.displayName = name;
    return a;
}

template<typename W> W* child(QWidget* parent, const QString& name)
{
    return parent->findChild<W*>(name);
}

QString labelText(QWidget* parent, const char* name)
{
    auto* label = parent->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

QWidget* item(QWidget* dialog, int number)
{
    return dialog->findChild<QWidget*>(QStringLiteral("item%1").arg(number));
}

Qt::Key digitKey(int value)
{
    return Qt::Key(Qt::Key_0 + value);
}

QList<std::optional<int>> answers(std::initializer_list<int> values)
{
    QList<std::optional<int>> out;
    for (int v : values) {
        out << (v < 0 ? std::nullopt : std::optional<int>(v));
    }
    return out;
}

/** Shows the dialog and gives it the keyboard, as on screen. */
bool showActive(QWidget* dialog)
{
    dialog->show();
    QApplication::setActiveWindow(dialog);
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog);
}

} // namespace

class TstMeasureEntry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void phq9ByKeyboardRaisesRiskPromptAndRecordsTheAcknowledgement();
    void leavingWithAnUnseenRiskAnswerAsks();
    void leavingWithUnsavedAnswersAsks();
    void demoRecordsShowTheirOutcomes();
    void twoDigitAnswersByKeyboard();
    void tooManyMissingItemsAreRefused();
    void riskAnswerIsSavedEvenWithItemsMissing();
    void proratedScoreIsSaidInWords();
    void changeSinceTheFirstScore();
    void charitysOwnQuestionnaireRendersAndRecords();
    void recordedAnswersAreShownReadOnly();
    void outcomesTabListsRemovesAndUndoes();
    void outcomesTabRecordsAQuestionnaire();
    void readOnlyRoleSeesNoEditButtons();
    void keyboardAndNames();

private:
    qint64 record(const QString& measureId, const QDate& on, const QList<std::optional<int>>& values,
        bool riskSeen = false, qint64 episodeId = -1);

    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_db;
    QUndoStack m_undo;
    QStringList m_undoErrors;
    core::Actor m_admin = as(Role::Administrator, QStringLiteral("Test User"));
    qint64 m_client = 0;
    qint64 m_episode = 0;
};

void TstMeasureEntry::initTestCase()
{
    ui::prompts::setTestMode(true);
    ui::SavedChange::setErrorHandler([this](const core::Error& e) { m_undoErrors << e.message; });
}

void TstMeasureEntry::init()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("measures.alongside")));
    QVERIFY(m_db);
    m_client = test::addClientEpisode(*m_db, m_admin, QStringLiteral("Ada"));
    QVERIFY(m_client > 0);
    auto episodes = core::ClientService(*m_db).episodes(m_admin, m_client);
    QVERIFY(episodes && episodes.value().size() == 1);
    m_episode = episodes.value().first().id;
    m_undo.clear();
    m_undoErrors.clear();
    ui::prompts::takeShown();
}

void TstMeasureEntry::cleanup()
{
    m_undo.clear();
    m_db.reset();
    m_dir.reset();
}

qint64 TstMeasureEntry::record(
    const QString& measureId, const QDate& on, const QList<std::optional<int>>& values, bool riskSeen, qint64 episodeId)
{
    core::MeasureResponseInput input;
    input.clientId = m_client;
    input.episodeId = episodeId < 0 ? m_episode : episodeId;
    input.measureId = measureId;
    input.administeredOn = on;
    input.answers = values;
    if (riskSeen) {
        input.riskAcknowledgement = core::RiskAcknowledgement {};
    }
    auto id = core::MeasureService(*m_db).record(m_admin, input);
    if (!id) {
        qWarning() << id.message();
        return 0;
    }
    return id.value();
}

// ---- the test ---------------------------------------------------------------------------

void TstMeasureEntry::phq9ByKeyboardRaisesRiskPromptAndRecordsTheAcknowledgement()
{
    ui::MeasureEntryDialog dialog(*m_db, m_admin, m_client);
    QVERIFY(showActive(&dialog));
    // The open episode is chosen, and the date is today, with no later day allowed.
    QCOMPARE(dialog.episodeCombo()->currentData().toLongLong(), m_episode);
    QCOMPARE(dialog.dateEdit()->date(), kToday);
    QCOMPARE(dialog.dateEdit()->maximumDate(), kToday);
    QVERIFY(!dialog.saveButton()->isEnabled());

    QVERIFY(dialog.setMeasure(QStringLiteral("phq9")));
    auto* riskPrompt = child<QWidget>(&dialog, QStringLiteral("riskPrompt"));
    QVERIFY(riskPrompt);
    QVERIFY(item(&dialog, 9));
    QVERIFY(!item(&dialog, 10));

    // Every item by its number key; each moves the focus to the next item.
    const QList<int> values = { 1, 2, 1, 0, 1, 2, 1, 0, 2 };
    item(&dialog, 1)->setFocus();
    QTRY_VERIFY(item(&dialog, 1)->hasFocus());
    for (int i = 0; i < values.size(); ++i) {
        QWidget* row = item(&dialog, i + 1);
        QVERIFY2(row->hasFocus(), qPrintable(QStringLiteral("item %1 should have the focus").arg(i + 1)));
        QTest::keyClick(row, digitKey(values[i]));
        if (i + 1 < values.size()) {
            QVERIFY2(item(&dialog, i + 2)->hasFocus(),
                qPrintable(QStringLiteral("the focus should move on to item %1").arg(i + 2)));
            QVERIFY2(riskPrompt->isHidden(), "no risk prompt before item 9");
        }
    }
    QCOMPARE(dialog.answers(), answers({ 1, 2, 1, 0, 1, 2, 1, 0, 2 }));
    QCOMPARE(item(&dialog, 9)->accessibleDescription(), QStringLiteral("Answered: 2 More than half the days"));

    // The risk prompt, at once, with its words; the focus goes to the tick it needs.
    QVERIFY(riskPrompt->isVisible());
    QVERIFY(labelText(&dialog, "riskPromptText").contains(QStringLiteral("Item 9")));
    QVERIFY(labelText(&dialog, "riskTitle").contains(QStringLiteral("Risk answer")));
    QVERIFY(dialog.riskCheck()->isVisible());
    QVERIFY(dialog.riskCheck()->hasFocus());
    QCOMPARE(labelText(&dialog, "answeredLabel"), QStringLiteral("9 of 9"));
    QVERIFY(labelText(&dialog, "scoreLabel").startsWith(QStringLiteral("10 (total)")));
    QCOMPARE(labelText(&dialog, "bandLabel"), QStringLiteral("Moderate (10-14)"));
    QVERIFY(labelText(&dialog, "casenessLabel").startsWith(QStringLiteral("Yes")));
    QCOMPARE(labelText(&dialog, "changeLabel"), QStringLiteral("This will be the first score in this episode"));
    QVERIFY(!dialog.saveButton()->isEnabled());

    // Trying to save anyway warns, and nothing is saved.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    const QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().startsWith(QStringLiteral("Risk Answer Not Yet Acknowledged")));
    QCOMPARE(core::MeasureService(*m_db).responses(m_admin, m_client).value().size(), 0);

    // Backspace clears item 9: the prompt goes; the answer again brings it back.
    item(&dialog, 9)->setFocus();
    QTest::keyClick(item(&dialog, 9), Qt::Key_Backspace);
    QVERIFY(riskPrompt->isHidden());
    QCOMPARE(labelText(&dialog, "answeredLabel"), QStringLiteral("8 of 9"));
    QVERIFY(labelText(&dialog, "reasonLabel").startsWith(QStringLiteral("Cannot be scored yet")));
    QTest::keyClick(item(&dialog, 9), Qt::Key_2);
    QVERIFY(riskPrompt->isVisible());
    QVERIFY(!dialog.saveButton()->isEnabled());

    screenshot(&dialog, QStringLiteral("measure-entry-risk-prompt"));

    dialog.riskCheck()->setChecked(true);
    QVERIFY(dialog.saveButton()->isEnabled());
    click(&dialog, "saveButton");
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedId() > 0);

    auto responses = core::MeasureService(*m_db).responses(m_admin, m_client);
    QVERIFY(responses);
    QCOMPARE(responses.value().size(), 1);
    const core::MeasureResponse& r = responses.value().first();
    QCOMPARE(r.id, dialog.savedId());
    QCOMPARE(r.measureId, QStringLiteral("phq9"));
    QCOMPARE(r.episodeId, m_episode);
    QCOMPARE(r.administeredOn, kToday);
    QCOMPARE(r.answers, answers({ 1, 2, 1, 0, 1, 2, 1, 0, 2 }));
    QVERIFY(r.riskFlagged);
    QCOMPARE(r.riskAcknowledgedBy, m_admin.shownName());
    QVERIFY(r.riskAcknowledgedAt.isValid());
    QCOMPARE(*r.result.score, 10.0);

    // What the caller puts on the undo stack re-creates it exactly after a removal.
    const core::MeasureResponseInput input = dialog.savedInput();
    QCOMPARE(input.id, r.id);
    QCOMPARE(input.definitionVersion, 1);
    QVERIFY(input.riskAcknowledgement);
    QVERIFY(core::MeasureService(*m_db).removeResponse(m_admin, r.id));
    QVERIFY(core::MeasureService(*m_db).record(m_admin, input));
    const auto again = core::MeasureService(*m_db).responses(m_admin, m_client).value();
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().id, r.id);
    QCOMPARE(again.first().riskAcknowledgedBy, r.riskAcknowledgedBy);
    QCOMPARE(again.first().riskAcknowledgedAt, r.riskAcknowledgedAt);
}

void TstMeasureEntry::leavingWithAnUnseenRiskAnswerAsks()
{
    ui::MeasureEntryDialog dialog(*m_db, m_admin, m_client);
    QVERIFY(showActive(&dialog));
    QVERIFY(dialog.setMeasure(QStringLiteral("core10")));
    item(&dialog, 6)->setFocus();
    QTest::keyClick(item(&dialog, 6), Qt::Key_3); // the CORE-10 risk item
    QVERIFY(child<QWidget>(&dialog, QStringLiteral("riskPrompt"))->isVisible());
    QVERIFY(labelText(&dialog, "riskPromptText").contains(QStringLiteral("Item 6")));

    ui::prompts::queueAnswer(false); // stay
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().startsWith(QStringLiteral("Leave Without Saving?")));
    QVERIFY(shown.first().contains(QStringLiteral("safety procedure")));

    ui::prompts::queueAnswer(true); // leave
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TstMeasureEntry::leavingWithUnsavedAnswersAsks()
{
    ui::MeasureEntryDialog dialog(*m_db, m_admin, m_client);
    QVERIFY(showActive(&dialog));
    QVERIFY(dialog.setMeasure(QStringLiteral("gad7")));
    // Nothing entered: Cancel closes without a question.
    {
        ui::MeasureEntryDialog empty(*m_db, m_admin, m_client);
        QVERIFY(showActive(&empty));
        QVERIFY(empty.setMeasure(QStringLiteral("gad7")));
        empty.reject();
        QVERIFY(!empty.isVisible());
        QVERIFY(ui::prompts::takeShown().isEmpty());
    }
    item(&dialog, 1)->setFocus();
    QTest::keyClick(item(&dialog, 1), Qt::Key_2);
    ui::prompts::queueAnswer(false); // go back
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().startsWith(QStringLiteral("Discard These Answers?")));
    QCOMPARE(dialog.answers().at(0), std::optional<int>(2)); // kept
    ui::prompts::queueAnswer(true); // discard
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(ui::prompts::takeShown().size(), 1);
}

void TstMeasureEntry::demoRecordsShowTheirOutcomes()
{
    // The demo charity's questionnaires, as a coordinator sees them on the Outcomes tab.
    auto demo = test::openOrCreate(m_dir->filePath(QStringLiteral("demo.alongside")));
    QVERIFY(demo);
    core::DemoGenerator::Options options;
    options.asAt = kToday;
    const core::Status made = core::DemoGenerator::generate(*demo, core::Actor::localUser(), options);
    QVERIFY2(made, qPrintable(made.message()));

    // Someone with the most wellbeing scores in one episode, and a PHQ-9 risk answer if there is one.
    const qint64 busiest = test::scalar(*demo,
        QStringLiteral("SELECT client_id FROM measure_response WHERE measure_id IN ('wemwbs', 'swemwbs') GROUP BY "
                       "client_id, episode_id ORDER BY COUNT(*) DESC, client_id LIMIT 1"))
                               .toLongLong();
    QVERIFY(busiest > 0);
    const int theirs
        = test::scalar(*demo, QStringLiteral("SELECT COUNT(*) FROM measure_response WHERE client_id = %1").arg(busiest))
              .toInt();
    {
        ui::ClientRecordDialog dialog(*demo, m_admin, &m_undo, busiest);
        dialog.resize(1000, 780);
        QVERIFY(showActive(&dialog));
        dialog.tabs()->setCurrentIndex(test::tabIndex(dialog.tabs(), QStringLiteral("Outcomes")));
        auto* table = child<QTreeWidget>(&dialog, QStringLiteral("outcomeTable"));
        QCOMPARE(table->topLevelItemCount(), theirs);
        auto* chart = child<ui::OutcomeChart>(&dialog, QStringLiteral("outcomeChart"));
        auto* chartMeasure = child<QComboBox>(&dialog, QStringLiteral("chartMeasureCombo"));
        const bool wemwbs = chartMeasure->findData(QStringLiteral("wemwbs")) >= 0;
        test::chooseData(chartMeasure, wemwbs ? QStringLiteral("wemwbs") : QStringLiteral("swemwbs"));
        QVERIFY(chart->scoreSeries());
        QVERIFY(chart->scoreSeries()->count() >= 3);
        QVERIFY2(chart->summary().contains(QStringLiteral(" scores from ")), qPrintable(chart->summary()));
        screenshot(&dialog, QStringLiteral("record-outcomes-demo"));
    }

    // Someone who filled in the exit questionnaire: no total, so the answers are read one by one.
    const qint64 exitId = test::scalar(*demo,
        QStringLiteral("SELECT r.id FROM measure_response r JOIN measure_answer a ON a.response_id = r.id WHERE "
                       "r.measure_id = 'exit' AND a.text_value <> '' ORDER BY r.id LIMIT 1"))
                              .toLongLong();
    QVERIFY(exitId > 0);
    const qint64 leaver
        = test::scalar(*demo, QStringLiteral("SELECT client_id FROM measure_response WHERE id = %1").arg(exitId))
              .toLongLong();
    auto responses = core::MeasureService(*demo).responses(m_admin, leaver);
    QVERIFY(responses);
    std::optional<core::MeasureResponse> exit;
    for (const core::MeasureResponse& r : responses.value()) {
        if (r.id == exitId) {
            exit = r;
        }
    }
    QVERIFY(exit);
    QCOMPARE(exit->shortTitle, QStringLiteral("Exit questionnaire"));
    QVERIFY(exit->result.complete);
    QVERIFY(!exit->result.score);
    QVERIFY(!exit->textAnswers.value(5).isEmpty());
    ui::MeasureEntryDialog dialog(*demo, m_admin, leaver);
    dialog.showRecorded(*exit);
    dialog.resize(900, 640);
    QVERIFY(showActive(&dialog));
    QCOMPARE(dialog.answers().mid(0, 5), exit->answers.mid(0, 5));
    bool sawComment = false;
    for (const QPlainTextEdit* text : dialog.findChildren<QPlainTextEdit*>()) {
        sawComment = sawComment || text->toPlainText() == exit->textAnswers.value(5);
    }
    QVERIFY(sawComment);
    screenshot(&dialog, QStringLiteral("measure-entry-exit-recorded"));
}

void TstMeasureEntry::twoDigitAnswersByKeyboard()
{
    // ONS4 answers run 0-10: "1" waits a moment for a second digit, "1" "0" is 10, "7" moves on at once.
    ui::MeasureEntryDialog dialog(*m_db, m_admin, m_client);
    QVERIFY(showActive(&dialog));
    QVERIFY(dialog.setMeasure(QStringLiteral("ons4")));
    item(&dialog, 1)->setFocus();
    QTest::keyClick(item(&dialog, 1), Qt::Key_1);
    QCOMPARE(dialog.answers().at(0), std::optional<int>(1));
    QVERIFY(item(&dialog, 1)->hasFocus());
    QTest::keyClick(item(&dialog, 1), Qt::Key_0);
    QCOMPARE(dialog.answers().at(0), std::optional<int>(10));
    QVERIFY(item(&dialog, 2)->hasFocus());
    QTest::keyClick(item(&dialog, 2), Qt::Key_7);
    QCOMPARE(dialog.answers().at(1), std::optional<int>(7));
    QVERIFY(item(&dialog, 3)->hasFocus());
    QTest::keyClick(item(&dialog, 3), Qt::Key_1);
    QTRY_VERIFY(item(&dialog, 4)->hasFocus()); // no second digit: on to the next item
    QCOMPARE(dialog.answers().at(2), std::optional<int>(1));
    QTest::keyClick(item(&dialog, 4), Qt::Key_Right); // arrows step through the answers without moving on
    QTest::keyClick(item(&dialog, 4), Qt::Key_Right);
    QCOMPARE(dialog.answers().at(3), std::optional<int>(1));
    QVERIFY(item(&dialog, 4)->hasFocus());
    // No total: each item is reported in its band.
    QVERIFY(labelText(&dialog, "scoreLabel").startsWith(QStringLiteral("No total")));
    QVERIFY(labelText(&dialog, "bandLabel").contains(QStringLiteral("Item 1: Very high (9-10) (10)")));
    QVERIFY(dialog.saveButton()->isEnabled());
}

// ---- missing items, proration, change -----------------------------------------------------------

void TstMeasureEntry::tooManyMissingItemsAreRefused()
{
    ui::MeasureEntryDialog dialog(*m_db, m_admin, m_client);
    QVERIFY(showActive(&dialog));
    QVERIFY(dialog.setMeasure(QStringLiteral("core10")));
    // Eight of ten: CORE-10 allows one missing item, not two.
    item(&dialog, 1)->setFocus();
    for (int n = 1; n <= 8; ++n) {
        QVERIFY(item(&dialog, n)->hasFocus());
        QTest::keyClick(item(&dialog, n), n == 6 ? Qt::Key_0 : Qt::Key_2);
    }
    QCOMPARE(labelText(&dialog, "answeredLabel"), QStringLiteral("8 of 10"));
    auto* reason = child<QLabel>(&dialog, QStringLiteral("reasonLabel"));
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().startsWith(QStringLiteral("Cannot be scored yet: ")));
    QVERIFY(reason->text().size() > QStringLiteral("Cannot be scored yet: ").size() + 10);
    QVERIFY(!dialog.currentResult().complete);
    QVERIFY(!dialog.saveButton()->isEnabled());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(labelText(&dialog, "problemLabel").contains(dialog.currentResult().reason));
    QCOMPARE(core::MeasureService(*m_db).responses(m_admin, m_client).value().size(), 0);
}

void TstMeasureEntry::riskAnswerIsSavedEvenWithItemsMissing()
{
    // CORE-10 with two items left blank cannot be scored, but its risk item (6) answered 3 must be
    // on file: once the risk answer is acknowledged, it saves without a score.
    ui::MeasureEntryDialog dialog(*m_db, m_admin, m_client);
    QVERIFY(showActive(&dialog));
    QVERIFY(dialog.setMeasure(QStringLiteral("core10")));
    item(&dialog, 1)->setFocus();
    for (int n = 1; n <= 8; ++n) {
        QTest::keyClick(item(&dialog, n), n == 6 ? Qt::Key_3 : Qt::Key_1);
    }
    QVERIFY(!dialog.currentResult().complete);
    QVERIFY(child<QWidget>(&dialog, QStringLiteral("riskPrompt"))->isVisible());
    QVERIFY(labelText(&dialog, "reasonLabel").contains(QStringLiteral("without a score")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    dialog.riskCheck()->setChecked(true);
    QVERIFY(dialog.saveButton()->isEnabled());
    click(&dialog, "saveButton");
    QVERIFY(!dialog.isVisible());
    const auto stored = core::MeasureService(*m_db).responses(m_admin, m_client).value();
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.first().riskFlagged);
    QVERIFY(!stored.first().result.complete);
    QCOMPARE(stored.first().riskAcknowledgedBy, QStringLiteral("Test User"));
}

void TstMeasureEntry::proratedScoreIsSaidInWords()
{
    ui::MeasureEntryDialog dialog(*m_db, m_admin, m_client);
    QVERIFY(showActive(&dialog));
    QVERIFY(dialog.setMeasure(QStringLiteral("core10")));
    item(&dialog, 1)->setFocus();
    for (int n = 1; n <= 9; ++n) {
        QTest::keyClick(item(&dialog, n), n == 6 ? Qt::Key_0 : Qt::Key_2); // item 10 left out
    }
    QVERIFY(dialog.currentResult().complete);
    QVERIFY(dialog.currentResult().prorated);
    QVERIFY(labelText(&dialog, "scoreLabel").contains(QStringLiteral("Prorated: 1 item was missing")));
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("reasonLabel"))->isHidden());
    QVERIFY(dialog.saveButton()->isEnabled());
    click(&dialog, "saveButton");
    QVERIFY(dialog.savedId() > 0);
    const auto responses = core::MeasureService(*m_db).responses(m_admin, m_client).value();
    QCOMPARE(responses.size(), 1);
    QVERIFY(responses.first().prorated);
    QVERIFY(!responses.first().answers.last().has_value());

    // The Outcomes tab says so in words.
    ui::ClientRecordDialog record(*m_db, m_admin, &m_undo, m_client);
    auto* table = child<QTreeWidget>(&record, QStringLiteral("outcomeTable"));
    QCOMPARE(table->topLevelItemCount(), 1);
    QVERIFY(table->topLevelItem(0)->text(2).contains(QStringLiteral("prorated")));
}

void TstMeasureEntry::changeSinceTheFirstScore()
{
    // 18 a month ago in this episode; 8 now is 10 points better: reliable (6) for PHQ-9.
    QVERIFY(record(QStringLiteral("phq9"), kToday.addDays(-30), answers({ 3, 3, 3, 3, 3, 3, 0, 0, 0 })));
    ui::MeasureEntryDialog dialog(*m_db, m_admin, m_client);
    QVERIFY(showActive(&dialog));
    QVERIFY(dialog.setMeasure(QStringLiteral("phq9")));
    QVERIFY(labelText(&dialog, "changeLabel").contains(QStringLiteral("First score 18")));
    item(&dialog, 1)->setFocus();
    for (int n = 1; n <= 9; ++n) {
        QTest::keyClick(item(&dialog, n), n == 9 ? Qt::Key_0 : Qt::Key_1);
    }
    QCOMPARE(labelText(&dialog, "changeLabel"),
        QStringLiteral("Down 10 points (better): a reliable improvement (first score 18 on 23 Oct 2026)"));
    // Before the first score there is nothing to compare with; outside an episode no change is given.
    dialog.dateEdit()->setDate(kToday.addDays(-40));
    QCOMPARE(labelText(&dialog, "changeLabel"), QStringLiteral("This will be the first score in this episode"));
    dialog.dateEdit()->setDate(kToday);
    QVERIFY(dialog.setEpisode(0));
    QCOMPARE(labelText(&dialog, "changeLabel"), QStringLiteral("Not in an episode: no change is given"));
    QVERIFY(dialog.setEpisode(m_episode));
    click(&dialog, "saveButton");
    QVERIFY(dialog.savedId() > 0);

    ui::ClientRecordDialog record(*m_db, m_admin, &m_undo, m_client);
    auto* table = child<QTreeWidget>(&record, QStringLiteral("outcomeTable"));
    QCOMPARE(table->topLevelItemCount(), 2);
    QCOMPARE(table->topLevelItem(0)->text(4), QStringLiteral("First score"));
    QCOMPARE(table->topLevelItem(1)->text(4), QStringLiteral("Down 10 points (better): a reliable improvement"));
}

// ---- a charity's own questionnaire --------------------------------------------------------------

void TstMeasureEntry::charitysOwnQuestionnaireRendersAndRecords()
{
    core::MeasureDefinition d;
    d.id = QStringLiteral("exit-check");
    d.title = QStringLiteral("Leaving the service");
    d.shortTitle = QStringLiteral("Exit");
    d.licence = QStringLiteral("Written by the charity");
    core::MeasureItem welcome;
    welcome.number = 1;
    welcome.text = QStringLiteral("Did you feel welcome?");
    welcome.kind = core::ItemKind::YesNoNa;
    welcome.options = { core::ResponseOption { 1, QStringLiteral("Yes"), true },
        core::ResponseOption { 0, QStringLiteral("No"), true },
        core::ResponseOption { 9, QStringLiteral("Not applicable"), false } };
    core::MeasureItem helped;
    helped.number = 2;
    helped.text = QStringLiteral("How much did the service help?");
    helped.options = { core::ResponseOption { 0, QStringLiteral("Not at all"), true },
        core::ResponseOption { 1, QStringLiteral("A little"), true },
        core::ResponseOption { 2, QStringLiteral("Quite a lot"), true },
        core::ResponseOption { 3, QStringLiteral("A great deal"), true } };
    core::MeasureItem words;
    words.number = 3;
    words.text = QStringLiteral("Anything else you would like to tell us?");
    words.kind = core::ItemKind::FreeText;
    d.items = { welcome, helped, words };
    d.method = core::ScoringMethod::Sum;
    d.scoreMin = 0;
    d.scoreMax = 4;
    d.bands = { core::ScoreBand { QStringLiteral("low"), QStringLiteral("Low (0-2)"), 0, 2 },
        core::ScoreBand { QStringLiteral("high"), QStringLiteral("High (3-4)"), 3, 4 } };
    auto version = core::MeasureService(*m_db).saveCustom(m_admin, d);
    QVERIFY2(version, qPrintable(version.message()));

    ui::MeasureEntryDialog dialog(*m_db, m_admin, m_client);
    QVERIFY(showActive(&dialog));
    QVERIFY(dialog.setMeasure(QStringLiteral("exit-check")));
    QVERIFY(dialog.measureCombo()->currentText().contains(QStringLiteral("Leaving the service")));
    // The charity's own wording is shown, with the answers' words.
    QCOMPARE(child<QAbstractButton>(&dialog, QStringLiteral("item1Option1"))->text(), QStringLiteral("Y Yes"));
    QCOMPARE(child<QAbstractButton>(&dialog, QStringLiteral("item1Option0"))->text(), QStringLiteral("N No"));
    QCOMPARE(
        child<QAbstractButton>(&dialog, QStringLiteral("item1Option9"))->text(), QStringLiteral("A Not applicable"));
    QCOMPARE(child<QAbstractButton>(&dialog, QStringLiteral("item2Option2"))->text(), QStringLiteral("2 Quite a lot"));
    QCOMPARE(item(&dialog, 1)->accessibleName(), QStringLiteral("Item 1 of 3: Did you feel welcome?, answer"));
    auto* text = child<QPlainTextEdit>(&dialog, QStringLiteral("item3Text"));
    QVERIFY(text);

    // A: not applicable, which counts as neither answered nor missing.
    item(&dialog, 1)->setFocus();
    QTest::keyClick(item(&dialog, 1), Qt::Key_A);
    QCOMPARE(dialog.answers().first(), std::optional<int>(9));
    QVERIFY(item(&dialog, 2)->hasFocus());
    QVERIFY(labelText(&dialog, "answeredLabel").contains(QStringLiteral("(1 not applicable)")));
    // Y: yes; then the Likert item by number, and on into the written answer.
    item(&dialog, 1)->setFocus();
    QTest::keyClick(item(&dialog, 1), Qt::Key_Y);
    QCOMPARE(dialog.answers().first(), std::optional<int>(1));
    QVERIFY(item(&dialog, 2)->hasFocus());
    QTest::keyClick(item(&dialog, 2), Qt::Key_7); // no such answer: nothing happens
    QVERIFY(!dialog.answers().at(1).has_value());
    QVERIFY(item(&dialog, 2)->hasFocus());
    QTest::keyClick(item(&dialog, 2), Qt::Key_3);
    QVERIFY(text->hasFocus());
    QTest::keyClicks(text, QStringLiteral("Felt welcome at the group"));
    screenshot(&dialog, QStringLiteral("measure-entry-custom"));
    QCOMPARE(labelText(&dialog, "bandLabel"), QStringLiteral("High (3-4)"));
    QVERIFY(dialog.saveButton()->isEnabled());
    click(&dialog, "saveButton");
    QVERIFY(dialog.savedId() > 0);

    const auto responses = core::MeasureService(*m_db).responses(m_admin, m_client).value();
    QCOMPARE(responses.size(), 1);
    const core::MeasureResponse& r = responses.first();
    QCOMPARE(r.measureId, QStringLiteral("exit-check"));
    QCOMPARE(r.answers, (QList<std::optional<int>> { 1, 3, std::nullopt }));
    QVERIFY(r.textAnswers.size() >= 3);
    QCOMPARE(r.textAnswers.at(2), QStringLiteral("Felt welcome at the group"));
    QCOMPARE(*r.result.score, 4.0);
}

void TstMeasureEntry::recordedAnswersAreShownReadOnly()
{
    const qint64 id = record(QStringLiteral("phq9"), kToday.addDays(-2), answers({ 1, 1, 1, 1, 1, 1, 1, 1, 1 }), true);
    QVERIFY(id > 0);
    const auto responses = core::MeasureService(*m_db).responses(m_admin, m_client).value();
    QCOMPARE(responses.size(), 1);
    ui::MeasureEntryDialog dialog(*m_db, m_admin, m_client);
    dialog.showRecorded(responses.first());
    QVERIFY(showActive(&dialog));
    QCOMPARE(dialog.answers(), answers({ 1, 1, 1, 1, 1, 1, 1, 1, 1 }));
    QVERIFY(!dialog.measureCombo()->isEnabled());
    QCOMPARE(dialog.dateEdit()->date(), kToday.addDays(-2));
    QVERIFY(!dialog.saveButton()->isVisible());
    item(&dialog, 3)->setFocus();
    QTest::keyClick(item(&dialog, 3), Qt::Key_3); // read-only: no change
    QTest::keyClick(item(&dialog, 3), Qt::Key_Delete);
    QCOMPARE(dialog.answers().at(2), std::optional<int>(1));
    QVERIFY(child<QWidget>(&dialog, QStringLiteral("riskPrompt"))->isVisible());
    QVERIFY(!dialog.riskCheck()->isVisible());
    QVERIFY(labelText(&dialog, "riskSeenLabel").startsWith(QStringLiteral("Seen by Test User on ")));
    QVERIFY(labelText(&dialog, "scoreLabel").startsWith(QStringLiteral("9 (total)")));
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QVERIFY(ui::prompts::takeShown().isEmpty());
}

// ---- the Outcomes tab ---------------------------------------------------------------------------

void TstMeasureEntry::outcomesTabListsRemovesAndUndoes()
{
    const qint64 first
        = record(QStringLiteral("phq9"), kToday.addDays(-30), answers({ 3, 3, 3, 3, 3, 3, 0, 0, 1 }), true);
    const qint64 second = record(QStringLiteral("phq9"), kToday.addDays(-1), answers({ 1, 1, 1, 1, 1, 1, 1, 1, 0 }));
    const qint64 other = record(QStringLiteral("gad7"), kToday.addDays(-1), answers({ 2, 2, 2, 2, 2, 2, 2 }), false, 0);
    QVERIFY(first && second && other);

    ui::ClientRecordDialog dialog(*m_db, m_admin, &m_undo, m_client);
    QVERIFY(showActive(&dialog));
    const int tab = test::tabIndex(dialog.tabs(), QStringLiteral("Outcomes"));
    QVERIFY(tab > test::tabIndex(dialog.tabs(), QStringLiteral("Goals")));
    QCOMPARE(dialog.tabs()->tabText(tab), QStringLiteral("O&utcomes"));
    dialog.tabs()->setCurrentIndex(tab);
    auto* table = child<QTreeWidget>(&dialog, QStringLiteral("outcomeTable"));
    QVERIFY(table);
    QCOMPARE(table->topLevelItemCount(), 3);
    QTreeWidgetItem* risky = nullptr;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->text(5).startsWith(QStringLiteral("Risk answer"))) {
            risky = table->topLevelItem(i);
        }
    }
    QVERIFY(risky);
    QCOMPARE(risky->text(5), QStringLiteral("Risk answer, seen by Test User on 22 Nov 2026"));
    QCOMPARE(risky->text(1), QStringLiteral("PHQ-9"));
    QCOMPARE(risky->text(2), QStringLiteral("19"));
    QCOMPARE(risky->text(3), QStringLiteral("Moderately severe (15-19)"));
    bool sawChange = false;
    bool sawOutside = false;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        sawChange = sawChange
            || table->topLevelItem(i)->text(4) == QStringLiteral("Down 11 points (better): a reliable improvement");
        sawOutside = sawOutside || table->topLevelItem(i)->text(6) == QStringLiteral("Not in an episode");
    }
    QVERIFY(sawChange);
    QVERIFY(sawOutside);

    // The chart under the table: one measure at a time, from those answered.
    auto* chartMeasure = child<QComboBox>(&dialog, QStringLiteral("chartMeasureCombo"));
    auto* chart = child<ui::OutcomeChart>(&dialog, QStringLiteral("outcomeChart"));
    QVERIFY(chartMeasure && chart);
    QVERIFY(chart->isVisible());
    QCOMPARE(chartMeasure->count(), 2);
    test::chooseData(chartMeasure, QStringLiteral("phq9"));
    QVERIFY(chart->scoreSeries());
    QCOMPARE(chart->scoreSeries()->count(), 2);
    QVERIFY(chart->summary().contains(QStringLiteral("PHQ-9")));
    screenshot(&dialog, QStringLiteral("record-outcomes-tab"));

    // Remove the first PHQ-9; undo brings it back with the same id and acknowledgement.
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i) == risky) {
            table->setCurrentItem(risky);
        }
    }
    click(&dialog, "removeResponseButton");
    QCOMPARE(table->topLevelItemCount(), 2);
    auto responses = core::MeasureService(*m_db).responses(m_admin, m_client).value();
    QCOMPARE(responses.size(), 2);
    for (const core::MeasureResponse& r : responses) {
        QVERIFY(r.id != first);
    }
    QVERIFY(m_undo.canUndo());
    m_undo.undo();
    QVERIFY2(m_undoErrors.isEmpty(), qPrintable(m_undoErrors.join(QLatin1Char('\n'))));
    QCOMPARE(table->topLevelItemCount(), 3);
    responses = core::MeasureService(*m_db).responses(m_admin, m_client).value();
    QCOMPARE(responses.size(), 3);
    QCOMPARE(responses.first().id, first);
    QVERIFY(responses.first().riskFlagged);
    QCOMPARE(responses.first().riskAcknowledgedBy, QStringLiteral("Test User"));
    m_undo.redo();
    QCOMPARE(core::MeasureService(*m_db).responses(m_admin, m_client).value().size(), 2);
    QVERIFY(m_undoErrors.isEmpty());
}

void TstMeasureEntry::outcomesTabRecordsAQuestionnaire()
{
    ui::ClientRecordDialog dialog(*m_db, m_admin, &m_undo, m_client);
    QVERIFY(showActive(&dialog));
    dialog.tabs()->setCurrentIndex(test::tabIndex(dialog.tabs(), QStringLiteral("Outcomes")));
    bool opened = false;
    whenModal<ui::MeasureEntryDialog>([&](ui::MeasureEntryDialog* entry) {
        opened = true;
        QCOMPARE(entry->episodeCombo()->currentData().toLongLong(), m_episode);
        QVERIFY(entry->setMeasure(QStringLiteral("gad7")));
        QWidget* row = item(entry, 1);
        row->setFocus();
        for (int n = 1; n <= 7; ++n) {
            QTest::keyClick(item(entry, n), Qt::Key_1);
        }
        QVERIFY(entry->saveButton()->isEnabled());
        QTest::mouseClick(entry->saveButton(), Qt::LeftButton);
    });
    click(&dialog, "recordQuestionnaireButton");
    QVERIFY(opened);
    auto* table = child<QTreeWidget>(&dialog, QStringLiteral("outcomeTable"));
    QCOMPARE(table->topLevelItemCount(), 1);
    QCOMPARE(table->topLevelItem(0)->text(1), QStringLiteral("GAD-7"));
    QCOMPARE(table->topLevelItem(0)->text(2), QStringLiteral("7"));
    // Undo takes the new response away; redo records it again with its id.
    const qint64 id = core::MeasureService(*m_db).responses(m_admin, m_client).value().first().id;
    m_undo.undo();
    QCOMPARE(table->topLevelItemCount(), 0);
    m_undo.redo();
    QVERIFY2(m_undoErrors.isEmpty(), qPrintable(m_undoErrors.join(QLatin1Char('\n'))));
    QCOMPARE(table->topLevelItemCount(), 1);
    QCOMPARE(core::MeasureService(*m_db).responses(m_admin, m_client).value().first().id, id);
}

void TstMeasureEntry::readOnlyRoleSeesNoEditButtons()
{
    QVERIFY(record(QStringLiteral("gad7"), kToday, answers({ 0, 0, 0, 0, 0, 0, 0 })));
    {
        // With nothing recorded there is no chart, only the empty table.
        ui::ClientRecordDialog empty(
            *m_db, m_admin, &m_undo, test::addClientEpisode(*m_db, m_admin, QStringLiteral("Bo")));
        QVERIFY(showActive(&empty));
        empty.tabs()->setCurrentIndex(test::tabIndex(empty.tabs(), QStringLiteral("Outcomes")));
        QVERIFY(!child<QWidget>(&empty, QStringLiteral("outcomeChart"))->isVisible());
    }
    const core::Actor reader = as(Role::ReadOnly, QStringLiteral("Rea Der"));
    ui::ClientRecordDialog dialog(*m_db, reader, &m_undo, m_client);
    QVERIFY(showActive(&dialog));
    dialog.tabs()->setCurrentIndex(test::tabIndex(dialog.tabs(), QStringLiteral("Outcomes")));
    auto* table = child<QTreeWidget>(&dialog, QStringLiteral("outcomeTable"));
    QCOMPARE(table->topLevelItemCount(), 1);
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("recordQuestionnaireButton"))->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("removeResponseButton"))->isVisible());
    QVERIFY(child<QPushButton>(&dialog, QStringLiteral("viewAnswersButton"))->isVisible());
    QVERIFY(child<QWidget>(&dialog, QStringLiteral("outcomeChart"))->isVisible());
}

void TstMeasureEntry::keyboardAndNames()
{
    ui::MeasureEntryDialog dialog(*m_db, m_admin, m_client);
    QVERIFY(showActive(&dialog));
    QVERIFY(dialog.setMeasure(QStringLiteral("swemwbs")));
    QStringList names = { QStringLiteral("measureCombo"), QStringLiteral("episodeCombo"), QStringLiteral("dateEdit"),
        QStringLiteral("riskAcknowledgedCheck"), QStringLiteral("aboutMeasureButton"), QStringLiteral("saveButton"),
        QStringLiteral("cancelButton") };
    for (int n = 1; n <= 7; ++n) {
        names << QStringLiteral("item%1").arg(n);
    }
    checkKeyboardAndNames(&dialog, names);
    QCOMPARE(item(&dialog, 3)->accessibleName(), QStringLiteral("Item 3 of 7: answer"));
    QCOMPARE(item(&dialog, 3)->accessibleDescription(), QStringLiteral("Not answered. Type the number of the answer."));
    // The items come straight after the date in the Tab order (Tab inside the date first steps through
    // its day, month and year), then follow one another.
    QWidget* next = dialog.dateEdit()->nextInFocusChain();
    while (next && (next->focusProxy() || !(next->focusPolicy() & Qt::TabFocus))) {
        next = next->nextInFocusChain();
    }
    QCOMPARE(next, item(&dialog, 1));
    item(&dialog, 1)->setFocus();
    for (int n = 2; n <= 7; ++n) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(item(&dialog, n)->hasFocus(),
            qPrintable(QStringLiteral("Tab should reach item %1, not %2")
                           .arg(n)
                           .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                            : QStringLiteral("nothing"))));
    }
    // SWEMWBS: the copyright line is shown with the form; the licence is in the info panel.
    auto* copyright = child<QLabel>(&dialog, QStringLiteral("copyrightLabel"));
    QVERIFY(copyright->isVisible());
    QVERIFY(!copyright->text().isEmpty());
    auto* about = child<QLabel>(&dialog, QStringLiteral("aboutMeasureLabel"));
    QVERIFY(!about->isVisible());
    child<QAbstractButton>(&dialog, QStringLiteral("aboutMeasureButton"))->click();
    QVERIFY(about->isVisible());
    QVERIFY(about->text().contains(QStringLiteral("Licence:")));
    // The metric score from the lookup table, all items "3": raw 21.
    item(&dialog, 1)->setFocus();
    for (int n = 1; n <= 7; ++n) {
        QTest::keyClick(item(&dialog, n), Qt::Key_3);
    }
    QCOMPARE(labelText(&dialog, "scoreLabel"), QStringLiteral("19.25 (metric score; raw total 21)"));
    QVERIFY(dialog.saveButton()->hasFocus());
    screenshot(&dialog, QStringLiteral("measure-entry-swemwbs"));
}

QTEST_MAIN(TstMeasureEntry)
#include "tst_measureentry.moc"
