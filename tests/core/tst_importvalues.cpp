// Reading spreadsheet cells for an import: dates as UK spreadsheets hold them (and the ones that
// must be refused, with the exact sentence shown), whole numbers and decimals in range, and
// categories matched by key, name or synonym.

#include "core/dataio/importer.h"
#include "core/dataio/importvalues.h"
#include "support/testsupport.h"

#include <QTest>

using namespace alongside::core::dataio;

class TstImportValues : public QObject
{
    Q_OBJECT

private slots:
    void parseDate_data();
    void parseDate();
    void pastAndBirthDates_data();
    void pastAndBirthDates();
    void wholeNumbers_data();
    void wholeNumbers();
    void decimals_data();
    void decimals();
    void categories_data();
    void categories();
    void normalised();
};

void TstImportValues::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<QString>("why");

    const QDate may3(2025, 5, 3);
    QTest::newRow("dd/mm/yyyy") << "03/05/2025" << may3 << "";
    QTest::newRow("d/m/yyyy") << "3/5/2025" << may3 << "";
    QTest::newRow("dashes") << "3-5-2025" << may3 << "";
    QTest::newRow("dots") << "03.05.2025" << may3 << "";
    QTest::newRow("spaces around") << "  03/05/2025 " << may3 << "";
    QTest::newRow("with a time") << "03/05/2025 14:30" << may3 << "";
    QTest::newRow("iso") << "2025-05-03" << may3 << "";
    QTest::newRow("iso with time") << "2025-05-03 14:30" << may3 << "";
    QTest::newRow("iso T seconds") << "2025-05-03T14:30:00" << may3 << "";
    QTest::newRow("iso one digit") << "2025-5-3" << may3 << "";
    QTest::newRow("month name") << "3 May 2025" << may3 << "";
    QTest::newRow("month name dashes") << "3-May-2025" << may3 << "";
    QTest::newRow("Sept") << "3 Sept 2025" << QDate(2025, 9, 3) << "";
    QTest::newRow("3rd September") << "3rd September 2025" << QDate(2025, 9, 3) << "";
    QTest::newRow("lower case abbreviation") << "14 feb 2024" << QDate(2024, 2, 14) << "";
    QTest::newRow("leap day") << "29/02/2024" << QDate(2024, 2, 29) << "";
    // A two-digit year is refused, suggesting the year (19yy or 20yy) nearest to today, 22/11/2026.
    QTest::newRow("two-digit year") << "3/5/25" << QDate()
                                    << "\"3/5/25\" has a two-digit year: write the year in full, e.g. 03/05/2025.";
    QTest::newRow("two-digit year, named month")
        << "3 May 25" << QDate() << "\"3 May 25\" has a two-digit year: write the year in full, e.g. 3 May 2025.";
    QTest::newRow("two-digit year, nearest is 19yy")
        << "12/04/87" << QDate() << "\"12/04/87\" has a two-digit year: write the year in full, e.g. 12/04/1987.";
    QTest::newRow("two-digit year, nearest is a future 20yy")
        << "1/1/30" << QDate() << "\"1/1/30\" has a two-digit year: write the year in full, e.g. 01/01/2030.";
    QTest::newRow("two-digit year, named month, 19yy")
        << "3 Sept 80" << QDate() << "\"3 Sept 80\" has a two-digit year: write the year in full, e.g. 3 Sept 1980.";
    QTest::newRow("two-digit year, no such month")
        << "3/13/25" << QDate() << "\"3/13/25\" has a two-digit year: write the year in full, e.g. 03/05/2025.";
    QTest::newRow("US date") << "05/13/2025" << QDate()
                             << "\"05/13/2025\" is not a UK date: there is no month 13. Write the day first "
                                "(dd/mm/yyyy): 13/05/2025 if you meant 13 May 2025.";
    QTest::newRow("no such month") << "14/14/2025" << QDate()
                                   << "\"14/14/2025\" is not a date: there is no month 14; write it as dd/mm/yyyy "
                                      "(e.g. 03/05/2025) or yyyy-mm-dd.";
    QTest::newRow("iso month 13") << "2025-13-01" << QDate()
                                  << "\"2025-13-01\" is not a date: there is no month 13; write it as dd/mm/yyyy "
                                     "(e.g. 03/05/2025) or yyyy-mm-dd.";
    QTest::newRow("31 February") << "31/02/2025" << QDate()
                                 << "\"31/02/2025\" is not a date: February 2025 has 28 days.";
    QTest::newRow("29 February, not leap")
        << "29/02/2023" << QDate() << "\"29/02/2023\" is not a date: February 2023 has 28 days.";
    QTest::newRow("31 April") << "31 April 2025" << QDate()
                              << "\"31 April 2025\" is not a date: April 2025 has 30 days.";
    QTest::newRow("day 0") << "0/5/2025" << QDate() << "\"0/5/2025\" is not a date: May 2025 has 31 days.";
    QTest::newRow("not a month") << "3 Mai 2025" << QDate()
                                 << "\"3 Mai 2025\" is not a date: \"Mai\" is not the name of a month; write it as "
                                    "dd/mm/yyyy (e.g. 03/05/2025) or yyyy-mm-dd.";
    QTest::newRow("words") << "last Tuesday" << QDate()
                           << "\"last Tuesday\" is not a date: write it as dd/mm/yyyy (e.g. 03/05/2025) or "
                              "yyyy-mm-dd.";
    QTest::newRow("three-digit year") << "3/5/202" << QDate()
                                      << "\"3/5/202\" is not a date: the year must have four digits; write it as "
                                         "dd/mm/yyyy (e.g. 03/05/2025) or yyyy-mm-dd.";
    QTest::newRow("before 1900") << "1/1/1850" << QDate() << "\"1/1/1850\" is before 1900: check the year.";
    QTest::newRow("empty") << "" << QDate()
                           << "The date is empty: write it as dd/mm/yyyy (e.g. 03/05/2025) or yyyy-mm-dd.";
}

