#pragma once

#include "content/StateWage.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace cg {

// A state's pay at U.S. average prices: the amount divided by the state's Regional Price Parity over 100, so
// $170,910 in California (RPP 112.581) buys what $151,810.70 buys on average in the country. The division is exact
// (the RPP is an exact decimal, the amount whole minor units) and rounded ONCE, to the currency's minor unit, half
// away from zero, as every conversion in the app is.
class PriceParityAdjustment final
{
    Q_DECLARE_TR_FUNCTIONS(cg::PriceParityAdjustment)

public:
    PriceParityAdjustment() = delete;

    // Empty when the parity is not a positive decimal or the result does not fit.
    static std::optional<Money> atNationalPrices(const Money& amount, const QString& parity);

    // The adjustment in a sentence: "$170,910 in California ≈ $151,811 at U.S. average prices (BEA RPP 2023:
    // 112.581)"; empty when it cannot be made.
    static QString statement(const Money& amount, const QString& stateName, const PriceParity& parity,
                             const QLocale& locale);
};

} // namespace cg
