#include "rowstore.h"

#include "core/audit/auditlog.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace alongside::core::rows {

namespace {

class RowStore
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::RowStore)
};

bool sameValue(const QVariant& stored, const QVariant& wanted)
{
    if (stored.isNull() || wanted.isNull()) {
        return stored.isNull() == wanted.isNull();
    }
    if (wanted.typeId() == QMetaType::Double || stored.typeId() == QMetaType::Double) {
        return qFuzzyCompare(1.0 + stored.toDouble(), 1.0 + wanted.toDouble());
    }
    if (wanted.typeId() == QMetaType::QByteArray) {
        return stored.toByteArray() == wanted.toByteArray();
    }
    return stored.toString() == wanted.toString();
}

} // namespace

Result<qint64> save(Database& db, const Actor& actor, const QString& table, qint64 id, const QList<Field>& fields)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    QStringList columns;
    for (const Field& f : fields) {
        columns << f.column;
    }
    bool exists = false;
    QStringList changed;
    if (id > 0) {
        auto old
            = query(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), table),
                { id }, QStringLiteral("read %1").arg(table));
        if (!old) {
            return old.error();
        }
        if (old.value().next()) {
            exists = true;
            for (int i = 0; i < fields.size(); ++i) {
                if (!sameValue(old.value().value(i), fields[i].value)) {
                    changed << fields[i].column;
                }
            }
        }
    }
    if (exists && changed.isEmpty()) {
        return id; // nothing to save, nothing to record
    }
    QString statement;
    QVariantList bind;
    if (exists) {
        QStringList sets;
        for (const Field& f : fields) {
            if (changed.contains(f.column)) {
                sets << f.column + QStringLiteral(" = ?");
                bind << f.value;
            }
        }
        bind << id;
        statement = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", ")));
    } else {
        QStringList insertColumns = columns;
        for (const Field& f : fields) {
            bind << f.value;
        }
        if (id > 0) {
            insertColumns.prepend(QStringLiteral("id"));
            bind.prepend(id);
        }
        statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(table, insertColumns.join(QStringLiteral(", ")),
                            QStringList(insertColumns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    }
    auto q = query(db, statement, bind, QStringLiteral("save %1").arg(table));
    if (!q) {
        return q.error();
    }
    const qint64 savedId = exists || id > 0 ? id : q.value().lastInsertId().toLongLong();
    AuditEvent event { QString::fromLatin1(exists ? AuditLog::kUpdate : AuditLog::kCreate), table,
        QString::number(savedId), exists ? changed : columns, {} };
    if (Status s = AuditLog(db).record(actor, event); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return savedId;
}

Status remove(Database& db, const Actor& actor, const QString& table, qint64 id)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    auto q = query(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), { id },
        QStringLiteral("remove from %1").arg(table));
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() < 1) {
        return Error { Error::Code::NotFound,
            RowStore::tr("That entry no longer exists: someone may have removed it already."), table };
    }
    if (Status s
        = AuditLog(db).record(actor, { QString::fromLatin1(AuditLog::kDelete), table, QString::number(id), {}, {} });
        !s) {
        return s;
    }
    return tx.commit();
}

} // namespace alongside::core::rows
