#pragma once

#include "content/SourceRef.h"

#include <QSqlQuery>

namespace cg {

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

} // namespace cg
