#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cg {

// Which World Bank purchasing-power-parity indicator a factor belongs to. GDP (PA.NUS.PPP) prices the whole economy;
// private consumption (PA.NUS.PRVT.PP) prices what households buy, the better basis for what a salary buys.
enum class PppBasis
{
    Gdp,
    PrivateConsumption,
};

// The names stored in ppp_factor.basis.
inline QString pppBasisName(PppBasis basis)
{
    return basis == PppBasis::Gdp ? QStringLiteral("gdp") : QStringLiteral("private-consumption");
}

inline std::optional<PppBasis> pppBasisFromName(QStringView name)
{
    if (name == u"gdp")
        return PppBasis::Gdp;
    if (name == u"private-consumption")
        return PppBasis::PrivateConsumption;
    return std::nullopt;
}

} // namespace cg
