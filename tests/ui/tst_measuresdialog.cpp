// The questionnaires and measures screens as a coordinator drives them: an exit questionnaire of
// yes / no / not applicable questions and a written comment made through the editor, then changed
// (a new version, the old one still readable); PHQ-9's bands and cut-off adjusted (a new version
// that is current); an adjustment that leaves a gap refused with a plain message and nothing
// stored; the published values restored into the form; read-only roles see no edit buttons. With
// ALONGSIDE_SCREENSHOTS=DIR set, it also saves PNGs of the three screens.

#include "core/measures/measureservice.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/measures/bandseditor.h"
#include "ui/measures/measuresdialog.h"
#include "ui/measures/questionnaireeditor.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace alongside;
using Role = core::Actor::Role;
using test::checkKeyboardAndNames;
using test::chooseData;
using test::click;
using test::screenshot;
using test::whenModal;

namespace {

const QDate kToday(2026, 11, 22);
const QString kExit = QStringLiteral("exit-questionnaire");

template<typename W> W* child(QWidget* parent, const char* name)
{
    return parent->findChild<W*>(QString::fromLatin1(name));
}

/** Types text into the chosen question's wording, as a person would. */
void typeQuestion(ui::QuestionnaireEditor* editor, const QString& text)
{
    auto* edit = child<QLineEdit>(editor, "itemTextEdit");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

/** No two shown controls of parent share an Alt+letter, so each mnemonic goes to one place. */
void checkMnemonicsUnique(QWidget* parent)
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
        for (int i = 0; i < t->count(); ++i) {
            texts << t->tabText(i);
        }
    }
    QHash<QChar, QString> seen;
    for (const QString& text : std::as_const(texts)) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size() || text[at + 1] == QLatin1Char('&')) {
            continue;
        }
        const QChar key = text[at + 1].toLower();
        QVERIFY2(!seen.contains(key), qPrintable(seen.value(key) + QStringLiteral(" / ") + text));
        seen.insert(key, text);
    }
}

} // namespace

class TstMeasuresDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitQuestionnaireIsMadeThroughTheEditor();
    void editingMakesANewVersionAndKeepsTheOld();
    void scaleQuestionnaireWithATotalAndBands();
    void phq9BandsAndCutOffAreAdjusted();
    void aGapBetweenBandsIsRefusedAndNothingStored();
    void readOnlyRolesSeeNoEditButtons();
    void keyboardAndNames();

private:
    int storedVersions();
    core::KnownMeasure current(const QString& id);

    std::unique_ptr<test::ScopedClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    core::Actor m_cara { QStringLiteral("cara"), Role::Coordinator, 3, 0, QStringLiteral("Cara Jones") };
};

int TstMeasuresDialog::storedVersions()
{
    return test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM measure_definition")).toInt();
}

core::KnownMeasure TstMeasuresDialog::current(const QString& id)
{
    auto all = core::MeasureService(*m_db).definitions(m_cara);
    if (all) {
        for (const core::KnownMeasure& k : all.value()) {
            if (k.current && k.definition.id == id) {
                return k;
            }
        }
    }
    return {};
}

void TstMeasuresDialog::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    ui::prompts::setTestMode(true);
    QVERIFY(m_dir.isValid());
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("measures.alongside")));
    QVERIFY(m_db);
}

