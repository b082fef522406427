#pragma once

#include "Decimal.h"
#include "PppBasis.h"

#include <QString>

namespace cg {

// One World Bank PPP conversion factor: units of the country's currency that buy what one international dollar
// buys in the United States, in `year`, as given in `release` (empty when the release is not known).
struct PppFactor
{
    QString country;  // ISO 3166 alpha-2
    QString currency; // ISO 4217 code of the country's currency in that year
    int year = 0;
    PppBasis basis = PppBasis::Gdp;
    Decimal value;
    QString release;
    QString sourceId;
};

} // namespace cg
