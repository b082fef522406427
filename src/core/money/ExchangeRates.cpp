#include "ExchangeRates.h"

#include "Currency.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cg {

namespace {
QString euro()
{
    return QStringLiteral("EUR");
}
} // namespace

ExchangeRates ExchangeRates::load(const QSqlDatabase& db, QString* error)
{
    const auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return ExchangeRates();
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Sorted so every series is appended in order.
    if (!query.exec(QStringLiteral("SELECT currency, date, per_eur, source_id FROM fx_rate ORDER BY currency, date")))
        return fail(tr("cannot read exchange rates: %1").arg(query.lastError().text()));
    ExchangeRates rates;
    while (query.next()) {
        const QString currency = query.value(0).toString();
        const QString dateText = query.value(1).toString();
        const QString value = query.value(2).toString();
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        const std::optional<Decimal> perEur = Decimal::fromString(value);
        if (!perEur || !rates.insert(currency, date, *perEur, query.value(3).toString()))
            return fail(tr("fx_rate %1 %2: '%3' is not a usable rate").arg(currency, dateText, value));
    }
    if (query.lastError().isValid())
        return fail(tr("cannot read exchange rates: %1").arg(query.lastError().text()));
    return rates;
}

bool ExchangeRates::insert(const QString& currency, const QDate& date, const Decimal& perEur, const QString& sourceId)
{
    if (!Currency::isValidCode(currency) || currency == euro() || !date.isValid() || perEur.signum() <= 0)
        return false;
    std::vector<Entry>& series = m_series[currency];
    const auto before = [](const Entry& entry, const QDate& d) { return entry.date < d; };
    const auto at = std::lower_bound(series.begin(), series.end(), date, before);
    if (at != series.end() && at->date == date)
        *at = Entry{date, perEur, sourceId};
    else
        series.insert(at, Entry{date, perEur, sourceId});
    return true;
}

std::optional<FxRate> ExchangeRates::perEur(const QString& currency, const QDate& date) const
{
    return latestOnOrBefore(currency, date, date.addDays(-MaxLookBackDays));
}

std::optional<FxRate> ExchangeRates::latestOnOrBefore(const QString& currency, const QDate& date,
                                                      const QDate& earliest) const
{
    if (!date.isValid())
        return std::nullopt;
    if (currency == euro())
        return FxRate{currency, date, Decimal(1, 0), FxSourceIds::ecb()};
    const auto found = m_series.constFind(currency);
    if (found == m_series.cend())
        return std::nullopt;
    const std::vector<Entry>& series = *found;
    const auto after = [](const QDate& d, const Entry& entry) { return d < entry.date; };
    auto at = std::upper_bound(series.begin(), series.end(), date, after);
    if (at == series.begin())
        return std::nullopt;
    --at;
    if (earliest.isValid() && at->date < earliest)
        return std::nullopt;
    return FxRate{currency, at->date, at->perEur, at->sourceId};
}

bool ExchangeRates::hasCurrency(const QString& currency) const
{
    return currency == euro() || m_series.contains(currency);
}

QStringList ExchangeRates::currencies() const
{
    QStringList codes = m_series.keys();
    std::sort(codes.begin(), codes.end());
    codes.prepend(euro());
    return codes;
}

QDate ExchangeRates::firstDate(const QString& currency) const
{
    const auto found = m_series.constFind(currency);
    return found == m_series.cend() || found->empty() ? QDate() : found->front().date;
}

QDate ExchangeRates::lastDate() const
{
    QDate last;
    for (const std::vector<Entry>& series : m_series) {
        if (!series.empty() && (!last.isValid() || series.back().date > last))
            last = series.back().date;
    }
    return last;
}

} // namespace cg