void TstMeasuresDialog::exitQuestionnaireIsMadeThroughTheEditor()
{
    ui::MeasuresDialog dialog(*m_db, m_cara);
    dialog.show();
    QVERIFY(dialog.select(QStringLiteral("phq9")));
    QVERIFY(child<QTextBrowser>(&dialog, "measureDetails")->toPlainText().contains(QStringLiteral("Licence")));
    screenshot(&dialog, QStringLiteral("measures-dialog-phq9"));
    // A measure that comes with Alongside is not edited, only adjusted.
    QVERIFY(!child<QPushButton>(&dialog, "editQuestionnaireButton")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "adjustBandsButton")->isEnabled());

    bool ran = false;
    whenModal<ui::QuestionnaireEditor>([&ran](ui::QuestionnaireEditor* editor) {
        // Saving with nothing typed says what is missing and stores nothing.
        click(editor, "saveQuestionnaireButton");
        auto* feedback = child<QLabel>(editor, "editorFeedbackLabel");
        QVERIFY(feedback->isVisible());
        QVERIFY2(feedback->text().contains(QStringLiteral("title")), qPrintable(feedback->text()));

        QTest::keyClicks(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("Exit questionnaire"));
        QCOMPARE(editor->measureId(), kExit);
        // The common case: each new question is yes / no / not applicable; only the wording is typed.
        typeQuestion(editor, QStringLiteral("Did you feel listened to?"));
        click(editor, "addItemButton");
        typeQuestion(editor, QStringLiteral("Did you reach the goals you set?"));
        click(editor, "addItemButton");
        typeQuestion(editor, QStringLiteral("Would you recommend us to a friend?"));
        click(editor, "addItemButton");
        chooseData(child<QComboBox>(editor, "itemKindCombo"), int(core::ItemKind::FreeText));
        typeQuestion(editor, QStringLiteral("Anything else you would like to tell us?"));
        QCOMPARE(child<QListWidget>(editor, "itemsList")->count(), 4);
        QVERIFY(child<QListWidget>(editor, "itemsList")->item(3)->text().contains(QStringLiteral("Written answer")));
        screenshot(editor, QStringLiteral("questionnaire-editor-exit"));
        click(editor, "saveQuestionnaireButton");
        QVERIFY2(!editor->isVisible(), qPrintable(child<QLabel>(editor, "editorFeedbackLabel")->text()));
        QCOMPARE(editor->savedVersion(), 1);
        ran = true;
    });
    click(&dialog, "newQuestionnaireButton");
    QVERIFY(ran);

    const core::KnownMeasure exit = current(kExit);
    QCOMPARE(exit.source, QStringLiteral("custom"));
    QCOMPARE(exit.createdBy, QStringLiteral("Cara Jones"));
    const core::MeasureDefinition& d = exit.definition;
    QCOMPARE(d.version, 1);
    QCOMPARE(d.title, QStringLiteral("Exit questionnaire"));
    QCOMPARE(d.method, core::ScoringMethod::None);
    QCOMPARE(d.items.size(), 4);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(d.items[i].kind, core::ItemKind::YesNoNa);
        QCOMPARE(d.items[i].options.size(), 3);
        QCOMPARE(d.items[i].options[0].value, 1); // yes
        QCOMPARE(d.items[i].options[1].value, 0); // no
        QVERIFY(!d.items[i].options[2].scored); // not applicable
    }
    QCOMPARE(d.items[1].text, QStringLiteral("Did you reach the goals you set?"));
    QCOMPARE(d.items[3].kind, core::ItemKind::FreeText);
    // The new questionnaire is listed, chosen, said to be the charity's own, and editable.
    QCOMPARE(dialog.currentId(), kExit);
    QVERIFY(child<QTreeWidget>(&dialog, "measuresList")->currentItem()->text(2).contains(QStringLiteral("own")));
    QVERIFY(child<QPushButton>(&dialog, "editQuestionnaireButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "adjustBandsButton")->isEnabled()); // no total, no bands
    QVERIFY(child<QLabel>(&dialog, "measuresFeedbackLabel")->text().contains(QStringLiteral("version 1")));
}

void TstMeasuresDialog::editingMakesANewVersionAndKeepsTheOld()
{
    ui::MeasuresDialog dialog(*m_db, m_cara);
    dialog.show();
    QVERIFY(dialog.select(kExit));
    bool ran = false;
    whenModal<ui::QuestionnaireEditor>([&ran](ui::QuestionnaireEditor* editor) {
        QCOMPARE(child<QLineEdit>(editor, "titleEdit")->text(), QStringLiteral("Exit questionnaire"));
        QVERIFY(child<QLabel>(editor, "versionNote")->text().contains(QStringLiteral("keep version 1")));
        auto* items = child<QListWidget>(editor, "itemsList");
        QCOMPARE(items->count(), 4);
        items->setCurrentRow(2);
        click(editor, "addItemButton"); // after question 3, answered as it is
        QCOMPARE(items->currentRow(), 3);
        typeQuestion(editor, QStringLiteral("Did you feel safe in the group?"));
        click(editor, "saveQuestionnaireButton");
        QVERIFY2(!editor->isVisible(), qPrintable(child<QLabel>(editor, "editorFeedbackLabel")->text()));
        QCOMPARE(editor->savedVersion(), 2);
        ran = true;
    });
    click(&dialog, "editQuestionnaireButton");
    QVERIFY(ran);

    core::MeasureService service(*m_db);
    auto now = service.currentDefinition(kExit);
    QVERIFY2(now, qPrintable(now.message()));
    QCOMPARE(now.value().version, 2);
    QCOMPARE(now.value().items.size(), 5);
    QCOMPARE(now.value().items[3].text, QStringLiteral("Did you feel safe in the group?"));
    QCOMPARE(now.value().items[3].kind, core::ItemKind::YesNoNa);
    QCOMPARE(now.value().items[4].kind, core::ItemKind::FreeText);
    auto old = service.definition(kExit, 1);
    QVERIFY2(old, qPrintable(old.message()));
    QCOMPARE(old.value().items.size(), 4);
    const QString details = child<QTextBrowser>(&dialog, "measureDetails")->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Version 1")) && details.contains(QStringLiteral("Version 2")),
        qPrintable(details));
    screenshot(&dialog, QStringLiteral("measures-dialog-exit-v2"));
}

