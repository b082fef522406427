#pragma once

namespace cg {

// A step's hours split by what the person has covered. Something both done and known counts as done: it is
// history, not a skip, so turning "skip what I already know" off never brings it back.
struct StepHours
{
    int needed = 0; // every unit, a pick-one group once
    int done = 0;   // units ticked off
    int known = 0;  // units known from the self-assessment and not ticked off

    // What is left to study; with skipKnown, the known units are left out as well.
    int left(bool skipKnown) const { return needed - done - (skipKnown ? known : 0); }
};

} // namespace cg
