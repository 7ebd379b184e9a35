// The import wizard driven as a coordinator would, on the messy sample spreadsheets in
// resources/import-samples: what it says it found, the columns it matches, exactly which rows it
// says are wrong, that nothing can be imported until they are fixed, and that a clean file goes in
// (and a cancelled one does not). With ALONGSIDE_SCREENSHOTS=DIR set, it saves a PNG of each step.

#include "core/actor.h"
#include "core/reports/csvfile.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/dataio/importwizard.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace alongside;
using core::dataio::ImportKind;
using ui::ImportWizard;

namespace {

const QDate kToday(2026, 11, 22);

QString sample(const char* name)
{
    return QStringLiteral(ALONGSIDE_TEST_DATA "/../../resources/import-samples/") + QString::fromLatin1(name);
}

template<typename W> W* child(QWidget* parent, const char* name)
{
    return parent->findChild<W*>(QString::fromLatin1(name));
}

QList<int> problemLines(ImportWizard& w)
{
    QList<int> lines;
    for (const core::dataio::ImportProblem& p : w.lastCheck()->problems) {
        lines.append(p.line);
    }
    return lines;
}

// The rows the problem table shows, in its order: their first column.
QStringList shownProblemRows(ImportWizard& w)
{
    auto* view = child<QTableView>(&w, "problemTable");
    QStringList rows;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        rows.append(view->model()->index(r, 0).data().toString());
    }
    return rows;
}

QString comboText(ImportWizard& w, const QString& key)
{
    auto* combo = w.findChild<QComboBox*>(QStringLiteral("column_") + key);
    return combo ? combo->currentText() : QStringLiteral("(no combo for %1)").arg(key);
}

QByteArray cleanPeopleCsv(int rows)
{
    QByteArray data = "Client ID,First name,Surname,DOB,Referral date,Referral source\r\n";
    for (int i = 0; i < rows; ++i) {
        data += QStringLiteral("T-%1,Test%2,Person,%3/03/1990,01/10/2026,GP\r\n")
                    .arg(i + 1)
                    .arg(QChar('A' + i % 26))
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .toUtf8();
    }
    return data;
}

} // namespace

class TstImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void messyPeopleListsEveryProblem();
    void messyVolunteersInWindows1252();
    void aRequiredColumnMustBeMatched();
    void aCleanFileImports();
    void cancelLeavesTheDatabaseUnchanged();
    void checkAgainReadsTheFixedFile();
    void aWorkbookSheetIsChosen();
    void questionnaireScoresNeedAQuestionnaire();
    void everyControlHasANameAndTheKeyboard();

private:
    // Steps from the file page to the check page and waits for the check to finish.
    void toCheck(ImportWizard& w, const QString& path, ImportKind kind);
    qint64 people();

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<core::Database> m_db;
    core::Actor m_actor = core::Actor::localUser();
};

void TstImportWizard::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    ui::prompts::setTestMode(true);
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("import.alongside")));
    QVERIFY(m_db);
    QVERIFY(QFile::exists(sample("messy-people-supported.csv")));
}

qint64 TstImportWizard::people()
{
    return test::scalar(*m_db, QStringLiteral("SELECT count(*) FROM person")).toLongLong();
}

void TstImportWizard::toCheck(ImportWizard& w, const QString& path, ImportKind kind)
{
    QVERIFY(w.openFile(path));
    w.setKind(kind);
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::ColumnsPage));
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::CheckPage));
    QTRY_VERIFY(w.lastCheck().has_value() && !w.isBusy());
}

