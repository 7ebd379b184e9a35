// Volunteers and peer workers: one person per row, with a first status and (optionally) a role.

#include "core/dataio/importkind.h"
#include "core/workforce/workforceservice.h"

namespace alongside::core::dataio {

namespace {

struct VolunteerRecord : ImportRecord
{
    NewPerson person;
    StatusChange status;
    qint64 roleTypeId = 0;
    QString payBasis;
    QDate roleStartsOn;
};

QList<CategoryOption> statusOptions()
{
    QList<CategoryOption> out;
    for (const QString& key : WorkforceService::statusKeys()) {
        CategoryOption o { key, WorkforceService::statusName(key), {} };
        if (key == QLatin1String("active")) {
            o.synonyms = { QStringLiteral("current"), QStringLiteral("volunteering") };
        } else if (key == QLatin1String("in_training")) {
            o.synonyms = { QStringLiteral("training") };
        } else if (key == QLatin1String("left")) {
            o.synonyms = { QStringLiteral("former"), QStringLiteral("leaver"), QStringLiteral("inactive") };
        } else if (key == QLatin1String("paused")) {
            o.synonyms = { QStringLiteral("on hold"), QStringLiteral("on a break") };
        } else if (key == QLatin1String("applicant")) {
            o.synonyms = { QStringLiteral("applied") };
        }
        out << o;
    }
    return out;
}

QList<CategoryOption> payOptions()
{
    QList<CategoryOption> out;
    for (const QString& key : WorkforceService::payBasisKeys()) {
        CategoryOption o { key, WorkforceService::payBasisName(key), {} };
        if (key == QLatin1String("unpaid")) {
            o.synonyms = { QStringLiteral("volunteer"), QStringLiteral("voluntary") };
        } else if (key == QLatin1String("paid")) {
            o.synonyms = { QStringLiteral("employed"), QStringLiteral("salaried"), QStringLiteral("staff") };
        }
        out << o;
    }
    return out;
}

class VolunteersImporter : public KindImporter
{
public:
    Result<QList<FieldSpec>> fields() const override
    {
        QList<FieldSpec> out = newPersonFields();
        out << fieldSpec(QStringLiteral("status"), Importer::tr("Status"),
            Importer::tr("One of: %1. Empty: Active.").arg(ImportValues::acceptedNames(statusOptions())),
            { QStringLiteral("volunteer status") });
        out << dated(
            fieldSpec(QStringLiteral("status_since"), Importer::tr("Status since"),
                Importer::tr("The day the status began: dd/mm/yyyy. Empty: the role's start date, else today."),
                { QStringLiteral("since"), QStringLiteral("status date"), QStringLiteral("date joined"),
                    QStringLiteral("joined") }),
            FieldSpec::DateRule::NotFuture);
        out << fieldSpec(QStringLiteral("status_reason"), Importer::tr("Reason"),
            Importer::tr("Why they paused or left: needed for those statuses."),
            { QStringLiteral("status reason"), QStringLiteral("reason for leaving") });
        out << fieldSpec(QStringLiteral("role"), Importer::tr("Role"),
            Importer::tr("A role from your roles catalogue (e.g. \"Volunteer peer mentor\"). Optional."),
            { QStringLiteral("role name"), QStringLiteral("job title") });
        out << fieldSpec(QStringLiteral("pay_basis"), Importer::tr("Pay basis"),
            Importer::tr("One of: %1. Empty: the role's usual basis.").arg(ImportValues::acceptedNames(payOptions())),
            { QStringLiteral("pay"), QStringLiteral("paid or unpaid") });
        out << dated(fieldSpec(QStringLiteral("role_start"), Importer::tr("Role started"),
                         Importer::tr("The day the role began: dd/mm/yyyy. Empty: the status date."),
                         { QStringLiteral("role start"), QStringLiteral("start date"), QStringLiteral("started") }),
            FieldSpec::DateRule::NotFuture);
        return out;
    }

    Status prepare(ImportContext& ctx) override
    {
        auto roles = WorkforceService(ctx.db).roleTypes(ctx.actor, true);
        if (!roles) {
            return roles.status();
        }
        m_roles = roles.value();
        return Status::ok();
    }