void TstMeasuresDialog::scaleQuestionnaireWithATotalAndBands()
{
    const int before = storedVersions();
    ui::QuestionnaireEditor editor(*m_db, m_cara, std::nullopt);
    editor.show();
    auto* feedback = child<QLabel>(&editor, "editorFeedbackLabel");
    auto* tabs = child<QTabWidget>(&editor, "questionnaireTabs");
    QTest::keyClicks(child<QLineEdit>(&editor, "titleEdit"), QStringLiteral("Session feedback"));

    // Only written answers: nothing could be recorded, and the editor says so.
    chooseData(child<QComboBox>(&editor, "itemKindCombo"), int(core::ItemKind::FreeText));
    typeQuestion(&editor, QStringLiteral("What went well?"));
    click(&editor, "saveQuestionnaireButton");
    QVERIFY2(feedback->text().contains(QStringLiteral("at least one question answered")), qPrintable(feedback->text()));

    // Two questions on the agree / disagree scale (the second takes the scale of the first).
    click(&editor, "addItemButton");
    chooseData(child<QComboBox>(&editor, "itemKindCombo"), int(core::ItemKind::Likert));
    typeQuestion(&editor, QStringLiteral("The session was useful"));
    click(&editor, "addItemButton");
    typeQuestion(&editor, QStringLiteral("I felt respected"));
    QCOMPARE(child<QComboBox>(&editor, "itemKindCombo")->currentData().toInt(), int(core::ItemKind::Likert));
    QCOMPARE(child<QTableWidget>(&editor, "scaleTable")->rowCount(), 5);

    // A total, with two bands that leave a gap: refused in plain words, nothing stored.
    tabs->setCurrentIndex(1);
    child<QComboBox>(&editor, "scoringCombo")->setCurrentIndex(1);
    QVERIFY(child<QLabel>(&editor, "scoringHint")->text().contains(QStringLiteral("from 2 to 10")));
    auto* bands = child<QTableWidget>(&editor, "bandsTable");
    click(&editor, "addBandButton");
    click(&editor, "addBandButton");
    QCOMPARE(bands->rowCount(), 2);
    const QStringList cells { QStringLiteral("Less helpful"), QStringLiteral("2"), QStringLiteral("5"),
        QStringLiteral("Helpful"), QStringLiteral("7"), QStringLiteral("10") };
    for (int i = 0; i < cells.size(); ++i) {
        bands->item(i / 3, i % 3)->setText(cells[i]);
    }
    click(&editor, "saveQuestionnaireButton");
    QVERIFY(editor.isVisible());
    QVERIFY2(feedback->text().startsWith(QStringLiteral("Bands: a score of 6 falls in a gap")),
        qPrintable(feedback->text()));
    QCOMPARE(storedVersions(), before);

    bands->item(1, 1)->setText(QStringLiteral("6"));
    click(&editor, "saveQuestionnaireButton");
    QVERIFY2(!editor.isVisible(), qPrintable(feedback->text()));
    auto saved = core::MeasureService(*m_db).currentDefinition(QStringLiteral("session-feedback"));
    QVERIFY2(saved, qPrintable(saved.message()));
    const core::MeasureDefinition& d = saved.value();
    QCOMPARE(d.method, core::ScoringMethod::Sum);
    QCOMPARE(d.scoreMin, 2.0);
    QCOMPARE(d.scoreMax, 10.0);
    QCOMPARE(d.items.size(), 3);
    QCOMPARE(d.items[0].kind, core::ItemKind::FreeText);
    QCOMPARE(d.items[2].kind, core::ItemKind::Likert);
    QCOMPARE(d.items[2].text, QStringLiteral("I felt respected"));
    QCOMPARE(d.items[2].options.size(), 5);
    QCOMPARE(d.items[2].options[4].label, QStringLiteral("Strongly agree"));
    QCOMPARE(d.bands.size(), 2);
    QCOMPARE(d.bands[1].key, QStringLiteral("helpful"));
    QCOMPARE(d.bands[1].min, 6.0);

    // Yes / no questions cannot be added up: said plainly, on the scoring page.
    ui::QuestionnaireEditor again(*m_db, m_cara, d);
    again.show();
    child<QListWidget>(&again, "itemsList")->setCurrentRow(2);
    click(&again, "addItemButton");
    chooseData(child<QComboBox>(&again, "itemKindCombo"), int(core::ItemKind::YesNoNa));
    typeQuestion(&again, QStringLiteral("Would you come again?"));
    click(&again, "saveQuestionnaireButton");
    QVERIFY(again.isVisible());
    QCOMPARE(child<QTabWidget>(&again, "questionnaireTabs")->currentIndex(), 1);
    QVERIFY2(child<QLabel>(&again, "editorFeedbackLabel")->text().contains(QStringLiteral("cannot have a total")),
        qPrintable(child<QLabel>(&again, "editorFeedbackLabel")->text()));
    QCOMPARE(storedVersions(), before + 1);
}