void TstImportWizard::messyPeopleListsEveryProblem()
{
    ImportWizard w(*m_db, m_actor);
    w.resize(900, 650);
    w.show();
    QVERIFY(w.openFile(sample("messy-people-supported.csv")));
    w.setKind(ImportKind::PeopleSupported);
    const QString found = child<QLabel>(&w, "foundLabel")->text();
    QVERIFY2(found.contains(QStringLiteral("UTF-8 with a byte-order mark")), qPrintable(found));
    QVERIFY2(found.contains(QStringLiteral("27 rows")), qPrintable(found));
    auto* preview = child<QTableView>(&w, "previewTable");
    QCOMPARE(preview->model()->index(0, 1).data().toString(), QStringLiteral("Zoë"));
    QCOMPARE(preview->model()->index(0, 8).data().toString(), QStringLiteral("Flat 2, 17 Mill Lane\nHebden Bridge"));
    test::screenshot(&w, QStringLiteral("import-1-file"));

    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::ColumnsPage));
    QCOMPARE(comboText(w, QStringLiteral("reference")), QStringLiteral("Client ID"));
    QCOMPARE(comboText(w, QStringLiteral("given_name")), QStringLiteral("First name"));
    QCOMPARE(comboText(w, QStringLiteral("family_name")), QStringLiteral("Surname"));
    QCOMPARE(comboText(w, QStringLiteral("date_of_birth")), QStringLiteral("DOB"));
    QCOMPARE(comboText(w, QStringLiteral("referred_on")), QStringLiteral("Referral date"));
    QCOMPARE(comboText(w, QStringLiteral("source_category")), QStringLiteral("Referral category"));
    QCOMPARE(comboText(w, QStringLiteral("source_name")), QStringLiteral("Referral source"));
    QCOMPARE(comboText(w, QStringLiteral("ethnicity")), QStringLiteral("(not in the file)"));
    QCOMPARE(child<QLabel>(&w, "sample_given_name")->text(), QStringLiteral("Zoë"));
    // A date column shows how its first value is read: day first, as the check reads it.
    QCOMPARE(child<QLabel>(&w, "sample_date_of_birth")->text(), QStringLiteral("14/02/1988 → 14 February 1988"));
    QCOMPARE(child<QLabel>(&w, "sample_referred_on")->text(), QStringLiteral("03/01/2025 → 3 January 2025"));
    QCOMPARE(child<QLabel>(&w, "sample_given_name")->text(), QStringLiteral("Zoë")); // not a date: as it is
    test::screenshot(&w, QStringLiteral("import-2-columns"));

    w.next();
    QTRY_VERIFY(w.lastCheck().has_value() && !w.isBusy());
    // Exactly the bad rows of the sample (see scripts/make-import-samples.py), by the row numbers a
    // spreadsheet shows: row 2's address has a line break, and is still one row.
    QCOMPARE(problemLines(w), (QList<int> { 9, 12, 16, 20, 24 }));
    QCOMPARE(shownProblemRows(w), (QStringList { "9", "12", "16", "20", "24" }));
    const auto& check = *w.lastCheck();
    QCOMPARE(check.rowsRead, 27);
    QCOMPARE(check.problems.at(0).column, QStringLiteral("DOB"));
    QVERIFY2(check.problems.at(0).message.contains(QStringLiteral("two-digit year")),
        qPrintable(check.problems.at(0).message));
    QCOMPARE(check.problems.at(2).column, QStringLiteral("Referral category"));
    QCOMPARE(check.problems.at(3).column, QStringLiteral("First name"));
    QVERIFY(check.problems.at(4).message.contains(QStringLiteral("future")));
    const QString summary = child<QLabel>(&w, "checkSummary")->text();
    // Every row counted once: the undecided duplicate is not "ready".
    QCOMPARE(summary, QStringLiteral("27 rows read: 21 ready, 1 waiting for your decision, 5 with problems."));
    // The second Aoife Byrne (row 27) may be the one on row 5.
    auto* dups = child<QTableWidget>(&w, "duplicateTable");
    QCOMPARE(dups->rowCount(), 1);
    QCOMPARE(dups->item(0, 0)->data(Qt::DisplayRole).toInt(), 27);
    QCOMPARE(check.duplicates.at(0).earlierLine, 5);
    QVERIFY(!check.duplicates.at(0).sameReference);
    // Apply to All starts at a placeholder, not at a choice made for the user.
    auto* all = child<QComboBox>(&w, "allDuplicatesChoice");
    QCOMPARE(all->currentData().toInt(), int(core::dataio::DuplicateChoice::Ask));
    QVERIFY(!child<QPushButton>(&w, "applyAllButton")->isEnabled());
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(&w, "checkStatus")->text().contains(QStringLiteral("fix the 5 problems")));
    test::screenshot(&w, QStringLiteral("import-3-check-problems"));

    // Sorting by problem text and back by row keeps the rows' numbers right.
    auto* table = child<QTableView>(&w, "problemTable");
    table->sortByColumn(2, Qt::AscendingOrder);
    table->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(shownProblemRows(w), (QStringList { "24", "20", "16", "12", "9" }));

    // The problem list saved for whoever fixes the spreadsheet.
    const QString listPath = m_dir.filePath(QStringLiteral("problems.csv"));
    ui::prompts::queueFileName(listPath);
    test::click(&w, "saveProblemsButton");
    auto saved = core::csv::parse(test::fileBytes(listPath));
    QVERIFY(saved);
    QCOMPARE(saved.value().size(), 6);
    QCOMPARE(saved.value().at(0), (QStringList { "Row", "Column", "Problem" }));
    QCOMPARE(saved.value().at(1).at(0), QStringLiteral("24")); // as sorted on screen
    QCOMPARE(saved.value().at(2).mid(0, 2), (QStringList { "20", "First name" }));

    // Deciding the duplicate is not enough while there are problems.
    auto* choice = w.findChild<QComboBox*>(QStringLiteral("duplicateChoice_27"));
    QVERIFY(choice);
    QVERIFY(choice->findData(int(core::dataio::DuplicateChoice::AddNew)) >= 0); // a name match may be someone new
    choice->setCurrentIndex(choice->findData(int(core::dataio::DuplicateChoice::Skip)));
    QCOMPARE(w.lastCheck()->undecided, 0);
    QCOMPARE(child<QLabel>(&w, "checkSummary")->text(),
        QStringLiteral("27 rows read: 21 ready, 1 to skip, 5 with problems."));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(people(), 0);
}

