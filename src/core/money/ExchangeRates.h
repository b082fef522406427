#pragma once

#include "Decimal.h"
#include "FxRate.h"
#include "FxSourceIds.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cg {

// The ECB euro reference rates (units of a currency per 1 EUR, per business day), read from the content database's
// fx_rate table or filled in memory. A date without a rate (weekend, TARGET holiday, N/A) takes the rate of the
// nearest earlier day that has one, but never one more than MaxLookBackDays old: past that there is no rate.
class ExchangeRates final
{
    Q_DECLARE_TR_FUNCTIONS(cg::ExchangeRates)

public:
    static constexpr int MaxLookBackDays = 10;

    // Reads every fx_rate row. On a bad row or a failed query, returns an empty table and sets *error.
    static ExchangeRates load(const QSqlDatabase& db, QString* error);

    // Adds or replaces one rate. Refuses (returns false) EUR, a code that is not ISO 4217 shaped, an invalid date
    // and a rate that is not positive.
    bool insert(const QString& currency, const QDate& date, const Decimal& perEur,
                const QString& sourceId = FxSourceIds::ecb());

    // The rate on `date` or the nearest earlier day within MaxLookBackDays. EUR is always 1, dated `date`.
    std::optional<FxRate> perEur(const QString& currency, const QDate& date) const;

    // The latest rate dated between `earliest` and `date`, both included. EUR is always 1, dated `date`.
    std::optional<FxRate> latestOnOrBefore(const QString& currency, const QDate& date, const QDate& earliest) const;

    bool hasCurrency(const QString& currency) const; // true for EUR
    QStringList currencies() const;                  // sorted, EUR first
    QDate firstDate(const QString& currency) const;
    QDate lastDate() const; // the newest date of any rate
    bool isEmpty() const { return m_series.isEmpty(); }

private:
    struct Entry
    {
        QDate date;
        Decimal perEur;
        QString sourceId;
    };

    QHash<QString, std::vector<Entry>> m_series; // per currency, sorted by date
};

} // namespace cg
