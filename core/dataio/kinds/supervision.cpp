// Supervision entries: one supervision session per row: when, what kind, how long, the supervisor
// (a worker or someone outside the charity) and the people supervised. Private notes are never
// imported: they belong to the people in the session, who write them in Alongside.

#include "core/dataio/importkind.h"
#include "core/db/rowstore.h"
#include "core/supervision/supervisionservice.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace alongside::core::dataio {

namespace {

QList<CategoryOption> kindOptions()
{
    QList<CategoryOption> out;
    for (const QString& key : SupervisionService::kindKeys()) {
        CategoryOption o { key, SupervisionService::kindName(key), {} };
        if (key == QLatin1String(supervision::kLineManagement)) {
            o.synonyms = { QStringLiteral("line management"), QStringLiteral("management"), QStringLiteral("LM"),
                QStringLiteral("line manager") };
        } else if (key == QLatin1String(supervision::kReflective)) {
            o.synonyms = { QStringLiteral("reflective"), QStringLiteral("one-to-one"), QStringLiteral("1:1"),
                QStringLiteral("1-1"), QStringLiteral("peer supervision"), QStringLiteral("reflective supervision"),
                QStringLiteral("supervision"), QStringLiteral("clinical supervision") };
        } else if (key == QLatin1String(supervision::kGroupReflective)) {
            o.synonyms
                = { QStringLiteral("group"), QStringLiteral("group supervision"), QStringLiteral("reflective practice"),
                      QStringLiteral("group reflective"), QStringLiteral("group reflective practice") };
        } else if (key == QLatin1String(supervision::kDebrief)) {
            o.synonyms = { QStringLiteral("debrief"), QStringLiteral("incident debrief") };
        } else if (key == QLatin1String(supervision::kAdHoc)) {
            o.synonyms = { QStringLiteral("adhoc"), QStringLiteral("informal"), QStringLiteral("unplanned") };
        }
        out << o;
    }
    return out;
}

QList<CategoryOption> formatOptions()
{
    QList<CategoryOption> out;
    for (const QString& key : SupervisionService::formatKeys()) {
        CategoryOption o { key, SupervisionService::formatName(key), {} };
        if (key == QLatin1String(supervision::kInPerson)) {
            o.synonyms = { QStringLiteral("in person"), QStringLiteral("face to face"), QStringLiteral("F2F") };
        } else if (key == QLatin1String(supervision::kVideo)) {
            o.synonyms = { QStringLiteral("video"), QStringLiteral("video call"), QStringLiteral("online"),
                QStringLiteral("zoom"), QStringLiteral("teams") };
        } else if (key == QLatin1String(supervision::kTelephone)) {
            o.synonyms = { QStringLiteral("phone"), QStringLiteral("telephone"), QStringLiteral("call") };
        }
        out << o;
    }
    return out;
}

struct RoleSpell
{
    QDate startsOn;
    QDate endsOn;
    bool peer = false;
};

struct EntryRecord : ImportRecord
{
    SupervisionEntry entry;
};

class SupervisionEntriesImporter : public KindImporter
{
public:
    Result<QList<FieldSpec>> fields() const override
    {
        QList<FieldSpec> out;
        out << dated(fieldSpec(QStringLiteral("held_on"), Importer::tr("Date"),
                         Importer::tr("The day of the session: dd/mm/yyyy, not in the future. Required."),
                         { QStringLiteral("held on"), QStringLiteral("session date"),
                             QStringLiteral("supervision date"), QStringLiteral("date of session") },
                         true),
            FieldSpec::DateRule::NotFuture);
        out << fieldSpec(QStringLiteral("kind"), Importer::tr("Type"),
            Importer::tr("One of: %1. Empty: one-to-one reflective or peer supervision, or group reflective practice "
                         "when more than one person was supervised.")
                .arg(ImportValues::acceptedNames(kindOptions())),
            { QStringLiteral("kind"), QStringLiteral("type of session"), QStringLiteral("session type"),
                QStringLiteral("supervision type") });
        out << fieldSpec(QStringLiteral("duration"), Importer::tr("Duration"),
            Importer::tr("Minutes, a whole number from 1 to 600. Required."),
            { QStringLiteral("minutes"), QStringLiteral("length"), QStringLiteral("duration minutes"),
                QStringLiteral("duration mins"), QStringLiteral("mins") },
            true);
        out << fieldSpec(QStringLiteral("format"), Importer::tr("How"),
            Importer::tr("One of: %1. Empty: in person.").arg(ImportValues::acceptedNames(formatOptions())),
            { QStringLiteral("format"), QStringLiteral("mode"), QStringLiteral("held by") });
        out << fieldSpec(QStringLiteral("supervisor"), Importer::tr("Supervisor"),
            Importer::tr("The supervisor, when they are a volunteer or worker on file: their name as on file or their "
                         "reference. Otherwise use External supervisor."),
            { QStringLiteral("supervised by"), QStringLiteral("line manager"), QStringLiteral("facilitator") });
        out << fieldSpec(QStringLiteral("external_supervisor"), Importer::tr("External supervisor"),
            Importer::tr("The name of a supervisor from outside the charity, when there is no Supervisor."),
            { QStringLiteral("outside supervisor"), QStringLiteral("external") });
        out << fieldSpec(QStringLiteral("supervisees"), Importer::tr("Supervisees"),
            Importer::tr("The people supervised: each one's name as on file or reference, separated by ; or , when "
                         "there are several. Required."),
            { QStringLiteral("supervisee"), QStringLiteral("people supervised"), QStringLiteral("person supervised"),
                QStringLiteral("attendees"), QStringLiteral("worker"), QStringLiteral("volunteer"),
                QStringLiteral("name") },
            true);
        out << fieldSpec(QStringLiteral("summary"), Importer::tr("Summary"),
            Importer::tr("The shareable summary of the session. Private notes are not imported."),
            { QStringLiteral("notes"), QStringLiteral("shareable summary"), QStringLiteral("discussion"),
                QStringLiteral("topics") });
        return out;
    }