void TstImportWizard::messyVolunteersInWindows1252()
{
    ImportWizard w(*m_db, m_actor);
    w.resize(900, 650);
    w.show();
    toCheck(w, sample("messy-volunteers.csv"), ImportKind::Volunteers);
    QCOMPARE(w.table().encoding, core::dataio::Encoding::Windows1252);
    QCOMPARE(w.table().delimiter, QLatin1Char(';'));
    QCOMPARE(w.table().rows.at(0).cells.at(1), QStringLiteral("Renée"));
    QCOMPARE(problemLines(w), (QList<int> { 5, 9, 11 }));
    QCOMPARE(w.lastCheck()->rowsRead, 10);
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());

    w.back();
    w.back();
    QCOMPARE(w.currentId(), int(ImportWizard::FilePage));
    // Changing how the text is read reads the file again (as UTF-8 the accents are lost), and back.
    auto* encoding = child<QComboBox>(&w, "encodingCombo");
    QCOMPARE(encoding->currentData().toInt(), int(core::dataio::Encoding::Windows1252));
    encoding->setFocus();
    QTest::keyClick(encoding, Qt::Key_Up);
    QTest::keyClick(encoding, Qt::Key_Up);
    QCOMPARE(encoding->currentData().toInt(), int(core::dataio::Encoding::Utf8));
    QCOMPARE(w.table().encoding, core::dataio::Encoding::Utf8);
    QVERIFY(w.table().rows.at(0).cells.at(1) != QStringLiteral("Renée"));
    QTest::keyClick(encoding, Qt::Key_Down);
    QTest::keyClick(encoding, Qt::Key_Down);
    QCOMPARE(w.table().encoding, core::dataio::Encoding::Windows1252);
    QCOMPARE(child<QTableView>(&w, "previewTable")->model()->index(0, 1).data().toString(), QStringLiteral("Renée"));
    const QString found = child<QLabel>(&w, "foundLabel")->text();
    QVERIFY2(found.contains(QStringLiteral("Windows-1252")) && found.contains(QStringLiteral("semicolon")),
        qPrintable(found));
    test::screenshot(&w, QStringLiteral("import-1b-file-volunteers"));
}

