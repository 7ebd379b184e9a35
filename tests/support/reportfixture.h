#pragma once

// The report fixture: a small fictional charity whose data is chosen so that every definition of
// the quarterly report is exercised (see docs/TESTING.md, "Report goldens"). The quarter of
// interest is Q2 2026/27 (1 Jul – 30 Sep 2026); the data is written on 20 Oct 2026 through the
// services, as the app would write it. tests/data/report-fixture.alongside is this, committed;
// make_report_fixture writes it again.

#include "core/db/database.h"
#include "core/result.h"

#include <QDateTime>

namespace alongside::test {

/** The moment the fixture was made and its goldens are built: 20 Oct 2026, 12:00 UTC. */
QDateTime reportFixtureNow();

/** Writes the fixture's data into db (a new, empty Alongside database). Needs reportFixtureNow()'s clock. */
core::Status buildReportFixture(core::Database& db);

} // namespace alongside::test
