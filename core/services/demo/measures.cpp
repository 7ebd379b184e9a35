// Demo generator: item-level questionnaire answers.

#include "core/db/sqldialect.h"
#include "core/services/demo/plan.h"

namespace alongside::core::demo {

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

    BatchInsert responses, answers;
    if (Status s = responses.prepare(m_db, QStringLiteral("measure_response"),
            { QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("episode_id"),
                QStringLiteral("measure_id"), QStringLiteral("definition_version"), QStringLiteral("administered_on"),
                QStringLiteral("entered_at") });
        !s) {
        return s;
    }
    if (Status s = answers.prepare(m_db, QStringLiteral("measure_answer"),
            { QStringLiteral("response_id"), QStringLiteral("item_no"), QStringLiteral("value") });
        !s) {
        return s;
    }
    QString measureIds[MeasureCount];
    for (int m = 0; m < MeasureCount; ++m) {
        measureIds[m] = QString::fromLatin1(kMeasures[m].id);
    }
    int id = m_base.response;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const ResponsePlan& p = plan[i];
        const Client& c = m_clients[std::size_t(p.client)];
        const Measure& m = kMeasures[p.measure];
        ++id;
        const Day entered = std::min(a, p.day + rng.weighted({ 50, 30, 10, 10 }));
        if (Status s = responses.row(id, c.id, c.episodeId, measureIds[p.measure], 1, m_dates.text(p.day),
                m_dates.stamp(entered, rng.range(9 * 3600, 17 * 3600 + 1800)));
            !s) {
            return s;
        }
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
            const int value = clampInt(roundToInt(mu + 0.6 * rng.normal()), m.minValue, m.maxValue);
            if (Status s = answers.row(id, item, value); !s) {
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
