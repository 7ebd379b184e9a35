#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace alongside::ui::attendancewords {

/**
 * "1 person supported", "4 volunteers", "1 staff": a count of people of one standing, spelled out
 * for one and for more (no %n, so English reads right without a translation loaded).
 * brief: "3 supported" rather than "3 people supported", for narrow columns.
 */
QString standingCount(const QString& standing, int count, bool brief = false);

/** The counts in the order of InvolvementService::standingKeys(), joined with commas; none: empty. */
QString countsInWords(const QMap<QString, int>& byStanding, bool brief = false);

/** "3 attending: 1 person supported, 1 volunteer, 1 stakeholder"; "No one attending yet". */
QString attendingSentence(const QMap<QString, int>& byStanding);

/** "9: 3 supported, 4 volunteers, 1 staff, 1 stakeholder", for a list of meetings. */
QString attendanceCell(const QMap<QString, int>& byStanding);

/** "Mar 2021", for the stages of a journey. */
QString monthYear(const QDate& date);

} // namespace alongside::ui::attendancewords
