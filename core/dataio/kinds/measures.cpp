// Measure responses: one completed questionnaire per row, item by item or its total only, added to
// the person's episode open on the day (or to no episode when they were in none).

#include "core/dataio/importkind.h"
#include "core/db/rowstore.h"
#include "core/measures/measureservice.h"

#include <QLocale>
#include <QSet>

#include <cmath>

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

QString itemKey(int number)
{
    return QStringLiteral("item_%1").arg(number);
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

struct Episode
{
    qint64 id = 0;
    QString componentName;
    QDate startsOn;
    QDate endedOn;
};

struct ResponseRecord : ImportRecord
{
    MeasureResponseInput input;
    bool risk = false;
};

class MeasureResponsesImporter : public KindImporter
{
public:
    MeasureResponsesImporter(Database& db, const QString& measureId)
        : m_db(db)
        , m_measureId(measureId.trimmed())
    { }

    Result<QList<FieldSpec>> fields() const override
    {
        auto found = definition();
        if (!found) {
            return found.error();
        }
        const MeasureDefinition& d = found.value();
        const QString answers = QStringLiteral("answers");
        QList<FieldSpec> out = personLookupFields();
        out << dated(
            fieldSpec(QStringLiteral("administered_on"), Importer::tr("Date"),
                Importer::tr("The day the questionnaire was filled in: dd/mm/yyyy, not in the future. Required."),
                { QStringLiteral("date"), QStringLiteral("administered on"), QStringLiteral("completed on"),
                    QStringLiteral("date completed"), QStringLiteral("date given"), QStringLiteral("filled in on") },
                true),
            FieldSpec::DateRule::NotFuture);
        out << fieldSpec(QStringLiteral("service"), Importer::tr("Service"),
            Importer::tr("The service the questionnaire belongs to, when the person was in more than one on the "
                         "day. Optional."),
            { QStringLiteral("service component"), QStringLiteral("component"), QStringLiteral("programme") });
        for (const MeasureItem& item : d.items) {
            QStringList headers = { QString::number(item.number), QStringLiteral("q%1").arg(item.number),
                QStringLiteral("question %1").arg(item.number), QStringLiteral("%1 item %2").arg(d.id).arg(item.number),
                QStringLiteral("%1 q%2").arg(d.shortTitle).arg(item.number) };
            if (!item.text.trimmed().isEmpty()) {
                headers << item.text.trimmed().toLower();
            }
            QString help;
            if (!item.isScored()) {
                help = Importer::tr("The written answer. Optional.");
            } else {
                QStringList labels;
                for (const ResponseOption& o : item.options) {
                    labels << QStringLiteral("%1 %2").arg(o.value).arg(o.label);
                }
                help = Importer::tr("The answer as a number from %1 to %2, or as written on the form (%3). Empty: "
                                    "not answered.")
                           .arg(item.minValue())
                           .arg(item.maxValue())
                           .arg(labels.join(QStringLiteral(", ")));
            }
            out << fieldSpec(itemKey(item.number), Importer::tr("Item %1").arg(item.number), help, headers, false,
                item.isScored() ? answers : QString());
        }
        if (d.hasTotal()) {
            const QString range = d.method == ScoringMethod::Lookup
                ? Importer::tr("the metric score from the conversion table, %1 to %2")
                      .arg(number(d.scoreMin), number(d.scoreMax))
                : Importer::tr("from %1 to %2").arg(number(d.rawMin()), number(d.rawMax()));
            out << fieldSpec(QStringLiteral("total"), Importer::tr("Total"),
                Importer::tr("The total score (%1). With no item answers the row is recorded as a total only; with "
                             "them it is checked against the answers.")
                    .arg(range),
                { QStringLiteral("total"), QStringLiteral("score"), QStringLiteral("total score"),
                    QStringLiteral("metric score"), d.id, QStringLiteral("%1 total").arg(d.id),
                    QStringLiteral("%1 score").arg(d.id), d.shortTitle.toLower(),
                    QStringLiteral("%1 total").arg(d.shortTitle.toLower()),
                    QStringLiteral("%1 score").arg(d.shortTitle.toLower()),
                    QStringLiteral("%1 metric").arg(d.shortTitle.toLower()),
                    QStringLiteral("%1 metric score").arg(d.shortTitle.toLower()) },
                false, answers);
        }
        return out;
    }

    Status prepare(ImportContext& ctx) override
    {
        auto found = definition();
        if (!found) {
            return found.error();
        }
        m_definition = found.value();
        auto q = rows::query(ctx.db,
            QStringLiteral("SELECT r.client_id, e.id, c.name, e.starts_on, e.ended_on FROM episode e JOIN referral r "
                           "ON r.id = e.referral_id JOIN service_component c ON c.id = e.component_id ORDER BY "
                           "e.starts_on, e.id"),
            {}, QStringLiteral("read episodes for an import"));
        if (!q) {
            return q.status();
        }
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            Episode e;
            e.id = r.value(1).toLongLong();
            e.componentName = r.value(2).toString();
            e.startsOn = rows::toDate(r.value(3));
            e.endedOn = rows::toDate(r.value(4));
            m_episodes.insert(r.value(0).toLongLong(), e);
        }
        auto given = rows::query(ctx.db,
            QStringLiteral("SELECT client_id, administered_on FROM measure_response WHERE measure_id = ?"),
            { m_definition.id }, QStringLiteral("read questionnaires on file for an import"));
        if (!given) {
            return given.status();
        }
        while (given.value().next()) {
            m_onFile.insert(dayKey(given.value().value(0).toLongLong(), rows::toDate(given.value().value(1))));
        }
        return Status::ok();
    }

    std::unique_ptr<ImportRecord> checkRow(ImportContext& ctx, RowReader& row) override
    {
        const MeasureDefinition& d = m_definition;
        auto r = std::make_unique<ResponseRecord>();
        MeasureResponseInput& in = r->input;
        in.measureId = d.id;
        in.definitionVersion = d.version;
        const PersonOnFile* person = row.person(ctx.people, Among::Supported);
        in.administeredOn = row.date(QStringLiteral("administered_on"), RowReader::When::NotFuture, true);

        bool anyAnswer = false;
        for (const MeasureItem& item : d.items) {
            const QString key = itemKey(item.number);
            if (!item.isScored()) {
                const QString text = row.text(key, false, 4000);
                anyAnswer = anyAnswer || !text.isEmpty();
                in.answers << std::nullopt;
                in.textAnswers << text;
                continue;
            }
            const std::optional<int> value = answer(row, d, item);
            anyAnswer = anyAnswer || value.has_value() || !row.cell(key).isEmpty();
            in.answers << value;
            in.textAnswers << QString();
        }
        std::optional<double> total;
        if (d.hasTotal()) {
            const double low = d.method == ScoringMethod::Lookup ? d.scoreMin : d.rawMin();
            const double high = d.method == ScoringMethod::Lookup ? d.scoreMax : d.rawMax();
            total = row.number(QStringLiteral("total"), low, high);
        }
        if (row.hasProblems() || !person) {
            return nullptr;
        }
        in.clientId = person->clientId;

        if (!anyAnswer && !total) {
            row.problem(row.isMapped(QStringLiteral("total")) ? QStringLiteral("total") : QString(),
                d.hasTotal() ? Importer::tr("The row has no answers and no total: give the answer to each item, or "
                                            "the total.")
                             : Importer::tr("The row has no answers: give the answer to each item."));
            return nullptr;
        }
        if (anyAnswer) {
            const ScoreResult result = MeasureEngine::score(d, in.answers);
            if (!result.complete && result.risks.isEmpty()) {
                row.problem({}, result.reason);
                return nullptr;
            }
            if (total && result.complete && result.score) {
                const double computed = d.method == ScoringMethod::Lookup ? *result.score : result.total;
                const bool matches = std::abs(computed - *total) < 0.01
                    || (d.method != ScoringMethod::Lookup && std::abs(result.rawTotal - *total) < 0.01);
                if (!matches) {
                    row.problem(QStringLiteral("total"),
                        Importer::tr("The total is %1, but the answers give %2: check the answers and the total.")
                            .arg(number(*total), number(computed)));
                    return nullptr;
                }
            } else if (total && !result.complete) {
                row.problem(QStringLiteral("total"),
                    Importer::tr("The answers cannot be scored (%1), so the total cannot be checked against them: "
                                 "complete the answers, or leave the answers out to record the total only.")
                        .arg(result.reason));
                return nullptr;
            }
            r->risk = !result.risks.isEmpty();
            in.riskNotYetSeen = r->risk;
        } else {
            const ScoreResult result = MeasureService::scoreTotal(d, *total);
            if (!result.complete) {
                row.problem(QStringLiteral("total"), result.reason);
                return nullptr;
            }
            in.answers.clear();
            in.textAnswers.clear();
            in.enteredTotal = total;
        }

        // The episode open on the day; none is fine (a questionnaire outside any service).
        const QString service = row.cell(QStringLiteral("service"));
        QList<Episode> open;
        bool anyOfService = service.isEmpty();
        for (const Episode& e : m_episodes.values(person->clientId)) {
            if (!service.isEmpty() && ImportValues::normalised(e.componentName) != ImportValues::normalised(service)) {
                continue;
            }
            anyOfService = true;
            if (e.startsOn <= in.administeredOn && (!e.endedOn.isValid() || e.endedOn >= in.administeredOn)) {
                open << e;
            }
        }
        const QString who = person->describe();
        const QString day = ImportValues::longDate(in.administeredOn);
        if (!anyOfService) {
            row.problem(QStringLiteral("service"),
                Importer::tr("%1 has never been in the service \"%2\": check the service's name.").arg(who, service));
            return nullptr;
        }
        if (open.size() > 1) {
            QStringList names;
            for (const Episode& e : open) {
                names << e.componentName;
            }
            row.problem(
                row.isMapped(QStringLiteral("service")) ? QStringLiteral("service") : QStringLiteral("administered_on"),
                Importer::tr("%1 was in more than one service on %2 (%3): add a Service column saying which.")
                    .arg(who, day, names.join(QStringLiteral(", "))));
            return nullptr;
        }
        if (!service.isEmpty() && open.isEmpty()) {
            row.problem(QStringLiteral("administered_on"),
                Importer::tr("%1 was not in the service \"%2\" on %3: check the date, or leave the service empty.")
                    .arg(who, service, day));
            return nullptr;
        }
        in.episodeId = open.isEmpty() ? 0 : open.first().id;

        // The same questionnaire on the same day for the same person is taken as a second copy.
        const QString key = dayKey(in.clientId, in.administeredOn);
        if (m_onFile.contains(key)) {
            row.problem(QStringLiteral("administered_on"),
                Importer::tr("A %1 given on %2 is already on file for %3: this row may have been imported before. "
                             "Take the row out, or remove the one on file first.")
                    .arg(d.shortTitle, day, who));
            return nullptr;
        }
        if (const int earlier = m_inFile.value(key); earlier != 0) {
            row.problem(QStringLiteral("administered_on"),
                Importer::tr("Row %1 is also a %2 given on %3 for %4: keep one of the two rows.")
                    .arg(earlier)
                    .arg(d.shortTitle, day, who));
            return nullptr;
        }
        m_inFile.insert(key, row.line());
        return r;
    }

    Status writeRow(ImportContext& ctx, const ImportRecord& record, DuplicateChoice) override
    {
        const auto& r = static_cast<const ResponseRecord&>(record);
        auto id = MeasureService(ctx.db).record(ctx.actor, r.input);
        if (!id) {
            return id.status();
        }
        ctx.count(Importer::tr("questionnaires"));
        if (r.risk) {
            ctx.count(Importer::tr("risk answers not yet seen (each shows in the person's record)"));
        }
        return Status::ok();
    }

private:
    Result<MeasureDefinition> definition() const
    {
        if (m_measureId.isEmpty()) {
            return invalidInput(Importer::tr("Choose the questionnaire the file holds (for example phq9 or wemwbs)."));
        }
        return MeasureService(m_db).currentDefinition(m_measureId);
    }

    static QString dayKey(qint64 clientId, const QDate& on)
    {
        return QStringLiteral("%1/%2").arg(clientId).arg(on.toString(Qt::ISODate));
    }

    /** One item's answer: its number, or its words as on the form; a problem when it is neither. */
    static std::optional<int> answer(RowReader& row, const MeasureDefinition& d, const MeasureItem& item)
    {
        const QString key = itemKey(item.number);
        const QString text = row.cell(key);
        if (text.isEmpty()) {
            return std::nullopt;
        }
        bool isNumber = false;
        const double value = QLocale::c().toDouble(text, &isNumber);
        if (isNumber) {
            if (value == std::floor(value)) {
                for (const ResponseOption& o : item.options) {
                    if (o.value == int(value)) {
                        return o.value;
                    }
                }
            }
            row.problem(key,
                Importer::tr("Item %1 of %2 is answered from %3 to %4; this row has %5.")
                    .arg(item.number)
                    .arg(d.shortTitle)
                    .arg(item.minValue())
                    .arg(item.maxValue())
                    .arg(text));
            return std::nullopt;
        }
        const QString wanted = ImportValues::normalised(text);
        for (const ResponseOption& o : item.options) {
            if (ImportValues::normalised(o.label) == wanted) {
                return o.value;
            }
        }
        QStringList labels;
        for (const ResponseOption& o : item.options) {
            labels << o.label;
        }
        row.problem(key,
            Importer::tr("Item %1 of %2 is answered with a number from %3 to %4 or with the words on the form (%5); "
                         "this row has \"%6\".")
                .arg(item.number)
                .arg(d.shortTitle)
                .arg(item.minValue())
                .arg(item.maxValue())
                .arg(labels.join(QStringLiteral(", ")), text));
        return std::nullopt;
    }

    Database& m_db;
    QString m_measureId;
    MeasureDefinition m_definition;
    QMultiHash<qint64, Episode> m_episodes;
    QSet<QString> m_onFile;
    QHash<QString, int> m_inFile;
};

} // namespace

std::unique_ptr<KindImporter> makeMeasureResponsesImporter(Database& db, const QString& measureId)
{
    return std::make_unique<MeasureResponsesImporter>(db, measureId);
}

} // namespace alongside::core::dataio
