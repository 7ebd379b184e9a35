// Demo generator: item-level questionnaire answers.

#include "core/db/sqldialect.h"
#include "core/measures/measureengine.h"
#include "core/measures/measureloader.h"
#include "core/services/demo/plan.h"

namespace alongside::core::demo {

namespace {

// The fictional charity's own exit questionnaire, as a charity would make it in the questionnaire
// editor: stored in measure_definition and scored by the same engine as the standard measures.
const char kExitQuestionnaire[] = R"({
  "format": 1,
  "id": "exit",
  "version": 1,
  "title": "Leaving peer support: your views",
  "shortTitle": "Exit questionnaire",
  "recallPeriod": "your time with us",
  "licence": "Written by the charity for its own use.",
  "options": [
    { "value": 1, "label": "Yes" },
    { "value": 0, "label": "No" },
    { "value": 9, "label": "Not applicable", "scored": false }
  ],
  "items": [
    { "number": 1, "text": "I felt listened to and respected", "kind": "yesNoNa" },
    { "number": 2, "text": "My peer mentor came when we had agreed", "kind": "yesNoNa" },
    { "number": 3, "text": "I feel more able to manage day to day than when I started", "kind": "yesNoNa" },
    { "number": 4, "text": "I know where to go for support now", "kind": "yesNoNa" },
    { "number": 5, "text": "I would recommend peer support here to a friend", "kind": "yesNoNa" },
    { "number": 6, "text": "Is there anything else you would like to tell us?", "kind": "freeText" }
  ],
  "scoring": { "method": "none", "missing": { "rule": "prorate", "maxMissing": 4 } }
})";

// Comments people leave on the exit questionnaire: general, never about anyone in particular.
const char* const kExitComments[] = {
    "It helped to talk to someone who had been there.",
    "I would have liked more sessions.",
    "The group was a lifeline over the winter.",
    "Sometimes hard to get to the venue by bus.",
    "Thank you for sticking with me.",
    "Evening sessions would suit people who work.",
    "I felt less alone.",
    "It took a while to be matched but it was worth the wait.",
};

} // namespace

// ---------------------------------------------------------------------------------------------
// Questionnaires