void TstImportWizard::aRequiredColumnMustBeMatched()
{
    ImportWizard w(*m_db, m_actor);
    w.show();
    QVERIFY(w.openFile(sample("messy-people-supported.csv")));
    w.setKind(ImportKind::PeopleSupported);
    w.next();
    auto* given = w.findChild<QComboBox*>(QStringLiteral("column_given_name"));
    QVERIFY(given);
    given->setCurrentIndex(given->findData(-1));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    const QString status = child<QLabel>(&w, "columnsStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("Given name")), qPrintable(status));
    QVERIFY(!status.contains(QStringLiteral("Referred on")));
    given->setCurrentIndex(given->findText(QStringLiteral("First name")));
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    // Required fields say so in words, not only by their look.
    bool sawRequired = false;
    for (QLabel* label : w.findChildren<QLabel*>()) {
        sawRequired = sawRequired || label->text() == QStringLiteral("Given name (required)");
    }
    QVERIFY(sawRequired);

    // A date column whose first value cannot be read says why, before the check.
    auto* born = w.findChild<QComboBox*>(QStringLiteral("column_date_of_birth"));
    QVERIFY(born);
    born->setCurrentIndex(born->findText(QStringLiteral("Phone")));
    QCOMPARE(child<QLabel>(&w, "sample_date_of_birth")->text(),
        QStringLiteral("Cannot be read: \"07700 900101\" is not a date: write it as dd/mm/yyyy (e.g. 03/05/2025) "
                       "or yyyy-mm-dd."));
    born->setCurrentIndex(born->findText(QStringLiteral("Referral date")));
    QCOMPARE(child<QLabel>(&w, "sample_date_of_birth")->text(), QStringLiteral("03/01/2025 → 3 January 2025"));
}

void TstImportWizard::aCleanFileImports()
{
    const QString path = m_dir.filePath(QStringLiteral("clean.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(cleanPeopleCsv(3));
    f.close();
    const qint64 before = people();

    ImportWizard w(*m_db, m_actor);
    w.resize(900, 650);
    w.show();
    QSignalSpy imported(&w, &ImportWizard::imported);
    toCheck(w, path, ImportKind::PeopleSupported);
    QVERIFY(w.lastCheck()->canImport());
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(&w, "checkStatus")->text().contains(QStringLiteral("No problems")));
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::ImportPage));

    test::click(&w, "dryRunButton");
    QTRY_VERIFY(!w.isBusy());
    const QString dry = child<QLabel>(&w, "importResult")->text();
    QVERIFY2(dry.contains(QStringLiteral("Nothing was saved")), qPrintable(dry));
    QVERIFY2(dry.contains(QStringLiteral("3 people supported")), qPrintable(dry));
    test::screenshot(&w, QStringLiteral("import-5a-dry-run"));
    QVERIFY(!w.button(QWizard::FinishButton)->isEnabled()); // Finish is not a way to import
    QCOMPARE(people(), before);
    QCOMPARE(imported.count(), 0);

    test::click(&w, "importButton");
    QTRY_VERIFY(!w.isBusy());
    const QString done = child<QLabel>(&w, "importResult")->text();
    QVERIFY2(done.startsWith(QStringLiteral("Imported 3 rows: 3 people supported, 3 referrals.")), qPrintable(done));
    test::screenshot(&w, QStringLiteral("import-5-done"));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(people(), before + 3);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT count(*) FROM person WHERE reference = 'T-2' AND "
                                "given_name = 'TestB' AND date_of_birth = '1990-03-02'"))
                 .toInt(),
        1);
    QVERIFY(!child<QPushButton>(&w, "importButton")->isVisible());
    QVERIFY(w.button(QWizard::FinishButton)->isEnabled());

    // The same file again: every row is now someone on file, to decide on.
    ImportWizard again(*m_db, m_actor);
    again.resize(900, 650);
    again.show();
    toCheck(again, path, ImportKind::PeopleSupported);
    QCOMPARE(again.lastCheck()->duplicates.size(), 3);
    QVERIFY(!again.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(&again, "checkStatus")->text().contains(QStringLiteral("3 possible duplicates")));
    test::screenshot(&again, QStringLiteral("import-4-duplicates"));
    QCOMPARE(child<QLabel>(&again, "checkSummary")->text(),
        QStringLiteral("3 rows read: 0 ready, 3 waiting for your decision."));
    // Each has the same reference as someone on file: references are unique, so none can be a new
    // person, and applying "Add as a new person" to all leaves them undecided.
    for (const core::dataio::PossibleDuplicate& d : again.lastCheck()->duplicates) {
        QVERIFY(d.sameReference);
        auto* rowChoice = again.findChild<QComboBox*>(QStringLiteral("duplicateChoice_%1").arg(d.line));
        QVERIFY(rowChoice);
        QCOMPARE(rowChoice->findData(int(core::dataio::DuplicateChoice::AddNew)), -1);
        QCOMPARE(rowChoice->currentData().toInt(), int(core::dataio::DuplicateChoice::Ask));
    }
    auto* all = child<QComboBox>(&again, "allDuplicatesChoice");
    auto* applyAll = child<QPushButton>(&again, "applyAllButton");
    QCOMPARE(all->currentData().toInt(), int(core::dataio::DuplicateChoice::Ask));
    QVERIFY(!applyAll->isEnabled());
    all->setCurrentIndex(all->findData(int(core::dataio::DuplicateChoice::AddNew)));
    QVERIFY(applyAll->isEnabled());
    test::click(&again, "applyAllButton");
    QCOMPARE(again.lastCheck()->undecided, 3);
    all->setCurrentIndex(all->findData(int(core::dataio::DuplicateChoice::Skip)));
    test::click(&again, "applyAllButton");
    QCOMPARE(again.lastCheck()->undecided, 0);
    QCOMPARE(child<QLabel>(&again, "checkSummary")->text(), QStringLiteral("3 rows read: 0 ready, 3 to skip."));
    // The line under the tables counts only the rows that will go in, not those to be skipped.
    QCOMPARE(child<QLabel>(&again, "checkStatus")->text(),
        QStringLiteral("No problems: 0 rows ready to import. Choose Next."));
    QVERIFY(again.button(QWizard::NextButton)->isEnabled());
}

