#include "measureservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/db/rowstore.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/services/servicesupport.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace alongside::core {

namespace {

using service::nowStamp;
using service::refuse;

using Action = Permissions::Action;

const QString kResponse = QStringLiteral("measure_response");

QDateTime fromStamp(const QVariant& v)
{
    if (v.isNull()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    }
    return t;
}

/** Narrows a query of measure_response r to responses given from `from` to `to` (an invalid date: open). */
void appendPeriod(const QDate& from, const QDate& to, QString* where, QVariantList* binds)
{
    if (from.isValid()) {
        *where += QStringLiteral(" AND r.administered_on >= ?");
        *binds << rows::date(from);
    }
    if (to.isValid()) {
        *where += QStringLiteral(" AND r.administered_on <= ?");
        *binds << rows::date(to);
    }
}

/** One measure's versions as they are needed; a version that cannot be read is kept as empty. */
using VersionCache = QHash<int, std::optional<MeasureDefinition>>;

template<typename Lookup>
const std::optional<MeasureDefinition>& cached(VersionCache& cache, int version, Lookup lookup)
{
    auto found = cache.find(version);
    if (found == cache.end()) {
        Result<MeasureDefinition> d = lookup(version);
        found = cache.insert(version, d ? std::optional<MeasureDefinition>(d.takeValue()) : std::nullopt);
    }
    return *found;
}

Error unknownMeasure(const QString& id, int version)
{
    return Error { Error::Code::NotFound,
        version > 0 ? MeasureService::tr("Version %1 of the measure \"%2\" is not known to this copy of Alongside. "
                                         "Update Alongside, or choose another measure.")
                          .arg(version)
                          .arg(id)
                    : MeasureService::tr("The measure \"%1\" is not known to this copy of Alongside. Choose another "
                                         "measure.")
                          .arg(id),
        id };
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

// A metric score written to two decimal places, as the conversion table gives it (19.98, 7.00).
QString metric(double value)
{
    return QLocale::c().toString(value, 'f', 2);
}

} // namespace

// ---- definitions -------------------------------------------------------------------------------

Result<QList<KnownMeasure>> MeasureService::stored() const
{
    auto q = rows::query(m_db,
        QStringLiteral("SELECT measure_id, version, json, source, created_at, created_by FROM measure_definition "
                       "ORDER BY measure_id, version"),
        {}, QStringLiteral("read measure definitions"));
    if (!q) {
        return q.error();
    }
    QList<KnownMeasure> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const QString name = QStringLiteral("%1 version %2").arg(r.value(0).toString()).arg(r.value(1).toInt());
        Result<MeasureDefinition> d = MeasureLoader::fromJson(r.value(2).toByteArray(), name);
        if (!d) {
            return Error { Error::Code::Damaged,
                tr("A questionnaire kept in this file cannot be read: %1. Restore a backup, or ask for help.")
                    .arg(d.message()),
                name };
        }
        KnownMeasure m;
        m.definition = d.takeValue();
        m.source = r.value(3).toString();
        m.createdAt = fromStamp(r.value(4));
        m.createdBy = r.value(5).toString();
        out << m;
    }
    return out;
}

Result<QList<KnownMeasure>> MeasureService::definitions(const Actor& actor) const
{
    Q_UNUSED(actor) // definitions hold no personal data: every role may read them
    auto fromDb = stored();
    if (!fromDb) {
        return fromDb.error();
    }
    QList<KnownMeasure> all;
    for (const MeasureDefinition& d : m_library.definitions()) {
        KnownMeasure m;
        m.definition = d;
        m.source = QStringLiteral("shipped");
        all << m;
    }
    all << fromDb.value();
    std::sort(all.begin(), all.end(), [](const KnownMeasure& a, const KnownMeasure& b) {
        return a.definition.id != b.definition.id ? a.definition.id < b.definition.id
                                                  : a.definition.version < b.definition.version;
    });
    for (int i = 0; i < all.size(); ++i) {
        all[i].current = i + 1 == all.size() || all[i + 1].definition.id != all[i].definition.id;
    }
    return all;
}

