#include "core/measures/measureloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

namespace alongside::core {

namespace {

constexpr double kSlack = 1e-9;

QString num(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

/** Reads fields and records the first problem as "<file>: <field>: <what is wrong>". */
class Reader
{
public:
    explicit Reader(QString file)
        : m_file(std::move(file))
    { }

    bool failed() const { return !m_error.isEmpty(); }

    const QString& error() const { return m_error; }

    bool fail(const QString& field, const QString& problem)
    {
        if (m_error.isEmpty()) {
            m_error = field.isEmpty() ? QStringLiteral("%1: %2").arg(m_file, problem)
                                      : QStringLiteral("%1: %2: %3").arg(m_file, field, problem);
        }
        return false;
    }

    QString text(const QJsonObject& o, const QString& key, const QString& field, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(field, MeasureLoader::tr("is missing; it must be some text"));
            }
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            fail(field, MeasureLoader::tr("must be some text"));
            return {};
        }
        return v.toString();
    }

    std::optional<double> number(const QJsonObject& o, const QString& key, const QString& field, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(field, MeasureLoader::tr("is missing; it must be a number"));
            }
            return std::nullopt;
        }
        if (!v.isDouble()) {
            fail(field, MeasureLoader::tr("must be a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    std::optional<int> integer(const QJsonObject& o, const QString& key, const QString& field, bool required)
    {
        const std::optional<double> d = number(o, key, field, required);
        if (!d) {
            return std::nullopt;
        }
        if (*d != std::floor(*d) || std::abs(*d) > 1e9) {
            fail(field, MeasureLoader::tr("must be a whole number, not %1").arg(num(*d)));
            return std::nullopt;
        }
        return int(*d);
    }

    bool boolean(const QJsonObject& o, const QString& key, const QString& field, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            return fallback;
        }
        if (!v.isBool()) {
            fail(field, MeasureLoader::tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    QJsonObject object(const QJsonObject& o, const QString& key, const QString& field, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required) {
            return {};
        }
        if (!v.isObject()) {
            fail(field,
                v.isUndefined() ? MeasureLoader::tr("is missing; it must be an object { ... }")
                                : MeasureLoader::tr("must be an object { ... }"));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject& o, const QString& key, const QString& field, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required) {
            return {};
        }
        if (!v.isArray()) {
            fail(field,
                v.isUndefined() ? MeasureLoader::tr("is missing; it must be a list [ ... ]")
                                : MeasureLoader::tr("must be a list [ ... ]"));
            return {};
        }
        return v.toArray();
    }

private:
    QString m_file;
    QString m_error;
};

QList<ResponseOption> readOptions(Reader& r, const QJsonArray& array, const QString& field)
{
    QList<ResponseOption> options;
    QSet<int> seen;
    for (int i = 0; i < array.size() && !r.failed(); ++i) {
        const QString f = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!array[i].isObject()) {
            r.fail(f, MeasureLoader::tr("must be an object { \"value\": ..., \"label\": ... }"));
            break;
        }
        const QJsonObject o = array[i].toObject();
        ResponseOption option;
        option.value = r.integer(o, QStringLiteral("value"), f + QStringLiteral(".value"), true).value_or(0);
        option.label = r.text(o, QStringLiteral("label"), f + QStringLiteral(".label"), true);
        option.scored = r.boolean(o, QStringLiteral("scored"), f + QStringLiteral(".scored"), true);
        if (!r.failed() && seen.contains(option.value)) {
            r.fail(f + QStringLiteral(".value"), MeasureLoader::tr("%1 is used by another answer").arg(option.value));
        }
        seen.insert(option.value);
        options.append(option);
    }
    return options;
}

QList<ScoreBand> readBands(Reader& r, const QJsonArray& array, const QString& field)
{
    QList<ScoreBand> bands;
    QSet<QString> keys;
    for (int i = 0; i < array.size() && !r.failed(); ++i) {
        const QString f = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!array[i].isObject()) {
            r.fail(f, MeasureLoader::tr("must be an object { \"key\", \"label\", \"min\", \"max\" }"));
            break;
        }
        const QJsonObject o = array[i].toObject();
        ScoreBand band;
        band.key = r.text(o, QStringLiteral("key"), f + QStringLiteral(".key"), true);
        band.label = r.text(o, QStringLiteral("label"), f + QStringLiteral(".label"), true);
        band.min = r.number(o, QStringLiteral("min"), f + QStringLiteral(".min"), true).value_or(0);
        band.max = r.number(o, QStringLiteral("max"), f + QStringLiteral(".max"), true).value_or(0);
        if (r.failed()) {
            break;
        }
        if (keys.contains(band.key)) {
            r.fail(f + QStringLiteral(".key"), MeasureLoader::tr("\"%1\" is used by another band").arg(band.key));
        } else if (band.max < band.min) {
            r.fail(f, MeasureLoader::tr("max %1 is below min %2").arg(num(band.max), num(band.min)));
        } else if (!bands.isEmpty() && band.min <= bands.last().max + kSlack) {
            r.fail(f + QStringLiteral(".min"),
                MeasureLoader::tr("%1 overlaps the band before it (%2-%3); list bands from lowest to highest "
                                  "without overlaps")
                    .arg(num(band.min), num(bands.last().min), num(bands.last().max)));
        }
        keys.insert(band.key);
        bands.append(band);
    }
    return bands;
}

/** Every possible score must fall in exactly one band; the ends must match the score range. */
void checkCoverage(
    Reader& r, const QList<ScoreBand>& bands, const QList<double>& possible, double lo, double hi, const QString& field)
{
    if (bands.isEmpty() || r.failed()) {
        return;
    }
    if (std::abs(bands.first().min - lo) > kSlack) {
        r.fail(field + QStringLiteral("[0].min"),
            MeasureLoader::tr("the lowest band must start at the lowest score, %1, not %2")
                .arg(num(lo), num(bands.first().min)));
        return;
    }
    if (std::abs(bands.last().max - hi) > kSlack) {
        r.fail(QStringLiteral("%1[%2].max").arg(field).arg(bands.size() - 1),
            MeasureLoader::tr("the highest band must end at the highest score, %1, not %2")
                .arg(num(hi), num(bands.last().max)));
        return;
    }
    for (double value : possible) {
        bool inside = false;
        for (const ScoreBand& b : bands) {
            inside = inside || (value + kSlack >= b.min && value <= b.max + kSlack);
        }
        if (!inside) {
            r.fail(field, MeasureLoader::tr("a score of %1 falls in a gap between bands").arg(num(value)));
            return;
        }
    }
}

MeasureDefinition read(Reader& r, const QJsonObject& root)
{
    MeasureDefinition d;
    const std::optional<int> format = r.integer(root, QStringLiteral("format"), QStringLiteral("format"), true);
    if (format && *format != 1) {
        r.fail(QStringLiteral("format"),
            MeasureLoader::tr("format %1 is not known to this version of Alongside, which reads format 1")
                .arg(*format));
    }
    d.id = r.text(root, QStringLiteral("id"), QStringLiteral("id"), true);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!r.failed() && !idPattern.match(d.id).hasMatch()) {
        r.fail(QStringLiteral("id"),
            MeasureLoader::tr("\"%1\" must be lower-case letters, digits and hyphens, such as \"phq9\"").arg(d.id));
    }
    d.version = r.integer(root, QStringLiteral("version"), QStringLiteral("version"), true).value_or(1);
    if (!r.failed() && d.version < 1) {
        r.fail(QStringLiteral("version"), MeasureLoader::tr("must be 1 or more"));
    }
    d.title = r.text(root, QStringLiteral("title"), QStringLiteral("title"), true);
    d.shortTitle = r.text(root, QStringLiteral("shortTitle"), QStringLiteral("shortTitle"), true);
    d.recallPeriod = r.text(root, QStringLiteral("recallPeriod"), QStringLiteral("recallPeriod"), false);
    d.licence = r.text(root, QStringLiteral("licence"), QStringLiteral("licence"), true);
    d.copyright = r.text(root, QStringLiteral("copyright"), QStringLiteral("copyright"), false);
    d.itemNote = r.text(root, QStringLiteral("itemNote"), QStringLiteral("itemNote"), false);
    d.notes = r.text(root, QStringLiteral("notes"), QStringLiteral("notes"), false);

    const QJsonArray sources = r.array(root, QStringLiteral("sources"), QStringLiteral("sources"), false);
    for (int i = 0; i < sources.size() && !r.failed(); ++i) {
        const QString f = QStringLiteral("sources[%1]").arg(i);
        const QJsonObject o = sources[i].toObject();
        MeasureSource s;
        s.id = r.text(o, QStringLiteral("id"), f + QStringLiteral(".id"), false);
        s.citation = r.text(o, QStringLiteral("citation"), f + QStringLiteral(".citation"), true);
        s.url = r.text(o, QStringLiteral("url"), f + QStringLiteral(".url"), false);
        d.sources.append(s);
    }

    const QList<ResponseOption> shared = readOptions(
        r, r.array(root, QStringLiteral("options"), QStringLiteral("options"), false), QStringLiteral("options"));

    const QJsonArray items = r.array(root, QStringLiteral("items"), QStringLiteral("items"), true);
    if (!r.failed() && items.isEmpty()) {
        r.fail(QStringLiteral("items"), MeasureLoader::tr("has no items; a measure needs at least one"));
    }
    for (int i = 0; i < items.size() && !r.failed(); ++i) {
        const QString f = QStringLiteral("items[%1]").arg(i);
        if (!items[i].isObject()) {
            r.fail(f, MeasureLoader::tr("must be an object { \"number\", \"text\", ... }"));
            break;
        }
        const QJsonObject o = items[i].toObject();
        MeasureItem item;
        item.number = r.integer(o, QStringLiteral("number"), f + QStringLiteral(".number"), true).value_or(0);
        if (!r.failed() && item.number != i + 1) {
            r.fail(f + QStringLiteral(".number"),
                MeasureLoader::tr("is %1, but items must be numbered 1, 2, 3 ... in order (expected %2)")
                    .arg(item.number)
                    .arg(i + 1));
        }
        item.text = r.text(o, QStringLiteral("text"), f + QStringLiteral(".text"), true);
        const QString kind = r.text(o, QStringLiteral("kind"), f + QStringLiteral(".kind"), false);
        if (kind.isEmpty() || kind == QLatin1String("likert")) {
            item.kind = ItemKind::Likert;
        } else if (kind == QLatin1String("yesNoNa")) {
            item.kind = ItemKind::YesNoNa;
        } else if (kind == QLatin1String("freeText")) {
            item.kind = ItemKind::FreeText;
        } else {
            r.fail(f + QStringLiteral(".kind"),
                MeasureLoader::tr("\"%1\" is not a kind of item; use likert, yesNoNa or freeText").arg(kind));
        }
        if (o.contains(QStringLiteral("options"))) {
            item.options = readOptions(r, r.array(o, QStringLiteral("options"), f + QStringLiteral(".options"), true),
                f + QStringLiteral(".options"));
        } else if (item.isScored()) {
            item.options = shared;
        }
        item.reverse = r.boolean(o, QStringLiteral("reverse"), f + QStringLiteral(".reverse"), false);
        if (r.failed()) {
            break;
        }
        if (item.kind == ItemKind::FreeText) {
            if (!item.options.isEmpty() || item.reverse || o.contains(QStringLiteral("risk"))) {
                r.fail(f, MeasureLoader::tr("a free-text item has no answers to choose, reverse scoring or risk rule"));
                break;
            }
        } else {
            const auto scoredOptions = std::count_if(
                item.options.cbegin(), item.options.cend(), [](const ResponseOption& x) { return x.scored; });
            if (scoredOptions < 2) {
                r.fail(f + QStringLiteral(".options"),
                    MeasureLoader::tr("needs at least two scored answers (give them here or in \"options\")"));
                break;
            }
            if (item.kind == ItemKind::YesNoNa && (item.options.size() != 3 || scoredOptions != 2)) {
                r.fail(f + QStringLiteral(".options"),
                    MeasureLoader::tr("a yes/no/not applicable item needs exactly three answers, one of them "
                                      "\"scored\": false"));
                break;
            }
        }
        if (o.contains(QStringLiteral("risk"))) {
            const QJsonObject risk = r.object(o, QStringLiteral("risk"), f + QStringLiteral(".risk"), true);
            RiskRule rule;
            rule.above = r.integer(risk, QStringLiteral("above"), f + QStringLiteral(".risk.above"), true).value_or(0);
            rule.label = r.text(risk, QStringLiteral("label"), f + QStringLiteral(".risk.label"), true);
            if (!r.failed() && (rule.above < item.minValue() || rule.above >= item.maxValue())) {
                r.fail(f + QStringLiteral(".risk.above"),
                    MeasureLoader::tr("%1 must be at least %2 and below %3, or no answer could raise the flag")
                        .arg(rule.above)
                        .arg(item.minValue())
                        .arg(item.maxValue()));
            }
            item.risk = rule;
        }
        item.higherIsBetter
            = r.boolean(o, QStringLiteral("higherIsBetter"), f + QStringLiteral(".higherIsBetter"), true);
        item.bands = readBands(
            r, r.array(o, QStringLiteral("bands"), f + QStringLiteral(".bands"), false), f + QStringLiteral(".bands"));
        QList<double> values;
        for (const ResponseOption& x : item.options) {
            if (x.scored) {
                values.append(x.value);
            }
        }
        checkCoverage(r, item.bands, values, item.minValue(), item.maxValue(), f + QStringLiteral(".bands"));
        d.items.append(item);
    }
    if (r.failed()) {
        return d;
    }
    if (d.scoredItemCount() == 0) {
        r.fail(QStringLiteral("items"), MeasureLoader::tr("has no scored items"));
        return d;
    }

    // Scoring.
    const QJsonObject scoring = r.object(root, QStringLiteral("scoring"), QStringLiteral("scoring"), true);
    const QString method = r.text(scoring, QStringLiteral("method"), QStringLiteral("scoring.method"), true);
    static const QList<std::pair<QString, ScoringMethod>> methods {
        { QStringLiteral("sum"), ScoringMethod::Sum },
        { QStringLiteral("mean"), ScoringMethod::Mean },
        { QStringLiteral("sumTimesFactor"), ScoringMethod::SumTimesFactor },
        { QStringLiteral("lookup"), ScoringMethod::Lookup },
        { QStringLiteral("none"), ScoringMethod::None },
    };
    bool knownMethod = false;
    for (const auto& [name, m] : methods) {
        if (name == method) {
            d.method = m;
            knownMethod = true;
        }
    }
    if (!r.failed() && !knownMethod) {
        r.fail(QStringLiteral("scoring.method"),
            MeasureLoader::tr("\"%1\" is not a scoring method; use sum, mean, sumTimesFactor, lookup or none")
                .arg(method));
    }
    const QJsonObject missing = r.object(scoring, QStringLiteral("missing"), QStringLiteral("scoring.missing"), false);
    const QString rule = r.text(missing, QStringLiteral("rule"), QStringLiteral("scoring.missing.rule"), false);
    if (rule.isEmpty() || rule == QLatin1String("none")) {
        d.missing.kind = MissingRule::Kind::NoneAllowed;
    } else if (rule == QLatin1String("prorate")) {
        d.missing.kind = MissingRule::Kind::Prorate;
        d.missing.maxMissing
            = r.integer(missing, QStringLiteral("maxMissing"), QStringLiteral("scoring.missing.maxMissing"), true)
                  .value_or(0);
        if (!r.failed() && (d.missing.maxMissing < 1 || d.missing.maxMissing >= d.scoredItemCount())) {
            r.fail(QStringLiteral("scoring.missing.maxMissing"),
                MeasureLoader::tr("%1 must be from 1 to %2 (fewer than the number of scored items)")
                    .arg(d.missing.maxMissing)
                    .arg(d.scoredItemCount() - 1));
        }
        if (!r.failed() && d.method == ScoringMethod::Lookup) {
            r.fail(QStringLiteral("scoring.missing.rule"),
                MeasureLoader::tr("a conversion table needs whole totals, so it cannot be prorated; use \"none\""));
        }
    } else {
        r.fail(QStringLiteral("scoring.missing.rule"),
            MeasureLoader::tr("\"%1\" is not a missing-item rule; use none or prorate").arg(rule));
    }
    d.higherIsBetter
        = r.boolean(scoring, QStringLiteral("higherIsBetter"), QStringLiteral("scoring.higherIsBetter"), true);
    if (r.failed()) {
        return d;
    }

    const int rawMin = int(d.rawMin());
    const int rawMax = int(d.rawMax());
    std::function<double(int)> scoreOf = [](int raw) { return double(raw); };
    if (d.method == ScoringMethod::SumTimesFactor) {
        d.factor = r.number(scoring, QStringLiteral("factor"), QStringLiteral("scoring.factor"), true).value_or(1);
        if (!r.failed() && d.factor <= 0) {
            r.fail(QStringLiteral("scoring.factor"), MeasureLoader::tr("must be above 0"));
        }
        const double factor = d.factor;
        scoreOf = [factor](int raw) { return raw * factor; };
    } else if (d.method == ScoringMethod::Mean) {
        const int n = d.scoredItemCount();
        scoreOf = [n](int raw) { return double(raw) / n; };
    } else if (d.method == ScoringMethod::Lookup) {
        const QJsonArray table = r.array(scoring, QStringLiteral("lookup"), QStringLiteral("scoring.lookup"), true);
        QSet<int> seen;
        for (int i = 0; i < table.size() && !r.failed(); ++i) {
            const QString f = QStringLiteral("scoring.lookup[%1]").arg(i);
            const QJsonArray pair = table[i].toArray();
            if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble()
                || pair[0].toDouble() != std::floor(pair[0].toDouble())) {
                r.fail(f, MeasureLoader::tr("must be a pair [raw total, score], such as [7, 7.00]"));
                break;
            }
            const int raw = pair[0].toInt();
            if (raw < rawMin || raw > rawMax) {
                r.fail(f,
                    MeasureLoader::tr("raw total %1 cannot happen: totals run from %2 to %3")
                        .arg(raw)
                        .arg(rawMin)
                        .arg(rawMax));
            } else if (seen.contains(raw)) {
                r.fail(f, MeasureLoader::tr("raw total %1 is listed twice").arg(raw));
            }
            seen.insert(raw);
            d.lookup.append(LookupEntry { raw, pair[1].toDouble() });
        }
        for (int raw = rawMin; raw <= rawMax && !r.failed(); ++raw) {
            if (!seen.contains(raw)) {
                r.fail(QStringLiteral("scoring.lookup"),
                    MeasureLoader::tr("has no score for a raw total of %1; it must cover every total from %2 to %3")
                        .arg(raw)
                        .arg(rawMin)
                        .arg(rawMax));
            }
        }
        std::sort(
            d.lookup.begin(), d.lookup.end(), [](const LookupEntry& a, const LookupEntry& b) { return a.raw < b.raw; });
        const QList<LookupEntry> entries = d.lookup;
        scoreOf = [entries, rawMin](int raw) { return entries.value(raw - rawMin).score; };
    }
    if (r.failed()) {
        return d;
    }

