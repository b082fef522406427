#pragma once

#include <QString>
#include <QStringView>

namespace cg {

// How an amount is carried into another currency: at the market (ECB reference rates of the day) or at
// purchasing-power parity (World Bank factors of the year), which compares what the amounts buy at home.
enum class ConversionBasis
{
    Market,
    Ppp,                   // PPP conversion factor, GDP (PA.NUS.PPP)
    PppPrivateConsumption, // PPP conversion factor, private consumption (PA.NUS.PRVT.PP)
};

inline constexpr ConversionBasis AllConversionBases[] = {ConversionBasis::Market, ConversionBasis::Ppp,
                                                         ConversionBasis::PppPrivateConsumption};

// The word the settings and saved comparisons store for each basis: "market", "ppp", "ppp-private". fromKey() is
// false for any other word.
QString keyOf(ConversionBasis basis);
bool fromKey(QStringView key, ConversionBasis* basis);

} // namespace cg
