#include "PlanSummaryDocument.h"

#include "Html.h"
#include "plan/StudyPlanSummary.h"

namespace cg {

QString PlanSummaryDocument::summary(const StudyPlanSummary& summary)
{
    QString text = html::bold(summary.title);
    if (!summary.headline.isEmpty())
        text += QStringLiteral(" \u2014 ") + html::escape(summary.headline);
    for (const QString& line : summary.lines)
        text += QStringLiteral("<br/>") + html::escape(line);
    if (!summary.note.isEmpty())
        text += QStringLiteral("<br/>") + html::muted(html::escape(summary.note));
    return text;
}

QString PlanSummaryDocument::knownStepsNote(const QString& note)
{
    return note.isEmpty() ? QString() : QStringLiteral("<small>%1</small>").arg(html::escape(note));
}

} // namespace cg