    QList<double> possible;
    if (d.hasTotal()) {
        for (int raw = rawMin; raw <= rawMax; ++raw) {
            possible.append(scoreOf(raw));
        }
        d.scoreMin = *std::min_element(possible.cbegin(), possible.cend());
        d.scoreMax = *std::max_element(possible.cbegin(), possible.cend());
        // The file states its range so that a slip in an item's answers is caught here.
        const QJsonObject range
            = r.object(scoring, QStringLiteral("scoreRange"), QStringLiteral("scoring.scoreRange"), true);
        const double lo
            = r.number(range, QStringLiteral("min"), QStringLiteral("scoring.scoreRange.min"), true).value_or(0);
        const double hi
            = r.number(range, QStringLiteral("max"), QStringLiteral("scoring.scoreRange.max"), true).value_or(0);
        if (!r.failed() && (std::abs(lo - d.scoreMin) > kSlack || std::abs(hi - d.scoreMax) > kSlack)) {
            r.fail(QStringLiteral("scoring.scoreRange"),
                MeasureLoader::tr("says %1-%2, but the items and scoring method give %3-%4")
                    .arg(num(lo), num(hi), num(d.scoreMin), num(d.scoreMax)));
        }
    } else {
        for (const QString& key : { QStringLiteral("bands"), QStringLiteral("detailBands"), QStringLiteral("caseness"),
                 QStringLiteral("change") }) {
            if (root.contains(key) && !r.failed()) {
                r.fail(key,
                    MeasureLoader::tr("a measure with no total (method \"none\") cannot have one; give item "
                                      "bands instead"));
            }
        }
        return d;
    }

