// Training completions: one course of the training catalogue completed by a worker per row.

#include "core/dataio/importkind.h"
#include "core/db/rowstore.h"
#include "core/workforce/trainingservice.h"

#include <QSet>

#include <algorithm>

namespace alongside::core::dataio {

namespace {

FieldSpec fieldSpec(const QString& key, const QString& title, const QString& help, const QStringList& headers,
    bool required = false, const QString& oneOf = {})
{
    FieldSpec f;
    f.key = key;
    f.title = title;
    f.help = help;
    f.headerNames = headers;
    f.required = required;
    f.oneOf = oneOf;
    return f;
}

/** Edits (insertions, deletions, substitutions) between two short texts. */
int distance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString plainName(const PersonOnFile& p)
{
    return QStringList { p.givenName, p.familyName }.join(QLatin1Char(' ')).trimmed();
}

struct CourseOnFile
{
    qint64 id = 0;
    QString title;
};

struct CompletionRecord : ImportRecord
{
    Completion completion;
};

class TrainingCompletionsImporter : public KindImporter
{
public:
    Result<QList<FieldSpec>> fields() const override
    {
        QList<FieldSpec> out = personLookupFields();
        out << fieldSpec(QStringLiteral("worker"), Importer::tr("Worker"),
            Importer::tr("Who completed the course, in one column: their name as on file (\"Sam Okafor\"), or their "
                         "reference. Instead of the reference and name columns."),
            { QStringLiteral("name"), QStringLiteral("full name"), QStringLiteral("volunteer"), QStringLiteral("staff"),
                QStringLiteral("staff member"), QStringLiteral("trainee"), QStringLiteral("attendee") },
            false, QStringLiteral("who"));
        out << fieldSpec(QStringLiteral("course"), Importer::tr("Course"),
            Importer::tr("The course's title as in the training catalogue (capitals do not matter). Required."),
            { QStringLiteral("course title"), QStringLiteral("course name"), QStringLiteral("training"),
                QStringLiteral("training course") },
            true);
        out << dated(fieldSpec(QStringLiteral("completed_on"), Importer::tr("Completed on"),
                         Importer::tr("The day the course was completed: dd/mm/yyyy, not in the future. Required."),
                         { QStringLiteral("date completed"), QStringLiteral("completed"),
                             QStringLiteral("completion date"), QStringLiteral("date") },
                         true),
            FieldSpec::DateRule::NotFuture);
        out << dated(
            fieldSpec(QStringLiteral("expires_on"), Importer::tr("Expires on"),
                Importer::tr("The expiry date printed on the certificate, after the completion date. Optional: empty, "
                             "it is worked out from the course's refresh interval."),
                { QStringLiteral("expiry"), QStringLiteral("expiry date"), QStringLiteral("expires"),
                    QStringLiteral("renewal date"), QStringLiteral("valid until") }),
            FieldSpec::DateRule::Any);
        out << fieldSpec(QStringLiteral("provider"), Importer::tr("Provider"),
            Importer::tr("Who ran the course. Optional."),
            { QStringLiteral("trainer"), QStringLiteral("delivered by"), QStringLiteral("training provider") });
        out << fieldSpec(QStringLiteral("credits"), Importer::tr("Credits"),
            Importer::tr("Credits earned, a whole number from 0 to 360. Optional."),
            { QStringLiteral("cpd"), QStringLiteral("cpd credits"), QStringLiteral("points") });
        out << fieldSpec(QStringLiteral("note"), Importer::tr("Note"), Importer::tr("Free text. Optional."),
            { QStringLiteral("notes"), QStringLiteral("comment"), QStringLiteral("comments") });
        return out;
    }

    Status prepare(ImportContext& ctx) override
    {
        auto q = rows::query(ctx.db, QStringLiteral("SELECT id, title FROM training_course ORDER BY title"), {},
            QStringLiteral("read the training catalogue for an import"));
        if (!q) {
            return q.status();
        }
        while (q.value().next()) {
            m_courses << CourseOnFile { q.value().value(0).toLongLong(), q.value().value(1).toString() };
        }
        auto done
            = rows::query(ctx.db, QStringLiteral("SELECT worker_id, course_id, completed_on FROM training_completion"),
                {}, QStringLiteral("read training completions for an import"));
        if (!done) {
            return done.status();
        }
        while (done.value().next()) {
            const QSqlQuery& r = done.value();
            m_onFile.insert(key(r.value(0).toLongLong(), r.value(1).toLongLong(), rows::toDate(r.value(2))));
        }
        return Status::ok();
    }

