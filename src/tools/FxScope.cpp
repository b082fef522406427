#include "FxScope.h"

#include <algorithm>

namespace cg {

QStringList FxScope::ecbCurrencies()
{
    return {QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("INR"), QStringLiteral("CAD"),
            QStringLiteral("AUD"), QStringLiteral("JPY"), QStringLiteral("CHF"), QStringLiteral("SEK"),
            QStringLiteral("PLN"), QStringLiteral("CNY"), QStringLiteral("BRL"), QStringLiteral("ZAR")};
}

QDate FxScope::firstRateDate()
{
    return QDate(2015, 1, 1);
}

int FxScope::firstPppYear()
{
    return 2010;
}

const QList<FxScope::Country>& FxScope::countries()
{
    static const QList<Country> all = {
        {QStringLiteral("US"), QStringLiteral("USA"), QStringLiteral("USD")},
        {QStringLiteral("GB"), QStringLiteral("GBR"), QStringLiteral("GBP")},
        {QStringLiteral("IN"), QStringLiteral("IND"), QStringLiteral("INR")},
        {QStringLiteral("CA"), QStringLiteral("CAN"), QStringLiteral("CAD")},
        {QStringLiteral("AU"), QStringLiteral("AUS"), QStringLiteral("AUD")},
        {QStringLiteral("DE"), QStringLiteral("DEU"), QStringLiteral("EUR")},
        {QStringLiteral("FR"), QStringLiteral("FRA"), QStringLiteral("EUR")},
        {QStringLiteral("NL"), QStringLiteral("NLD"), QStringLiteral("EUR")},
        {QStringLiteral("IE"), QStringLiteral("IRL"), QStringLiteral("EUR")},
        {QStringLiteral("ES"), QStringLiteral("ESP"), QStringLiteral("EUR")},
        {QStringLiteral("PL"), QStringLiteral("POL"), QStringLiteral("PLN")},
        {QStringLiteral("JP"), QStringLiteral("JPN"), QStringLiteral("JPY")},
        {QStringLiteral("CN"), QStringLiteral("CHN"), QStringLiteral("CNY")},
        {QStringLiteral("BR"), QStringLiteral("BRA"), QStringLiteral("BRL")},
        {QStringLiteral("ZA"), QStringLiteral("ZAF"), QStringLiteral("ZAR")},
        {QStringLiteral("SE"), QStringLiteral("SWE"), QStringLiteral("SEK")},
        {QStringLiteral("CH"), QStringLiteral("CHE"), QStringLiteral("CHF")},
    };
    return all;
}

std::optional<FxScope::Country> FxScope::countryByIso2(const QString& iso2)
{
    const auto found = std::find_if(countries().cbegin(), countries().cend(),
                                    [&iso2](const Country& country) { return country.iso2 == iso2; });
    return found == countries().cend() ? std::nullopt : std::optional<Country>(*found);
}

std::optional<FxScope::Country> FxScope::countryByIso3(const QString& iso3)
{
    const auto found = std::find_if(countries().cbegin(), countries().cend(),
                                    [&iso3](const Country& country) { return country.iso3 == iso3; });
    return found == countries().cend() ? std::nullopt : std::optional<Country>(*found);
}

} // namespace cg
