// The story editor and the stories list as a worker drives them: the live check of the anonymised
// version (the writer's name, a worker's name and the writer's date of birth are listed in words
// and marked in the text, and the warnings go once they are replaced; everyday words are left
// alone), the consent the story rests on and Record Consent Given, saving and reading back themes
// and the period chosen for a report, the warning on saving a chosen story with identifiers left,
// unsaved changes, read-only use; the list with its filters, withdrawn consent in words, and
// Remove with undo. With ALONGSIDE_SCREENSHOTS=DIR set, it saves PNGs of the editor and the list.

#include "core/clients/clientservice.h"
#include "core/involvement/storyservice.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/involvement/storiespanel.h"
#include "ui/involvement/storydialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace alongside;
using Role = core::Actor::Role;
using core::StoryService;
using test::checkKeyboardAndNames;
using test::chooseData;
using test::click;
using test::screenshot;

namespace {

const QDate kToday(2026, 11, 22);
const QDate kDateOfBirth(1985, 7, 3);

template<typename W> W* child(QWidget* parent, const char* name)
{
    return parent->findChild<W*>(QString::fromLatin1(name));
}

QListWidgetItem* itemStartingWith(QListWidget* list, const QString& text)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(text)) {
            return list->item(i);
        }
    }
    return nullptr;
}

QStringList itemTexts(QListWidget* list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i) {
        texts << list->item(i)->text();
    }
    return texts;
}

/** Types text into an editor as a person would, a key at a time, then waits past the check's pause. */
void typeAndPause(QPlainTextEdit* edit, const QString& text)
{
    edit->clear();
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTest::qWait(450);
}

} // namespace

class TstStoryDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void warnsAboutNamesAndDateOfBirthAndClears();
    void chosenWarningSelectsItsWords();
    void consentIsListedAndRecorded();
    void savesAndReadsBack();
    void savingAChosenStoryWithIdentifiersWarns();
    void unsavedChangesAreAskedAbout();
    void readOnlyWithoutEditRecords();
    void periodsAreNamedByTheFinancialYear();
    void panelListsFiltersAndShowsWithdrawn();
    void removeAndUndoBringItBack();
    void keyboardAndNames();

private:
    qint64 addWorker(const QString& given, const QString& family);
    qint64 addClient(const QString& given, const QString& family, const QDate& dateOfBirth);
    qint64 addConsent(qint64 personId, const QDate& givenOn);
    qint64 themeId(const QString& name);
    qint64 saveStory(const QString& title, qint64 personId, qint64 consentId, bool chosen);
    core::Story story(qint64 id);

    std::unique_ptr<test::ScopedClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    QUndoStack m_undo;
    QStringList m_undoErrors;
    core::Actor m_admin = core::Actor::localUser();
    qint64 m_samWorker = 0;
    qint64 m_hopeWorker = 0;
    qint64 m_priya = 0; // person ids
    qint64 m_ben = 0;
    qint64 m_priyaConsent = 0;
};

qint64 TstStoryDialog::addWorker(const QString& given, const QString& family)
{
    core::WorkerProfile p;
    p.givenName = given;
    p.familyName = family;
    auto id = core::WorkforceService(*m_db).createWorker(
        m_admin, p, core::StatusChange { 0, 0, QStringLiteral("active"), QDate(2026, 1, 5), {} });
    if (!id) {
        qWarning() << id.message();
        return 0;
    }
    return id.value();
}

qint64 TstStoryDialog::addClient(const QString& given, const QString& family, const QDate& dateOfBirth)
{
    core::ClientProfile p;
    p.givenName = given;
    p.familyName = family;
    p.dateOfBirth = dateOfBirth;
    core::Referral referral;
    referral.referredOn = QDate(2026, 3, 2);
    auto clientId = core::ClientService(*m_db).createClient(m_admin, p, referral);
    if (!clientId) {
        qWarning() << clientId.message();
        return 0;
    }
    return test::scalar(*m_db, QStringLiteral("SELECT person_id FROM client WHERE id = %1").arg(clientId.value()))
        .toLongLong();
}

qint64 TstStoryDialog::addConsent(qint64 personId, const QDate& givenOn)
{
    core::Consent c;
    c.personId = personId;
    c.purpose = QStringLiteral("story");
    c.givenOn = givenOn;
    auto id = core::ClientService(*m_db).saveConsent(m_admin, c);
    if (!id) {
        qWarning() << id.message();
        return 0;
    }
    return id.value();
}

