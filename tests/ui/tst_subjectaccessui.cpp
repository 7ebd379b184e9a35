// Subject access from the record dialogs: the button is there for roles that may export records, and
// the pack is written as a readable PDF (checked with poppler's pdftotext when installed) and a JSON
// file, with no name in either file name. With ALONGSIDE_SCREENSHOTS=DIR set, the PDF and the
// dialogs are left there for a person to look at (pdftoppm -r 60 -png).

#include "core/db/database.h"
#include "core/services/demogenerator.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/people/clientrecorddialog.h"
#include "ui/privacy/subjectaccessexport.h"
#include "ui/workforce/workerrecorddialog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;

class TstSubjectAccessUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfAndJson();
    void buttonsInTheRecords();

private:
    test::ScopedClock m_clock { QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    qint64 m_person = 0;
};

void TstSubjectAccessUi::initTestCase()
{
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("demo.alongside")));
    QVERIFY(m_db);
    core::DemoGenerator::Options o;
    o.asAt = QDate(2026, 11, 22);
    QVERIFY(core::DemoGenerator::generate(*m_db, core::Actor::localUser(), o));
    m_person = test::scalar(
        *m_db, QStringLiteral("SELECT MIN(w.person_id) FROM worker w JOIN client c ON c.person_id = w.person_id"))
                   .toLongLong();
    QVERIFY(m_person > 0);
}

void TstSubjectAccessUi::pdfAndJson()
{
    QTemporaryDir out;
    auto pdf = ui::privacy::writeSubjectAccess(*m_db, core::Actor::localUser(), m_person, out.path());
    QVERIFY2(pdf, qPrintable(pdf.message()));
    QCOMPARE(
        QFileInfo(pdf.value()).fileName(), QStringLiteral("2026-11-22 subject access person %1.pdf").arg(m_person));
    QVERIFY(QFileInfo(pdf.value()).size() > 5000);
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("2026-11-22 subject access person %1.json").arg(m_person))));
    QFile file(pdf.value());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString shots = qEnvironmentVariable("ALONGSIDE_SCREENSHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QFile::remove(shots + QStringLiteral("/subject-access.pdf"));
        QFile::copy(pdf.value(), shots + QStringLiteral("/subject-access.pdf"));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("poppler-utils (pdftotext) is not installed");
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { pdf.value(), QStringLiteral("-") });
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const char* heading : { "Personal details", "As a volunteer or worker", "As a person supported",
             "Records by others that mention them", "Who has looked at the record" }) {
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    }
    const QString given
        = test::scalar(*m_db, QStringLiteral("SELECT given_name FROM person WHERE id = %1").arg(m_person)).toString();
    QVERIFY(text.contains(given));
}

void TstSubjectAccessUi::buttonsInTheRecords()
{
    const qint64 client
        = test::scalar(*m_db, QStringLiteral("SELECT id FROM client WHERE person_id = %1").arg(m_person)).toLongLong();
    const qint64 worker
        = test::scalar(*m_db, QStringLiteral("SELECT id FROM worker WHERE person_id = %1").arg(m_person)).toLongLong();
    ui::ClientRecordDialog clientDialog(*m_db, core::Actor::localUser(), nullptr, client);
    clientDialog.show();
    auto* button = clientDialog.findChild<QPushButton*>(QStringLiteral("subjectAccessButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(!button->accessibleName().isEmpty());
    QCOMPARE(button->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    test::screenshot(&clientDialog, QStringLiteral("subject-access-client-record"));

    ui::WorkerRecordDialog workerDialog(*m_db, core::Actor::localUser(), nullptr, worker);
    workerDialog.show();
    QVERIFY(workerDialog.findChild<QPushButton*>(QStringLiteral("subjectAccessButton")));
    test::screenshot(&workerDialog, QStringLiteral("subject-access-worker-record"));

    // A read-only account may open neither the button nor the pack.
    core::Actor readOnly = core::Actor::localUser();
    readOnly.role = core::Actor::Role::ReadOnly;
    ui::WorkerRecordDialog readOnlyDialog(*m_db, readOnly, nullptr, worker);
    QVERIFY(!readOnlyDialog.findChild<QPushButton*>(QStringLiteral("subjectAccessButton")));
}

QTEST_MAIN(TstSubjectAccessUi)
#include "tst_subjectaccessui.moc"
