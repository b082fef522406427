#include "CurrencyConverter.h"

#include "Currency.h"
#include "Fraction.h"
#include "PppBasis.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace cg {

namespace {
constexpr int MaxExactRatePlaces = 6;
constexpr int ShownRatePlaces = 4;
constexpr int ShownSignificantDigits = 4;
constexpr int MaxShownRatePlaces = 12;

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

Conversion fail(Conversion result, Conversion::Status status, const QString& reason)
{
    result.status = status;
    result.converted = Money();
    result.rate.clear();
    result.reason = reason;
    result.explanation = reason;
    return result;
}

// See the header: exact when short, else 4 decimals, or enough decimals for 4 significant digits.
QString shownRate(const Fraction& rate)
{
    const int exact = rate.exactDecimalPlaces(MaxExactRatePlaces);
    if (exact >= 0)
        return rate.toDecimalString(exact);
    for (int places = ShownRatePlaces; places < MaxShownRatePlaces; ++places) {
        QString text = rate.toDecimalString(places);
        QString digits = text;
        digits.remove(u'.').remove(u'-');
        while (digits.startsWith(u'0'))
            digits.remove(0, 1);
        if (digits.size() >= ShownSignificantDigits)
            return text;
    }
    return rate.toDecimalString(MaxShownRatePlaces);
}

// amount (minor units of `from`) × scale × rate, in minor units of `toCurrency`, rounded once half away from zero.
std::optional<qint64> applyRate(const Money& from, const Fraction& scale, const Fraction& rate,
                                const QString& toCurrency)
{
    return Fraction(from.minorUnits())
        .timesPowerOfTen(-from.exponent())
        .multipliedBy(scale)
        .multipliedBy(rate)
        .timesPowerOfTen(Currency::minorUnitExponent(toCurrency))
        .roundedHalfAwayFromZero();
}

// The amount at the rate `to / from` (two rates or factors against one unit), with the rate as shown; a failure when
// the result is too large to hold exactly.
Conversion convertedAt(Conversion result, const Fraction& scale, const Decimal& from, const Decimal& to,
                       const QString& toCurrency)
{
    const Fraction rate = Fraction::fromDecimal(to).dividedBy(Fraction::fromDecimal(from));
    const std::optional<qint64> converted = applyRate(result.original, scale, rate, toCurrency);
    if (!converted)
        return fail(result, Conversion::Status::Invalid,
                    CurrencyConverter::tr("The amount is too large to convert exactly."));
    result.status = Conversion::Status::Ok;
    result.converted = Money(*converted, toCurrency);
    result.rate = shownRate(rate);
    return result;
}

// No conversion: the amount itself, scaled (and then rounded once) when a price level applies.
Conversion unconverted(Conversion result, const Fraction& scale)
{
    const std::optional<qint64> scaled = applyRate(result.original, scale, Fraction(1), result.original.currency());
    if (!scaled)
        return fail(result, Conversion::Status::Invalid,
                    CurrencyConverter::tr("The amount is too large to convert exactly."));
    result.status = Conversion::Status::Ok;
    result.converted = Money(*scaled, result.original.currency());
    result.rate = QStringLiteral("1");
    return result;
}

bool isCountryCode(const QString& code)
{
    return code.size() == 2 && code.at(0) >= u'A' && code.at(0) <= u'Z' && code.at(1) >= u'A' && code.at(1) <= u'Z';
}

QString basisLabel(PppBasis basis)
{
    return basis == PppBasis::Gdp ? CurrencyConverter::tr("GDP") : CurrencyConverter::tr("private consumption");
}

// The two legs name the same source in practice; when they do not, both are kept.
QString joined(const QString& first, const QString& second)
{
    return first == second ? first : first + u',' + second;
}
} // namespace

CurrencyConverter::CurrencyConverter(ExchangeRates rates, PppFactors pppFactors)
    : m_rates(std::move(rates)), m_ppp(std::move(pppFactors))
{
}

CurrencyConverter CurrencyConverter::load(const QSqlDatabase& db, QString* error)
{
    QString reason;
    ExchangeRates rates = ExchangeRates::load(db, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return {};
    }
    PppFactors factors = PppFactors::load(db, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return {};
    }
    return CurrencyConverter(std::move(rates), std::move(factors));
}

