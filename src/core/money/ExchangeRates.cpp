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

// yyyy-MM-dd, as the fx_rate table stores dates; anything else is an invalid date.
QDate isoDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int part = 0; part < 3; ++part) {
        for (int i = starts[part]; i < starts[part] + lengths[part]; ++i) {
            const QChar c = text.at(i);
            if (c < u'0' || c > u'9')
                return {};
            parts[part] = parts[part] * 10 + (c.unicode() - u'0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}
} // namespace

ExchangeRates ExchangeRates::load(const QSqlDatabase& db, QString* error)
{
    // Each step seeks the next code in the table's key instead of reading every row, as DISTINCT would.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("WITH RECURSIVE code(currency) AS ("
                                   "SELECT min(currency) FROM fx_rate UNION ALL "
                                   "SELECT (SELECT min(currency) FROM fx_rate WHERE fx_rate.currency > code.currency) "
                                   "FROM code WHERE code.currency IS NOT NULL) "
                                   "SELECT currency FROM code WHERE currency IS NOT NULL"))) {
        if (error)
            *error = tr("cannot read exchange rates: %1").arg(query.lastError().text());
        return {};
    }
    ExchangeRates rates;
    while (query.next()) {
        const QString currency = query.value(0).toString();
        if (currency != euro()) // always 1
            rates.m_unread.append(currency);
    }
    rates.m_unread.sort();
    rates.m_db = db;
    return rates;
}

bool ExchangeRates::isUnread(const QString& currency) const
{
    return std::binary_search(m_unread.cbegin(), m_unread.cend(), currency);
}

std::optional<FxRate> ExchangeRates::lookUp(const QString& currency, const QDate& date, const QDate& earliest) const
{
    const QString key = QStringLiteral("%1 %2 %3").arg(currency).arg(date.toJulianDay()).arg(earliest.toJulianDay());
    const auto known = m_lookups.constFind(key);
    if (known != m_lookups.cend())
        return *known;
    std::optional<FxRate> rate;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool prepared = query.prepare(QStringLiteral("SELECT date, per_eur, source_id FROM fx_rate "
                                                       "WHERE currency = ? AND date <= ? AND date >= ? "
                                                       "ORDER BY date DESC LIMIT 1"));
    query.addBindValue(currency);
    query.addBindValue(date.toString(Qt::ISODate));
    // No earliest date: '' sorts before every date, where a null QString would bind NULL and match nothing.
    query.addBindValue(earliest.isValid() ? earliest.toString(Qt::ISODate) : QStringLiteral(""));
    if (!prepared || !query.exec()) {
        m_readError = tr("cannot read exchange rates: %1").arg(query.lastError().text());
    } else if (query.next()) {
        const QString dateText = query.value(0).toString();
        const QString value = query.value(1).toString();
        const QDate day = isoDate(dateText);
        const std::optional<Decimal> perEur = Decimal::fromString(value);
        if (day.isValid() && perEur && perEur->signum() > 0)
            rate = FxRate{currency, day, *perEur, query.value(2).toString()};
        else
            m_readError = tr("fx_rate %1 %2: '%3' is not a usable rate").arg(currency, dateText, value);
    }
    m_lookups.insert(key, rate);
    return rate;
}

void ExchangeRates::ensureRead(const QString& currency) const
{
    const auto unread = std::lower_bound(m_unread.begin(), m_unread.end(), currency);
    if (unread == m_unread.end() || *unread != currency)
        return;
    m_unread.erase(unread);
    if (!Currency::isValidCode(currency) || currency == euro()) {
        m_readError = tr("fx_rate: '%1' is not a currency code").arg(currency);
        return;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool prepared =
        query.prepare(QStringLiteral("SELECT date, per_eur, source_id FROM fx_rate WHERE currency = ? ORDER BY date"));
    query.addBindValue(currency);
    if (!prepared || !query.exec()) {
        m_readError = tr("cannot read exchange rates: %1").arg(query.lastError().text());
        return;
    }
    std::vector<Entry> series;
    QString sourceId; // one string shared by every entry that names the same source
    while (query.next()) {
        const QString dateText = query.value(0).toString();
        const QString value = query.value(1).toString();
        const QString source = query.value(2).toString();
        if (source != sourceId)
            sourceId = source;
        const QDate date = isoDate(dateText);
        const std::optional<Decimal> perEur = Decimal::fromString(value);
        // The key orders the rows by date, so each one goes at the end.
        if (!date.isValid() || !perEur || perEur->signum() <= 0 || (!series.empty() && series.back().date >= date)) {
            m_readError = tr("fx_rate %1 %2: '%3' is not a usable rate").arg(currency, dateText, value);
            return;
        }
        series.push_back(Entry{date, *perEur, sourceId});
    }
    if (query.lastError().isValid()) {
        m_readError = tr("cannot read exchange rates: %1").arg(query.lastError().text());
        return;
    }
    m_series.insert(currency, std::move(series));
}

void ExchangeRates::ensureAllRead() const
{
    const QStringList unread = m_unread;
    for (const QString& currency : unread)
        ensureRead(currency);
}

bool ExchangeRates::insert(const QString& currency, const QDate& date, const Decimal& perEur, const QString& sourceId)
{
    if (!Currency::isValidCode(currency) || currency == euro() || !date.isValid() || perEur.signum() <= 0)
        return false;
    ensureRead(currency);
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
    if (isUnread(currency))
        return lookUp(currency, date, earliest);
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
    return currency == euro() || isUnread(currency) || m_series.contains(currency);
}

QStringList ExchangeRates::currencies() const
{
    // Unread currencies are listed without reading them; one whose rates turn out unusable then has no rate.
    QStringList codes = m_series.keys() + m_unread;
    codes.removeDuplicates();
    std::sort(codes.begin(), codes.end());
    codes.prepend(euro());
    return codes;
}

QDate ExchangeRates::firstDate(const QString& currency) const
{
    ensureRead(currency);
    const auto found = m_series.constFind(currency);
    return found == m_series.cend() || found->empty() ? QDate() : found->front().date;
}

QDate ExchangeRates::lastDate() const
{
    ensureAllRead();
    QDate last;
    for (const std::vector<Entry>& series : m_series) {
        if (!series.empty() && (!last.isValid() || series.back().date > last))
            last = series.back().date;
    }
    return last;
}

} // namespace cg