    d.bands
        = readBands(r, r.array(root, QStringLiteral("bands"), QStringLiteral("bands"), false), QStringLiteral("bands"));
    checkCoverage(r, d.bands, possible, d.scoreMin, d.scoreMax, QStringLiteral("bands"));
    d.detailBands = readBands(r, r.array(root, QStringLiteral("detailBands"), QStringLiteral("detailBands"), false),
        QStringLiteral("detailBands"));
    for (int i = 0; i < d.detailBands.size() && !r.failed(); ++i) {
        const ScoreBand& b = d.detailBands[i];
        if (b.min < d.scoreMin - kSlack || b.max > d.scoreMax + kSlack) {
            r.fail(QStringLiteral("detailBands[%1]").arg(i),
                MeasureLoader::tr("%1-%2 lies outside the scores %3-%4")
                    .arg(num(b.min), num(b.max), num(d.scoreMin), num(d.scoreMax)));
        }
    }

    if (root.contains(QStringLiteral("caseness"))) {
        const QJsonObject c = r.object(root, QStringLiteral("caseness"), QStringLiteral("caseness"), true);
        Caseness caseness;
        const QString when = r.text(c, QStringLiteral("when"), QStringLiteral("caseness.when"), true);
        static const QList<std::pair<QString, Caseness::When>> whens {
            { QStringLiteral("atOrAbove"), Caseness::When::AtOrAbove },
            { QStringLiteral("above"), Caseness::When::Above },
            { QStringLiteral("atOrBelow"), Caseness::When::AtOrBelow },
            { QStringLiteral("below"), Caseness::When::Below },
        };
        bool known = false;
        for (const auto& [name, w] : whens) {
            if (name == when) {
                caseness.when = w;
                known = true;
            }
        }
        if (!r.failed() && !known) {
            r.fail(QStringLiteral("caseness.when"),
                MeasureLoader::tr("\"%1\" is not known; use atOrAbove, above, atOrBelow or below").arg(when));
        }
        caseness.value = r.number(c, QStringLiteral("value"), QStringLiteral("caseness.value"), true).value_or(0);
        caseness.label = r.text(c, QStringLiteral("label"), QStringLiteral("caseness.label"), true);
        if (!r.failed() && (caseness.value < d.scoreMin || caseness.value > d.scoreMax)) {
            r.fail(QStringLiteral("caseness.value"),
                MeasureLoader::tr("%1 lies outside the scores %2-%3")
                    .arg(num(caseness.value), num(d.scoreMin), num(d.scoreMax)));
        }
        d.casenessAnyItemAtMost
            = r.integer(c, QStringLiteral("anyItemAtMost"), QStringLiteral("caseness.anyItemAtMost"), false);
        d.caseness = caseness;
    }

