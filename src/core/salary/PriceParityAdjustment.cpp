#include "PriceParityAdjustment.h"

#include "money/CurrencyConverter.h"
#include "money/Fraction.h"

namespace cg {

std::optional<Money> PriceParityAdjustment::atNationalPrices(const Money& amount, const QString& parity)
{
    const std::optional<Fraction> scale = CurrencyConverter::nationalPriceScale(parity);
    if (!amount.isValid() || !scale)
        return std::nullopt;
    const std::optional<qint64> minor = Fraction(amount.minorUnits()).multipliedBy(*scale).roundedHalfAwayFromZero();
    if (!minor)
        return std::nullopt;
    return Money(*minor, amount.currency());
}

QString PriceParityAdjustment::statement(const Money& amount, const QString& stateName, const PriceParity& parity,
                                         const QLocale& locale)
{
    const std::optional<Money> adjusted = atNationalPrices(amount, parity.value);
    if (!adjusted)
        return {};
    return tr("%1 in %2 \u2248 %3 at U.S. average prices (BEA RPP %4: %5)")
        .arg(amount.format(locale), stateName, adjusted->format(locale))
        .arg(parity.year)
        .arg(parity.value);
}

} // namespace cg