    Status prepare(ImportContext& ctx) override
    {
        auto roles = rows::query(ctx.db,
            QStringLiteral("SELECT r.worker_id, r.starts_on, r.ends_on, t.is_peer FROM worker_role r JOIN role_type t "
                           "ON t.id = r.role_type_id"),
            {}, QStringLiteral("read roles for an import"));
        if (!roles) {
            return roles.status();
        }
        while (roles.value().next()) {
            const QSqlQuery& r = roles.value();
            m_roles.insert(r.value(0).toLongLong(),
                RoleSpell { rows::toDate(r.value(1)), rows::toDate(r.value(2)), r.value(3).toInt() != 0 });
        }
        auto held = rows::query(ctx.db,
            QStringLiteral("SELECT e.held_on, e.supervisor_id, e.external_supervisor, a.worker_id FROM "
                           "supervision_entry e JOIN supervision_attendee a ON a.entry_id = e.id"),
            {}, QStringLiteral("read supervision on file for an import"));
        if (!held) {
            return held.status();
        }
        while (held.value().next()) {
            const QSqlQuery& r = held.value();
            m_onFile.insert(
                key(rows::toDate(r.value(0)), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toLongLong()));
        }
        return Status::ok();
    }

    std::unique_ptr<ImportRecord> checkRow(ImportContext& ctx, RowReader& row) override
    {
        auto r = std::make_unique<EntryRecord>();
        SupervisionEntry& e = r->entry;
        e.heldOn = row.date(QStringLiteral("held_on"), RowReader::When::NotFuture, true);
        const QString kind = row.category(QStringLiteral("kind"), kindOptions());
        e.durationMinutes = row.whole(QStringLiteral("duration"), 1, 600, Importer::tr("minutes"), true).value_or(0);
        e.format = row.category(
            QStringLiteral("format"), formatOptions(), false, QString::fromLatin1(supervision::kInPerson));
        const PersonOnFile* supervisor = row.worker(ctx.people, QStringLiteral("supervisor"));
        e.externalSupervisor = row.text(QStringLiteral("external_supervisor"));
        e.summary = row.text(QStringLiteral("summary"), false, 4000);

        QStringList names;
        const QString cell = row.text(QStringLiteral("supervisees"), true, 2000);
        for (const QString& part : cell.split(QRegularExpression(QStringLiteral("[;,]")))) {
            if (!part.trimmed().isEmpty()) {
                names << part.trimmed();
            }
        }
        QList<const PersonOnFile*> supervisees;
        for (const QString& name : names) {
            QString why;
            const PersonOnFile* p = ctx.people.findByName(Among::Workforce, name, &why);
            if (!p) {
                row.problem(QStringLiteral("supervisees"), why);
                continue;
            }
            supervisees << p;
        }
        if (!cell.isEmpty() && names.isEmpty()) {
            row.problem(QStringLiteral("supervisees"),
                Importer::tr("Supervisees has no names: write each person's name, separated by ; or ,."));
        }
        if (row.hasProblems()) {
            return nullptr;
        }
        if (!row.cell(QStringLiteral("supervisor")).isEmpty() && !e.externalSupervisor.isEmpty()) {
            row.problem(QStringLiteral("external_supervisor"),
                Importer::tr("The row has both a Supervisor and an External supervisor: keep one of them."));
            return nullptr;
        }
        if (!supervisor && e.externalSupervisor.isEmpty()) {
            row.problem(row.isMapped(QStringLiteral("supervisor")) ? QStringLiteral("supervisor")
                                                                   : QStringLiteral("external_supervisor"),
                Importer::tr("The row does not say who the supervisor was: give a Supervisor on file or an External "
                             "supervisor's name."));
            return nullptr;
        }
        e.kind = !kind.isEmpty()     ? kind
            : supervisees.size() > 1 ? QString::fromLatin1(supervision::kGroupReflective)
                                     : QString::fromLatin1(supervision::kReflective);
        if (supervisor) {
            e.supervisorWorkerId = supervisor->workerId;
            e.supervisorKind = isPeerOn(supervisor->workerId, e.heldOn) ? QString::fromLatin1(supervision::kPeer)
                                                                        : QString::fromLatin1(supervision::kNonPeer);
        } else {
            e.supervisorKind = QString::fromLatin1(supervision::kExternal);
        }
        for (const PersonOnFile* p : supervisees) {
            SupervisionAttendee a;
            a.workerId = p->workerId;
            a.name = QStringList { p->givenName, p->familyName }.join(QLatin1Char(' ')).trimmed();
            e.attendees << a;
        }
        if (Status v = SupervisionService::validate(e, ctx.today); !v) {
            row.problem({}, v.message());
            return nullptr;
        }
        // A session already on file, or twice in the file: the same day, supervisor and a supervisee.
        for (const SupervisionAttendee& a : e.attendees) {
            const QString k = key(e.heldOn, e.supervisorWorkerId, e.externalSupervisor, a.workerId);
            const QString what = Importer::tr("Supervision of %1 on %2 with this supervisor")
                                     .arg(a.name, ImportValues::longDate(e.heldOn));
            if (m_onFile.contains(k)) {
                row.problem(QStringLiteral("held_on"),
                    Importer::tr("%1 is already on file: this row may have been imported before. Take the row out.")
                        .arg(what));
                return nullptr;
            }
            if (const int earlier = m_inFile.value(k); earlier != 0) {
                row.problem(QStringLiteral("held_on"),
                    Importer::tr("%1 is also on row %2: keep one of the two rows.").arg(what).arg(earlier));
                return nullptr;
            }
        }
        for (const SupervisionAttendee& a : e.attendees) {
            m_inFile.insert(key(e.heldOn, e.supervisorWorkerId, e.externalSupervisor, a.workerId), row.line());
        }
        return r;
    }

