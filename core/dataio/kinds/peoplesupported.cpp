// People supported: one person per row with their first referral.

#include "core/clients/clientservice.h"
#include "core/dataio/importkind.h"

namespace alongside::core::dataio {

namespace {

struct PersonSupportedRecord : ImportRecord
{
    NewPerson person;
    Referral referral;
};

class PeopleSupportedImporter : public KindImporter
{
public:
    Result<QList<FieldSpec>> fields() const override
    {
        QList<FieldSpec> out = newPersonFields();
        out << referralFields();
        return out;
    }

    Status prepare(ImportContext& ctx) override { return m_referrals.load(ctx); }

    std::unique_ptr<ImportRecord> checkRow(ImportContext& ctx, RowReader& row) override
    {
        auto r = std::make_unique<PersonSupportedRecord>();
        r->person = readNewPerson(row);
        r->referral = m_referrals.read(row);
        if (row.hasProblems()) {
            return nullptr;
        }
        if (Status s = ClientService::validate(profileFor(r->person)); !s) {
            row.problem({}, s.message());
            return nullptr;
        }
        if (Status s = ClientService::validate(r->referral, ctx.today); !s) {
            row.problem({}, s.message());
            return nullptr;
        }
        r->duplicate = m_duplicates.check(ctx.people, r->person, row.line());
        return r;
    }

    QString checkChoice(const ImportContext& ctx, const ImportRecord& record, DuplicateChoice choice) const override
    {
        const auto& r = static_cast<const PersonSupportedRecord&>(record);
        return duplicateChoiceProblem(ctx.people, record, r.person, choice, Among::Supported);
    }

    Status writeRow(ImportContext& ctx, const ImportRecord& record, DuplicateChoice choice) override
    {
        const auto& r = static_cast<const PersonSupportedRecord&>(record);
        ClientProfile profile = profileFor(r.person);
        if (choice == DuplicateChoice::UseExisting && r.duplicate && r.duplicate->personId) {
            // Someone on file (a volunteer, say) becomes a person supported and keeps their details.
            auto merged = mergedWithFile(ctx.db, r.duplicate->personId, r.person);
            if (!merged) {
                return merged.status();
            }
            profile = profileFor(merged.value());
            profile.personId = r.duplicate->personId;
        }
        auto clientId = ClientService(ctx.db).createClient(ctx.actor, profile, r.referral);
        if (!clientId) {
            return clientId.status();
        }
        ctx.count(Importer::tr("people supported"));
        ctx.count(Importer::tr("referrals"));
        return Status::ok();
    }

private:
    static ClientProfile profileFor(const NewPerson& p)
    {
        ClientProfile c;
        c.reference = p.reference;
        c.givenName = p.givenName;
        c.familyName = p.familyName;
        c.knownAs = p.knownAs;
        c.dateOfBirth = p.dateOfBirth;
        c.gender = p.gender;
        c.ethnicity = p.ethnicity;
        c.email = p.email;
        c.phone = p.phone;
        c.address = p.address;
        c.postcode = p.postcode;
        return c;
    }

    ReferralReader m_referrals;
    DuplicateFinder m_duplicates;
};

} // namespace

std::unique_ptr<KindImporter> makePeopleSupportedImporter()
{
    return std::make_unique<PeopleSupportedImporter>();
}

} // namespace alongside::core::dataio