void TstMeasuresDialog::phq9BandsAndCutOffAreAdjusted()
{
    ui::MeasuresDialog dialog(*m_db, m_cara);
    dialog.show();
    QVERIFY(dialog.select(QStringLiteral("phq9")));
    bool ran = false;
    whenModal<ui::BandsEditor>([&ran](ui::BandsEditor* editor) {
        QVERIFY(editor->isUsable());
        auto* table = child<QTableWidget>(editor, "bandsTable");
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("0"));
        QVERIFY(child<QPushButton>(editor, "restorePublishedButton")->isVisible());
        // The measure's own description of its cut-off is shown as published until the cut-off changes.
        QCOMPARE(child<QLineEdit>(editor, "casenessLabelEdit")->text(),
            QStringLiteral("At or above the NHS Talking Therapies cut-off (10 or more)"));
        screenshot(editor, QStringLiteral("bands-editor-phq9"));
        table->item(0, 0)->setText(QStringLiteral("Little or none"));
        child<QDoubleSpinBox>(editor, "casenessValueSpin")->setValue(12);
        // The published description named 10: it now follows the new value.
        QCOMPARE(child<QLineEdit>(editor, "casenessLabelEdit")->text(),
            QStringLiteral("In the clinical range (12 or more)"));
        QCOMPARE(child<QDoubleSpinBox>(editor, "meaningfulSpin")->value(), 0.0); // PHQ-9 has none published
        child<QDoubleSpinBox>(editor, "meaningfulSpin")->setValue(3);
        click(editor, "saveBandsButton");
        QVERIFY2(!editor->isVisible(), qPrintable(child<QLabel>(editor, "bandsFeedbackLabel")->text()));
        QCOMPARE(editor->savedVersion(), 2);
        ran = true;
    });
    click(&dialog, "adjustBandsButton");
    QVERIFY(ran);

    const core::KnownMeasure phq = current(QStringLiteral("phq9"));
    QCOMPARE(phq.source, QStringLiteral("adjusted"));
    QCOMPARE(phq.definition.version, 2);
    QCOMPARE(phq.definition.bands[0].label, QStringLiteral("Little or none"));
    auto published = core::MeasureService(*m_db).definition(QStringLiteral("phq9"), 1);
    QVERIFY(published);
    QCOMPARE(phq.definition.bands[0].key, published.value().bands[0].key); // renamed, same band
    QVERIFY(phq.definition.caseness);
    QCOMPARE(phq.definition.caseness->value, 12.0);
    QVERIFY(phq.definition.caseness->label.contains(QStringLiteral("12 or more")));
    QCOMPARE(phq.definition.change.reliable, published.value().change.reliable);
    QCOMPARE(phq.definition.change.meaningful, std::optional<double>(3));
    QVERIFY(child<QTreeWidget>(&dialog, "measuresList")->currentItem()->text(2).contains(QStringLiteral("Adjusted")));
    QVERIFY(child<QTextBrowser>(&dialog, "measureDetails")->toPlainText().contains(QStringLiteral("Little or none")));
    auto* details = child<QTextBrowser>(&dialog, "measureDetails");
    details->verticalScrollBar()->setValue(details->verticalScrollBar()->maximum());
    screenshot(&dialog, QStringLiteral("measures-dialog-phq9-adjusted"));
}

