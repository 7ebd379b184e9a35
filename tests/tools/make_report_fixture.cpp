// Writes the report fixture (tests/support/reportfixture.h) to a new database file:
//   make_report_fixture tests/data/report-fixture.alongside
// The golden test reads the committed copy; run this only when the fixture's design changes, then
// rebuild the goldens (ALONGSIDE_UPDATE_GOLDENS=1 tst_reportgoldens) and check every change by hand.

#include "support/reportfixture.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        err << "Usage: make_report_fixture NEW-FILE\n";
        return 2;
    }
    if (QFile::exists(args.at(1))) {
        err << "make_report_fixture: " << args.at(1) << " exists; remove it first.\n";
        return 2;
    }
    alongside::test::ScopedClock clock(alongside::test::reportFixtureNow());
    auto db = alongside::test::openOrCreate(args.at(1));
    if (!db) {
        err << "make_report_fixture: could not create " << args.at(1) << "\n";
        return 1;
    }
    if (alongside::core::Status s = alongside::test::buildReportFixture(*db); !s) {
        err << "make_report_fixture: " << s.message() << "\n";
        return 1;
    }
    return 0;
}