    const QJsonObject change = r.object(root, QStringLiteral("change"), QStringLiteral("change"), false);
    d.change.reliable = r.number(change, QStringLiteral("reliable"), QStringLiteral("change.reliable"), false);
    d.change.meaningful = r.number(change, QStringLiteral("meaningful"), QStringLiteral("change.meaningful"), false);
    for (const auto& [value, field] : { std::pair { d.change.reliable, QStringLiteral("change.reliable") },
             std::pair { d.change.meaningful, QStringLiteral("change.meaningful") } }) {
        if (value && *value <= 0 && !r.failed()) {
            r.fail(field, MeasureLoader::tr("must be above 0"));
        }
    }
    return d;
}

} // namespace

Result<MeasureDefinition> MeasureLoader::fromJson(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalidInput(tr("%1: this is not valid JSON (%2 at character %3). Fix the file or remove it.")
                                .arg(fileName, parseError.errorString())
                                .arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return invalidInput(tr("%1: a measure definition must be one JSON object { ... }.").arg(fileName));
    }
    Reader reader(fileName);
    MeasureDefinition d = read(reader, doc.object());
    if (reader.failed()) {
        return invalidInput(reader.error());
    }
    d.sourceFile = fileName;
    return d;
}

Result<MeasureDefinition> MeasureLoader::fromFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        Error e { Error::Code::Io, tr("%1: the file could not be read (%2).").arg(name, file.errorString()), path };
        return e;
    }
    Result<MeasureDefinition> result = fromJson(file.readAll(), name);
    if (result) {
        result.value().sourceFile = path;
    }
    return result;
}

