#pragma once

// Helpers shared by the tests of people supported and matching: a mentor cleared for everything
// (unless told otherwise) and a person supported with an episode, written through the services.

#include "core/actor.h"
#include "core/db/database.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace alongside::test {

/** A mentor in the database, cleared for everything unless told otherwise. */
struct MentorSetup
{
    QString given;
    QString family = QStringLiteral("Mentor");
    QString status = QStringLiteral("active");
    QString role = QStringLiteral("Volunteer peer mentor");
    QDate roleEnds;
    QDate dbsIssued = QDate(2025, 1, 10); // null: no DBS check
    QStringList skipCourses; // mandatory courses not done
    // Supervised on the 5th of every month from December 2025 up to this day; null: never.
    QDate supervisedUntil = QDate(2026, 11, 5);
    std::optional<int> maxMentees;
    QString gender;
    QString ethnicity;
    QString languages;
    QString availableSlots;
    bool homeVisits = false;
    QString postcode;
    QStringList areas; // lived experience
};

/** Adds the mentor: profile, status, role, DBS, mandatory courses, monthly supervision, lived experience. 0 on error.
 */
qint64 addMentor(core::Database& db, const core::Actor& actor, const MentorSetup& setup);

/** Adds a person supported, referred on startsOn, with an episode of the first component of that kind. */
qint64 addClientEpisode(core::Database& db, const core::Actor& actor, const QString& given,
    const QString& componentKind = QStringLiteral("mentoring"), const QDate& startsOn = QDate(2026, 9, 1));

} // namespace alongside::test
