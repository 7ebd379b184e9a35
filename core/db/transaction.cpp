#include "transaction.h"

#include "core/db/database.h"
#include "core/db/sql.h"

namespace alongside::core {

Transaction::Transaction(Database& db)
    : m_db(db)
{
    const int depth = m_db.m_transactionDepth;
    if (depth > 0) {
        m_savepoint = QStringLiteral("sp_%1").arg(depth);
        m_beginStatus = sql::execute(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        // IMMEDIATE takes the write lock now, so a busy file fails here and not half-way through.
        m_beginStatus = sql::execute(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    }
    m_active = m_beginStatus.isOk();
    if (m_active) {
        ++m_db.m_transactionDepth;
    }
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active) {
        return m_beginStatus.isOk() ? Status(Error { Error::Code::Database, {}, QStringLiteral("commit twice") })
                                    : m_beginStatus;
    }
    Status s = m_savepoint.isEmpty() ? sql::execute(m_db, QStringLiteral("COMMIT"))
                                     : sql::execute(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    return Status::ok();
}

void Transaction::rollback()
{
    if (!m_active) {
        return;
    }
    if (m_savepoint.isEmpty()) {
        sql::execute(m_db, QStringLiteral("ROLLBACK"));
    } else {
        sql::execute(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        sql::execute(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --m_db.m_transactionDepth;
}

} // namespace alongside::core
