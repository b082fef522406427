#pragma once

#include <QString>

namespace cg {

struct StudyPlanSummary;

// What the study plan page shows above the weeks, in the markup of a rich-text label: the plan's title in bold with
// its headline, one line per fact, and the note in muted text; and the small note under the form on steps left out.
class PlanSummaryDocument final
{
public:
    static QString summary(const StudyPlanSummary& summary);
    // Empty when the note is empty.
    static QString knownStepsNote(const QString& note);
};

} // namespace cg
