#pragma once

// Internal to the demo generator: random numbers with our own mappings (so a seed gives the same data
// everywhere), day arithmetic, batched inserts and progress reporting.

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/result.h"
#include "core/services/demogenerator.h"
#include "core/services/demonames.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <vector>

namespace alongside::core::demo {

// Days are Julian day numbers: integer arithmetic is exact and fast, and QDate converts both ways.
using Day = int;
constexpr Day kNever = std::numeric_limits<int>::max();

inline QString fromUtf8(const char* text)
{
    return QString::fromUtf8(text);
}

// ---------------------------------------------------------------------------------------------
// Random numbers. std::mt19937_64 is fully specified by the standard, so its raw output is the
// same everywhere; the standard distributions are not, so every mapping below is our own.

inline quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

class Rng
{
public:
    // One stream per phase, so that a change to one phase does not reshuffle every other.
    Rng(quint64 seed, quint64 stream)
        : m_engine(splitMix(seed ^ splitMix(stream)))
    { }

    quint64 bits() { return m_engine(); }

    /** Uniform in [0, n), n >= 1: Lemire's multiply-shift on 32 bits, rejecting the biased tail. */
    quint32 below(quint32 n)
    {
        quint64 m = quint64(quint32(bits() >> 32)) * n;
        quint32 low = quint32(m);
        if (low < n) {
            const quint32 threshold = (0u - n) % n;
            while (low < threshold) {
                m = quint64(quint32(bits() >> 32)) * n;
                low = quint32(m);
            }
        }
        return quint32(m >> 32);
    }

    /** Uniform in [lo, hi]; lo when hi <= lo. */
    int range(int lo, int hi)
    {
        if (hi <= lo) {
            return lo;
        }
        return lo + int(below(quint32(hi - lo) + 1u));
    }

    /** Uniform in [0, 1) from the top 53 bits. */
    double unit() { return double(bits() >> 11) * 0x1.0p-53; }

    bool chance(double p) { return unit() < p; }

    /** Approximately standard normal (Irwin-Hall, 12 uniforms): plain arithmetic, so bit-identical everywhere. */
    double normal()
    {
        double sum = 0.0;
        for (int i = 0; i < 12; ++i) {
            sum += unit();
        }
        return sum - 6.0;
    }

    /** An index chosen with the given integer weights. */
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = int(below(quint32(total)));
        int index = 0;
        for (int w : weights) {
            if (r < w) {
                return index;
            }
            r -= w;
            ++index;
        }
        return index - 1;
    }

    template<typename T> const T& pick(const std::vector<T>& items) { return items[below(quint32(items.size()))]; }

    const char* pick(demo::Words words) { return words[below(quint32(words.size()))]; }

    /** Moves k randomly chosen items to the front of items (partial Fisher-Yates). */
    template<typename T> void chooseFront(std::vector<T>& items, int k)
    {
        const int n = int(items.size());
        for (int i = 0; i < k && i < n - 1; ++i) {
            std::swap(items[i], items[i + range(0, n - 1 - i)]);
        }
    }

    template<typename T> void shuffle(std::vector<T>& items) { chooseFront(items, int(items.size())); }

private:
    std::mt19937_64 m_engine;
};

inline int roundToInt(double x)
{
    return int(std::floor(x + 0.5));
}

inline int clampInt(int v, int lo, int hi)
{
    return std::max(lo, std::min(hi, v));
}

inline Day addMonths(Day d, int months)
{
    return Day(QDate::fromJulianDay(d).addMonths(months).toJulianDay());
}

/**
 * A day d whose addMonths(d, months) falls within [lo, hi], starting from addMonths(target, -months)
 * (month ends make the round trip inexact). The window must be a few days wide.
 */
inline Day monthsBefore(Day target, int months, Day lo, Day hi)
{
    Day d = addMonths(target, -months);
    for (int i = 0; i < 8 && addMonths(d, months) < lo; ++i) {
        ++d;
    }
    for (int i = 0; i < 8 && addMonths(d, months) > hi; ++i) {
        --d;
    }
    return d;
}

// Julian day 0 was a Monday; the result matches QDate::dayOfWeek (1 = Monday .. 7 = Sunday).
inline int weekday(Day d)
{
    return d % 7 + 1;
}

/** ISO date text for each day, made once: the same few thousand dates appear millions of times. */
class Dates
{
public:
    Dates(Day first, Day last)
        : m_first(first)
    {
        m_text.reserve(std::size_t(last - first + 1));
        for (Day d = first; d <= last; ++d) {
            m_text.push_back(QDate::fromJulianDay(d).toString(Qt::ISODate));
        }
    }