Status Generator::planAndWriteMeasures()
{
    Rng rng(m_options.seed, 6);
    const Day a = m_asAt;
    const int target = m_targets.measureResponses;
    std::vector<ResponsePlan> plan;
    plan.reserve(std::size_t(target) + m_clients.size());

    auto attendedDays = [this](const Client& c) {
        std::vector<Day> days;
        for (int k = 0; k < c.sessions; ++k) {
            const SessionPlan& s = m_sessions[std::size_t(c.firstSession + k)];
            if (s.attendance == Attended && (days.empty() || days.back() != s.day)) {
                days.push_back(s.day);
            }
        }
        return days;
    };
    auto wellbeingMeasure = [a](const Client& c) { return c.start < a - 365 ? Wemwbs : Swemwbs; };

    // The natural pattern: a first score at the first session attended, a last score at the
    // ending for many (more often the more sessions attended), a review at about 12 weeks.
    for (int ci = 0; ci < int(m_clients.size()); ++ci) {
        const Client& c = m_clients[std::size_t(ci)];
        const std::vector<Day> days = attendedDays(c);
        if (days.empty()) {
            continue;
        }
        const int wm = wellbeingMeasure(c);
        auto add = [&](Day day, int measure, int tier) { plan.push_back({ day, ci, measure, tier, rng.bits() }); };
        if (rng.chance(0.92)) {
            add(days.front(), wm, 4);
        }
        if (c.clinical) {
            add(days.front(), Phq9, 3);
            add(days.front(), Gad7, 3);
        }
        const int attended = int(days.size());
        if (c.ended != 0 && attended >= 2 && rng.chance(attended >= 6 ? 0.79 : 0.30)) {
            add(days.back(), wm, 2);
            if (c.clinical) {
                add(days.back(), Phq9, 1);
                add(days.back(), Gad7, 1);
            }
        }
        if (c.ended != 0 && attended >= 2 && rng.chance(0.55)) {
            // The exit questionnaire, on the day support ended.
            plan.push_back({ std::min(c.ended, a), ci, Exit, 1, rng.bits() });
        }
        if ((c.component == Mentoring || c.component == Group) && attended >= 8 && rng.chance(0.6)) {
            const Day want = days.front() + 84;
            Day best = days[1];
            for (Day d : days) {
                if (std::abs(d - want) < std::abs(best - want)) {
                    best = d;
                }
            }
            if (best != days.back()) {
                add(best, wm, 0);
            }
        }
    }

    // Trim or top up to the exact target.
    if (int(plan.size()) > target) {
        std::vector<int> idx(plan.size());
        for (std::size_t i = 0; i < idx.size(); ++i) {
            idx[i] = int(i);
        }
        std::sort(idx.begin(), idx.end(), [&plan](int x, int y) {
            const ResponsePlan& px = plan[std::size_t(x)];
            const ResponsePlan& py = plan[std::size_t(y)];
            if (px.tier != py.tier) {
                return px.tier < py.tier;
            }
            return px.key != py.key ? px.key < py.key : x < y;
        });
        std::vector<char> drop(plan.size(), 0);
        for (std::size_t k = 0; k < plan.size() - std::size_t(target); ++k) {
            drop[std::size_t(idx[k])] = 1;
        }
        std::vector<ResponsePlan> kept;
        kept.reserve(std::size_t(target));
        for (std::size_t i = 0; i < plan.size(); ++i) {
            if (!drop[i]) {
                kept.push_back(plan[i]);
            }
        }
        plan.swap(kept);
    } else if (int(plan.size()) < target) {
        // Extra reviews on attended session days not yet used for that measure: first the
        // wellbeing scale, then (if still short) PHQ-9 and GAD-7.
        std::vector<std::vector<std::pair<int, Day>>> used(m_clients.size());
        for (const ResponsePlan& p : plan) {
            used[std::size_t(p.client)].emplace_back(p.measure, p.day);
        }
        std::vector<std::vector<Day>> days(m_clients.size());
        std::vector<int> order;
        for (int ci = 0; ci < int(m_clients.size()); ++ci) {
            days[std::size_t(ci)] = attendedDays(m_clients[std::size_t(ci)]);
            if (!days[std::size_t(ci)].empty()) {
                order.push_back(ci);
            }
        }
        rng.shuffle(order);
        for (int round = 0; round < 3 && int(plan.size()) < target; ++round) {
            bool changed = true;
            while (changed && int(plan.size()) < target) {
                changed = false;
                for (int ci : order) {
                    const Client& c = m_clients[std::size_t(ci)];
                    const int measure = round == 0 ? wellbeingMeasure(c) : round == 1 ? Phq9 : Gad7;
                    const std::vector<Day>& d = days[std::size_t(ci)];
                    auto& u = used[std::size_t(ci)];
                    const int offset = int(rng.below(quint32(d.size())));
                    for (std::size_t k = 0; k < d.size(); ++k) {
                        const Day day = d[(std::size_t(offset) + k) % d.size()];
                        if (std::find(u.begin(), u.end(), std::make_pair(measure, day)) == u.end()) {
                            u.emplace_back(measure, day);
                            plan.push_back({ day, ci, measure, 0, 0 });
                            changed = true;
                            break;
                        }
                    }
                    if (int(plan.size()) == target) {
                        break;
                    }
                }
            }
        }
        if (int(plan.size()) < target) {
            return Error { Error::Code::InvalidInput,
                DemoGenerator::tr("The demo data could not be made at the requested size."),
                QStringLiteral("measure targets unreachable") };
        }
    }

    std::sort(plan.begin(), plan.end(), [](const ResponsePlan& x, const ResponsePlan& y) {
        if (x.day != y.day) {
            return x.day < y.day;
        }
        return x.client != y.client ? x.client < y.client : x.measure < y.measure;
    });

    // Every response is scored by the measure engine, as MeasureService::record() would: the total,
    // the reported score, the band, and the risk flag with who saw the prompt.
    MeasureLibrary library;
    std::vector<MeasureDefinition> definitions(MeasureCount);
    for (int m = 0; m < MeasureCount; ++m) {
        if (m == Exit) {
            continue;
        }
        const MeasureDefinition* d = library.latest(QString::fromLatin1(kMeasures[m].id));
        if (!d) {
            return Error { Error::Code::Database, DemoGenerator::tr("The demo data could not be made."),
                QStringLiteral("no shipped definition for %1").arg(QString::fromLatin1(kMeasures[m].id)) };
        }
        definitions[std::size_t(m)] = *d;
    }
    Result<MeasureDefinition> exit
        = MeasureLoader::fromJson(QByteArray(kExitQuestionnaire), QStringLiteral("exit questionnaire"));
    if (!exit) {
        return exit.error();
    }
    definitions[Exit] = exit.takeValue();
    auto exitVersion = sql::scalar(
        m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM measure_definition WHERE measure_id = 'exit'"));
    if (!exitVersion) {
        return exitVersion.status();
    }
    definitions[Exit].version = exitVersion.value().toInt();
    {
        const Worker& coordinator = m_workers[std::size_t(m_coordinator)];
        auto stored = sql::prepare(m_db,
            QStringLiteral("INSERT INTO measure_definition (measure_id, version, json, source, created_at, "
                           "created_by) VALUES (?, ?, ?, 'custom', ?, ?)"));
        if (!stored) {
            return stored.status();
        }
        stored.value().addBindValue(definitions[Exit].id);
        stored.value().addBindValue(definitions[Exit].version);
        stored.value().addBindValue(QString::fromUtf8(MeasureLoader::toJson(definitions[Exit])));
        stored.value().addBindValue(m_dates.stamp(a - 6 * 365, 10 * 3600));
        stored.value().addBindValue(QString(coordinator.person.given + QLatin1Char(' ') + coordinator.person.family));
        if (Status s = sql::exec(stored.value(), QStringLiteral("demo data: the exit questionnaire")); !s) {
            return s;
        }
    }

    // Who was with the person on a day: the one who saw a risk answer's prompt.
    auto workerOn = [this](const Client& c, Day day) {
        for (int k = 0; k < c.sessions; ++k) {
            const SessionPlan& s = m_sessions[std::size_t(c.firstSession + k)];
            if (s.day == day && s.worker >= 0) {
                return s.worker;
            }
        }
        return m_coordinator;
    };

    BatchInsert responses, answers;
    if (Status s = responses.prepare(m_db, QStringLiteral("measure_response"),
            { QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("episode_id"),
                QStringLiteral("measure_id"), QStringLiteral("definition_version"), QStringLiteral("administered_on"),
                QStringLiteral("total"), QStringLiteral("metric"), QStringLiteral("band"), QStringLiteral("prorated"),
                QStringLiteral("risk_flagged"), QStringLiteral("risk_acknowledged_by"),
                QStringLiteral("risk_acknowledged_at"), QStringLiteral("entered_at") });
        !s) {
        return s;
    }
    if (Status s = answers.prepare(m_db, QStringLiteral("measure_answer"),
            { QStringLiteral("response_id"), QStringLiteral("item_no"), QStringLiteral("value"),
                QStringLiteral("text_value") });
        !s) {
        return s;
    }
    int id = m_base.response;
    QList<std::optional<int>> given;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const ResponsePlan& p = plan[i];
        const Client& c = m_clients[std::size_t(p.client)];
        const Measure& m = kMeasures[p.measure];
        const MeasureDefinition& d = definitions[std::size_t(p.measure)];
        ++id;
        const Day entered = std::min(a, p.day + rng.weighted({ 50, 30, 10, 10 }));
        const QString enteredAt = m_dates.stamp(entered, rng.range(9 * 3600, 17 * 3600 + 1800));

        given.clear();
        QString comment;
        if (p.measure == Exit) {
            // Mostly yes, less so for those whose support ended unplanned; the mentor item does
            // not apply to courses and groups.
            const double yes = c.ending == PlannedEnding ? 0.88 : 0.62;
            for (int item = 1; item <= 5; ++item) {
                if (item == 2 && c.component != Mentoring) {
                    given << 9;
                } else if (item > 1 && rng.chance(0.04)) {
                    given << std::nullopt; // left blank (the first is always answered)
                } else {
                    given << (rng.chance(item == 3 ? yes - 0.12 : yes) ? 1 : 0);
                }
            }
            given << std::nullopt;
            if (rng.chance(0.35)) {
                comment = QString::fromLatin1(kExitComments[rng.below(std::size(kExitComments))]);
            }
        } else {
            // Answers move with the person's latent level and a modest, uneven improvement over the episode.
            const double t
                = std::clamp(double(p.day - c.start) / double(std::max(1, c.lastSessionDay - c.start)), 0.0, 1.0);
            const bool wellbeing = p.measure == Wemwbs || p.measure == Swemwbs;
            const double centre = wellbeing
                ? 2.85 + 0.45 * c.level + c.improvement * t
                : (p.measure == Phq9 ? 1.40 : 1.50) - 0.40 * c.level - c.clinicalImprovement * t;
            for (int item = 1; item <= m.items; ++item) {
                double mu = centre;
                if (p.measure == Wemwbs) {
                    mu += kWemwbsItemOffsets[item - 1];
                } else if (p.measure == Swemwbs) {
                    mu += kWemwbsItemOffsets[kSwemwbsItems[item - 1]];
                } else if (p.measure == Phq9 && item == 9) {
                    mu -= 1.8; // thoughts of self-harm: mostly "not at all"
                }
                given << clampInt(roundToInt(mu + 0.6 * rng.normal()), m.minValue, m.maxValue);
            }
        }

        const ScoreResult r = MeasureEngine::score(d, given);
        if (!r.complete) {
            return Error { Error::Code::Database, DemoGenerator::tr("The demo data could not be made."),
                QStringLiteral("%1 not scored: %2").arg(d.id, r.reason) };
        }
        QVariant ackBy, ackAt;
        if (!r.risks.isEmpty()) {
            const Person& who = m_workers[std::size_t(workerOn(c, p.day))].person;
            ackBy = QString(who.given + QLatin1Char(' ') + who.family);
            ackAt = enteredAt;
        }
        const bool scored = r.score.has_value();
        if (Status s = responses.row(id, c.id, c.episodeId, d.id, d.version, m_dates.text(p.day),
                scored ? QVariant(r.total) : QVariant(), scored ? QVariant(*r.score) : QVariant(),
                r.bandKey.isEmpty() ? QVariant() : QVariant(r.bandKey), r.prorated ? 1 : 0, r.risks.isEmpty() ? 0 : 1,
                ackBy, ackAt, enteredAt);
            !s) {
            return s;
        }
        for (int item = 1; item <= int(given.size()); ++item) {
            const std::optional<int>& v = given[item - 1];
            const bool text = d.items[item - 1].kind == ItemKind::FreeText;
            if (text ? comment.isEmpty() : !v) {
                continue;
            }
            if (Status s
                = answers.row(id, item, text ? QVariant() : QVariant(*v), text ? QVariant(comment) : QVariant());
                !s) {
                return s;
            }
        }
        if (!m_reporter.advance(qint64(i) + 1)) {
            return cancelled();
        }
    }
    if (Status s = responses.finish(); !s) {
        return s;
    }
    return answers.finish();
}

} // namespace alongside::core::demo