namespace {

QJsonArray bandsToJson(const QList<ScoreBand>& bands)
{
    QJsonArray out;
    for (const ScoreBand& b : bands) {
        out.append(QJsonObject { { QStringLiteral("key"), b.key }, { QStringLiteral("label"), b.label },
            { QStringLiteral("min"), b.min }, { QStringLiteral("max"), b.max } });
    }
    return out;
}

QString kindKey(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Likert:
        return QStringLiteral("likert");
    case ItemKind::YesNoNa:
        return QStringLiteral("yesNoNa");
    case ItemKind::FreeText:
        return QStringLiteral("freeText");
    }
    return QStringLiteral("likert");
}

QString methodKey(ScoringMethod method)
{
    switch (method) {
    case ScoringMethod::Sum:
        return QStringLiteral("sum");
    case ScoringMethod::Mean:
        return QStringLiteral("mean");
    case ScoringMethod::SumTimesFactor:
        return QStringLiteral("sumTimesFactor");
    case ScoringMethod::Lookup:
        return QStringLiteral("lookup");
    case ScoringMethod::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("sum");
}

QString whenKey(Caseness::When when)
{
    switch (when) {
    case Caseness::When::AtOrAbove:
        return QStringLiteral("atOrAbove");
    case Caseness::When::Above:
        return QStringLiteral("above");
    case Caseness::When::AtOrBelow:
        return QStringLiteral("atOrBelow");
    case Caseness::When::Below:
        return QStringLiteral("below");
    }
    return QStringLiteral("atOrAbove");
}

} // namespace