qint64 TstStoryDialog::themeId(const QString& name)
{
    auto themes = StoryService(*m_db).themes(m_admin, true);
    if (!themes) {
        return 0;
    }
    for (const core::StoryTheme& t : themes.value()) {
        if (t.name == name) {
            return t.id;
        }
    }
    return 0;
}

qint64 TstStoryDialog::saveStory(const QString& title, qint64 personId, qint64 consentId, bool chosen)
{
    core::Story s;
    s.personId = personId;
    s.title = title;
    s.writtenOn = kToday.addDays(-10);
    s.body = QStringLiteral("The words as written.");
    s.anonymised = QStringLiteral("The writer found hope.");
    s.consentId = consentId;
    s.themeIds = { themeId(QStringLiteral("Hope")) };
    if (chosen) {
        s.chosenFor << core::StoryPeriod { QDate(2026, 10, 1), QDate(2026, 12, 31) };
    }
    auto id = StoryService(*m_db).saveStory(m_admin, s);
    if (!id) {
        qWarning() << id.message();
        return 0;
    }
    return id.value();
}

core::Story TstStoryDialog::story(qint64 id)
{
    auto s = StoryService(*m_db).story(m_admin, id);
    if (!s) {
        qWarning() << s.message();
        return {};
    }
    return s.value();
}

void TstStoryDialog::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    ui::prompts::setTestMode(true);
    ui::SavedChange::setErrorHandler([this](const core::Error& e) { m_undoErrors << e.message; });
    QVERIFY(m_dir.isValid());
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("stories.alongside")));
    QVERIFY(m_db);
    m_samWorker = addWorker(QStringLiteral("Sam"), QStringLiteral("Reed"));
    m_hopeWorker = addWorker(QStringLiteral("Hope"), QStringLiteral("Adeyemi")); // a name that is an everyday word
    m_priya = addClient(QStringLiteral("Priya"), QStringLiteral("Shah"), kDateOfBirth);
    m_ben = addClient(QStringLiteral("Ben"), QStringLiteral("Okafor"), QDate());
    QVERIFY(m_samWorker && m_hopeWorker && m_priya && m_ben);
    m_priyaConsent = addConsent(m_priya, QDate(2026, 10, 1));
    QVERIFY(m_priyaConsent);
    QVERIFY(themeId(QStringLiteral("Hope")) && themeId(QStringLiteral("Connection")));
}

void TstStoryDialog::init()
{
    ui::prompts::takeShown();
    m_undoErrors.clear();
}

