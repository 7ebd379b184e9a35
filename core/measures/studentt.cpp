#include "core/measures/studentt.h"

#include <boost/math/distributions/students_t.hpp>

namespace alongside::core::stats {

double studentTUpperQuantile(double upperTail, double degreesOfFreedom)
{
    const boost::math::students_t distribution(degreesOfFreedom);
    return boost::math::quantile(boost::math::complement(distribution, upperTail));
}

} // namespace alongside::core::stats