Result<MeasureDefinition> MeasureService::definition(const QString& measureId, int version) const
{
    if (const MeasureDefinition* shipped = m_library.find(measureId, version)) {
        return *shipped;
    }
    auto q
        = rows::query(m_db, QStringLiteral("SELECT json FROM measure_definition WHERE measure_id = ? AND version = ?"),
            { measureId, version }, QStringLiteral("read a measure definition"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return unknownMeasure(measureId, version);
    }
    return MeasureLoader::fromJson(
        q.value().value(0).toByteArray(), QStringLiteral("%1 version %2").arg(measureId).arg(version));
}

Result<MeasureDefinition> MeasureService::currentDefinition(const QString& measureId) const
{
    int version = 0;
    if (const MeasureDefinition* shipped = m_library.latest(measureId)) {
        version = shipped->version;
    }
    auto stored = sql::scalar(
        m_db, QStringLiteral("SELECT MAX(version) FROM measure_definition WHERE measure_id = ?"), { measureId });
    if (!stored) {
        return stored.error();
    }
    version = std::max(version, stored.value().toInt());
    if (version == 0) {
        return unknownMeasure(measureId, 0);
    }
    return definition(measureId, version);
}

Result<int> MeasureService::store(const Actor& actor, MeasureDefinition definition, const QString& source)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    int version = 0;
    if (const MeasureDefinition* shipped = m_library.latest(definition.id)) {
        version = shipped->version;
    }
    auto max = sql::scalar(
        m_db, QStringLiteral("SELECT MAX(version) FROM measure_definition WHERE measure_id = ?"), { definition.id });
    if (!max) {
        return max.error();
    }
    definition.version = std::max(version, max.value().toInt()) + 1;
    const QByteArray json = MeasureLoader::toJson(definition);
    // Checked exactly as a file is, so the engine only ever sees a sound definition.
    Result<MeasureDefinition> checked = MeasureLoader::fromJson(json, definition.id);
    if (!checked) {
        return checked.error();
    }
    auto id = rows::save(m_db, actor, QStringLiteral("measure_definition"), 0,
        { { QStringLiteral("measure_id"), definition.id }, { QStringLiteral("version"), definition.version },
            { QStringLiteral("json"), QString::fromUtf8(json) }, { QStringLiteral("source"), source },
            { QStringLiteral("created_at"), nowStamp() }, { QStringLiteral("created_by"), actor.shownName() } });
    if (!id) {
        return id.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return definition.version;
}

Result<int> MeasureService::saveCustom(const Actor& actor, MeasureDefinition definition)
{
    if (Status s = refuse(m_db, actor, Action::EditCatalogues, QStringLiteral("measure_definition")); !s) {
        return s.error();
    }
    if (m_library.latest(definition.id) != nullptr) {
        return invalidInput(tr("\"%1\" is a measure that comes with Alongside. Give your own questionnaire another "
                               "name, or change this measure's bands with Adjust.")
                                .arg(definition.id));
    }
    return store(actor, std::move(definition), QStringLiteral("custom"));
}

Result<int> MeasureService::adjust(const Actor& actor, const QString& measureId, const MeasureAdjustment& adjustment)
{
    if (Status s = refuse(m_db, actor, Action::EditCatalogues, QStringLiteral("measure_definition")); !s) {
        return s.error();
    }
    Result<MeasureDefinition> current = currentDefinition(measureId);
    if (!current) {
        return current.error();
    }
    MeasureDefinition d = current.takeValue();
    if (!d.hasTotal()) {
        return invalidInput(tr("%1 has no total score, so it has no bands or thresholds to change.").arg(d.shortTitle));
    }
    d.bands = adjustment.bands;
    d.caseness = adjustment.caseness;
    d.change = adjustment.change;
    const QString source
        = m_library.latest(measureId) != nullptr ? QStringLiteral("adjusted") : QStringLiteral("custom");
    return store(actor, std::move(d), source);
}

// ---- responses ---------------------------------------------------------------------------------

Result<qint64> MeasureService::record(const Actor& actor, const MeasureResponseInput& input)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, kResponse, input.id); !s) {
        return s.error();
    }
    if (!input.administeredOn.isValid()) {
        return invalidInput(tr("Enter the date the questionnaire was filled in."));
    }
    if (input.administeredOn > Clock::instance().today()) {
        return invalidInput(tr("The date the questionnaire was filled in is in the future. Enter the date it happened, "
                               "on or before today."));
    }
    auto client = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM client WHERE id = ?"), { input.clientId });
    if (!client) {
        return client.error();
    }
    if (client.value().toInt() == 0) {
        return Error { Error::Code::NotFound,
            tr("This person is no longer on file: they may have been removed. Close the record and open it again."),
            QString::number(input.clientId) };
    }
    if (input.episodeId != 0) {
        auto owner = rows::query(m_db,
            QStringLiteral("SELECT r.client_id, e.starts_on FROM episode e JOIN referral r ON r.id = e.referral_id "
                           "WHERE e.id = ?"),
            { input.episodeId }, QStringLiteral("read an episode"));
        if (!owner) {
            return owner.error();
        }
        if (!owner.value().next()) {
            return Error { Error::Code::NotFound,
                tr("This episode no longer exists: it may have been removed. Close the record and open it again."),
                QString::number(input.episodeId) };
        }
        if (owner.value().value(0).toLongLong() != input.clientId) {
            return invalidInput(tr("That episode belongs to someone else. Choose one of this person's episodes."));
        }
    }
    if (input.id != 0) {
        auto exists
            = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM measure_response WHERE id = ?"), { input.id });
        if (!exists) {
            return exists.error();
        }
        if (exists.value().toInt() != 0) {
            return invalidInput(tr("This response is already recorded. A response is not changed once entered: "
                                   "remove it and enter the answers again."));
        }
    }

    Result<MeasureDefinition> found = input.definitionVersion > 0 ? definition(input.measureId, input.definitionVersion)
                                                                  : currentDefinition(input.measureId);
    if (!found) {
        return found.error();
    }
    const MeasureDefinition& d = found.value();
    const bool totalOnly = input.enteredTotal.has_value();
    ScoreResult result;
    if (totalOnly) {
        const bool anyAnswer = std::any_of(input.answers.cbegin(), input.answers.cend(),
                                   [](const std::optional<int>& a) { return a.has_value(); })
            || std::any_of(input.textAnswers.cbegin(), input.textAnswers.cend(),
                [](const QString& t) { return !t.trimmed().isEmpty(); });
        if (anyAnswer) {
            return invalidInput(tr("Enter either the answer to each item of %1 or its total, not both: the total is "
                                   "worked out from the answers.")
                                    .arg(d.shortTitle));
        }
        result = scoreTotal(d, *input.enteredTotal);
        if (!result.complete) {
            return invalidInput(result.reason);
        }
    } else if (input.answers.size() != d.items.size()) {
        return invalidInput(tr("%1 has %2 items but %3 answers were given. Enter one answer for each item.")
                                .arg(d.shortTitle)
                                .arg(d.items.size())
                                .arg(input.answers.size()));
    } else {
        result = MeasureEngine::score(d, input.answers);
    }
    if (!totalOnly && !result.complete) {
        // Answers that cannot be scored are refused, except when only unanswered items stand in the
        // way and a risk item was answered above its threshold: then the response is kept without a
        // score, so that the risk answer is on file.
        bool onlyMissing = !result.risks.isEmpty();
        for (int i = 0; onlyMissing && i < d.items.size(); ++i) {
            const MeasureItem& item = d.items[i];
            if (item.isScored() && input.answers[i]) {
                onlyMissing = std::any_of(item.options.cbegin(), item.options.cend(),
                    [&](const ResponseOption& o) { return o.value == *input.answers[i]; });
            }
        }
        if (!onlyMissing) {
            return invalidInput(result.reason);
        }
    }
    if (!result.risks.isEmpty() && !input.riskAcknowledgement && !input.riskNotYetSeen) {
        QStringList prompts;
        for (const RiskFlag& flag : result.risks) {
            prompts << flag.label;
        }
        return invalidInput(tr("%1. Confirm that you have seen this and will act on it, then save again.")
                                .arg(prompts.join(QStringLiteral("; "))));
    }

    QString ackBy;
    QString ackAt;
    if (!result.risks.isEmpty() && input.riskAcknowledgement) {
        ackBy = input.riskAcknowledgement->by.trimmed().isEmpty() ? actor.shownName()
                                                                  : input.riskAcknowledgement->by.trimmed();
        ackAt = input.riskAcknowledgement->at.isValid()
            ? input.riskAcknowledgement->at.toUTC().toString(Qt::ISODateWithMs)
            : nowStamp();
    }

    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    const bool hasScore = result.score.has_value();
    auto id = rows::save(m_db, actor, kResponse, input.id,
        { { QStringLiteral("client_id"), input.clientId },
            { QStringLiteral("episode_id"), input.episodeId ? QVariant(input.episodeId) : QVariant() },
            { QStringLiteral("measure_id"), d.id }, { QStringLiteral("definition_version"), d.version },
            { QStringLiteral("administered_on"), rows::date(input.administeredOn) },
            { QStringLiteral("total"), hasScore ? QVariant(result.total) : QVariant() },
            { QStringLiteral("metric"), hasScore ? QVariant(*result.score) : QVariant() },
            { QStringLiteral("band"), rows::text(result.bandKey) },
            { QStringLiteral("prorated"), result.prorated ? 1 : 0 },
            { QStringLiteral("risk_flagged"), result.risks.isEmpty() ? 0 : 1 },
            { QStringLiteral("risk_acknowledged_by"), rows::text(ackBy) },
            { QStringLiteral("risk_acknowledged_at"), rows::text(ackAt) },
            { QStringLiteral("entered_at"), nowStamp() } });
    if (!id) {
        return id.error();
    }
    auto insert = sql::prepare(m_db,
        QStringLiteral("INSERT INTO measure_answer (response_id, item_no, value, text_value) VALUES (?, ?, ?, ?)"));
    if (!insert) {
        return insert.error();
    }
    for (int i = 0; !totalOnly && i < d.items.size(); ++i) {
        const MeasureItem& item = d.items[i];
        const QString text = item.isScored() ? QString() : input.textAnswers.value(i).trimmed();
        const std::optional<int> value = item.isScored() ? input.answers[i] : std::nullopt;
        if (!value && text.isEmpty()) {
            continue; // unanswered: no row
        }
        insert.value().addBindValue(id.value());
        insert.value().addBindValue(item.number);
        insert.value().addBindValue(value ? QVariant(*value) : QVariant());
        insert.value().addBindValue(text.isEmpty() ? QVariant() : QVariant(text));
        if (Status s = sql::exec(insert.value(), QStringLiteral("save an answer")); !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id.value();
}

Result<QList<MeasureResponse>> MeasureService::responses(const Actor& actor, qint64 clientId) const
{
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, episode_id, measure_id, definition_version, administered_on, entered_at, prorated, "
                       "risk_flagged, risk_acknowledged_by, risk_acknowledged_at, total, metric FROM "
                       "measure_response WHERE client_id = ? ORDER BY administered_on, id"),
        { clientId }, QStringLiteral("read outcome measures"));
    if (!q) {
        return q.error();
    }
    QList<MeasureResponse> out;
    QHash<qint64, int> index;
    QHash<qint64, std::pair<QVariant, QVariant>> stored; // id -> (total, metric) as recorded
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        MeasureResponse m;
        m.id = r.value(0).toLongLong();
        m.clientId = clientId;
        m.episodeId = r.value(1).toLongLong();
        m.measureId = r.value(2).toString();
        m.definitionVersion = r.value(3).toInt();
        m.administeredOn = rows::toDate(r.value(4));
        m.enteredAt = fromStamp(r.value(5));
        m.prorated = r.value(6).toInt() != 0;
        m.riskFlagged = r.value(7).toInt() != 0;
        m.riskAcknowledgedBy = r.value(8).toString();
        m.riskAcknowledgedAt = fromStamp(r.value(9));
        stored.insert(m.id, { r.value(10), r.value(11) });
        index.insert(m.id, int(out.size()));
        out << m;
    }
    auto a = rows::query(m_db,
        QStringLiteral("SELECT a.response_id, a.item_no, a.value, a.text_value FROM measure_answer a JOIN "
                       "measure_response r ON r.id = a.response_id WHERE r.client_id = ?"),
        { clientId }, QStringLiteral("read answers"));
    if (!a) {
        return a.error();
    }
    QHash<qint64, QHash<int, std::pair<QVariant, QString>>> answers;
    while (a.value().next()) {
        const QSqlQuery& r = a.value();
        answers[r.value(0).toLongLong()].insert(r.value(1).toInt(), { r.value(2), r.value(3).toString() });
    }

    QHash<QString, MeasureDefinition> cache;
    QHash<QString, int> firstOf; // "episode/measure" -> index of the first scored response
    for (MeasureResponse& m : out) {
        const QString key = QStringLiteral("%1/%2").arg(m.measureId).arg(m.definitionVersion);
        if (!cache.contains(key)) {
            Result<MeasureDefinition> d = definition(m.measureId, m.definitionVersion);
            if (!d) {
                m.shortTitle = m.measureId;
                m.result.reason = d.message();
                continue;
            }
            cache.insert(key, d.takeValue());
        }
        const MeasureDefinition& d = cache[key];
        m.shortTitle = d.shortTitle;
        const auto& given = answers.value(m.id);
        for (const MeasureItem& item : d.items) {
            const auto found = given.find(item.number);
            const bool has = found != given.end();
            m.answers << (has && !found->first.isNull() ? std::optional<int>(found->first.toInt()) : std::nullopt);
            m.textAnswers << (has ? found->second : QString());
        }
        // A score with no answer rows was recorded from its total alone: a response with answers
        // always has at least one, and one kept only for its risk answer has no score.
        const std::pair<QVariant, QVariant> kept = stored.value(m.id);
        m.totalOnly = given.isEmpty() && !kept.second.isNull() && d.hasTotal();
        if (m.totalOnly) {
            m.enteredTotal = d.method == ScoringMethod::Lookup ? kept.second.toDouble() : kept.first.toDouble();
            m.result = scoreTotal(d, *m.enteredTotal);
        } else {
            m.result = MeasureEngine::score(d, m.answers);
        }
        if (!m.result.score || m.episodeId == 0) {
            continue;
        }
        const QString group = QStringLiteral("%1/%2").arg(m.episodeId).arg(m.measureId);
        const auto first = firstOf.constFind(group);
        if (first == firstOf.constEnd()) {
            firstOf.insert(group, int(index.value(m.id)));
            continue;
        }
        // Judged by the later response's version: the thresholds in force when it was scored.
        m.firstResponseId = out[*first].id;
        m.changeSinceFirst = MeasureEngine::change(d, out[*first].result, m.result);
    }
    return out;
}

