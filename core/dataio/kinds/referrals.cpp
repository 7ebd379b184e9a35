// Referrals: a further referral of someone already supported, optionally starting a service
// (an episode) for them. The referral fields are shared with the people-supported file.

#include "core/clients/clientservice.h"
#include "core/dataio/importkind.h"

namespace alongside::core::dataio {

namespace {

QList<CategoryOption> categoryOptions()
{
    QList<CategoryOption> out;
    for (const QString& key : ClientService::sourceCategoryKeys()) {
        CategoryOption o { key, ClientService::sourceCategoryName(key), {} };
        if (key == QLatin1String("self")) {
            o.synonyms
                = { QStringLiteral("self referral"), QStringLiteral("self referred"), QStringLiteral("self-referral") };
        } else if (key == QLatin1String("internal")) {
            o.synonyms = { QStringLiteral("internal referral"), QStringLiteral("another service") };
        } else if (key == QLatin1String("external")) {
            o.synonyms = { QStringLiteral("external referral"), QStringLiteral("another organisation"),
                QStringLiteral("professional"), QStringLiteral("agency") };
        }
        out << o;
    }
    return out;
}

struct ReferralRecord : ImportRecord
{
    qint64 clientId = 0;
    Referral referral;
    qint64 componentId = 0;
    QDate startsOn;
};

class ReferralsImporter : public KindImporter
{
public:
    Result<QList<FieldSpec>> fields() const override
    {
        QList<FieldSpec> out = personLookupFields();
        out << referralFields();
        out << fieldSpec(QStringLiteral("service"), Importer::tr("Service"),
            Importer::tr("A service from your catalogue (e.g. \"1:1 peer mentoring\") to start for the person. "
                         "Optional."),
            { QStringLiteral("service component"), QStringLiteral("component"), QStringLiteral("programme") });
        out << dated(
            fieldSpec(QStringLiteral("service_start"), Importer::tr("Service started"),
                Importer::tr("The day the service began: dd/mm/yyyy, not before the referral. Empty: the referral "
                             "date."),
                { QStringLiteral("service start"), QStringLiteral("start date"), QStringLiteral("started") }),
            FieldSpec::DateRule::NotFuture);
        return out;
    }

    Status prepare(ImportContext& ctx) override
    {
        if (Status s = m_referrals.load(ctx); !s) {
            return s;
        }
        auto components = ClientService(ctx.db).components(ctx.actor, true);
        if (!components) {
            return components.status();
        }
        m_components = components.value();
        return Status::ok();
    }

    std::unique_ptr<ImportRecord> checkRow(ImportContext& ctx, RowReader& row) override
    {
        auto r = std::make_unique<ReferralRecord>();
        const PersonOnFile* person = row.person(ctx.people, Among::Supported);
        r->referral = m_referrals.read(row);
        const QString service = row.cell(QStringLiteral("service"));
        r->startsOn = row.date(QStringLiteral("service_start"));
        if (!service.isEmpty()) {
            for (const ServiceComponent& c : m_components) {
                if (ImportValues::normalised(c.name) == ImportValues::normalised(service)) {
                    r->componentId = c.id;
                }
            }
            if (!r->componentId) {
                QStringList names;
                for (const ServiceComponent& c : m_components) {
                    if (c.active) {
                        names << c.name;
                    }
                }
                row.problem(QStringLiteral("service"),
                    Importer::tr("\"%1\" is not a service on file: write one of %2, or add it to the service "
                                 "components catalogue first.")
                        .arg(service, names.join(QStringLiteral(", "))));
            }
        } else if (r->startsOn.isValid()) {
            row.problem(QStringLiteral("service_start"),
                Importer::tr("The row gives a service start date but no service: write the service, or leave the "
                             "date empty."));
        }
        if (row.hasProblems() || !person) {
            return nullptr;
        }
        r->clientId = person->clientId;
        r->referral.clientId = person->clientId;
        if (r->componentId) {
            if (!r->startsOn.isValid()) {
                r->startsOn = r->referral.referredOn;
            }
            if (r->startsOn < r->referral.referredOn) {
                row.problem(QStringLiteral("service_start"),
                    Importer::tr("The service starts (%1) before the referral (%2): a service starts on or after "
                                 "its referral. Check the dates.")
                        .arg(ImportValues::longDate(r->startsOn), ImportValues::longDate(r->referral.referredOn)));
                return nullptr;
            }
        }
        if (Status s = ClientService::validate(r->referral, ctx.today); !s) {
            row.problem({}, s.message());
            return nullptr;
        }
        return r;
    }

