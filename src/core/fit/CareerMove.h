#pragma once

#include "content/Occupation.h"
#include "fit/CareerFitEntry.h"
#include "fit/PayChange.h"

namespace cg {

// One related occupation reachable from a current career: O*NET's link, the person's fit to it, and the pay change.
struct CareerMove
{
    OccupationRelated related; // code, title and tier as O*NET lists them
    CareerFitEntry fit;        // invalid when the occupation is not in this build
    PayChange payChange;
};

} // namespace cg