void TstStoryDialog::warnsAboutNamesAndDateOfBirthAndClears()
{
    ui::StoryDialog dialog(*m_db, m_admin, &m_undo, 0, m_priya);
    dialog.resize(1000, 660); // as on a 1024 x 700 screen
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLabel>(&dialog, "personLabel")->text(), QStringLiteral("Priya Shah"));
    auto* anonymised = child<QPlainTextEdit>(&dialog, "anonymisedEdit");
    auto* list = child<QListWidget>(&dialog, "warningsList");
    auto* summary = child<QLabel>(&dialog, "checkSummary");
    chooseData(child<QComboBox>(&dialog, "writtenWithCombo"), m_samWorker);
    child<QLineEdit>(&dialog, "titleEdit")->setText(QStringLiteral("Finding my feet"));
    child<QPlainTextEdit>(&dialog, "bodyEdit")
        ->setPlainText(QStringLiteral("Priya here. Sam Reed helped me. I was born on 3 July 1985."));

    // Typed, not checked until the pause in typing.
    typeAndPause(anonymised,
        QStringLiteral("Priya here. I met Sam at the drop-in, where Hope listened and gave me hope and a "
                       "connection. I was born on 3 July 1985."));
    const QList<core::IdentifierWarning> warnings = dialog.warnings();
    QStringList kinds;
    for (const core::IdentifierWarning& w : warnings) {
        kinds << w.found;
    }
    QVERIFY2(kinds.contains(QStringLiteral("Priya")), qPrintable(kinds.join(QLatin1Char(','))));
    QVERIFY2(kinds.contains(QStringLiteral("Sam")), qPrintable(kinds.join(QLatin1Char(','))));
    QVERIFY2(kinds.contains(QStringLiteral("Hope")), qPrintable(kinds.join(QLatin1Char(','))));
    QVERIFY2(kinds.contains(QStringLiteral("3 July 1985")), qPrintable(kinds.join(QLatin1Char(','))));
    // The everyday words are not flagged: only the capital-H Hope, which is the worker.
    QCOMPARE(kinds.count(QStringLiteral("Hope")), 1);
    QVERIFY(!kinds.contains(QStringLiteral("hope")));
    QVERIFY(!kinds.contains(QStringLiteral("connection")));
    QCOMPARE(warnings.size(), 4);

    // Listed in words, and marked in the text.
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 4);
    const QString all = itemTexts(list).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("“Priya” is the writer's name")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("the writer")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("“Sam”")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("date of birth")), qPrintable(all));
    QVERIFY2(summary->text().contains(QStringLiteral("Found 4 things")), qPrintable(summary->text()));
    QCOMPARE(anonymised->extraSelections().size(), 4);
    const QTextEdit::ExtraSelection first = anonymised->extraSelections().first();
    QCOMPARE(first.cursor.selectedText(), QStringLiteral("Priya"));
    QCOMPARE(first.format.underlineStyle(), QTextCharFormat::WaveUnderline);
    screenshot(&dialog, QStringLiteral("story-editor-warnings"));

    // Replaced: the warnings go.
    typeAndPause(anonymised,
        QStringLiteral("The writer here. I met my mentor at the drop-in. They listened and gave me hope and a "
                       "connection. I am in my forties."));
    QVERIFY(dialog.warnings().isEmpty());
    QCOMPARE(list->count(), 0);
    QVERIFY(!list->isVisible());
    QVERIFY(anonymised->extraSelections().isEmpty());
    QVERIFY2(summary->text().contains(QStringLiteral("No names on file, dates of birth or contact details found")),
        qPrintable(summary->text()));
    screenshot(&dialog, QStringLiteral("story-editor-clean"));

    // "Start from the Words as Written" copies the text over (after asking, as there is text).
    ui::prompts::queueAnswer(true);
    click(&dialog, "copyWordsButton");
    QCOMPARE(anonymised->toPlainText(), child<QPlainTextEdit>(&dialog, "bodyEdit")->toPlainText());
    QVERIFY(dialog.warnings().size() >= 3);

    ui::prompts::queueAnswer(true); // discard
    dialog.reject();
}

void TstStoryDialog::chosenWarningSelectsItsWords()
{
    ui::StoryDialog dialog(*m_db, m_admin, &m_undo, 0, m_priya);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* anonymised = child<QPlainTextEdit>(&dialog, "anonymisedEdit");
    auto* list = child<QListWidget>(&dialog, "warningsList");
    anonymised->setPlainText(QStringLiteral("It was hard at first. Then Shah, they called me, and born 03/07/1985."));
    dialog.checkNow();
    QCOMPARE(list->count(), 2);
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(anonymised->hasFocus());
    QCOMPARE(anonymised->textCursor().selectedText(), QStringLiteral("03/07/1985"));
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(anonymised->textCursor().selectedText(), QStringLiteral("Shah"));
    ui::prompts::queueAnswer(true);
    dialog.reject();
}

