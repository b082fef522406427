#pragma once

#include "ComparisonColumn.h"
#include "money/ConversionBasis.h"

#include <QList>
#include <QString>

namespace cg {

// A salary comparison worked out: every pick in one display currency on one basis, in the order picked.
struct ComparisonResult
{
    QString currency;
    ConversionBasis basis = ConversionBasis::Market;
    QList<ComparisonColumn> columns;
};

} // namespace cg
