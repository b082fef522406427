#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cg {

// The part of the official exchange-rate and PPP releases the app uses: which currencies, which countries (with
// their World Bank ISO3 code and their currency) and from when. FxSubset cuts the committed subset to it and
// FxImporter keeps to it, so importing the full release files gives the same rows as importing the subset.
class FxScope final
{
public:
    struct Country
    {
        QString iso2;
        QString iso3;
        QString currency; // the country's currency in every year of scope (the euro countries joined before 2002)
    };

    FxScope() = delete;

    static QStringList ecbCurrencies(); // ISO 4217, in no particular order
    static QDate firstRateDate();       // 2015-01-01
    static int firstPppYear();          // 2010
    static const QList<Country>& countries();
    static std::optional<Country> countryByIso2(const QString& iso2);
    static std::optional<Country> countryByIso3(const QString& iso3);
};

} // namespace cg
