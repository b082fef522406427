#pragma once

#include "content/LearningStep.h"
#include "plan/CalendarItem.h"
#include "plan/StudyPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace cg {

// Turns a scheduled plan into the items a calendar shows: one all-day event per step, from the first day of the
// first week it is studied to the last day of the week it is finished in. A step, not a week, is the unit: a week's
// content changes whenever the pace does, while a step keeps its slug, so its event can be updated in place. A
// future topic becomes an item of kind "topic" the same way.
class StudyPlanCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(StudyPlanCalendar)

public:
    static inline const QString StepKind = QStringLiteral("step");

    // Items in study order; doneSteps are marked done (CalendarUpdatePlanner leaves them out or cancels them). With
    // the path's steps (as the person keeps them), each event's description lists the step's topics in their order,
    // an own topic with its link.
    static QList<CalendarItem> items(const StudyPlan& plan, const QSet<QString>& doneSteps = {},
                                     const QList<LearningStep>& steps = {});
};

} // namespace cg
