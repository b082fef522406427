#pragma once

#include "content/Occupation.h"
#include "content/SourceRef.h"

#include <QSqlQuery>

namespace cg {

// Readers of the groups of columns that repositories select in a fixed order, each from its first column on.

// Reads a citation from seven consecutive columns starting at `first`: source id, title and publisher; origin id,
// title and publisher; and the as-of date. Repositories that cite select the columns in this order.
inline SourceRef sourceRefAt(const QSqlQuery& query, int first)
{
    SourceRef ref;
    ref.sourceId = query.value(first).toString();
    ref.sourceTitle = query.value(first + 1).toString();
    ref.sourcePublisher = query.value(first + 2).toString();
    ref.originId = query.value(first + 3).toString();
    ref.originTitle = query.value(first + 4).toString();
    ref.originPublisher = query.value(first + 5).toString();
    ref.asOf = query.value(first + 6).toString();
    return ref;
}

// Reads an OEWS wage row from eighteen consecutive columns starting at `first`: occ_code, title, employment,
// hourly_mean, annual_mean, hourly_p10 … hourly_p90, annual_p10 … annual_p90, annual_only, hourly_only, source_id.
// Repositories that read wages select the columns of occupation_wage in this order.
inline OccupationWage wageAt(const QSqlQuery& query, int first)
{
    OccupationWage wage;
    wage.occCode = query.value(first).toString();
    wage.title = query.value(first + 1).toString();
    wage.employment = query.value(first + 2).toString();
    wage.hourlyMean = query.value(first + 3).toString();
    wage.annualMean = query.value(first + 4).toString();
    wage.hourlyP10 = query.value(first + 5).toString();
    wage.hourlyP25 = query.value(first + 6).toString();
    wage.hourlyMedian = query.value(first + 7).toString();
    wage.hourlyP75 = query.value(first + 8).toString();
    wage.hourlyP90 = query.value(first + 9).toString();
    wage.annualP10 = query.value(first + 10).toString();
    wage.annualP25 = query.value(first + 11).toString();
    wage.annualMedian = query.value(first + 12).toString();
    wage.annualP75 = query.value(first + 13).toString();
    wage.annualP90 = query.value(first + 14).toString();
    wage.annualOnly = query.value(first + 15).toBool();
    wage.hourlyOnly = query.value(first + 16).toBool();
    wage.sourceId = query.value(first + 17).toString();
    return wage;
}

} // namespace cg