void TstStoryDialog::consentIsListedAndRecorded()
{
    {
        ui::StoryDialog dialog(*m_db, m_admin, &m_undo, 0, m_priya);
        dialog.show();
        auto* consent = child<QComboBox>(&dialog, "consentCombo");
        // Priya's consent is listed with its date, and chosen because it stands.
        QCOMPARE(consent->currentData().toLongLong(), m_priyaConsent);
        QVERIFY2(consent->currentText().contains(QStringLiteral("Given")), qPrintable(consent->currentText()));
        QVERIFY(!child<QLabel>(&dialog, "consentNote")->isVisible());
        dialog.reject();
    }

    ui::StoryDialog dialog(*m_db, m_admin, &m_undo, 0, m_ben);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* consent = child<QComboBox>(&dialog, "consentCombo");
    auto* note = child<QLabel>(&dialog, "consentNote");
    QCOMPARE(consent->count(), 1);
    QCOMPARE(consent->currentData().toLongLong(), 0);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("cannot be used in any report")), qPrintable(note->text()));

    // Asked first: no, and nothing is recorded.
    ui::prompts::queueAnswer(false);
    click(&dialog, "recordConsentButton");
    QCOMPARE(consent->count(), 1);
    QVERIFY(ui::prompts::takeShown().join(QLatin1Char('\n')).contains(QStringLiteral("Ben Okafor")));

    const int undoBefore = m_undo.count();
    ui::prompts::queueAnswer(true);
    click(&dialog, "recordConsentButton");
    QCOMPARE(consent->count(), 2);
    const qint64 recorded = consent->currentData().toLongLong();
    QVERIFY(recorded > 0);
    QVERIFY(!note->isVisible());
    QCOMPARE(m_undo.count(), undoBefore + 1);
    auto consents = core::ClientService(*m_db).consents(m_admin, m_ben);
    QVERIFY(consents);
    QCOMPARE(consents.value().size(), 1);
    QCOMPARE(consents.value().first().id, recorded);
    QCOMPARE(consents.value().first().purpose, QStringLiteral("story"));
    QCOMPARE(consents.value().first().givenOn, kToday);

    // The story saved rests on it.
    child<QLineEdit>(&dialog, "titleEdit")->setText(QStringLiteral("A new start"));
    child<QPlainTextEdit>(&dialog, "bodyEdit")->setPlainText(QStringLiteral("I found the group."));
    click(&dialog, "saveButton");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(story(dialog.savedId()).consentId, recorded);
    QCOMPARE(story(dialog.savedId()).consentState, core::StoryConsentState::Stands);
}

void TstStoryDialog::savesAndReadsBack()
{
    ui::StoryDialog dialog(*m_db, m_admin, &m_undo, 0, m_priya);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseData(child<QComboBox>(&dialog, "authorTypeCombo"), QStringLiteral("volunteer"));
    chooseData(child<QComboBox>(&dialog, "writtenWithCombo"), m_samWorker);
    child<QLineEdit>(&dialog, "titleEdit")->setText(QStringLiteral("From the group to the front desk"));
    child<QDateEdit>(&dialog, "writtenOnEdit")->setDate(QDate(2026, 11, 2));
    QVERIFY(child<QDateEdit>(&dialog, "writtenOnEdit")->maximumDate() == kToday);
    child<QPlainTextEdit>(&dialog, "bodyEdit")->setPlainText(QStringLiteral("Priya's words, with Sam."));
    child<QPlainTextEdit>(&dialog, "anonymisedEdit")
        ->setPlainText(QStringLiteral("The writer's words, with a worker. It gave me hope."));
    auto* themes = child<QListWidget>(&dialog, "themesList");
    itemStartingWith(themes, QStringLiteral("Hope"))->setCheckState(Qt::Checked);
    itemStartingWith(themes, QStringLiteral("Becoming a volunteer"))->setCheckState(Qt::Checked);
    // This quarter is offered first in the Add choice; the whole financial year too.
    auto* periodChoice = child<QComboBox>(&dialog, "periodCombo");
    QVERIFY2(periodChoice->currentText().startsWith(QStringLiteral("October to December 2026 (Q3 2026–27)")),
        qPrintable(periodChoice->currentText()));
    click(&dialog, "addPeriodButton");
    QVERIFY(periodChoice->findText(QStringLiteral("Financial year 2026–27"), Qt::MatchStartsWith) >= 0);
    periodChoice->setCurrentIndex(
        periodChoice->findText(QStringLiteral("Financial year 2026–27"), Qt::MatchStartsWith));
    click(&dialog, "addPeriodButton");
    auto* periods = child<QListWidget>(&dialog, "periodsList");
    QCOMPARE(periods->count(), 2);
    // Remove the year again.
    periods->setCurrentRow(0); // the year starts in April, so it is listed first
    QVERIFY2(periods->currentItem()->text().startsWith(QStringLiteral("Financial year")),
        qPrintable(periods->currentItem()->text()));
    click(&dialog, "removePeriodButton");
    QCOMPARE(periods->count(), 1);

    const int undoBefore = m_undo.count();
    click(&dialog, "saveButton");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedId() > 0);
    QCOMPARE(m_undo.count(), undoBefore + 1);
    QVERIFY(ui::prompts::takeShown().isEmpty()); // clean text: no warning

    const core::Story s = story(dialog.savedId());
    QCOMPARE(s.personId, m_priya);
    QCOMPARE(s.authorType, QStringLiteral("volunteer"));
    QCOMPARE(s.writtenWithWorkerId, m_samWorker);
    QCOMPARE(s.title, QStringLiteral("From the group to the front desk"));
    QCOMPARE(s.writtenOn, QDate(2026, 11, 2));
    QCOMPARE(s.consentId, m_priyaConsent);
    QCOMPARE(s.anonymised, QStringLiteral("The writer's words, with a worker. It gave me hope."));
    QList<qint64> ids = s.themeIds;
    std::sort(ids.begin(), ids.end());
    QList<qint64> expected { themeId(QStringLiteral("Hope")), themeId(QStringLiteral("Becoming a volunteer")) };
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
    QCOMPARE(s.chosenFor, (QList<core::StoryPeriod> { { QDate(2026, 10, 1), QDate(2026, 12, 31) } }));

    // Opened again, the form shows what was saved; closing it unchanged asks nothing.
    ui::StoryDialog again(*m_db, m_admin, &m_undo, s.id);
    again.show();
    QCOMPARE(child<QLabel>(&again, "personLabel")->text(), QStringLiteral("Priya Shah"));
    QCOMPARE(child<QComboBox>(&again, "consentCombo")->currentData().toLongLong(), m_priyaConsent);
    QCOMPARE(child<QListWidget>(&again, "periodsList")->item(0)->text(),
        QStringLiteral("October to December 2026 (Q3 2026–27)"));
    QCOMPARE(
        itemStartingWith(child<QListWidget>(&again, "themesList"), QStringLiteral("Hope"))->checkState(), Qt::Checked);
    again.reject();
    QVERIFY(!again.isVisible());
    QVERIFY(ui::prompts::takeShown().isEmpty());

    // Undo takes the new story away.
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QVERIFY(!StoryService(*m_db).story(m_admin, s.id));
    m_undo.redo();
    QCOMPARE(story(s.id).title, s.title);
}

