#pragma once

#include "SourceRef.h"

#include <QString>

namespace cg {

// One salary figure exactly as its source states it. The amount is in minor units of its own currency.
struct SalaryFigure
{
    qint64 id = 0;
    QString roleSlug;
    QString roleName;
    QString country;  // ISO 3166 alpha-2
    QString currency; // ISO 4217
    qint64 amountMinor = 0;
    QString period;     // year, month, hour
    QString statistic;  // average, median, low, high, p10 ...
    QString experience; // all, 0-1, 1-4, 15+ ...
    SourceRef source;
    QString note;          // context for the figure, or the reason for doubt, shown wherever it is
    bool doubtful = false; // the source's figure looks implausible or contradicts others; kept as stated
};

} // namespace cg
