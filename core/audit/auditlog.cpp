#include "auditlog.h"

#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

#include <QCryptographicHash>
#include <QSqlRecord>

namespace alongside::core {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");

// A null QString binds as SQL NULL; the log's text columns hold '' instead.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString timeText(const QDateTime& at)
{
    return at.toUTC().toString(kTimeFormat);
}

// The columns read back, in the order entryFrom() expects.
const QString kColumns
    = QStringLiteral("seq, at, account_id, user_name, role, action, entity, record_id, fields, note, prev_hash, hash");

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), kTimeFormat);
    e.at.setTimeSpec(Qt::UTC);
    e.accountId = q.value(2).toLongLong();
    e.userName = q.value(3).toString();
    e.role = q.value(4).toString();
    e.action = q.value(5).toString();
    e.entity = q.value(6).toString();
    e.recordId = q.value(7).toString();
    const QString fields = q.value(8).toString();
    e.fields = fields.isEmpty() ? QStringList() : fields.split(QLatin1Char(','));
    e.note = q.value(9).toString();
    e.prevHash = q.value(10).toString().toLatin1();
    e.hash = q.value(11).toString().toLatin1();
    return e;
}

// The one definition of an entry's hash: SHA-256 over its parts, each followed by U+001F.
QByteArray chainHash(const QStringList& parts)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& part : parts) {
        h.addData(part.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    }
    return h.result().toHex();
}

// A stored row's parts exactly as stored (the time as its text, not re-formatted): every column
// but the hash itself.
QByteArray hashOfRow(const QSqlQuery& q)
{
    QStringList parts;
    for (int column = 0; column <= 10; ++column) {
        parts << q.value(column).toString();
    }
    return chainHash(parts);
}

} // namespace

QByteArray AuditLog::computeHash(const AuditEntry& e)
{
    return chainHash({ QString::number(e.seq), timeText(e.at), QString::number(e.accountId), e.userName, e.role,
        e.action, e.entity, e.recordId, e.fields.join(QLatin1Char(',')), e.note, QString::fromLatin1(e.prevHash) });
}