ScoreResult MeasureService::scoreTotal(const MeasureDefinition& definition, double total)
{
    constexpr double kSlack = 1e-9;
    ScoreResult r;
    const MeasureDefinition& d = definition;
    if (!d.hasTotal()) {
        r.reason = tr("%1 has no total score: enter the answer to each item instead.").arg(d.shortTitle);
        return r;
    }
    if (!std::isfinite(total)) {
        r.reason = tr("The %1 total is not a number. Enter the total as a number.").arg(d.shortTitle);
        return r;
    }
    if (d.method == ScoringMethod::Lookup) {
        // The converted (metric) score, as the table gives it to two decimal places.
        const LookupEntry* found = nullptr;
        for (const LookupEntry& e : d.lookup) {
            if (std::abs(e.score - total) < 0.005 + kSlack) {
                found = &e;
            }
        }
        if (found == nullptr) {
            if (total < d.scoreMin - kSlack || total > d.scoreMax + kSlack) {
                r.reason = tr("The %1 score must be from %2 to %3, but %4 was given. Check the score against the "
                              "paper form.")
                               .arg(d.shortTitle, number(d.scoreMin), number(d.scoreMax), number(total));
                return r;
            }
            QString hint;
            if (total == std::floor(total)) {
                for (const LookupEntry& e : d.lookup) {
                    if (e.raw == int(total)) {
                        hint = tr(" If %1 is the total of the answers, its metric score is %2: enter that.")
                                   .arg(number(total), metric(e.score));
                    }
                }
            }
            r.reason = tr("%1 is not a %2 metric score: metric scores are the values of its conversion table, such "
                          "as %3 or %4. Enter the metric score as the table gives it.%5")
                           .arg(number(total), d.shortTitle, metric(d.lookup.value(d.lookup.size() / 2).score),
                               metric(d.lookup.value(d.lookup.size() / 2 + 1).score), hint);
            return r;
        }
        r.rawTotal = found->raw;
        r.total = found->raw;
        r.score = found->score;
    } else {
        const double lowest = d.rawMin();
        const double highest = d.rawMax();
        if (total < lowest - kSlack || total > highest + kSlack) {
            r.reason = d.method == ScoringMethod::SumTimesFactor
                ? tr("The %1 total must be from %2 to %3, but %4 was given. Enter the total of the answers, before "
                     "it is multiplied by %5.")
                      .arg(d.shortTitle, number(lowest), number(highest), number(total), number(d.factor))
                : tr("The %1 total must be from %2 to %3, but %4 was given. Check the total against the paper "
                     "form.")
                      .arg(d.shortTitle, number(lowest), number(highest), number(total));
            return r;
        }
        r.rawTotal = total;
        r.total = total;
        switch (d.method) {
        case ScoringMethod::Mean:
            r.score = d.scoredItemCount() > 0 ? total / d.scoredItemCount() : 0;
            break;
        case ScoringMethod::SumTimesFactor:
            r.score = total * d.factor;
            break;
        default:
            r.score = total;
            break;
        }
    }
    r.complete = true;
    if (const ScoreBand* band = MeasureEngine::bandFor(d.bands, *r.score)) {
        r.bandKey = band->key;
        r.bandLabel = band->label;
    }
    if (const ScoreBand* band = MeasureEngine::bandFor(d.detailBands, *r.score)) {
        r.detailBandKey = band->key;
        r.detailBandLabel = band->label;
    }
    if (d.caseness) {
        r.caseness = d.caseness->test(*r.score);
    }
    return r;
}

