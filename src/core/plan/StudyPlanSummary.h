#pragma once

#include <QString>
#include <QStringList>

namespace cg {

// What the study plan page says above the weeks, in plain text: a title, what the plan aims at, lines of facts and
// a quieter note on what was left out.
struct StudyPlanSummary
{
    QString title;
    QString headline; // "Towards …"; empty while nothing is scheduled
    QStringList lines;
    QString note;
};

} // namespace cg
