#pragma once

#include <QString>

// The `source` ids the exchange-rate importer writes and the conversions cite (see resources/data/schema-fx.sql).
namespace cg::FxSourceIds {

inline QString ecb()
{
    return QStringLiteral("ecb-eurofxref");
}

inline QString worldBankPppGdp()
{
    return QStringLiteral("worldbank-ppp-gdp");
}

inline QString worldBankPppPrivate()
{
    return QStringLiteral("worldbank-ppp-private");
}

} // namespace cg::FxSourceIds
