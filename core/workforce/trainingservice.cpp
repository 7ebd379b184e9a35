#include "trainingservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/db/rowstore.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/reports/csvfile.h"
#include "core/workforce/workforceservice.h"

#include <QHash>
#include <QSet>

namespace alongside::core {

namespace {

using Action = Permissions::Action;
using rows::Field;

QList<qint64> idList(const QString& joined)
{
    QList<qint64> out;
    for (const QString& part : joined.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        out << part.toLongLong();
    }
    return out;
}

Status replaceLinks(
    Database& db, const QString& table, const QString& column, qint64 courseId, const QList<qint64>& ids)
{
    if (auto q = rows::query(db, QStringLiteral("DELETE FROM %1 WHERE course_id = ?").arg(table), { courseId },
            QStringLiteral("update %1").arg(table));
        !q) {
        return q.error();
    }
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (seen.contains(id)) {
            continue;
        }
        seen.insert(id);
        if (auto q = rows::query(db, QStringLiteral("INSERT INTO %1 (course_id, %2) VALUES (?, ?)").arg(table, column),
                { courseId, id }, QStringLiteral("update %1").arg(table));
            !q) {
            return q.error();
        }
    }
    return Status::ok();
}

} // namespace

QDate TrainingService::expiryDate(const QDate& completedOn, const QDate& expiresOn, int refreshMonths)
{
    if (expiresOn.isValid()) {
        return expiresOn;
    }
    if (!completedOn.isValid() || refreshMonths <= 0) {
        return {};
    }
    return completedOn.addMonths(refreshMonths);
}

Status TrainingService::validate(const Course& c)
{
    if (c.title.trimmed().isEmpty()) {
        return invalidInput(tr("Enter the course title."));
    }
    if (c.lengthDays && (*c.lengthDays <= 0 || *c.lengthDays > 365)) {
        return invalidInput(tr("The length in days must be more than 0 and at most 365."));
    }
    if (c.lengthHours && (*c.lengthHours <= 0 || *c.lengthHours > 2000)) {
        return invalidInput(tr("The length in hours must be more than 0 and at most 2000."));
    }
    if (c.credits && (*c.credits < 0 || *c.credits > 360)) {
        return invalidInput(tr("Credits must be between 0 and 360."));
    }
    if (c.refreshMonths < 0 || c.refreshMonths > 120) {
        return invalidInput(tr("The refresh interval must be between 0 (never) and 120 months."));
    }
    return Status::ok();
}

Status TrainingService::validate(const Completion& c)
{
    if (c.courseId <= 0) {
        return invalidInput(tr("Choose the course."));
    }
    if (c.workerId <= 0) {
        return invalidInput(tr("Choose who completed the course."));
    }
    if (!c.completedOn.isValid()) {
        return invalidInput(tr("Enter the date the course was completed."));
    }
    if (c.completedOn > Clock::instance().today()) {
        return invalidInput(tr("The completion date is in the future. Record a course once it has been completed."));
    }
    if (c.expiresOn.isValid() && c.expiresOn <= c.completedOn) {
        return invalidInput(tr("The expiry date is on or before the completion date. Check both dates."));
    }
    if (c.credits && (*c.credits < 0 || *c.credits > 360)) {
        return invalidInput(tr("Credits must be between 0 and 360."));
    }
    if (c.certificate.size() > kMaxCertificateBytes) {
        return invalidInput(
            tr("The certificate file is larger than 10 MB. Scan it at a lower resolution or save it as a "
               "PDF, then attach it again."));
    }
    return Status::ok();
}