void TstImportValues::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QFETCH(QString, why);
    alongside::test::ScopedClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0)));
    QString reason = QStringLiteral("not set");
    QCOMPARE(alongside::core::dataio::parseDate(text, &reason), expected);
    QCOMPARE(reason, why);
}

void TstImportValues::pastAndBirthDates_data()
{
    QTest::addColumn<bool>("birth");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<QString>("why");

    QTest::newRow("today") << false << "22/11/2026" << QDate(2026, 11, 22) << "";
    QTest::newRow("tomorrow") << false << "23/11/2026" << QDate()
                              << "Session date \"23/11/2026\" is in the future (today is 22/11/2026): only what has "
                                 "already happened can be imported. Check the year.";
    QTest::newRow("bad date passes its reason")
        << false << "31/11/2026" << QDate() << "\"31/11/2026\" is not a date: November 2026 has 30 days.";
    QTest::newRow("born today") << true << "22/11/2026" << QDate(2026, 11, 22) << "";
    QTest::newRow("120 years") << true << "23/11/1906" << QDate(1906, 11, 23) << "";
    QTest::newRow("121 years") << true << "22/11/1905" << QDate()
                               << "Date of birth \"22/11/1905\" gives an age of 121: check the year (ages from 0 to "
                                  "120 are accepted).";
    // A two-digit year: the suggestion is never in the future, and for a date of birth gives an age
    // from 0 to 120 (both centuries are named when both do, the nearer first).
    const QString twoDigits = QStringLiteral("\"%1\" has a two-digit year: write the year in full, e.g. %2.");
    const QString twoChoices = QStringLiteral("\"%1\" has a two-digit year: write the year in full, %2 or %3.");
    QTest::newRow("past, 20yy would be future")
        << false << "14/03/31" << QDate() << twoDigits.arg("14/03/31", "14/03/1931");
    QTest::newRow("past, tomorrow's date in 20yy")
        << false << "23/11/26" << QDate() << twoDigits.arg("23/11/26", "23/11/1926");
    QTest::newRow("past, 20yy") << false << "01/01/20" << QDate() << twoDigits.arg("01/01/20", "01/01/2020");
    QTest::newRow("past, named month") << false << "3 May 31" << QDate() << twoDigits.arg("3 May 31", "3 May 1931");
    QTest::newRow("birth, 87") << true << "12/04/87" << QDate() << twoDigits.arg("12/04/87", "12/04/1987");
    QTest::newRow("birth, both possible")
        << true << "01/01/20" << QDate() << twoChoices.arg("01/01/20", "01/01/2020", "01/01/1920");
    QTest::newRow("birth, both possible, 119 years")
        << true << "23/11/06" << QDate() << twoChoices.arg("23/11/06", "23/11/2006", "23/11/1906");
    QTest::newRow("birth, 19yy would be 121")
        << true << "22/11/05" << QDate() << twoDigits.arg("22/11/05", "22/11/2005");
    QTest::newRow("birth, 20yy would be future")
        << true << "12/12/26" << QDate() << twoDigits.arg("12/12/26", "12/12/1926");
    QTest::newRow("birth, named month, both")
        << true << "3 May 26" << QDate() << twoChoices.arg("3 May 26", "3 May 2026", "3 May 1926");
    QTest::newRow("born in the future") << true << "2030-01-01" << QDate()
                                        << "Date of birth \"2030-01-01\" is in the future (today is 22/11/2026): only "
                                           "what has already happened can be imported. Check the year.";
}

void TstImportValues::pastAndBirthDates()
{
    QFETCH(bool, birth);
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QFETCH(QString, why);
    const QDate today(2026, 11, 22);
    QString reason;
    const QDate got = birth ? ImportValues::parseBirthDate(text, QStringLiteral("Date of birth"), today, &reason)
                            : ImportValues::parsePastDate(text, QStringLiteral("Session date"), today, &reason);
    QCOMPARE(got, expected);
    QCOMPARE(reason, why);
}