Conversion CurrencyConverter::convert(const Money& from, const QString& toCurrency, const QDate& asOf,
                                      Basis basis) const
{
    if (basis == Basis::Market || !from.isValid() || !Currency::isValidCode(toCurrency) || !asOf.isValid())
        return convert(from, QString(), toCurrency, QString(), asOf, basis);
    Conversion result;
    result.basis = basis;
    result.original = from;
    const QString fromCountry = m_ppp.homeCountry(from.currency());
    const QString toCountry = m_ppp.homeCountry(toCurrency);
    for (const QString& currency : {from.currency(), toCurrency}) {
        if (m_ppp.homeCountry(currency).isEmpty())
            return fail(result, Conversion::Status::NoRate,
                        tr("%1 is not the currency of exactly one country with PPP factors; name the country whose "
                           "prices to use")
                            .arg(currency));
    }
    return convert(from, fromCountry, toCurrency, toCountry, asOf, basis);
}

Conversion CurrencyConverter::convert(const Money& from, const QString& fromCountry, const QString& toCurrency,
                                      const QString& toCountry, const QDate& asOf, Basis basis) const
{
    return convertScaled(from, Fraction(1), fromCountry, toCurrency, toCountry, asOf, basis);
}

Conversion CurrencyConverter::convertAtNationalPrices(const Money& from, const QString& priceIndex,
                                                      const QString& fromCountry, const QString& toCurrency,
                                                      const QString& toCountry, const QDate& asOf, Basis basis) const
{
    const std::optional<Fraction> scale = nationalPriceScale(priceIndex);
    if (!scale) {
        Conversion result;
        result.basis = basis;
        result.original = from;
        return fail(result, Conversion::Status::Invalid, tr("No regional price index to adjust by."));
    }
    return convertScaled(from, *scale, fromCountry, toCurrency, toCountry, asOf, basis);
}

std::optional<Fraction> CurrencyConverter::nationalPriceScale(const QString& priceIndex)
{
    const std::optional<Decimal> index = Decimal::fromString(priceIndex);
    const Fraction level = index ? Fraction::fromDecimal(*index) : Fraction();
    if (!level.isValid() || level.signum() <= 0)
        return std::nullopt;
    return Fraction(100).dividedBy(level);
}

Conversion CurrencyConverter::convertScaled(const Money& from, const Fraction& scale, const QString& fromCountry,
                                            const QString& toCurrency, const QString& toCountry, const QDate& asOf,
                                            Basis basis) const
{
    Conversion result;
    result.basis = basis;
    result.original = from;
    if (!from.isValid())
        return fail(result, Conversion::Status::Invalid, tr("The amount has no valid currency."));
    if (!Currency::isValidCode(toCurrency))
        return fail(result, Conversion::Status::Invalid, tr("'%1' is not a currency code.").arg(toCurrency));
    if (!asOf.isValid())
        return fail(result, Conversion::Status::Invalid, tr("The conversion has no date."));
    if (basis == Basis::Market)
        return convertAtMarket(result, scale, toCurrency, asOf);
    return convertAtPpp(result, scale, fromCountry, toCurrency, toCountry, asOf);
}

Conversion CurrencyConverter::convertAtMarket(Conversion result, const Fraction& scale, const QString& toCurrency,
                                              const QDate& asOf) const
{
    const Money& from = result.original;
    if (from.currency() == toCurrency) {
        result = unconverted(result, scale);
        if (!result.isOk())
            return result;
        result.rateDate = asOf;
        result.explanation = tr("Same currency: no conversion");
        return result;
    }
    // Both legs must come from the same ECB day: step back until they agree or the look-back runs out.
    const QDate earliest = asOf.addDays(-ExchangeRates::MaxLookBackDays);
    QDate day = asOf;
    std::optional<FxRate> fromRate;
    std::optional<FxRate> toRate;
    for (;;) {
        fromRate = m_rates.latestOnOrBefore(from.currency(), day, earliest);
        toRate = m_rates.latestOnOrBefore(toCurrency, day, earliest);
        for (const QString& currency : {from.currency(), toCurrency}) {
            if ((currency == from.currency() ? fromRate : toRate).has_value())
                continue;
            if (!m_rates.hasCurrency(currency))
                return fail(result, Conversion::Status::NoRate, tr("No ECB reference rate for %1.").arg(currency));
            return fail(result, Conversion::Status::NoRate,
                        tr("No ECB reference rate for %1 on %2 or in the %3 days before.")
                            .arg(currency, isoDate(asOf))
                            .arg(ExchangeRates::MaxLookBackDays));
        }
        if (fromRate->date == toRate->date)
            break;
        day = std::min(fromRate->date, toRate->date);
    }
    result = convertedAt(result, scale, fromRate->perEur, toRate->perEur, toCurrency);
    if (result.status != Conversion::Status::Ok)
        return result;
    result.rateDate = fromRate->date;
    result.sourceId =
        from.currency() == QLatin1String("EUR")
            ? toRate->sourceId
            : (toCurrency == QLatin1String("EUR") ? fromRate->sourceId : joined(fromRate->sourceId, toRate->sourceId));
    QString when = tr("ECB reference rate of %1").arg(isoDate(result.rateDate));
    if (result.rateDate != asOf)
        when = tr("%1 (no rate on %2)").arg(when, isoDate(asOf));
    const bool throughEuro = from.currency() != QLatin1String("EUR") && toCurrency != QLatin1String("EUR");
    result.explanation = (throughEuro ? tr("1 %1 = %2 %3, %4, derived through EUR") : tr("1 %1 = %2 %3, %4"))
                             .arg(from.currency(), result.rate, toCurrency, when);
    return result;
}