void TstStoryDialog::savingAChosenStoryWithIdentifiersWarns()
{
    ui::StoryDialog dialog(*m_db, m_admin, &m_undo, 0, m_priya);
    dialog.show();
    child<QLineEdit>(&dialog, "titleEdit")->setText(QStringLiteral("Not yet anonymised"));
    child<QPlainTextEdit>(&dialog, "bodyEdit")->setPlainText(QStringLiteral("Priya's story."));
    child<QPlainTextEdit>(&dialog, "anonymisedEdit")->setPlainText(QStringLiteral("Priya's story."));
    click(&dialog, "addPeriodButton");
    const qint64 before = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM story")).toLongLong();

    ui::prompts::queueAnswer(false);
    click(&dialog, "saveButton");
    QVERIFY(dialog.isVisible());
    const QString shown = ui::prompts::takeShown().join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(QStringLiteral("the report will leave it out until")), qPrintable(shown));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM story")).toLongLong(), before);

    ui::prompts::queueAnswer(true);
    click(&dialog, "saveButton");
    QVERIFY(!dialog.isVisible());
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM story")).toLongLong(), before + 1);
    QCOMPARE(ui::prompts::takeShown().size(), 1);

    // Not chosen for a report: saved without asking.
    ui::StoryDialog unchosen(*m_db, m_admin, &m_undo, 0, m_priya);
    unchosen.show();
    child<QLineEdit>(&unchosen, "titleEdit")->setText(QStringLiteral("A draft"));
    child<QPlainTextEdit>(&unchosen, "bodyEdit")->setPlainText(QStringLiteral("Priya's draft."));
    child<QPlainTextEdit>(&unchosen, "anonymisedEdit")->setPlainText(QStringLiteral("Priya's draft."));
    click(&unchosen, "saveButton");
    QVERIFY(!unchosen.isVisible());
    const QStringList unasked = ui::prompts::takeShown();
    QVERIFY2(unasked.isEmpty(), qPrintable(unasked.join(QLatin1Char('\n'))));
}