    QString text(Day d) const
    {
        if (d >= m_first && d - m_first < int(m_text.size())) {
            return m_text[std::size_t(d - m_first)];
        }
        return QDate::fromJulianDay(d).toString(Qt::ISODate);
    }

    /** An ISO-8601 UTC timestamp on day d, secondOfDay seconds after midnight. */
    QString stamp(Day d, int secondOfDay) const
    {
        char time[32];
        std::snprintf(
            time, sizeof time, "T%02d:%02d:%02dZ", secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
        return text(d) + QLatin1String(time);
    }

private:
    Day m_first;
    std::vector<QString> m_text;
};

// ---------------------------------------------------------------------------------------------
// Inserts rows several at a time: one multi-row statement per batch costs far less than one
// statement per row, and both statements are prepared once and reused.

class BatchInsert
{
public:
    Status prepare(const Database& db, const QString& table, const QStringList& columns)
    {
        m_columns = int(columns.size());
        // Stay under SQLite's historical limit of 999 bound parameters per statement.
        m_batchRows = std::max(1, std::min(100, 990 / m_columns));
        m_what = QStringLiteral("demo data: insert into ") + table;
        QString oneRow = QStringLiteral("(?");
        for (int i = 1; i < m_columns; ++i) {
            oneRow += QStringLiteral(", ?");
        }
        oneRow += QLatin1Char(')');
        const QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
            + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ");
        QString many = head + oneRow;
        for (int i = 1; i < m_batchRows; ++i) {
            many += QStringLiteral(", ") + oneRow;
        }
        auto single = sql::prepare(db, head + oneRow);
        if (!single) {
            return single.status();
        }
        auto multi = sql::prepare(db, many);
        if (!multi) {
            return multi.status();
        }
        m_single = single.takeValue();
        m_multi = multi.takeValue();
        m_values.reserve(std::size_t(m_columns * m_batchRows));
        return Status::ok();
    }

    template<typename... Args> Status row(Args&&... args)
    {
        static_assert(sizeof...(Args) > 0);
        (m_values.emplace_back(std::forward<Args>(args)), ...);
        Q_ASSERT(int(m_values.size()) % m_columns == 0);
        if (int(m_values.size()) == m_columns * m_batchRows) {
            for (int i = 0; i < int(m_values.size()); ++i) {
                m_multi.bindValue(i, m_values[std::size_t(i)]);
            }
            m_values.clear();
            return sql::exec(m_multi, m_what);
        }
        return Status::ok();
    }

    /** Writes the rows that did not fill a whole batch. */
    Status finish()
    {
        const int rows = int(m_values.size()) / m_columns;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < m_columns; ++c) {
                m_single.bindValue(c, m_values[std::size_t(r * m_columns + c)]);
            }
            if (Status s = sql::exec(m_single, m_what); !s) {
                return s;
            }
        }
        m_values.clear();
        return Status::ok();
    }

private:
    QSqlQuery m_single;
    QSqlQuery m_multi;
    QString m_what;
    int m_columns = 1;
    int m_batchRows = 1;
    std::vector<QVariant> m_values;
};

template<typename T> inline QVariant orNull(bool present, const T& value)
{
    return present ? QVariant(value) : QVariant();
}

// ---------------------------------------------------------------------------------------------
// Progress: a handful of calls per phase, never one per row.

class Reporter
{
public:
    explicit Reporter(const DemoGenerator::Progress& progress)
        : m_progress(progress)
    { }

    bool begin(const QString& phase, double from, double to, qint64 units)
    {
        m_phase = phase;
        m_from = from;
        m_to = to;
        m_units = std::max<qint64>(1, units);
        m_next = m_units / kSteps;
        return report(from);
    }

    /** done units of this phase so far; false if the user cancelled. */
    bool advance(qint64 done)
    {
        if (done < m_next) {
            return true;
        }
        m_next = done + m_units / kSteps + 1;
        return report(m_from + (m_to - m_from) * std::min(1.0, double(done) / double(m_units)));
    }

    bool report(double fraction) { return !m_progress || m_progress(m_phase, std::clamp(fraction, 0.0, 1.0)); }

private:
    static constexpr qint64 kSteps = 40;
    const DemoGenerator::Progress& m_progress;
    QString m_phase;
    double m_from = 0.0;
    double m_to = 0.0;
    qint64 m_units = 1;
    qint64 m_next = 0;
};

} // namespace alongside::core::demo