Status MeasureService::removeResponse(const Actor& actor, qint64 id)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, kResponse, id); !s) {
        return s;
    }
    return rows::remove(m_db, actor, kResponse, id);
}

Result<QList<outcomes::ScoredResponse>> MeasureService::scoredResponses(
    const Actor& actor, const QString& measureId, const QDate& from, const QDate& to, int* unscored) const
{
    if (Status s = Permissions::require(actor, Action::RunAggregateReports); !s) {
        return s.error();
    }
    if (unscored) {
        *unscored = 0;
    }
    QString where = QStringLiteral("r.measure_id = ?");
    QVariantList binds { measureId };
    appendPeriod(from, to, &where, &binds);
    // One pass over the responses. A response keeps the score and band its version gave when it was
    // recorded; only one without them (recorded before schema version 6) brings its answers along
    // to be scored again.
    auto q = rows::query(m_db,
        QStringLiteral("SELECT r.id, r.client_id, r.episode_id, r.definition_version, r.administered_on, a.item_no, "
                       "a.value, r.metric, r.band FROM measure_response r LEFT JOIN measure_answer a ON "
                       "a.response_id = r.id AND r.metric IS NULL WHERE ")
            + where + QStringLiteral(" ORDER BY r.administered_on, r.id"),
        binds, QStringLiteral("read outcome measures for a report"));
    if (!q) {
        return q.error();
    }
    VersionCache versions;
    QList<outcomes::ScoredResponse> out;
    qint64 current = 0;
    int version = 0;
    outcomes::ScoredResponse pending;
    bool stored = false; // pending has the score and band stored with it
    QHash<int, int> values;
    auto finish = [&]() {
        if (current == 0) {
            return;
        }
        if (stored) {
            if (pending.on.isValid()) {
                out << pending;
            } else if (unscored) {
                ++*unscored;
            }
            return;
        }
        const std::optional<MeasureDefinition>& found
            = cached(versions, version, [&](int v) { return definition(measureId, v); });
        std::optional<ScoreResult> result;
        if (found) {
            const MeasureDefinition& d = *found;
            QList<std::optional<int>> answers;
            answers.reserve(d.items.size());
            for (const MeasureItem& item : d.items) {
                const auto v = values.constFind(item.number);
                answers << (v != values.constEnd() && item.isScored() ? std::optional<int>(*v) : std::nullopt);
            }
            result = MeasureEngine::score(d, answers);
        }
        if (result && result->score && pending.on.isValid()) {
            pending.score = *result->score;
            pending.band = result->bandKey;
            out << pending;
        } else if (unscored) {
            ++*unscored;
        }
        values.clear();
    };
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const qint64 id = r.value(0).toLongLong();
        if (id != current) {
            finish();
            current = id;
            version = r.value(3).toInt();
            pending = outcomes::ScoredResponse();
            pending.id = id;
            pending.clientId = r.value(1).toLongLong();
            pending.episodeId = r.value(2).toLongLong();
            pending.measureId = measureId;
            pending.on = rows::toDate(r.value(4));
            stored = !r.value(7).isNull();
            if (stored) {
                pending.score = r.value(7).toDouble();
                pending.band = r.value(8).toString();
            }
        }
        if (!r.value(5).isNull() && !r.value(6).isNull()) {
            values.insert(r.value(5).toInt(), r.value(6).toInt());
        }
    }
    finish();
    return out;
}