void TstStoryDialog::unsavedChangesAreAskedAbout()
{
    ui::StoryDialog dialog(*m_db, m_admin, &m_undo, 0, m_priya);
    dialog.show();
    dialog.reject(); // nothing typed: closes without asking
    QVERIFY(!dialog.isVisible());
    QVERIFY(ui::prompts::takeShown().isEmpty());

    dialog.show();
    child<QLineEdit>(&dialog, "titleEdit")->setText(QStringLiteral("Half written"));
    ui::prompts::queueAnswer(false); // go back
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(ui::prompts::takeShown().join(QLatin1Char('\n')).contains(QStringLiteral("not saved")));
    ui::prompts::queueAnswer(true); // discard
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TstStoryDialog::readOnlyWithoutEditRecords()
{
    const qint64 id = saveStory(QStringLiteral("Read only"), m_priya, m_priyaConsent, false);
    QVERIFY(id);
    const core::Actor reader { QStringLiteral("rita"), Role::ReadOnly, 9, 0, QStringLiteral("Rita Read") };
    ui::StoryDialog dialog(*m_db, reader, &m_undo, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "recordConsentButton")->isVisible());
    QVERIFY(child<QPlainTextEdit>(&dialog, "anonymisedEdit")->isReadOnly());
    QVERIFY(child<QLineEdit>(&dialog, "titleEdit")->isReadOnly());
    QCOMPARE(child<QLineEdit>(&dialog, "titleEdit")->text(), QStringLiteral("Read only"));
    QVERIFY(child<QLabel>(&dialog, "problemLabel")->isVisible());
    dialog.reject();
    QVERIFY(!dialog.isVisible());
}

void TstStoryDialog::periodsAreNamedByTheFinancialYear()
{
    using ui::storyPeriodName;
    QCOMPARE(storyPeriodName({ QDate(2026, 4, 1), QDate(2027, 3, 31) }, 4),
        QStringLiteral("Financial year 2026–27 (April 2026 to March 2027)"));
    QCOMPARE(storyPeriodName({ QDate(2027, 1, 1), QDate(2027, 3, 31) }, 4),
        QStringLiteral("January to March 2027 (Q4 2026–27)"));
    QCOMPARE(storyPeriodName({ QDate(2026, 1, 1), QDate(2026, 12, 31) }, 1),
        QStringLiteral("Financial year 2026 (January 2026 to December 2026)"));
    QCOMPARE(storyPeriodName({ QDate(2026, 12, 1), QDate(2027, 2, 28) }, 9),
        QStringLiteral("December 2026 to February 2027 (Q2 2026–27)"));
    QCOMPARE(ui::storyPeriodShortName({ QDate(2026, 4, 1), QDate(2027, 3, 31) }, 4), QStringLiteral("Year 2026–27"));
    QCOMPARE(
        ui::storyPeriodShortName({ QDate(2026, 12, 1), QDate(2027, 2, 28) }, 9), QStringLiteral("Dec 2026 – Feb 2027"));
    const auto choices = ui::storyPeriodChoices(kToday, 4);
    QCOMPARE(choices.size(), 10);
    QVERIFY(choices.contains(core::StoryPeriod { QDate(2026, 10, 1), QDate(2026, 12, 31) }));
    QVERIFY(choices.contains(core::StoryPeriod { QDate(2027, 1, 1), QDate(2027, 3, 31) }));
    QVERIFY(choices.contains(core::StoryPeriod { QDate(2025, 10, 1), QDate(2025, 12, 31) }));
    QVERIFY(choices.contains(core::StoryPeriod { QDate(2026, 4, 1), QDate(2027, 3, 31) }));
}