Status AuditLog::record(const Actor& actor, const AuditEvent& event)
{
    Transaction t(m_db);
    if (!t.isActive()) {
        return t.beginStatus();
    }
    auto last = sql::prepare(m_db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last) {
        return last.status();
    }
    if (Status s = sql::exec(last.value(), QStringLiteral("read the audit log")); !s) {
        return s;
    }
    AuditEntry e;
    e.prevHash = genesisHash();
    e.seq = 1;
    if (last.value().next()) {
        e.seq = last.value().value(0).toLongLong() + 1;
        e.prevHash = last.value().value(1).toString().toLatin1();
    }
    last.value().finish();
    // Millisecond precision, as stored, so the hash computed now matches the one verify() computes.
    e.at = QDateTime::fromString(timeText(Clock::instance().now()), kTimeFormat);
    e.at.setTimeSpec(Qt::UTC);
    e.accountId = actor.accountId;
    e.userName = actor.userName;
    // Someone not logged in (a failed login with an unknown name) has no role.
    e.role
        = actor.accountId == 0 && actor.userName.isEmpty() ? QStringLiteral("none") : Permissions::roleKey(actor.role);
    e.action = event.action;
    e.entity = event.entity;
    e.recordId = event.recordId;
    e.fields = event.fields;
    e.note = event.note;
    e.hash = computeHash(e);

    auto q = sql::prepare(
        m_db, QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    if (!q) {
        return q.status();
    }
    q.value().addBindValue(e.seq);
    q.value().addBindValue(timeText(e.at));
    q.value().addBindValue(e.accountId);
    q.value().addBindValue(text(e.userName));
    q.value().addBindValue(text(e.role));
    q.value().addBindValue(text(e.action));
    q.value().addBindValue(text(e.entity));
    q.value().addBindValue(text(e.recordId));
    q.value().addBindValue(text(e.fields.join(QLatin1Char(','))));
    q.value().addBindValue(text(e.note));
    q.value().addBindValue(QString::fromLatin1(e.prevHash));
    q.value().addBindValue(QString::fromLatin1(e.hash));
    if (Status s = sql::exec(q.value(), QStringLiteral("write the audit log")); !s) {
        return s;
    }
    return t.commit();
}

Status AuditLog::refused(const Actor& actor, const Status& refusal, const QString& entity, const QString& recordId)
{
    // The refusal is the answer whatever happens here; a failure to log it must not hide it.
    record(actor, { QString::fromLatin1(kRefused), entity, recordId, {}, refusal.error().detail });
    return refusal;
}

Result<QList<AuditEntry>> AuditLog::entries(const Actor& actor, const AuditFilter& f) const
{
    if (Status s = Permissions::require(actor, Permissions::Action::ViewAuditLog); !s) {
        return s.error();
    }
    QStringList where;
    QVariantList bind;
    if (f.from.isValid()) {
        where << QStringLiteral("at >= ?");
        bind << timeText(f.from.startOfDay());
    }
    if (f.to.isValid()) {
        where << QStringLiteral("at < ?");
        bind << timeText(f.to.addDays(1).startOfDay());
    }
    const QPair<QString, QString> exact[]
        = { { QStringLiteral("user_name"), f.userName }, { QStringLiteral("action"), f.action },
              { QStringLiteral("entity"), f.entity }, { QStringLiteral("record_id"), f.recordId } };
    for (const auto& [column, value] : exact) {
        if (!value.isEmpty()) {
            where << column + QStringLiteral(" = ?");
            bind << value;
        }
    }
    QString text = QStringLiteral("SELECT %1 FROM audit_log").arg(kColumns);
    if (!where.isEmpty()) {
        text += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    text += QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(std::max(1, f.limit));
    auto q = sql::prepare(m_db, text);
    if (!q) {
        return q.error();
    }
    for (const QVariant& v : bind) {
        q.value().addBindValue(v);
    }
    if (Status s = sql::exec(q.value(), QStringLiteral("read the audit log")); !s) {
        return s.error();
    }
    QList<AuditEntry> out;
    while (q.value().next()) {
        out << entryFrom(q.value());
    }
    return out;
}

Result<QStringList> AuditLog::userNames(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Permissions::Action::ViewAuditLog); !s) {
        return s.error();
    }
    auto q = sql::prepare(m_db, QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"));
    if (!q) {
        return q.error();
    }
    if (Status s = sql::exec(q.value(), QStringLiteral("read the audit log")); !s) {
        return s.error();
    }
    QStringList names;
    while (q.value().next()) {
        names << q.value().value(0).toString();
    }
    return names;
}

Result<AuditVerification> AuditLog::verify() const
{
    auto q = sql::prepare(m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns));
    if (!q) {
        return q.error();
    }
    q.value().setForwardOnly(true);
    if (Status s = sql::exec(q.value(), QStringLiteral("read the audit log")); !s) {
        return s.error();
    }
    AuditVerification v;
    QByteArray previous = genesisHash();
    qint64 expected = 1;
    while (q.value().next()) {
        const qint64 seq = q.value().value(0).toLongLong();
        const QByteArray prevHash = q.value().value(10).toString().toLatin1();
        const QByteArray hash = q.value().value(11).toString().toLatin1();
        ++v.checked;
        auto fail = [&](QString problem) {
            v.intact = false;
            v.firstBadSeq = seq;
            v.problem = std::move(problem);
            return v;
        };
        if (seq != expected) {
            return fail(seq > expected
                    ? tr("Entries %1 to %2 are missing: they have been deleted.").arg(expected).arg(seq - 1)
                    : tr("Entry %1 is out of order.").arg(seq));
        }
        if (hashOfRow(q.value()) != hash) {
            return fail(tr("Entry %1 has been changed since it was written.").arg(seq));
        }
        if (prevHash != previous) {
            return fail(tr("Entry %1 does not follow entry %2: entries have been removed, added or reordered.")
                            .arg(seq)
                            .arg(seq - 1));
        }
        previous = hash;
        ++expected;
    }
    return v;
}

