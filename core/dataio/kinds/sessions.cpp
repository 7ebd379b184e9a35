// Sessions: one one-to-one session per row, added to the person's episode open on the day.

#include "core/clients/clientservice.h"
#include "core/dataio/importkind.h"
#include "core/db/rowstore.h"

namespace alongside::core::dataio {

namespace {

QList<CategoryOption> modeOptions()
{
    QList<CategoryOption> out;
    for (const QString& key : ClientService::modeKeys()) {
        CategoryOption o { key, ClientService::modeName(key), {} };
        if (key == QLatin1String("face_to_face")) {
            o.synonyms = { QStringLiteral("F2F"), QStringLiteral("in person"), QStringLiteral("FTF"),
                QStringLiteral("face2face") };
        } else if (key == QLatin1String("telephone")) {
            o.synonyms = { QStringLiteral("phone"), QStringLiteral("tel"), QStringLiteral("phone call"),
                QStringLiteral("call") };
        } else if (key == QLatin1String("video")) {
            o.synonyms = { QStringLiteral("video call"), QStringLiteral("online"), QStringLiteral("zoom"),
                QStringLiteral("teams") };
        } else if (key == QLatin1String("home_visit")) {
            o.synonyms = { QStringLiteral("home"), QStringLiteral("visit") };
        }
        out << o;
    }
    return out;
}

QList<CategoryOption> attendanceOptions()
{
    QList<CategoryOption> out;
    for (const QString& key : ClientService::attendanceKeys()) {
        CategoryOption o { key, ClientService::attendanceName(key), {} };
        if (key == QLatin1String("attended")) {
            o.synonyms
                = { QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("present"), QStringLiteral("attend") };
        } else if (key == QLatin1String("did_not_attend")) {
            o.synonyms = { QStringLiteral("DNA"), QStringLiteral("no show"), QStringLiteral("no"), QStringLiteral("n"),
                QStringLiteral("absent"), QStringLiteral("did not show") };
        } else if (key == QLatin1String("cancelled_by_client")) {
            o.synonyms = { QStringLiteral("cancelled by client"), QStringLiteral("client cancelled"),
                QStringLiteral("cancelled by person"), QStringLiteral("CBC") };
        } else if (key == QLatin1String("cancelled_by_service")) {
            o.synonyms = { QStringLiteral("service cancelled"), QStringLiteral("cancelled by us"),
                QStringLiteral("cancelled by staff"), QStringLiteral("cancelled by mentor"), QStringLiteral("CBS") };
        }
        out << o;
    }
    return out;
}

struct OpenEpisode
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 componentId = 0;
    QString componentName;
    QDate startsOn;
    QDate endedOn;
};

struct SessionRecord : ImportRecord
{
    Session session;
};

class SessionsImporter : public KindImporter
{
public:
    Result<QList<FieldSpec>> fields() const override
    {
        QList<FieldSpec> out = personLookupFields();
        out << dated(fieldSpec(QStringLiteral("held_on"), Importer::tr("Session date"),
                         Importer::tr("The day of the session: dd/mm/yyyy, not in the future. Required."),
                         { QStringLiteral("date"), QStringLiteral("held on"), QStringLiteral("session"),
                             QStringLiteral("date of session") },
                         true),
            FieldSpec::DateRule::NotFuture);
        out << fieldSpec(QStringLiteral("duration"), Importer::tr("Duration"),
            Importer::tr("Minutes, a whole number from 0 to 600. Optional."),
            { QStringLiteral("minutes"), QStringLiteral("length"), QStringLiteral("duration minutes"),
                QStringLiteral("duration mins"), QStringLiteral("mins") });
        out << fieldSpec(QStringLiteral("mode"), Importer::tr("How"),
            Importer::tr("One of: %1 (also F2F, phone). Empty: face to face.")
                .arg(ImportValues::acceptedNames(modeOptions())),
            { QStringLiteral("mode"), QStringLiteral("contact type"), QStringLiteral("method") });
        out << fieldSpec(QStringLiteral("attendance"), Importer::tr("Attendance"),
            Importer::tr("One of: %1 (also DNA). Empty: attended.")
                .arg(ImportValues::acceptedNames(attendanceOptions())),
            { QStringLiteral("attended"), QStringLiteral("outcome"), QStringLiteral("status") });
        out << fieldSpec(QStringLiteral("worker"), Importer::tr("Worker"),
            Importer::tr("The mentor or worker who held it: their name as on file, or their reference. Optional."),
            { QStringLiteral("mentor"), QStringLiteral("staff"), QStringLiteral("volunteer"),
                QStringLiteral("peer worker"), QStringLiteral("seen by") });
        out << fieldSpec(QStringLiteral("service"), Importer::tr("Service"),
            Importer::tr("The service the session belongs to, when the person was in more than one on the day. "
                         "Optional."),
            { QStringLiteral("service component"), QStringLiteral("component"), QStringLiteral("programme") });
        out << fieldSpec(QStringLiteral("note"), Importer::tr("Note"), Importer::tr("Free text."),
            { QStringLiteral("notes"), QStringLiteral("comment"), QStringLiteral("comments") });
        return out;
    }

