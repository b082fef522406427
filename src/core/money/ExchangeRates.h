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
//
// Read from the database, a lookup reads just the row it needs, through the table's key (and remembers it): a
// conversion needs a few of some 35,000 rows, and reading them all costs more than a tab switch may. A currency's
// whole series is read only for what needs all of it: insert(), firstDate() and lastDate().
class ExchangeRates final
{
    Q_DECLARE_TR_FUNCTIONS(cg::ExchangeRates)

public:
    static constexpr int MaxLookBackDays = 10;

    // Reads which currencies fx_rate has; their rates follow on demand from the same connection, which must stay
    // open while the table is used. On a failed query, returns an empty table and sets *error.
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
    bool isEmpty() const { return m_series.isEmpty() && m_unread.isEmpty(); }

    // Why a currency's rates could not be read when they were asked for (that currency then has none); empty when
    // every read so far succeeded.
    QString readError() const { return m_readError; }

private:
    struct Entry
    {
        QDate date;
        Decimal perEur;
        QString sourceId;
    };

    bool isUnread(const QString& currency) const;
    // For a currency not read yet: the one row a lookup needs, straight from the table's key (remembered).
    std::optional<FxRate> lookUp(const QString& currency, const QDate& date, const QDate& earliest) const;
    // Reads the currency's whole series if it is one not read yet (for insert() and the first and last dates);
    // afterwards m_series holds it unless it was unusable.
    void ensureRead(const QString& currency) const;
    void ensureAllRead() const;

    // per currency, sorted by date; mutable because a const lookup may read a series on demand
    mutable QHash<QString, std::vector<Entry>> m_series;
    mutable QStringList m_unread; // currencies in the database whose series has not been read yet, sorted
    mutable QHash<QString, std::optional<FxRate>> m_lookups; // lookUp() answers by currency, date and earliest
    mutable QString m_readError;
    QSqlDatabase m_db;
};

} // namespace cg