void TstStoryDialog::panelListsFiltersAndShowsWithdrawn()
{
    const qint64 chosen = saveStory(QStringLiteral("Chosen and consented"), m_priya, m_priyaConsent, true);
    // A third person whose consent is then withdrawn.
    const qint64 cara = addClient(QStringLiteral("Cara"), QStringLiteral("Lim"), QDate());
    const qint64 caraConsent = addConsent(cara, QDate(2026, 9, 1));
    const qint64 withdrawn = saveStory(QStringLiteral("Consent later withdrawn"), cara, caraConsent, true);
    QVERIFY(chosen && withdrawn);
    auto consents = core::ClientService(*m_db).consents(m_admin, cara);
    QVERIFY(consents && consents.value().size() == 1);
    core::Consent c = consents.value().first();
    c.withdrawnOn = kToday.addDays(-1);
    QVERIFY(core::ClientService(*m_db).saveConsent(m_admin, c));

    ui::StoriesPanel panel;
    panel.resize(1100, 520);
    panel.setContext(m_db.get(), m_admin, &m_undo);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeWidget* table = panel.table();
    const QList<qint64> all = panel.shownIds();
    QVERIFY(all.contains(chosen) && all.contains(withdrawn));
    QTreeWidgetItem* row = nullptr;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == withdrawn) {
            row = table->topLevelItem(i);
        }
    }
    QVERIFY(row);
    QVERIFY2(row->text(4).contains(QStringLiteral("Withdrawn")), qPrintable(row->text(4)));
    QCOMPARE(row->text(2), QStringLiteral("Cara Lim (Person supported)"));
    QCOMPARE(row->text(3), QStringLiteral("Hope"));
    QCOMPARE(row->text(5), QStringLiteral("Yes"));
    QCOMPARE(row->text(6), QStringLiteral("Oct–Dec 2026"));
    QCOMPARE(row->toolTip(6), row->text(6));
    screenshot(&panel, QStringLiteral("stories-list"));

    panel.setFilter(ui::StoriesPanel::Filter::NoConsent);
    QVERIFY(panel.shownIds().contains(withdrawn));
    QVERIFY(!panel.shownIds().contains(chosen));
    panel.setFilter(ui::StoriesPanel::Filter::Chosen);
    QVERIFY(panel.shownIds().contains(withdrawn) && panel.shownIds().contains(chosen));
    for (qint64 id : panel.shownIds()) {
        QVERIFY(!story(id).chosenFor.isEmpty());
    }
    panel.setFilter(ui::StoriesPanel::Filter::NotAnonymised);
    QVERIFY(!panel.shownIds().contains(chosen));
    // No anonymised version yet, or one with a name or detail still in it (in its text or title).
    for (qint64 id : panel.shownIds()) {
        const core::Story s = story(id);
        auto left = core::StoryService(*m_db).checkAnonymised(
            m_admin, s.personId, s.writtenWithWorkerId, s.title + QLatin1Char('\n') + s.anonymised);
        QVERIFY(left);
        QVERIFY(s.anonymised.trimmed().isEmpty() || !left.value().isEmpty());
    }
    panel.setFilter(ui::StoriesPanel::Filter::All);
    child<QLineEdit>(&panel, "storySearch")->setText(QStringLiteral("cara"));
    QCOMPARE(panel.shownIds(), QList<qint64> { withdrawn });
    child<QLineEdit>(&panel, "storySearch")->clear();
    QCOMPARE(panel.shownIds().size(), all.size());
}

void TstStoryDialog::removeAndUndoBringItBack()
{
    const qint64 id = saveStory(QStringLiteral("To be removed"), m_priya, m_priyaConsent, true);
    QVERIFY(id);
    {
        core::Story s = story(id);
        s.themeIds << themeId(QStringLiteral("Connection"));
        s.chosenFor << core::StoryPeriod { QDate(2026, 4, 1), QDate(2027, 3, 31) };
        QVERIFY(StoryService(*m_db).saveStory(m_admin, s));
    }
    const core::Story before = story(id);
    QCOMPARE(before.themeIds.size(), 2);
    QCOMPARE(before.chosenFor.size(), 2);

    ui::StoriesPanel panel;
    panel.setContext(m_db.get(), m_admin, &m_undo);
    panel.show();
    bool changed = false;
    connect(&panel, &ui::StoriesPanel::changed, this, [&changed] { changed = true; });
    for (int i = 0; i < panel.table()->topLevelItemCount(); ++i) {
        if (panel.table()->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id) {
            panel.table()->setCurrentItem(panel.table()->topLevelItem(i));
        }
    }
    ui::prompts::queueAnswer(false); // asked first
    click(&panel, "removeStoryButton");
    QVERIFY(panel.shownIds().contains(id));
    ui::prompts::queueAnswer(true);
    click(&panel, "removeStoryButton");
    QVERIFY(changed);
    QVERIFY(!panel.shownIds().contains(id));
    QVERIFY(!StoryService(*m_db).story(m_admin, id));

    m_undo.undo();
    QVERIFY2(m_undoErrors.isEmpty(), qPrintable(m_undoErrors.join(QLatin1Char('\n'))));
    const core::Story after = story(id);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.consentId, before.consentId);
    QList<qint64> a = after.themeIds;
    QList<qint64> b = before.themeIds;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    QCOMPARE(a, b);
    QCOMPARE(after.chosenFor.size(), 2);
    for (const core::StoryPeriod& p : before.chosenFor) {
        QVERIFY(after.chosenFor.contains(p));
    }
    panel.refresh();
    QVERIFY(panel.shownIds().contains(id));
}