void TstImportWizard::cancelLeavesTheDatabaseUnchanged()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(cleanPeopleCsv(30).replace("T-", "X-").replace(",Person,", ",Cancelled,"));
    f.close();
    const QByteArray before = test::contentDigest(*m_db);

    ImportWizard w(*m_db, m_actor);
    w.show();
    toCheck(w, path, ImportKind::PeopleSupported);
    QVERIFY(w.lastCheck()->canImport());
    w.next();
    // Cancel is pressed while the import runs (the progress callback lets the click through).
    auto* cancel = child<QPushButton>(&w, "cancelImportButton");
    QTimer::singleShot(0, cancel, [cancel] { cancel->click(); });
    test::click(&w, "importButton");
    QTRY_VERIFY(!w.isBusy());
    const QString result = child<QLabel>(&w, "importResult")->text();
    QVERIFY2(result.contains(QStringLiteral("Cancelled")), qPrintable(result));
    QCOMPARE(test::contentDigest(*m_db), before);
    QVERIFY(child<QPushButton>(&w, "importButton")->isEnabled());
}

void TstImportWizard::everyControlHasANameAndTheKeyboard()
{
    ImportWizard w(*m_db, m_actor);
    w.show();
    QVERIFY(w.openFile(sample("messy-people-supported.csv")));
    test::checkKeyboardAndNames(&w,
        { QStringLiteral("importPath"), QStringLiteral("chooseFileButton"), QStringLiteral("encodingCombo"),
            QStringLiteral("separatorCombo"), QStringLiteral("kindCombo"), QStringLiteral("measureCombo"),
            QStringLiteral("previewTable"), QStringLiteral("problemTable"), QStringLiteral("saveProblemsButton"),
            QStringLiteral("duplicateTable"), QStringLiteral("allDuplicatesChoice"), QStringLiteral("applyAllButton"),
            QStringLiteral("checkAgainButton"), QStringLiteral("cancelCheckButton"), QStringLiteral("dryRunButton"),
            QStringLiteral("importButton"), QStringLiteral("cancelImportButton") });
    w.setKind(ImportKind::PeopleSupported);
    w.next();
    for (QComboBox* combo : w.findChildren<QComboBox*>()) {
        if (combo->objectName().startsWith(QStringLiteral("column_"))) {
            QVERIFY2(!combo->accessibleName().isEmpty(), qPrintable(combo->objectName()));
            QVERIFY(combo->focusPolicy() & Qt::TabFocus);
        }
    }
}

