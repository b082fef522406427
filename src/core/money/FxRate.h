#pragma once

#include "Decimal.h"

#include <QDate>
#include <QString>

namespace cg {

// One ECB euro reference rate: how many units of `currency` one euro bought on `date`, as published.
struct FxRate
{
    QString currency;
    QDate date;
    Decimal perEur;
    QString sourceId;
};

} // namespace cg
