#pragma once

namespace cg {

// What "skip what I already know" does to a plan, in numbers the plan page can say as "74 → 58 weeks": the hours
// and weeks left to study without it and with it. Weeks are whole weeks at the plan's pace, as the scheduler fills
// them (every week full until the last).
struct PlanShortening
{
    int hoursBefore = 0;
    int hoursAfter = 0;
    int weeksBefore = 0;
    int weeksAfter = 0;

    int hoursSaved() const { return hoursBefore - hoursAfter; }
    int weeksSaved() const { return weeksBefore - weeksAfter; }

    // Whole weeks `hours` take at `hoursPerWeek`; 0 for no hours or no pace.
    static constexpr int weeksFor(int hours, int hoursPerWeek)
    {
        return hours <= 0 || hoursPerWeek <= 0 ? 0 : (hours + hoursPerWeek - 1) / hoursPerWeek;
    }
};

} // namespace cg