    std::unique_ptr<ImportRecord> checkRow(ImportContext& ctx, RowReader& row) override
    {
        auto r = std::make_unique<VolunteerRecord>();
        r->person = readNewPerson(row);
        r->status.status = row.category(QStringLiteral("status"), statusOptions(), false, QStringLiteral("active"));
        r->status.since = row.date(QStringLiteral("status_since"));
        r->status.reason = row.text(QStringLiteral("status_reason"), false, 500);
        const QString roleName = row.cell(QStringLiteral("role"));
        const RoleType* role = nullptr;
        if (!roleName.isEmpty()) {
            for (const RoleType& t : m_roles) {
                if (ImportValues::normalised(t.name) == ImportValues::normalised(roleName)) {
                    role = &t;
                    break;
                }
            }
            if (!role) {
                QStringList names;
                for (const RoleType& t : m_roles) {
                    if (t.active) {
                        names << t.name;
                    }
                }
                row.problem(QStringLiteral("role"),
                    names.isEmpty() ? Importer::tr("\"%1\" is not a role on file, and the roles catalogue is empty: "
                                                   "add the role there first.")
                                          .arg(roleName)
                                    : Importer::tr("\"%1\" is not a role on file: write one of %2, or add the role to "
                                                   "the roles catalogue first.")
                                          .arg(roleName, names.join(QStringLiteral(", "))));
            }
        }
        r->payBasis
            = row.category(QStringLiteral("pay_basis"), payOptions(), false, role ? role->defaultPayBasis : QString());
        r->roleStartsOn = row.date(QStringLiteral("role_start"));
        if (roleName.isEmpty()
            && (!row.cell(QStringLiteral("pay_basis")).isEmpty()
                || !row.cell(QStringLiteral("role_start")).isEmpty())) {
            row.problem(QStringLiteral("role"),
                Importer::tr("The row gives a pay basis or role start but no role: write the role, or leave those "
                             "empty."));
        }
        if (row.hasProblems()) {
            return nullptr;
        }
        if (!r->status.since.isValid()) {
            r->status.since = r->roleStartsOn.isValid() ? r->roleStartsOn : ctx.today;
        }
        if (role) {
            r->roleTypeId = role->id;
            if (!r->roleStartsOn.isValid()) {
                r->roleStartsOn = r->status.since;
            }
        }
        if (Status s = WorkforceService::validate(profileFor(r->person)); !s) {
            row.problem({}, s.message());
            return nullptr;
        }
        const bool needsReason
            = r->status.status == QLatin1String("paused") || r->status.status == QLatin1String("left");
        if (needsReason && r->status.reason.isEmpty()) {
            const bool mapped = row.isMapped(QStringLiteral("status_reason"));
            row.problem(mapped ? QStringLiteral("status_reason") : QStringLiteral("status"),
                mapped ? Importer::tr("Someone who has paused or left needs a reason: fill in %1 (for example \"own "
                                      "health\" or \"moved away\").")
                             .arg(row.title(QStringLiteral("status_reason")))
                       : Importer::tr("Someone who has paused or left needs a reason: add a Reason column (for "
                                      "example \"own health\" or \"moved away\")."));
            return nullptr;
        }
        if (Status s = WorkforceService::validate(r->status); !s) {
            row.problem(QStringLiteral("status"), s.message());
            return nullptr;
        }
        r->duplicate = m_duplicates.check(ctx.people, r->person, row.line());
        return r;
    }

    QString checkChoice(const ImportContext& ctx, const ImportRecord& record, DuplicateChoice choice) const override
    {
        const auto& r = static_cast<const VolunteerRecord&>(record);
        return duplicateChoiceProblem(ctx.people, record, r.person, choice, Among::Workforce);
    }

    Status writeRow(ImportContext& ctx, const ImportRecord& record, DuplicateChoice choice) override
    {
        const auto& r = static_cast<const VolunteerRecord&>(record);
        WorkforceService service(ctx.db);
        WorkerProfile profile = profileFor(r.person);
        if (choice == DuplicateChoice::UseExisting && r.duplicate && r.duplicate->personId) {
            auto merged = mergedWithFile(ctx.db, r.duplicate->personId, r.person);
            if (!merged) {
                return merged.status();
            }
            profile = profileFor(merged.value());
            profile.personId = r.duplicate->personId;
        }
        auto workerId = service.createWorker(ctx.actor, profile, r.status);
        if (!workerId) {
            return workerId.status();
        }
        ctx.count(Importer::tr("volunteers and peer workers"));
        if (r.roleTypeId) {
            RoleAssignment role;
            role.workerId = workerId.value();
            role.roleTypeId = r.roleTypeId;
            role.payBasis = r.payBasis;
            role.startsOn = r.roleStartsOn;
            auto saved = service.saveRole(ctx.actor, role);
            if (!saved) {
                return saved.status();
            }
            ctx.count(Importer::tr("roles"));
        }
        return Status::ok();
    }

private:
    static WorkerProfile profileFor(const NewPerson& p)
    {
        WorkerProfile w;
        w.reference = p.reference;
        w.givenName = p.givenName;
        w.familyName = p.familyName;
        w.knownAs = p.knownAs;
        w.dateOfBirth = p.dateOfBirth;
        w.gender = p.gender;
        w.ethnicity = p.ethnicity;
        w.email = p.email;
        w.phone = p.phone;
        w.address = p.address;
        w.postcode = p.postcode;
        return w;
    }

    QList<RoleType> m_roles;
    DuplicateFinder m_duplicates;
};

} // namespace

std::unique_ptr<KindImporter> makeVolunteersImporter()
{
    return std::make_unique<VolunteersImporter>();
}

} // namespace alongside::core::dataio