Conversion CurrencyConverter::convertAtPpp(Conversion result, const Fraction& scale, const QString& fromCountry,
                                           const QString& toCurrency, const QString& toCountry, const QDate& asOf) const
{
    const Money& from = result.original;
    const PppBasis basis = result.basis == Basis::Ppp ? PppBasis::Gdp : PppBasis::PrivateConsumption;
    for (const QString& country : {fromCountry, toCountry}) {
        if (!isCountryCode(country))
            return fail(result, Conversion::Status::Invalid, tr("'%1' is not an ISO 3166 country code.").arg(country));
    }
    if (fromCountry == toCountry && from.currency() == toCurrency) {
        result = unconverted(result, scale);
        if (!result.isOk())
            return result;
        result.pppYear = asOf.year();
        result.explanation = tr("Same country and currency: no conversion");
        return result;
    }
    // Both factors from one year, so the comparison uses one survey's prices.
    const int year = asOf.year();
    std::optional<PppFactor> fromFactor;
    std::optional<PppFactor> toFactor;
    for (int candidate = year; candidate >= year - MaxPppLookBackYears; --candidate) {
        fromFactor = m_ppp.factor(fromCountry, basis, candidate);
        toFactor = m_ppp.factor(toCountry, basis, candidate);
        if (fromFactor && toFactor)
            break;
    }
    if (!fromFactor || !toFactor) {
        const int earliest = year - MaxPppLookBackYears;
        const bool fromKnown = m_ppp.latestOnOrBefore(fromCountry, basis, year, earliest).has_value();
        const bool toKnown = m_ppp.latestOnOrBefore(toCountry, basis, year, earliest).has_value();
        if (fromKnown && toKnown)
            return fail(result, Conversion::Status::NoRate,
                        tr("No year from %1 back to %2 has World Bank PPP factors (%3) for both %4 and %5.")
                            .arg(year)
                            .arg(earliest)
                            .arg(basisLabel(basis), fromCountry, toCountry));
        return fail(result, Conversion::Status::NoRate,
                    tr("No World Bank PPP factor (%1) for %2 in %3 or the %4 years before.")
                        .arg(basisLabel(basis), fromKnown ? toCountry : fromCountry)
                        .arg(year)
                        .arg(MaxPppLookBackYears));
    }
    if (fromFactor->currency != from.currency())
        return fail(result, Conversion::Status::NoRate,
                    tr("The PPP factor for %1 is in %2, but the amount is in %3.")
                        .arg(fromCountry, fromFactor->currency, from.currency()));
    if (toFactor->currency != toCurrency)
        return fail(result, Conversion::Status::NoRate,
                    tr("The PPP factor for %1 is in %2, not %3.").arg(toCountry, toFactor->currency, toCurrency));
    result = convertedAt(result, scale, fromFactor->value, toFactor->value, toCurrency);
    if (result.status != Conversion::Status::Ok)
        return result;
    result.pppYear = fromFactor->year;
    result.release = joined(fromFactor->release, toFactor->release);
    result.sourceId = joined(fromFactor->sourceId, toFactor->sourceId);
    QString when = QString::number(result.pppYear);
    if (result.pppYear != year)
        when = tr("%1 (none yet for %2)").arg(when).arg(year);
    result.explanation =
        tr("1 %1 in %2 = %3 %4 in %5 at purchasing-power parity, World Bank PPP factors (%6) of %7, "
           "through international $")
            .arg(from.currency(), fromCountry, result.rate, toCurrency, toCountry, basisLabel(basis), when);
    return result;
}

} // namespace cg