Result<QList<Course>> TrainingService::courses(const Actor& actor, bool includeInactive) const
{
    Q_UNUSED(actor) // the catalogue holds no personal data
    auto q = rows::query(m_db,
        QStringLiteral("SELECT c.id, c.title, c.provider, c.length_days, c.length_hours, c.credits, c.accreditation, "
                       "c.refresh_months, c.mandatory, c.active, "
                       "(SELECT GROUP_CONCAT(role_type_id) FROM course_role WHERE course_id = c.id), "
                       "(SELECT GROUP_CONCAT(competence_id) FROM course_competence WHERE course_id = c.id) "
                       "FROM training_course c %1 ORDER BY c.title")
            .arg(includeInactive ? QString() : QStringLiteral("WHERE c.active = 1")),
        {}, QStringLiteral("read courses"));
    if (!q) {
        return q.error();
    }
    QList<Course> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Course c;
        c.id = r.value(0).toLongLong();
        c.title = r.value(1).toString();
        c.provider = r.value(2).toString();
        c.lengthDays = rows::toOptionalDouble(r.value(3));
        c.lengthHours = rows::toOptionalDouble(r.value(4));
        c.credits = rows::toOptionalInt(r.value(5));
        c.accreditation = r.value(6).toString();
        c.refreshMonths = r.value(7).toInt();
        c.mandatoryForAll = r.value(8).toInt() != 0;
        c.active = r.value(9).toInt() != 0;
        c.mandatoryRoleIds = idList(r.value(10).toString());
        c.competenceIds = idList(r.value(11).toString());
        std::sort(c.mandatoryRoleIds.begin(), c.mandatoryRoleIds.end());
        std::sort(c.competenceIds.begin(), c.competenceIds.end());
        out << c;
    }
    return out;
}