void TstMeasuresDialog::aGapBetweenBandsIsRefusedAndNothingStored()
{
    const int before = storedVersions();
    ui::MeasuresDialog dialog(*m_db, m_cara);
    dialog.show();
    QVERIFY(dialog.select(QStringLiteral("phq9")));
    bool ran = false;
    whenModal<ui::BandsEditor>([&ran, before, this](ui::BandsEditor* editor) {
        auto* table = child<QTableWidget>(editor, "bandsTable");
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Little or none")); // the adjusted version
        table->item(1, 1)->setText(QStringLiteral("6")); // 0-4 then 6-9: a score of 5 has no band
        click(editor, "saveBandsButton");
        QVERIFY(editor->isVisible());
        auto* feedback = child<QLabel>(editor, "bandsFeedbackLabel");
        QVERIFY(feedback->isVisible());
        QVERIFY2(
            feedback->text().contains(QStringLiteral("a score of 5 falls in a gap")), qPrintable(feedback->text()));
        QVERIFY2(!feedback->text().contains(QStringLiteral("phq9")), qPrintable(feedback->text()));
        QCOMPARE(storedVersions(), before);

        // A band with no number is caught before saving, with the band named.
        table->item(1, 1)->setText(QStringLiteral("five"));
        click(editor, "saveBandsButton");
        QVERIFY2(feedback->text().contains(QStringLiteral("\"five\" is not a number")), qPrintable(feedback->text()));

        // The published values come back into the form (not saved until Save).
        click(editor, "restorePublishedButton");
        auto published = core::MeasureService(*m_db).definition(QStringLiteral("phq9"), 1);
        QVERIFY(published);
        QCOMPARE(table->item(0, 0)->text(), published.value().bands[0].label);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("5"));
        QCOMPARE(child<QDoubleSpinBox>(editor, "casenessValueSpin")->value(), published.value().caseness->value);
        QCOMPARE(storedVersions(), before);
        editor->reject();
        ran = true;
    });
    click(&dialog, "adjustBandsButton");
    QVERIFY(ran);
    QCOMPARE(storedVersions(), before);
    QCOMPARE(current(QStringLiteral("phq9")).definition.version, 2);
}

void TstMeasuresDialog::readOnlyRolesSeeNoEditButtons()
{
    for (Role role : { Role::ReadOnly, Role::Supervisor, Role::Trustee }) {
        const core::Actor reader { QStringLiteral("reader"), role, 9, 0, QStringLiteral("Rae Reader") };
        ui::MeasuresDialog dialog(*m_db, reader);
        dialog.show();
        for (const char* name : { "newQuestionnaireButton", "editQuestionnaireButton", "adjustBandsButton" }) {
            QVERIFY2(!child<QPushButton>(&dialog, name)->isVisible(), name);
        }
        QVERIFY(dialog.select(kExit));
        QVERIFY(child<QTextBrowser>(&dialog, "measureDetails")
                    ->toPlainText()
                    .contains(QStringLiteral("Did you feel safe in the group?")));
        if (role == Role::ReadOnly) {
            QVERIFY(dialog.select(QStringLiteral("ons4")));
            screenshot(&dialog, QStringLiteral("measures-dialog-readonly-ons4"));
            QVERIFY(dialog.select(QStringLiteral("wemwbs")));
            screenshot(&dialog, QStringLiteral("measures-dialog-readonly-wemwbs"));
        }
    }
    // The service refuses too, whatever a screen does.
    const core::Actor reader { QStringLiteral("reader"), Role::ReadOnly, 9, 0, QStringLiteral("Rae Reader") };
    auto refused = core::MeasureService(*m_db).adjust(
        reader, QStringLiteral("phq9"), core::MeasureAdjustment::of(current(QStringLiteral("phq9")).definition));
    QVERIFY(!refused);
}

