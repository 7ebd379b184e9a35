#pragma once

#include "core/result.h"

#include <QString>

namespace alongside::core {

class Database;

/**
 * RAII transaction. The outermost one is BEGIN IMMEDIATE / COMMIT; nested ones are savepoints.
 * Anything not committed is rolled back when the object goes out of scope, so an early return or
 * an error path never leaves half a change behind.
 */
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /** False if BEGIN/SAVEPOINT failed (e.g. the file is busy); then nothing must be written. */
    bool isActive() const { return m_active; }

    Status beginStatus() const { return m_beginStatus; }

    Status commit();
    void rollback();

private:
    Database& m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    Status m_beginStatus;
};

} // namespace alongside::core