Result<qint64> TrainingService::saveCourse(const Actor& actor, const Course& c)
{
    if (Status s = Permissions::require(actor, Action::EditCatalogues); !s) {
        return AuditLog(m_db).refused(actor, s, QStringLiteral("training_course")).error();
    }
    if (Status v = validate(c); !v) {
        return v.error();
    }
    auto clash
        = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM training_course WHERE LOWER(title) = ? AND id <> ?"),
            { c.title.trimmed().toLower(), c.id });
    if (!clash) {
        return clash.error();
    }
    if (clash.value().toInt() > 0) {
        return invalidInput(
            tr("There is already a course called \"%1\". Choose another title.").arg(c.title.trimmed()));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    auto id = rows::save(m_db, actor, QStringLiteral("training_course"), c.id,
        { { QStringLiteral("title"), c.title.trimmed() }, { QStringLiteral("provider"), rows::text(c.provider) },
            { QStringLiteral("length_days"), rows::optional(c.lengthDays) },
            { QStringLiteral("length_hours"), rows::optional(c.lengthHours) },
            { QStringLiteral("credits"), rows::optional(c.credits) },
            { QStringLiteral("accreditation"), rows::text(c.accreditation) },
            { QStringLiteral("refresh_months"), c.refreshMonths > 0 ? QVariant(c.refreshMonths) : QVariant() },
            { QStringLiteral("mandatory"), c.mandatoryForAll ? 1 : 0 },
            { QStringLiteral("active"), c.active ? 1 : 0 } });
    if (!id) {
        return id.error();
    }
    if (Status s = replaceLinks(
            m_db, QStringLiteral("course_role"), QStringLiteral("role_type_id"), id.value(), c.mandatoryRoleIds);
        !s) {
        return s.error();
    }
    if (Status s = replaceLinks(
            m_db, QStringLiteral("course_competence"), QStringLiteral("competence_id"), id.value(), c.competenceIds);
        !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id.value();
}

Result<QList<Competence>> TrainingService::competences(const Actor& actor) const
{
    Q_UNUSED(actor)
    auto q = rows::query(m_db, QStringLiteral("SELECT id, domain, title FROM competence ORDER BY domain, id"), {},
        QStringLiteral("read competences"));
    if (!q) {
        return q.error();
    }
    QList<Competence> out;
    while (q.value().next()) {
        out << Competence { q.value().value(0).toLongLong(), q.value().value(1).toString(),
            q.value().value(2).toString() };
    }
    return out;
}

Result<int> TrainingService::importCompetences(const Actor& actor, const QByteArray& data)
{
    if (Status s = Permissions::require(actor, Action::EditCatalogues); !s) {
        return AuditLog(m_db).refused(actor, s, QStringLiteral("competence")).error();
    }
    auto parsed = csv::parse(data);
    if (!parsed) {
        return parsed.error();
    }
    QList<QStringList> lines = parsed.value();
    int firstLine = 1;
    if (!lines.isEmpty() && lines.first().size() >= 2
        && lines.first().at(0).trimmed().compare(tr("domain"), Qt::CaseInsensitive) == 0) {
        lines.removeFirst();
        firstLine = 2;
    }
    QList<Competence> wanted;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList& cells = lines[i];
        if (cells.size() == 1 && cells[0].trimmed().isEmpty()) {
            continue; // a blank line
        }
        if (cells.size() < 2 || cells[0].trimmed().isEmpty() || cells[1].trimmed().isEmpty()) {
            return invalidInput(tr("Line %1 needs two cells, the domain and the competence. Nothing was imported; "
                                   "correct the file and try again.")
                                    .arg(firstLine + i));
        }
        if (cells[0].trimmed().size() > 200 || cells[1].trimmed().size() > 500) {
            return invalidInput(tr("Line %1 is too long to be a competence. Nothing was imported.").arg(firstLine + i));
        }
        wanted << Competence { 0, cells[0].trimmed(), cells[1].trimmed() };
    }
    if (wanted.isEmpty()) {
        return invalidInput(tr("The file has no competences in it. Each line needs a domain and a competence."));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    int added = 0;
    for (const Competence& c : wanted) {
        auto exists = sql::scalar(m_db,
            QStringLiteral("SELECT COUNT(*) FROM competence WHERE domain = ? AND title = ?"), { c.domain, c.title });
        if (!exists) {
            return exists.error();
        }
        if (exists.value().toInt() > 0) {
            continue;
        }
        if (auto q = rows::query(m_db, QStringLiteral("INSERT INTO competence (domain, title) VALUES (?, ?)"),
                { c.domain, c.title }, QStringLiteral("import competences"));
            !q) {
            return q.error();
        }
        ++added;
    }
    if (Status s = AuditLog(m_db).record(actor,
            { QString::fromLatin1(AuditLog::kCreate), QStringLiteral("competence"), {}, {},
                QStringLiteral("imported %1").arg(added) });
        !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return added;
}

Result<QList<Completion>> TrainingService::completions(const Actor& actor, qint64 workerId, qint64 courseId) const
{
    if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT tc.id, tc.course_id, tc.worker_id, c.title, p.given_name, p.family_name, p.known_as, "
                       "tc.completed_on, tc.expires_on, tc.provider, tc.credits, tc.note, tc.certificate_name, "
                       "tc.certificate IS NOT NULL, tc.recorded_by, c.refresh_months "
                       "FROM training_completion tc JOIN training_course c ON c.id = tc.course_id "
                       "JOIN worker w ON w.id = tc.worker_id JOIN person p ON p.id = w.person_id "
                       "WHERE (? = 0 OR tc.worker_id = ?) AND (? = 0 OR tc.course_id = ?) "
                       "ORDER BY tc.completed_on DESC, tc.id DESC"),
        { workerId, workerId, courseId, courseId }, QStringLiteral("read training"));
    if (!q) {
        return q.error();
    }
    QList<Completion> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Completion c;
        c.id = r.value(0).toLongLong();
        c.courseId = r.value(1).toLongLong();
        c.workerId = r.value(2).toLongLong();
        c.courseTitle = r.value(3).toString();
        c.workerName
            = WorkforceService::displayName(r.value(4).toString(), r.value(5).toString(), r.value(6).toString());
        c.completedOn = rows::toDate(r.value(7));
        c.expiresOn = rows::toDate(r.value(8));
        c.provider = r.value(9).toString();
        c.credits = rows::toOptionalInt(r.value(10));
        c.note = r.value(11).toString();
        c.certificateName = r.value(12).toString();
        c.hasCertificate = r.value(13).toInt() != 0;
        c.recordedBy = r.value(14).toString();
        c.effectiveExpiry = expiryDate(c.completedOn, c.expiresOn, r.value(15).toInt());
        out << c;
    }
    return out;
}

