#include "core/measures/measuredefinition.h"

#include <algorithm>

namespace alongside::core {

int MeasureItem::minValue() const
{
    int result = 0;
    bool first = true;
    for (const ResponseOption& o : options) {
        if (o.scored && (first || o.value < result)) {
            result = o.value;
            first = false;
        }
    }
    return result;
}

int MeasureItem::maxValue() const
{
    int result = 0;
    bool first = true;
    for (const ResponseOption& o : options) {
        if (o.scored && (first || o.value > result)) {
            result = o.value;
            first = false;
        }
    }
    return result;
}

bool Caseness::test(double score) const
{
    switch (when) {
    case When::AtOrAbove:
        return score >= value;
    case When::Above:
        return score > value;
    case When::AtOrBelow:
        return score <= value;
    case When::Below:
        return score < value;
    }
    return false;
}

int MeasureDefinition::scoredItemCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const MeasureItem& i) { return i.isScored(); }));
}

double MeasureDefinition::rawMin() const
{
    double total = 0;
    for (const MeasureItem& i : items) {
        if (i.isScored()) {
            total += i.minValue();
        }
    }
    return total;
}

double MeasureDefinition::rawMax() const
{
    double total = 0;
    for (const MeasureItem& i : items) {
        if (i.isScored()) {
            total += i.maxValue();
        }
    }
    return total;
}

QList<int> MeasureDefinition::riskItemNumbers() const
{
    QList<int> result;
    for (const MeasureItem& i : items) {
        if (i.risk) {
            result.append(i.number);
        }
    }
    return result;
}

} // namespace alongside::core
