#pragma once

#include "PppBasis.h"
#include "PppFactor.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cg {

// The World Bank PPP conversion factors, per country, basis and year, read from the content database's ppp_factor
// table or filled in memory. When a year is given by several releases, the newest release wins (release names are
// ISO dates, so they sort; an unknown release, "", counts as the oldest).
//
// Read from the database, the rows are read when a factor is first asked for: most conversions are at market rates
// and never need them.
class PppFactors final
{
    Q_DECLARE_TR_FUNCTIONS(cg::PppFactors)

public:
    // Checks that the ppp_factor table can be read; its rows follow on first use from the same connection, which
    // must stay open while the table is used. When the table cannot be read, returns an empty table and sets *error.
    static PppFactors load(const QSqlDatabase& db, QString* error);

    // Adds a factor unless the table already has one from a newer release. Refuses (returns false) a factor that
    // is not positive or whose country, currency or year is malformed.
    bool insert(const PppFactor& factor);

    // The factor for exactly that year.
    std::optional<PppFactor> factor(const QString& country, PppBasis basis, int year) const;

    // The factor of the latest year between earliestYear and year, both included.
    std::optional<PppFactor> latestOnOrBefore(const QString& country, PppBasis basis, int year, int earliestYear) const;

    // The one country whose factors are in `currency` (USD -> US), or empty when none or several (EUR) are.
    QString homeCountry(const QString& currency) const;

    bool isEmpty() const;

    // Why the rows could not be read when they were first needed (the table is then empty); empty otherwise.
    QString readError() const { return m_readError; }

private:
    static QString key(const QString& country, PppBasis basis);
    // Reads every row if they have not been read yet; on a bad row or a failed query the table stays empty.
    void ensureRead() const;
    bool add(const PppFactor& factor) const;

    // mutable because a const lookup may read the rows on demand
    mutable QHash<QString, QMap<int, PppFactor>> m_factors; // key(country, basis) -> year -> factor
    mutable QHash<QString, QStringList> m_countriesByCurrency;
    mutable bool m_unread = false;
    mutable QString m_readError;
    QSqlDatabase m_db;
};

} // namespace cg