void TstStoryDialog::keyboardAndNames()
{
    {
        ui::StoryDialog dialog(*m_db, m_admin, &m_undo);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        checkKeyboardAndNames(&dialog,
            { QStringLiteral("personSearch"), QStringLiteral("personCombo"), QStringLiteral("authorTypeCombo"),
                QStringLiteral("writtenWithCombo"), QStringLiteral("titleEdit"), QStringLiteral("writtenOnEdit"),
                QStringLiteral("consentCombo"), QStringLiteral("recordConsentButton"), QStringLiteral("themesList"),
                QStringLiteral("periodsList"), QStringLiteral("periodCombo"), QStringLiteral("addPeriodButton"),
                QStringLiteral("removePeriodButton"), QStringLiteral("bodyEdit"), QStringLiteral("copyWordsButton"),
                QStringLiteral("anonymisedEdit"), QStringLiteral("warningsList"), QStringLiteral("saveButton"),
                QStringLiteral("cancelButton") });
        // The writer is found by name from the keyboard.
        QVERIFY(child<QLineEdit>(&dialog, "personSearch")->hasFocus());
        QCOMPARE(child<QComboBox>(&dialog, "personCombo")->currentData().toLongLong(), 0);
        // Saving with no writer says what to do.
        child<QLineEdit>(&dialog, "titleEdit")->setText(QStringLiteral("Whose?"));
        click(&dialog, "saveButton");
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "problemLabel")->text().contains(QStringLiteral("Choose who wrote the story")));
        QTest::keyClicks(child<QLineEdit>(&dialog, "personSearch"), QStringLiteral("priy"));
        QTRY_COMPARE(child<QComboBox>(&dialog, "personCombo")->currentData().toLongLong(), m_priya);
        QCOMPARE(child<QComboBox>(&dialog, "consentCombo")->currentData().toLongLong(), m_priyaConsent);
        // Tabbing out of the words as written moves on rather than typing a tab.
        child<QPlainTextEdit>(&dialog, "bodyEdit")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(!child<QPlainTextEdit>(&dialog, "bodyEdit")->hasFocus());
        QVERIFY(child<QPlainTextEdit>(&dialog, "bodyEdit")->toPlainText().isEmpty());
        ui::prompts::queueAnswer(true);
        dialog.reject();
    }
    ui::StoriesPanel panel;
    panel.setContext(m_db.get(), m_admin, &m_undo);
    panel.show();
    checkKeyboardAndNames(&panel,
        { QStringLiteral("storyFilterCombo"), QStringLiteral("storySearch"), QStringLiteral("storiesTable"),
            QStringLiteral("newStoryButton"), QStringLiteral("openStoryButton"), QStringLiteral("removeStoryButton"),
            QStringLiteral("storyThemesButton") });

    // Themes…: add one, and it is offered in the editor.
    test::whenModal<QDialog>([this](QDialog* d) {
        QCOMPARE(d->objectName(), QStringLiteral("storyThemesDialog"));
        checkKeyboardAndNames(d,
            { QStringLiteral("storyThemesList"), QStringLiteral("themeNameEdit"), QStringLiteral("addThemeButton"),
                QStringLiteral("saveThemeButton"), QStringLiteral("themeUpButton"),
                QStringLiteral("themeDownButton") });
        click(d, "addThemeButton");
        child<QLineEdit>(d, "themeNameEdit")->setText(QStringLiteral("Recovery"));
        click(d, "saveThemeButton");
        auto* list = child<QListWidget>(d, "storyThemesList");
        QVERIFY(list->currentItem()->text().endsWith(QStringLiteral("Recovery")));
        const int row = list->currentRow();
        click(d, "themeUpButton");
        QCOMPARE(list->currentRow(), row - 1);
        screenshot(d, QStringLiteral("story-themes"));
        d->reject();
    });
    click(&panel, "storyThemesButton");
    QVERIFY(themeId(QStringLiteral("Recovery")) > 0);
}

QTEST_MAIN(TstStoryDialog)
#include "tst_storydialog.moc"
