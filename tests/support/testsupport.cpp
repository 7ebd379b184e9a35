#include "testsupport.h"

#include "core/db/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace alongside::test {

ScopedClock::ScopedClock(const QDateTime& now)
    : m_clock(now)
{
    core::Clock::setInstance(&m_clock);
}

ScopedClock::~ScopedClock()
{
    core::Clock::setInstance(nullptr);
}

QString fixture(const QString& name)
{
    return QStringLiteral(ALONGSIDE_TEST_DATA "/") + name;
}

QString copyFixture(const QTemporaryDir& dir, const QString& name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(fixture(name), target)) {
        qWarning("cannot copy fixture %s", qPrintable(name));
        return {};
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

std::unique_ptr<core::Database> openOrCreate(const QString& path)
{
    core::Database::Options options;
    options.ifMissing = core::Database::IfMissing::Create;
    auto opened = core::Database::open(path, options);
    if (!opened) {
        qWarning("open failed: %s", qPrintable(opened.message()));
        return nullptr;
    }
    return opened.takeValue();
}

QVariant scalar(const core::Database& db, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
    if (!q.exec(sql)) {
        // A typo or a renamed column must fail the test, not read as 0.
        QTest::qFail(qPrintable(QStringLiteral("SQL failed: ") + sql + QStringLiteral(": ") + q.lastError().text()),
            __FILE__, __LINE__);
        return {};
    }
    return q.next() ? q.value(0) : QVariant(); // no row: an invalid QVariant
}

bool execSql(const core::Database& db, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
    return q.exec(sql);
}

QByteArray contentDigest(const core::Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : core::schema::tableNames()) {
        if (table == QLatin1String("audit_log")) {
            continue; // it records when things were done, which differs between two identical runs
        }
        QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table))) {
            QTest::qFail(qPrintable(QStringLiteral("cannot read ") + table), __FILE__, __LINE__);
            return {};
        }
        hash.addData(table.toUtf8());
        const int columns = q.record().count();
        while (q.next()) {
            for (int c = 0; c < columns; ++c) {
                hash.addData(q.value(c).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace alongside::test