void TstImportValues::wholeNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: refused
    QTest::addColumn<QString>("why");

    QTest::newRow("plain") << "45" << 45 << "";
    QTest::newRow("spaces") << " 60 " << 60 << "";
    QTest::newRow("zero") << "0" << 0 << "";
    QTest::newRow("maximum") << "600" << 600 << "";
    QTest::newRow("excel decimal zero") << "45.0" << 45 << "";
    QTest::newRow("too many") << "900" << -1
                              << "Duration must be a whole number of minutes from 0 to 600; this row has 900.";
    QTest::newRow("negative") << "-5" << -1
                              << "Duration must be a whole number of minutes from 0 to 600; this row has -5.";
    QTest::newRow("fraction") << "45.5" << -1
                              << "Duration must be a whole number of minutes from 0 to 600; this row has 45.5.";
    QTest::newRow("words") << "about an hour" << -1
                           << "Duration must be a whole number of minutes from 0 to 600; this row has \"about an "
                              "hour\".";
    QTest::newRow("thousands separator") << "1,000" << -1
                                         << "Duration must be a whole number of minutes from 0 to 600; this row has "
                                            "\"1,000\".";
}

void TstImportValues::wholeNumbers()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QFETCH(QString, why);
    QString reason;
    const auto got
        = ImportValues::parseWhole(text, 0, 600, QStringLiteral("Duration"), QStringLiteral("minutes"), &reason);
    QCOMPARE(got.value_or(-1), expected);
    QCOMPARE(reason, why);
}

void TstImportValues::decimals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected"); // -1: refused
    QTest::addColumn<QString>("why");

    QTest::newRow("decimal") << "7.5" << 7.5 << "";
    QTest::newRow("whole") << "10" << 10.0 << "";
    QTest::newRow("leading point") << ".5" << 0.5 << "";
    QTest::newRow("above") << "10.5" << -1.0 << "Score must be a number from 0 to 10; this row has 10.5.";
    QTest::newRow("comma decimal") << "7,5" << -1.0 << "Score must be a number from 0 to 10; this row has \"7,5\".";
    QTest::newRow("text") << "n/a" << -1.0 << "Score must be a number from 0 to 10; this row has \"n/a\".";
}

void TstImportValues::decimals()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    QFETCH(QString, why);
    QString reason;
    const auto got = ImportValues::parseNumber(text, 0, 10, QStringLiteral("Score"), &reason);
    QCOMPARE(got.value_or(-1.0), expected);
    QCOMPARE(reason, why);
}

void TstImportValues::categories_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("why");

    QTest::newRow("key") << "did_not_attend"
                         << "did_not_attend"
                         << "";
    QTest::newRow("name") << "Did not attend"
                          << "did_not_attend"
                          << "";
    QTest::newRow("name, other case and punctuation") << "  did-NOT-attend. "
                                                      << "did_not_attend"
                                                      << "";
    QTest::newRow("synonym") << "DNA"
                             << "did_not_attend"
                             << "";
    QTest::newRow("synonym lower case") << "dna"
                                        << "did_not_attend"
                                        << "";
    QTest::newRow("mode synonym") << "F2F"
                                  << "face_to_face"
                                  << "";
    QTest::newRow("mode name with dashes") << "Face-to-face"
                                           << "face_to_face"
                                           << "";
    QTest::newRow("accents ignored") << "Fáce to face"
                                     << "face_to_face"
                                     << "";
    QTest::newRow("unknown") << "maybe"
                             << ""
                             << "\"maybe\" is not one of the values accepted for Attendance: write one of Attended, "
                                "Did not attend, Face to face.";
}

void TstImportValues::categories()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, why);
    const QList<CategoryOption> options = {
        { QStringLiteral("attended"), QStringLiteral("Attended"), {} },
        { QStringLiteral("did_not_attend"), QStringLiteral("Did not attend"),
            { QStringLiteral("DNA"), QStringLiteral("no show") } },
        { QStringLiteral("face_to_face"), QStringLiteral("Face to face"), { QStringLiteral("F2F") } },
    };
    QString reason;
    QCOMPARE(ImportValues::matchCategory(text, options, QStringLiteral("Attendance"), &reason), expected);
    QCOMPARE(reason, why);
}

void TstImportValues::normalised()
{
    QCOMPARE(ImportValues::normalised(QStringLiteral(" Zoë O'Brien-Smith ")), QStringLiteral("zoeobriensmith"));
    QCOMPARE(ImportValues::normalised(QStringLiteral("Face-to-face")), QStringLiteral("facetoface"));
}

QTEST_GUILESS_MAIN(TstImportValues)
#include "tst_importvalues.moc"