Result<QList<outcomes::YesNoAnswer>> MeasureService::yesNoAnswers(
    const Actor& actor, const QString& measureId, int itemNumber, const QDate& from, const QDate& to) const
{
    if (Status s = Permissions::require(actor, Action::RunAggregateReports); !s) {
        return s.error();
    }
    Result<MeasureDefinition> d = currentDefinition(measureId);
    if (!d) {
        return d.error();
    }
    const auto item = std::find_if(d.value().items.cbegin(), d.value().items.cend(),
        [itemNumber](const MeasureItem& i) { return i.number == itemNumber; });
    if (item == d.value().items.cend() || item->kind != ItemKind::YesNoNa) {
        return invalidInput(
            tr("Item %1 of %2 is not a yes / no / not applicable question.").arg(itemNumber).arg(d.value().shortTitle));
    }
    // The values of yes, no and "not applicable" in each version (a version may have renumbered them).
    QString where = QStringLiteral("r.measure_id = ? AND a.item_no = ? AND a.value IS NOT NULL");
    QVariantList binds { measureId, itemNumber };
    appendPeriod(from, to, &where, &binds);
    auto q = rows::query(m_db,
        QStringLiteral("SELECT r.definition_version, a.value, COUNT(*) FROM measure_response r JOIN measure_answer a "
                       "ON a.response_id = r.id WHERE ")
            + where + QStringLiteral(" GROUP BY r.definition_version, a.value ORDER BY r.definition_version, a.value"),
        binds, QStringLiteral("read yes and no answers for a report"));
    if (!q) {
        return q.error();
    }
    QList<outcomes::YesNoAnswer> out;
    VersionCache versions;
    while (q.value().next()) {
        const int version = q.value().value(0).toInt();
        const int value = q.value().value(1).toInt();
        const int n = q.value().value(2).toInt();
        const std::optional<MeasureDefinition>& found
            = cached(versions, version, [&](int v) { return definition(measureId, v); });
        if (!found) {
            continue;
        }
        const auto vi = std::find_if(found->items.cbegin(), found->items.cend(),
            [itemNumber](const MeasureItem& i) { return i.number == itemNumber; });
        if (vi == found->items.cend() || vi->kind != ItemKind::YesNoNa) {
            continue; // the item meant something else in that version
        }
        const std::optional<outcomes::YesNoAnswer> answer = yesNoOf(*vi, value);
        if (answer) {
            for (int i = 0; i < n; ++i) {
                out << *answer;
            }
        }
    }
    return out;
}

