#pragma once

#include <QDate>
#include <QDateTime>

namespace alongside::core {

/**
 * The one source of "now" for core. Tests install a fixed clock so that anything that depends on
 * today (dashboards, due dates, daily backups, demo data) is repeatable.
 */
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime now() const;

    QDate today() const { return now().toLocalTime().date(); }

    /** The clock in force. Never null. */
    static const Clock& instance();

    /** Replaces the clock (tests only); nullptr restores the system clock. Not owned. */
    static void setInstance(const Clock* clock);
};

/** A clock that says what it is told; for tests and for reproducible demo data. */
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    { }

    QDateTime now() const override { return m_now; }

    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace alongside::core