    std::unique_ptr<ImportRecord> checkRow(ImportContext& ctx, RowReader& row) override
    {
        auto r = std::make_unique<CompletionRecord>();
        Completion& c = r->completion;
        const PersonOnFile* worker = nullptr;
        if (!row.cell(QStringLiteral("worker")).isEmpty()) {
            worker = row.worker(ctx.people, QStringLiteral("worker"));
        } else {
            worker = row.person(ctx.people, Among::Workforce);
        }
        const CourseOnFile* course = findCourse(row);
        c.completedOn = row.date(QStringLiteral("completed_on"), RowReader::When::NotFuture, true);
        c.expiresOn = row.date(QStringLiteral("expires_on"), RowReader::When::Any);
        c.provider = row.text(QStringLiteral("provider"));
        c.credits = row.whole(QStringLiteral("credits"), 0, 360);
        c.note = row.text(QStringLiteral("note"), false, 4000);
        if (row.hasProblems() || !worker || !course) {
            return nullptr;
        }
        c.workerId = worker->workerId;
        c.courseId = course->id;
        if (c.expiresOn.isValid() && c.expiresOn <= c.completedOn) {
            row.problem(QStringLiteral("expires_on"),
                Importer::tr("Expires on (%1) is on or before the completion date (%2): check both dates.")
                    .arg(ImportValues::longDate(c.expiresOn), ImportValues::longDate(c.completedOn)));
            return nullptr;
        }
        if (Status v = TrainingService::validate(c); !v) {
            row.problem({}, v.message());
            return nullptr;
        }
        const QString k = key(c.workerId, c.courseId, c.completedOn);
        const QString what = Importer::tr("%1 completed \"%2\" on %3")
                                 .arg(plainName(*worker), course->title, ImportValues::longDate(c.completedOn));
        if (m_onFile.contains(k)) {
            row.problem(QStringLiteral("course"),
                Importer::tr("%1 is already on file: this row may have been imported before. Take the row out.")
                    .arg(what));
            return nullptr;
        }
        if (const int earlier = m_inFile.value(k); earlier != 0) {
            row.problem(QStringLiteral("course"),
                Importer::tr("Row %1 also says %2: keep one of the two rows.").arg(earlier).arg(what));
            return nullptr;
        }
        m_inFile.insert(k, row.line());
        return r;
    }

    Status writeRow(ImportContext& ctx, const ImportRecord& record, DuplicateChoice) override
    {
        const auto& r = static_cast<const CompletionRecord&>(record);
        auto id = TrainingService(ctx.db).saveCompletion(ctx.actor, r.completion);
        if (!id) {
            return id.status();
        }
        ctx.count(Importer::tr("training completions"));
        return Status::ok();
    }

private:
    static QString key(qint64 workerId, qint64 courseId, const QDate& on)
    {
        return QStringLiteral("%1/%2/%3").arg(workerId).arg(courseId).arg(on.toString(Qt::ISODate));
    }

    const CourseOnFile* findCourse(RowReader& row) const
    {
        const QString title = row.text(QStringLiteral("course"), true);
        if (title.isEmpty()) {
            return nullptr;
        }
        const QString wanted = ImportValues::normalised(title);
        for (const CourseOnFile& c : m_courses) {
            if (ImportValues::normalised(c.title) == wanted) {
                return &c;
            }
        }
        // Close names: a few letters different, or one name inside the other.
        QStringList close;
        for (const CourseOnFile& c : m_courses) {
            const QString have = ImportValues::normalised(c.title);
            const int allowed = std::max(2, int(std::min(have.size(), wanted.size())) / 4);
            if (distance(have, wanted) <= allowed
                || (wanted.size() >= 4 && (have.contains(wanted) || wanted.contains(have)))) {
                close << QStringLiteral("\"%1\"").arg(c.title);
            }
        }
        QString message = Importer::tr("There is no course called \"%1\" in the training catalogue.").arg(title);
        if (!close.isEmpty()) {
            message += QLatin1Char(' ')
                + (close.size() == 1 ? Importer::tr("Did you mean %1?").arg(close.first())
                                     : Importer::tr("Close names: %1.").arg(close.join(QStringLiteral(", "))));
        }
        message += QLatin1Char(' ')
            + Importer::tr("Check the spelling, or add the course in Workforce ▸ Training Catalogue first.");
        row.problem(QStringLiteral("course"), message);
        return nullptr;
    }

    QList<CourseOnFile> m_courses;
    QSet<QString> m_onFile;
    QHash<QString, int> m_inFile;
};

} // namespace

std::unique_ptr<KindImporter> makeTrainingCompletionsImporter()
{
    return std::make_unique<TrainingCompletionsImporter>();
}

} // namespace alongside::core::dataio
