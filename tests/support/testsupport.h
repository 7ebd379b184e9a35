#pragma once

// Helpers shared by the tests: temporary databases, a fixed clock, direct SQL for assertions.

#include "core/clock.h"
#include "core/db/database.h"

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace alongside::test {

/** Installs a FixedClock for the lifetime of the object. */
class ScopedClock
{
public:
    explicit ScopedClock(const QDateTime& now);
    ~ScopedClock();

    void set(const QDateTime& now) { m_clock.set(now); }

private:
    core::FixedClock m_clock;
};

/** Path of a committed fixture under tests/data. */
QString fixture(const QString& name);

/** Copies a fixture into dir and returns the copy's path (tests never change committed files). */
QString copyFixture(const QTemporaryDir& dir, const QString& name);

/** Opens or creates a database read-write; fails the calling test (returns null) on error. */
std::unique_ptr<core::Database> openOrCreate(const QString& path);

/** Runs a single-value query on db (for assertions); invalid QVariant on error. */
QVariant scalar(const core::Database& db, const QString& sql);

/** Runs one statement on db; false on error. */
bool execSql(const core::Database& db, const QString& sql);

/** A digest of every row of every table, in primary-key order: equal digests mean equal data. */
QByteArray contentDigest(const core::Database& db); // every table but the audit log

/** A copy of the file's bytes. */
QByteArray fileBytes(const QString& path);

} // namespace alongside::test
