#pragma once

#include "Conversion.h"
#include "ConversionBasis.h"
#include "ExchangeRates.h"
#include "Fraction.h"
#include "Money.h"
#include "PppFactors.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace cg {

// Converts salary figures between currencies, exactly, and says which rate it used.
//
// Market: ECB euro reference rates of the date asked for, or of the nearest earlier day with rates for both
// currencies (at most ExchangeRates::MaxLookBackDays back). Cross rates go through EUR:
//     amount × (target per EUR) / (original per EUR).
// PPP: World Bank conversion factors (local currency per international $) of the figure's year, or of the latest
// earlier year with factors for both countries (at most MaxPppLookBackYears back):
//     amount / factor(original country) × factor(target country).
//
// Rounding: the product above is computed as an exact fraction of integers (rates are exact decimals, amounts are
// integer minor units) and rounded ONCE, to the target currency's minor unit, half away from zero
// (0.5 cent -> 1 cent, -0.5 cent -> -1 cent). No binary floating point is involved.
//
// The `rate` shown in a Conversion is for reading only: exact when it ends within 6 decimals (every published ECB
// rate does), otherwise rounded half away from zero to 4 decimals, or to more for small rates so 4 significant
// digits show. Converting with the shown rate can differ from the exact result in the last minor unit.
class CurrencyConverter final
{
    Q_DECLARE_TR_FUNCTIONS(cg::CurrencyConverter)

public:
    using Basis = ConversionBasis;
    static constexpr int MaxPppLookBackYears = 3;

    CurrencyConverter() = default;
    CurrencyConverter(ExchangeRates rates, PppFactors pppFactors);

    // Loads both tables from the content database; on failure the converter has no rates and *error says why.
    static CurrencyConverter load(const QSqlDatabase& db, QString* error);

    const ExchangeRates& rates() const { return m_rates; }
    const PppFactors& pppFactors() const { return m_ppp; }

    // For PPP the countries are each currency's only country in the PPP table (USD -> US); a currency used by
    // several countries (EUR) gives NoRate and asks for the overload that names the countries.
    Conversion convert(const Money& from, const QString& toCurrency, const QDate& asOf, Basis basis) const;

    // fromCountry is the country the figure describes and toCountry the one whose prices the result is expressed in
    // (ISO 3166 alpha-2). Market conversions ignore them.
    Conversion convert(const Money& from, const QString& fromCountry, const QString& toCurrency,
                       const QString& toCountry, const QDate& asOf, Basis basis) const;

    // As convert(), of the amount at national prices: first divided by a regional price index over 100 (a U.S.
    // state's BEA RPP, "112.581"), in the same exact product, so the result is still rounded once. `original` stays
    // the amount as stated; `rate` and `explanation` describe the currency step alone.
    Conversion convertAtNationalPrices(const Money& from, const QString& priceIndex, const QString& fromCountry,
                                       const QString& toCurrency, const QString& toCountry, const QDate& asOf,
                                       Basis basis) const;

    // The factor that brings an amount to national prices: 100 over the price index. Empty when the index is not a
    // positive decimal. convertAtNationalPrices() and PriceParityAdjustment share this one rule.
    static std::optional<Fraction> nationalPriceScale(const QString& priceIndex);

private:
    Conversion convertScaled(const Money& from, const Fraction& scale, const QString& fromCountry,
                             const QString& toCurrency, const QString& toCountry, const QDate& asOf, Basis basis) const;
    Conversion convertAtMarket(Conversion result, const Fraction& scale, const QString& toCurrency,
                               const QDate& asOf) const;
    Conversion convertAtPpp(Conversion result, const Fraction& scale, const QString& fromCountry,
                            const QString& toCurrency, const QString& toCountry, const QDate& asOf) const;

    ExchangeRates m_rates;
    PppFactors m_ppp;
};

} // namespace cg
