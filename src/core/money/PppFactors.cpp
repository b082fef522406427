#include "PppFactors.h"

#include "Currency.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {

namespace {
bool isCountryCode(const QString& code)
{
    return code.size() == 2 && code.at(0) >= u'A' && code.at(0) <= u'Z' && code.at(1) >= u'A' && code.at(1) <= u'Z';
}
} // namespace

PppFactors PppFactors::load(const QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT 1 FROM ppp_factor LIMIT 1"))) {
        if (error)
            *error = tr("cannot read PPP factors: %1").arg(query.lastError().text());
        return {};
    }
    PppFactors factors;
    factors.m_db = db;
    factors.m_unread = true;
    return factors;
}

void PppFactors::ensureRead() const
{
    if (!m_unread)
        return;
    m_unread = false;
    const auto fail = [this](const QString& reason) {
        m_readError = reason;
        m_factors.clear();
        m_countriesByCurrency.clear();
    };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT country, currency, year, basis, value, release, source_id FROM ppp_factor "
                                   "ORDER BY country, basis, year, release")))
        return fail(tr("cannot read PPP factors: %1").arg(query.lastError().text()));
    while (query.next()) {
        PppFactor factor;
        factor.country = query.value(0).toString();
        factor.currency = query.value(1).toString();
        bool yearOk = false;
        factor.year = query.value(2).toInt(&yearOk);
        const std::optional<PppBasis> basis = pppBasisFromName(query.value(3).toString());
        const std::optional<Decimal> value = Decimal::fromString(query.value(4).toString());
        factor.release = query.value(5).toString();
        factor.sourceId = query.value(6).toString();
        if (basis)
            factor.basis = *basis;
        if (value)
            factor.value = *value;
        if (!yearOk || !basis || !value || !add(factor))
            return fail(tr("ppp_factor %1 %2 %3: '%4' is not a usable factor")
                            .arg(factor.country, query.value(3).toString(), query.value(2).toString(),
                                 query.value(4).toString()));
    }
    if (query.lastError().isValid())
        return fail(tr("cannot read PPP factors: %1").arg(query.lastError().text()));
}

bool PppFactors::isEmpty() const
{
    ensureRead();
    return m_factors.isEmpty();
}

QString PppFactors::key(const QString& country, PppBasis basis)
{
    return country + u'/' + pppBasisName(basis);
}

bool PppFactors::insert(const PppFactor& factor)
{
    ensureRead();
    return add(factor);
}

bool PppFactors::add(const PppFactor& factor) const
{
    if (!isCountryCode(factor.country) || !Currency::isValidCode(factor.currency) || factor.year <= 0 ||
        factor.value.signum() <= 0)
        return false;
    QMap<int, PppFactor>& years = m_factors[key(factor.country, factor.basis)];
    const auto existing = years.constFind(factor.year);
    if (existing != years.cend() && existing->release > factor.release)
        return true; // a newer release already gives this year
    years.insert(factor.year, factor);
    QStringList& countries = m_countriesByCurrency[factor.currency];
    if (!countries.contains(factor.country))
        countries.append(factor.country);
    return true;
}

std::optional<PppFactor> PppFactors::factor(const QString& country, PppBasis basis, int year) const
{
    return latestOnOrBefore(country, basis, year, year);
}

std::optional<PppFactor> PppFactors::latestOnOrBefore(const QString& country, PppBasis basis, int year,
                                                      int earliestYear) const
{
    ensureRead();
    const auto found = m_factors.constFind(key(country, basis));
    if (found == m_factors.cend())
        return std::nullopt;
    auto at = found->upperBound(year);
    if (at == found->cbegin())
        return std::nullopt;
    --at;
    if (at.key() < earliestYear)
        return std::nullopt;
    return at.value();
}

QString PppFactors::homeCountry(const QString& currency) const
{
    ensureRead();
    const QStringList countries = m_countriesByCurrency.value(currency);
    return countries.size() == 1 ? countries.front() : QString();
}

} // namespace cg