void TstMeasuresDialog::keyboardAndNames()
{
    ui::MeasuresDialog dialog(*m_db, m_cara);
    dialog.show();
    checkKeyboardAndNames(&dialog,
        { QStringLiteral("measuresList"), QStringLiteral("measureDetails"), QStringLiteral("newQuestionnaireButton"),
            QStringLiteral("editQuestionnaireButton"), QStringLiteral("adjustBandsButton"),
            QStringLiteral("closeButton") });
    checkMnemonicsUnique(&dialog);

    ui::QuestionnaireEditor editor(*m_db, m_cara, std::nullopt);
    editor.show();
    chooseData(child<QComboBox>(&editor, "itemKindCombo"), int(core::ItemKind::Likert));
    QCOMPARE(child<QTableWidget>(&editor, "scaleTable")->rowCount(), 5); // agree / disagree by default
    child<QComboBox>(&editor, "scoringCombo")->setCurrentIndex(1);
    child<QComboBox>(&editor, "missingCombo")->setCurrentIndex(1);
    child<QTabWidget>(&editor, "questionnaireTabs")->setCurrentIndex(1);
    screenshot(&editor, QStringLiteral("questionnaire-editor-scoring"));
    checkMnemonicsUnique(&editor);
    child<QTabWidget>(&editor, "questionnaireTabs")->setCurrentIndex(0);
    screenshot(&editor, QStringLiteral("questionnaire-editor-scale"));
    checkMnemonicsUnique(&editor);
    checkKeyboardAndNames(&editor,
        { QStringLiteral("questionnaireTabs"), QStringLiteral("titleEdit"), QStringLiteral("shortTitleEdit"),
            QStringLiteral("recallEdit"), QStringLiteral("notesEdit"), QStringLiteral("itemsList"),
            QStringLiteral("addItemButton"), QStringLiteral("removeItemButton"), QStringLiteral("moveUpButton"),
            QStringLiteral("moveDownButton"), QStringLiteral("itemTextEdit"), QStringLiteral("itemKindCombo"),
            QStringLiteral("scaleTable"), QStringLiteral("presetCombo"), QStringLiteral("addAnswerButton"),
            QStringLiteral("removeAnswerButton"), QStringLiteral("scoringCombo"), QStringLiteral("missingCombo"),
            QStringLiteral("maxMissingSpin"), QStringLiteral("directionCombo"), QStringLiteral("bandsTable"),
            QStringLiteral("addBandButton"), QStringLiteral("removeBandButton"),
            QStringLiteral("saveQuestionnaireButton"), QStringLiteral("cancelButton") });

    ui::BandsEditor bands(*m_db, m_cara, QStringLiteral("gad7"));
    bands.show();
    QVERIFY(bands.isUsable());
    checkMnemonicsUnique(&bands);
    checkKeyboardAndNames(&bands,
        { QStringLiteral("bandsTable"), QStringLiteral("addBandButton"), QStringLiteral("removeBandButton"),
            QStringLiteral("casenessWhenCombo"), QStringLiteral("casenessValueSpin"),
            QStringLiteral("casenessLabelEdit"), QStringLiteral("reliableSpin"), QStringLiteral("meaningfulSpin"),
            QStringLiteral("restorePublishedButton"), QStringLiteral("saveBandsButton"),
            QStringLiteral("cancelButton") });
}

QTEST_MAIN(TstMeasuresDialog)
#include "tst_measuresdialog.moc"
