#pragma once

#include "StatedAmount.h"

#include <QList>

namespace cg {

// The spread of an official wage: the 10th, 25th, 50th (median), 75th and 90th percentiles as BLS publishes them.
// Drawn as a range (whiskers p10-p90, box p25-p75, line at the median), never as single points.
struct WagePercentiles
{
    StatedAmount p10;
    StatedAmount p25;
    StatedAmount median;
    StatedAmount p75;
    StatedAmount p90;

    // True when no percentile was published (an article figure has none).
    bool isEmpty() const
    {
        for (const StatedAmount& value : values()) {
            if (value.kind != StatedAmount::Kind::NoEstimate)
                return false;
        }
        return true;
    }

    QList<StatedAmount> values() const { return {p10, p25, median, p75, p90}; }
};

} // namespace cg
