#include "PlanDates.h"

#include <QCoreApplication>
#include <QLocale>

namespace cg::PlanDates {

// The texts keep the context they were first translated in.
QString format(const QDate& date)
{
    //: Date format of the printed study plan (QDate format string); reorder for your language.
    return QLocale().toString(date, QCoreApplication::translate("cg::StudyPlanDocument", "d MMM yyyy"));
}

QString formatRange(const QDate& start, const QDate& end)
{
    //: A range of dates, e.g. "5 Jan 2026 – 11 Jan 2026".
    return QCoreApplication::translate("cg::StudyPlanDocument", "%1 \u2013 %2").arg(format(start), format(end));
}

} // namespace cg::PlanDates
