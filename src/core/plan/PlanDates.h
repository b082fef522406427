#pragma once

#include <QDate>
#include <QString>

namespace cg::PlanDates {

// A date as study plans show and print it ("5 Jan 2026"), in the current locale.
QString format(const QDate& date);
// A span of dates, such as a week of a plan ("5 Jan 2026 – 11 Jan 2026").
QString formatRange(const QDate& start, const QDate& end);

} // namespace cg::PlanDates