Result<AuditVerification> AuditLog::verifyAgainst(const QString& olderCopyPath) const
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto older = Database::open(olderCopyPath, options);
    if (!older) {
        return older.error();
    }
    AuditVerification v;
    if (older.value()->schemaVersion() < 2) {
        return v; // made before the audit log existed: nothing to compare
    }
    auto mine = sql::prepare(m_db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    auto theirs = sql::prepare(*older.value(), QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq"));
    if (!mine || !theirs) {
        return (!mine ? mine.error() : theirs.error());
    }
    theirs.value().setForwardOnly(true);
    if (Status s = sql::exec(theirs.value(), QStringLiteral("read the backup's audit log")); !s) {
        return s.error();
    }
    while (theirs.value().next()) {
        const qint64 seq = theirs.value().value(0).toLongLong();
        ++v.checked;
        mine.value().addBindValue(seq);
        if (Status s = sql::exec(mine.value(), QStringLiteral("read the audit log")); !s) {
            return s.error();
        }
        const bool present = mine.value().next();
        if (!present || mine.value().value(0).toString() != theirs.value().value(1).toString()) {
            v.intact = false;
            v.firstBadSeq = seq;
            v.problem = present ? tr("Entry %1 differs from the same entry in the older copy.").arg(seq)
                                : tr("Entry %1, which is in the older copy, is no longer in the log.").arg(seq);
            return v;
        }
        mine.value().finish();
    }
    return v;
}

QStringList AuditLog::actionKeys()
{
    return { QString::fromLatin1(kCreate), QString::fromLatin1(kUpdate), QString::fromLatin1(kDelete),
        QString::fromLatin1(kView), QString::fromLatin1(kExport), QString::fromLatin1(kReport),
        QString::fromLatin1(kLogIn), QString::fromLatin1(kLogInFailed), QString::fromLatin1(kLogOut),
        QString::fromLatin1(kLock), QString::fromLatin1(kRefused), QString::fromLatin1(kBackup),
        QString::fromLatin1(kRestore), QString::fromLatin1(kErase), QString::fromLatin1(kAnonymise) };
}

QString AuditLog::describeAction(const QString& key)
{
    if (key == QLatin1String(kCreate)) {
        return tr("Created");
    }
    if (key == QLatin1String(kUpdate)) {
        return tr("Changed");
    }
    if (key == QLatin1String(kDelete)) {
        return tr("Deleted");
    }
    if (key == QLatin1String(kView)) {
        return tr("Opened");
    }
    if (key == QLatin1String(kExport)) {
        return tr("Exported");
    }
    if (key == QLatin1String(kReport)) {
        return tr("Ran a report");
    }
    if (key == QLatin1String(kLogIn)) {
        return tr("Logged in");
    }
    if (key == QLatin1String(kLogInFailed)) {
        return tr("Failed to log in");
    }
    if (key == QLatin1String(kLogOut)) {
        return tr("Logged out");
    }
    if (key == QLatin1String(kLock)) {
        return tr("Locked");
    }
    if (key == QLatin1String(kRefused)) {
        return tr("Refused");
    }
    if (key == QLatin1String(kBackup)) {
        return tr("Made a backup");
    }
    if (key == QLatin1String(kRestore)) {
        return tr("Restored a backup");
    }
    if (key == QLatin1String(kErase)) {
        return tr("Erased a person");
    }
    if (key == QLatin1String(kAnonymise)) {
        return tr("Anonymised a person");
    }
    return key;
}

} // namespace alongside::core