    Status writeRow(ImportContext& ctx, const ImportRecord& record, DuplicateChoice) override
    {
        const auto& r = static_cast<const EntryRecord&>(record);
        auto id = SupervisionService(ctx.db).saveEntry(ctx.actor, r.entry);
        if (!id) {
            return id.status();
        }
        ctx.count(Importer::tr("supervision sessions"));
        return Status::ok();
    }

private:
    static QString key(const QDate& on, qint64 supervisorId, const QString& external, qint64 superviseeId)
    {
        return QStringLiteral("%1/%2/%3/%4")
            .arg(on.toString(Qt::ISODate))
            .arg(supervisorId)
            .arg(ImportValues::normalised(external))
            .arg(superviseeId);
    }

    /** A worker is a peer supervisor when on that day they held a role marked as a peer role. */
    bool isPeerOn(qint64 workerId, const QDate& day) const
    {
        const QList<RoleSpell> spells = m_roles.values(workerId);
        return std::any_of(spells.cbegin(), spells.cend(), [&day](const RoleSpell& s) {
            return s.peer && s.startsOn <= day && (!s.endsOn.isValid() || s.endsOn >= day);
        });
    }

    QMultiHash<qint64, RoleSpell> m_roles;
    QSet<QString> m_onFile;
    QHash<QString, int> m_inFile;
};

} // namespace

std::unique_ptr<KindImporter> makeSupervisionEntriesImporter()
{
    return std::make_unique<SupervisionEntriesImporter>();
}

} // namespace alongside::core::dataio
