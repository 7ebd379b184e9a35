#pragma once

// Internal to core: Student's t distribution from Boost.Math (Debian libboost-dev, BSL-1.0).
// Kept in its own file so that only one source includes the Boost.Math headers (lupdate, which
// reads every source for translatable text, takes minutes over them; this file has none).

namespace alongside::core::stats {

/** The value t with P(T > t) = upperTail for Student's t with degreesOfFreedom (> 0). */
double studentTUpperQuantile(double upperTail, double degreesOfFreedom);

} // namespace alongside::core::stats