    Status prepare(ImportContext& ctx) override
    {
        auto q = rows::query(ctx.db,
            QStringLiteral("SELECT e.id, r.client_id, e.component_id, c.name, e.starts_on, e.ended_on FROM episode "
                           "e JOIN referral r ON r.id = e.referral_id JOIN service_component c ON c.id = "
                           "e.component_id ORDER BY e.starts_on, e.id"),
            {}, QStringLiteral("read episodes for an import"));
        if (!q) {
            return q.status();
        }
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            OpenEpisode e;
            e.id = r.value(0).toLongLong();
            e.clientId = r.value(1).toLongLong();
            e.componentId = r.value(2).toLongLong();
            e.componentName = r.value(3).toString();
            e.startsOn = rows::toDate(r.value(4));
            e.endedOn = rows::toDate(r.value(5));
            m_episodes.insert(e.clientId, e);
        }
        return Status::ok();
    }

    std::unique_ptr<ImportRecord> checkRow(ImportContext& ctx, RowReader& row) override
    {
        auto r = std::make_unique<SessionRecord>();
        const PersonOnFile* person = row.person(ctx.people, Among::Supported);
        Session& s = r->session;
        s.heldOn = row.date(QStringLiteral("held_on"), RowReader::When::NotFuture, true);
        s.durationMinutes = row.whole(QStringLiteral("duration"), 0, 600, Importer::tr("minutes"));
        s.mode = row.category(QStringLiteral("mode"), modeOptions(), false, QStringLiteral("face_to_face"));
        s.attendance
            = row.category(QStringLiteral("attendance"), attendanceOptions(), false, QStringLiteral("attended"));
        if (const PersonOnFile* worker = row.worker(ctx.people, QStringLiteral("worker"))) {
            s.workerId = worker->workerId;
        }
        s.note = row.text(QStringLiteral("note"), false, 4000);
        const QString service = row.cell(QStringLiteral("service"));
        if (row.hasProblems() || !person) {
            return nullptr;
        }
        QList<OpenEpisode> open;
        QList<OpenEpisode> any;
        for (const OpenEpisode& e : m_episodes.values(person->clientId)) {
            if (!service.isEmpty() && ImportValues::normalised(e.componentName) != ImportValues::normalised(service)) {
                continue;
            }
            any << e;
            if (e.startsOn <= s.heldOn && (!e.endedOn.isValid() || e.endedOn >= s.heldOn)) {
                open << e;
            }
        }
        const QString who = person->describe();
        const QString day = ImportValues::longDate(s.heldOn);
        if (open.size() == 1) {
            s.episodeId = open.first().id;
        } else if (open.isEmpty()) {
            if (!service.isEmpty() && any.isEmpty()) {
                row.problem(QStringLiteral("service"),
                    Importer::tr("%1 has never been in the service \"%2\": check the service's name, or import a "
                                 "referral that starts it first.")
                        .arg(who, service));
            } else {
                row.problem(QStringLiteral("held_on"),
                    Importer::tr("%1 was not in any service on %2: check the date, or import a referral that starts "
                                 "a service on or before that day first.")
                        .arg(who, day));
            }
            return nullptr;
        } else {
            QStringList names;
            for (const OpenEpisode& e : open) {
                names << e.componentName;
            }
            row.problem(isMappedOr(row, QStringLiteral("service"), QStringLiteral("held_on")),
                Importer::tr("%1 was in more than one service on %2 (%3): add a Service column saying which.")
                    .arg(who, day, names.join(QStringLiteral(", "))));
            return nullptr;
        }
        if (Status v = ClientService::validate(s, ctx.today); !v) {
            row.problem({}, v.message());
            return nullptr;
        }
        return r;
    }

    Status writeRow(ImportContext& ctx, const ImportRecord& record, DuplicateChoice) override
    {
        const auto& r = static_cast<const SessionRecord&>(record);
        auto id = ClientService(ctx.db).saveSession(ctx.actor, r.session);
        if (!id) {
            return id.status();
        }
        ctx.count(Importer::tr("sessions"));
        return Status::ok();
    }

private:
    static QString isMappedOr(const RowReader& row, const QString& key, const QString& otherwise)
    {
        return row.isMapped(key) ? key : otherwise;
    }

    QMultiHash<qint64, OpenEpisode> m_episodes;
};

} // namespace

std::unique_ptr<KindImporter> makeSessionsImporter()
{
    return std::make_unique<SessionsImporter>();
}

} // namespace alongside::core::dataio