QByteArray MeasureLoader::toJson(const MeasureDefinition& d)
{
    QJsonObject root { { QStringLiteral("format"), 1 }, { QStringLiteral("id"), d.id },
        { QStringLiteral("version"), d.version }, { QStringLiteral("title"), d.title },
        { QStringLiteral("shortTitle"), d.shortTitle }, { QStringLiteral("recallPeriod"), d.recallPeriod },
        { QStringLiteral("licence"), d.licence }, { QStringLiteral("copyright"), d.copyright },
        { QStringLiteral("itemNote"), d.itemNote }, { QStringLiteral("notes"), d.notes } };
    QJsonArray sources;
    for (const MeasureSource& s : d.sources) {
        sources.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("citation"), s.citation },
            { QStringLiteral("url"), s.url } });
    }
    root.insert(QStringLiteral("sources"), sources);
    QJsonArray items;
    for (const MeasureItem& item : d.items) {
        QJsonObject o { { QStringLiteral("number"), item.number }, { QStringLiteral("text"), item.text },
            { QStringLiteral("kind"), kindKey(item.kind) } };
        if (item.isScored()) {
            QJsonArray options;
            for (const ResponseOption& x : item.options) {
                QJsonObject option { { QStringLiteral("value"), x.value }, { QStringLiteral("label"), x.label } };
                if (!x.scored) {
                    option.insert(QStringLiteral("scored"), false);
                }
                options.append(option);
            }
            o.insert(QStringLiteral("options"), options);
            if (item.reverse) {
                o.insert(QStringLiteral("reverse"), true);
            }
        }
        if (item.risk) {
            o.insert(QStringLiteral("risk"),
                QJsonObject {
                    { QStringLiteral("above"), item.risk->above }, { QStringLiteral("label"), item.risk->label } });
        }
        if (!item.bands.isEmpty()) {
            o.insert(QStringLiteral("higherIsBetter"), item.higherIsBetter);
            o.insert(QStringLiteral("bands"), bandsToJson(item.bands));
        }
        items.append(o);
    }
    root.insert(QStringLiteral("items"), items);

    QJsonObject scoring { { QStringLiteral("method"), methodKey(d.method) },
        { QStringLiteral("higherIsBetter"), d.higherIsBetter } };
    if (d.missing.kind == MissingRule::Kind::Prorate) {
        scoring.insert(QStringLiteral("missing"),
            QJsonObject { { QStringLiteral("rule"), QStringLiteral("prorate") },
                { QStringLiteral("maxMissing"), d.missing.maxMissing } });
    } else {
        scoring.insert(QStringLiteral("missing"), QJsonObject { { QStringLiteral("rule"), QStringLiteral("none") } });
    }
    if (d.method == ScoringMethod::SumTimesFactor) {
        scoring.insert(QStringLiteral("factor"), d.factor);
    }
    if (d.method == ScoringMethod::Lookup) {
        QJsonArray table;
        for (const LookupEntry& e : d.lookup) {
            table.append(QJsonArray { e.raw, e.score });
        }
        scoring.insert(QStringLiteral("lookup"), table);
    }
    if (d.hasTotal()) {
        scoring.insert(QStringLiteral("scoreRange"),
            QJsonObject { { QStringLiteral("min"), d.scoreMin }, { QStringLiteral("max"), d.scoreMax } });
    }
    root.insert(QStringLiteral("scoring"), scoring);

    if (d.hasTotal()) {
        if (!d.bands.isEmpty()) {
            root.insert(QStringLiteral("bands"), bandsToJson(d.bands));
        }
        if (!d.detailBands.isEmpty()) {
            root.insert(QStringLiteral("detailBands"), bandsToJson(d.detailBands));
        }
        if (d.caseness) {
            QJsonObject c { { QStringLiteral("when"), whenKey(d.caseness->when) },
                { QStringLiteral("value"), d.caseness->value }, { QStringLiteral("label"), d.caseness->label } };
            if (d.casenessAnyItemAtMost) {
                c.insert(QStringLiteral("anyItemAtMost"), *d.casenessAnyItemAtMost);
            }
            root.insert(QStringLiteral("caseness"), c);
        }
        QJsonObject change;
        if (d.change.reliable) {
            change.insert(QStringLiteral("reliable"), *d.change.reliable);
        }
        if (d.change.meaningful) {
            change.insert(QStringLiteral("meaningful"), *d.change.meaningful);
        }
        if (!change.isEmpty()) {
            root.insert(QStringLiteral("change"), change);
        }
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

MeasureLibrary::MeasureLibrary()
{
    loadFolder(builtInFolder());
}

int MeasureLibrary::loadFolder(const QString& folder)
{
    const QDir dir(folder);
    int loaded = 0;
    const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        Result<MeasureDefinition> result = MeasureLoader::fromFile(dir.filePath(name));
        if (!result) {
            m_errors.append(result.message());
            continue;
        }
        if (find(result.value().id, result.value().version) != nullptr) {
            m_errors.append(tr("%1: %2 version %3 is already loaded from another file; this one was skipped.")
                                .arg(name, result.value().id)
                                .arg(result.value().version));
            continue;
        }
        m_definitions.append(result.takeValue());
        ++loaded;
    }
    return loaded;
}

const MeasureDefinition* MeasureLibrary::find(const QString& id, int version) const
{
    for (const MeasureDefinition& d : m_definitions) {
        if (d.id == id && d.version == version) {
            return &d;
        }
    }
    return nullptr;
}

const MeasureDefinition* MeasureLibrary::latest(const QString& id) const
{
    const MeasureDefinition* best = nullptr;
    for (const MeasureDefinition& d : m_definitions) {
        if (d.id == id && (best == nullptr || d.version > best->version)) {
            best = &d;
        }
    }
    return best;
}

} // namespace alongside::core