    Status writeRow(ImportContext& ctx, const ImportRecord& record, DuplicateChoice) override
    {
        const auto& r = static_cast<const ReferralRecord&>(record);
        ClientService service(ctx.db);
        auto referralId = service.saveReferral(ctx.actor, r.referral);
        if (!referralId) {
            return referralId.status();
        }
        ctx.count(Importer::tr("referrals"));
        if (r.componentId) {
            Episode e;
            e.referralId = referralId.value();
            e.componentId = r.componentId;
            e.startsOn = r.startsOn;
            auto episodeId = service.saveEpisode(ctx.actor, e);
            if (!episodeId) {
                return episodeId.status();
            }
            ctx.count(Importer::tr("services started"));
        }
        return Status::ok();
    }

private:
    ReferralReader m_referrals;
    QList<ServiceComponent> m_components;
};

} // namespace

QList<FieldSpec> referralFields()
{
    QList<FieldSpec> out;
    out << dated(fieldSpec(QStringLiteral("referred_on"), Importer::tr("Referred on"),
                     Importer::tr("The day of the referral: dd/mm/yyyy, not in the future. Required."),
                     { QStringLiteral("referral date"), QStringLiteral("date referred"), QStringLiteral("referred"),
                         QStringLiteral("date of referral") },
                     true),
        FieldSpec::DateRule::NotFuture);
    out << fieldSpec(QStringLiteral("source_category"), Importer::tr("Referral type"),
        Importer::tr("One of: %1. Empty: taken from the source, else self-referral.")
            .arg(ImportValues::acceptedNames(categoryOptions())),
        { QStringLiteral("referral category"), QStringLiteral("source category"), QStringLiteral("referral route") });
    out << fieldSpec(QStringLiteral("source_name"), Importer::tr("Referral source"),
        Importer::tr("A source from your referral sources catalogue (e.g. \"GP\"). Optional."),
        { QStringLiteral("source"), QStringLiteral("referred by"), QStringLiteral("referrer"),
            QStringLiteral("referral from") });
    out << fieldSpec(QStringLiteral("source_detail"), Importer::tr("Source detail"),
        Importer::tr("Free text, e.g. the practice's name."),
        { QStringLiteral("referrer detail"), QStringLiteral("referrer name") });
    out << fieldSpec(QStringLiteral("reason"), Importer::tr("Reason for referral"), Importer::tr("Free text."),
        { QStringLiteral("referral reason"), QStringLiteral("reason") });
    return out;
}

Status ReferralReader::load(ImportContext& ctx)
{
    auto sources = ClientService(ctx.db).referralSources(ctx.actor, true);
    if (!sources) {
        return sources.status();
    }
    m_sources = sources.value();
    return Status::ok();
}

Referral ReferralReader::read(RowReader& row) const
{
    Referral r;
    r.referredOn = row.date(QStringLiteral("referred_on"), RowReader::When::NotFuture, true);
    const QString category = row.category(QStringLiteral("source_category"), categoryOptions());
    const bool categoryGiven = !row.cell(QStringLiteral("source_category")).isEmpty();
    r.sourceDetail = row.text(QStringLiteral("source_detail"), false, 500);
    r.reason = row.text(QStringLiteral("reason"), false, 4000);
    const QString sourceName = row.cell(QStringLiteral("source_name"));
    r.sourceCategory = category.isEmpty() ? QStringLiteral("self") : category;
    if (sourceName.isEmpty()) {
        return r;
    }
    QList<const ReferralSource*> found;
    for (const ReferralSource& s : m_sources) {
        if (ImportValues::normalised(s.name) == ImportValues::normalised(sourceName)
            && (!categoryGiven || category.isEmpty() || s.category == category)) {
            found << &s;
        }
    }
    if (found.size() == 1) {
        r.sourceId = found.first()->id;
        r.sourceCategory = found.first()->category;
        return r;
    }
    if (found.size() > 1) {
        row.problem(QStringLiteral("source_name"),
            Importer::tr("\"%1\" is a referral source of more than one type: add a referral type column to say "
                         "which.")
                .arg(sourceName));
        return r;
    }
    QStringList names;
    for (const ReferralSource& s : m_sources) {
        if (s.active && (!categoryGiven || s.category == category)) {
            names << s.name;
        }
    }
    row.problem(QStringLiteral("source_name"),
        names.isEmpty()
            ? Importer::tr("\"%1\" is not a referral source on file: add it to the referral sources catalogue "
                           "first.")
                  .arg(sourceName)
            : Importer::tr("\"%1\" is not a referral source on file: write one of %2, or add it to the referral "
                           "sources catalogue first.")
                  .arg(sourceName, names.join(QStringLiteral(", "))));
    return r;
}

std::unique_ptr<KindImporter> makeReferralsImporter()
{
    return std::make_unique<ReferralsImporter>();
}

} // namespace alongside::core::dataio