void TstImportWizard::checkAgainReadsTheFixedFile()
{
    const QString path = m_dir.filePath(QStringLiteral("fixme.csv"));
    QByteArray data = "First name,Surname,DOB,Referral date\r\n"
                      "Fixme,One,01/02/1990,01/10/2026\r\n"
                      "Fixme,Two,05/23/1990,01/10/2026\r\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    ImportWizard w(*m_db, m_actor);
    w.show();
    toCheck(w, path, ImportKind::PeopleSupported);
    QCOMPARE(problemLines(w), (QList<int> { 3 }));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    // Fixed in the spreadsheet and saved: Check Again reads it afresh.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data.replace("05/23/1990", "23/05/1990"));
    }
    test::click(&w, "checkAgainButton");
    QTRY_VERIFY(w.lastCheck().has_value() && !w.isBusy());
    QVERIFY(w.lastCheck()->problems.isEmpty());
    QCOMPARE(w.lastCheck()->rowsReady, 2);
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
}

void TstImportWizard::aWorkbookSheetIsChosen()
{
    const QString path = m_dir.filePath(QStringLiteral("volunteers.xlsx"));
    lxw_workbook* wb = workbook_new(path.toUtf8().constData());
    QVERIFY(wb);
    lxw_worksheet* notes = workbook_add_worksheet(wb, "Read me");
    worksheet_write_string(notes, 0, 0, "Exported from the old volunteer database", nullptr);
    worksheet_write_string(notes, 1, 0, "Do not edit", nullptr);
    lxw_worksheet* sheet = workbook_add_worksheet(wb, "Volunteers");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    const char* headers[] = { "Forename", "Surname", "Date of birth", "Status" };
    for (int c = 0; c < 4; ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c], nullptr);
    }
    worksheet_write_string(sheet, 1, 0, "Renée", nullptr);
    worksheet_write_string(sheet, 1, 1, "Dubois", nullptr);
    lxw_datetime born = { 1969, 3, 12, 0, 0, 0 };
    worksheet_write_datetime(sheet, 1, 2, &born, date);
    worksheet_write_string(sheet, 1, 3, "Active", nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

    ImportWizard w(*m_db, m_actor);
    w.resize(900, 650);
    w.show();
    QVERIFY(w.openFile(path));
    w.setKind(ImportKind::Volunteers);
    QCOMPARE(w.table().sheetName, QStringLiteral("Read me"));
    auto* sheets = child<QComboBox>(&w, "sheetCombo");
    QVERIFY(sheets->isVisible());
    QVERIFY(!child<QComboBox>(&w, "encodingCombo")->isVisible());
    QCOMPARE(sheets->count(), 2);
    sheets->setFocus();
    QTest::keyClick(sheets, Qt::Key_Down);
    QCOMPARE(w.table().sheetName, QStringLiteral("Volunteers"));
    const QString found = child<QLabel>(&w, "foundLabel")->text();
    QVERIFY2(found.contains(QStringLiteral("sheet \"Volunteers\" (2 of 2)")) && found.contains(QStringLiteral("1 row")),
        qPrintable(found));
    test::screenshot(&w, QStringLiteral("import-1c-file-workbook"));
    w.next();
    QCOMPARE(comboText(w, QStringLiteral("date_of_birth")), QStringLiteral("Date of birth"));
    QCOMPARE(child<QLabel>(&w, "sample_date_of_birth")->text(), QStringLiteral("1969-03-12 → 12 March 1969"));
    w.next();
    QTRY_VERIFY(w.lastCheck().has_value() && !w.isBusy());
    QVERIFY2(w.lastCheck()->canImport(), qPrintable(w.lastCheck()->problems.value(0).message));
}

void TstImportWizard::questionnaireScoresNeedAQuestionnaire()
{
    ImportWizard w(*m_db, m_actor);
    w.show();
    QVERIFY(w.openFile(sample("measures-phq9.csv")));
    w.setKind(ImportKind::MeasureResponses, QStringLiteral("phq9"));
    auto* measure = child<QComboBox>(&w, "measureCombo");
    QVERIFY(measure->isVisible());
    QCOMPARE(measure->currentData().toString(), QStringLiteral("phq9"));
    w.next();
    QCOMPARE(w.currentId(), int(ImportWizard::ColumnsPage));
    // One line per question of the PHQ-9, matched to the file's "Item 1" … columns.
    QVERIFY(w.findChild<QComboBox*>(QStringLiteral("column_item_9")));
    QCOMPARE(comboText(w, QStringLiteral("item_9")), QStringLiteral("Item 9"));
    w.back();
    w.setKind(ImportKind::Volunteers);
    QVERIFY(!measure->isVisible());
}

QTEST_MAIN(TstImportWizard)
#include "tst_importwizard.moc"