std::optional<outcomes::YesNoAnswer> MeasureService::yesNoOf(const MeasureItem& item, int value)
{
    if (item.kind != ItemKind::YesNoNa) {
        return std::nullopt;
    }
    // Of the two scored options, the higher value is "yes" (1 for yes, 0 for no).
    int highest = std::numeric_limits<int>::min();
    for (const ResponseOption& o : item.options) {
        if (o.scored) {
            highest = std::max(highest, o.value);
        }
    }
    for (const ResponseOption& o : item.options) {
        if (o.value == value) {
            return !o.scored         ? outcomes::YesNoAnswer::NotApplicable
                : o.value == highest ? outcomes::YesNoAnswer::Yes
                                     : outcomes::YesNoAnswer::No;
        }
    }
    return std::nullopt;
}

outcomes::ChangeRule MeasureService::changeRule(const MeasureDefinition& definition)
{
    constexpr double kStrict = 1e-6;
    outcomes::ChangeRule rule;
    rule.higherIsBetter = definition.higherIsBetter;
    rule.reliableChange = definition.change.reliable;
    rule.meaningfulChange = definition.change.meaningful;
    if (definition.caseness) {
        const Caseness& c = *definition.caseness;
        using When = Caseness::When;
        if (!definition.higherIsBetter && (c.when == When::AtOrAbove || c.when == When::Above)) {
            rule.casenessCutoff = c.when == When::Above ? c.value + kStrict : c.value;
        } else if (definition.higherIsBetter && (c.when == When::AtOrBelow || c.when == When::Below)) {
            rule.casenessCutoff = c.when == When::Below ? c.value - kStrict : c.value;
        }
    }
    return rule;
}

} // namespace alongside::core