namespace {

QList<Field> completionFields(const Completion& c, const Actor& actor, bool withCertificate)
{
    QList<Field> f { { QStringLiteral("course_id"), c.courseId }, { QStringLiteral("worker_id"), c.workerId },
        { QStringLiteral("completed_on"), rows::date(c.completedOn) },
        { QStringLiteral("expires_on"), rows::date(c.expiresOn) },
        { QStringLiteral("provider"), rows::text(c.provider) },
        { QStringLiteral("credits"), rows::optional(c.credits) }, { QStringLiteral("note"), rows::text(c.note) },
        { QStringLiteral("recorded_by"), c.recordedBy.isEmpty() ? actor.shownName() : c.recordedBy } };
    if (withCertificate) {
        f << Field { QStringLiteral("certificate_name"), rows::text(c.certificateName) }
          << Field { QStringLiteral("certificate"), c.certificate.isEmpty() ? QVariant() : QVariant(c.certificate) };
    }
    return f;
}

} // namespace

Result<qint64> TrainingService::saveCompletion(const Actor& actor, const Completion& c)
{
    if (Status s = Permissions::require(actor, Action::EditRecords); !s) {
        return AuditLog(m_db).refused(actor, s, QStringLiteral("training_completion")).error();
    }
    if (Status v = validate(c); !v) {
        return v.error();
    }
    // A completion read back carries no certificate bytes: keep the stored file unless a new one
    // is attached or the attachment was removed (hasCertificate false and no bytes).
    const bool touchCertificate = c.id == 0 || !c.certificate.isEmpty() || !c.hasCertificate;
    return rows::save(
        m_db, actor, QStringLiteral("training_completion"), c.id, completionFields(c, actor, touchCertificate));
}

Status TrainingService::removeCompletion(const Actor& actor, qint64 id)
{
    if (Status s = Permissions::require(actor, Action::EditRecords); !s) {
        return AuditLog(m_db).refused(actor, s, QStringLiteral("training_completion"), QString::number(id));
    }
    return rows::remove(m_db, actor, QStringLiteral("training_completion"), id);
}

Result<QList<qint64>> TrainingService::recordCohort(
    const Actor& actor, const Completion& common, const QList<qint64>& workerIds)
{
    if (Status s = Permissions::require(actor, Action::EditRecords); !s) {
        return AuditLog(m_db).refused(actor, s, QStringLiteral("training_completion")).error();
    }
    if (workerIds.isEmpty()) {
        return invalidInput(tr("Tick at least one person who completed the course."));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    QList<qint64> ids;
    for (qint64 workerId : workerIds) {
        Completion c = common;
        c.id = 0;
        c.workerId = workerId;
        auto id = saveCompletion(actor, c);
        if (!id) {
            return id.error();
        }
        ids << id.value();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return ids;
}

Result<QByteArray> TrainingService::certificate(const Actor& actor, qint64 completionId)
{
    AuditLog log(m_db);
    const QString id = QString::number(completionId);
    if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
        return log.refused(actor, s, QStringLiteral("training_completion"), id).error();
    }
    auto v = sql::scalar(
        m_db, QStringLiteral("SELECT certificate FROM training_completion WHERE id = ?"), { completionId });
    if (!v) {
        return v.error();
    }
    if (v.value().isNull()) {
        return Error { Error::Code::NotFound, tr("No certificate is attached to this course record."), id };
    }
    if (Status s = log.record(actor,
            { QString::fromLatin1(AuditLog::kView), QStringLiteral("training_completion"), id,
                { QStringLiteral("certificate") }, {} });
        !s) {
        return s.error();
    }
    return v.value().toByteArray();
}

} // namespace alongside::core
