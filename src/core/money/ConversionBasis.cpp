#include "money/ConversionBasis.h"

namespace cg {

// The one place a basis is spelled. Settings and saved comparisons written by earlier versions use these words too.
QString keyOf(ConversionBasis basis)
{
    switch (basis) {
    case ConversionBasis::Market:
        return QStringLiteral("market");
    case ConversionBasis::Ppp:
        return QStringLiteral("ppp");
    case ConversionBasis::PppPrivateConsumption:
        return QStringLiteral("ppp-private");
    }
    return {};
}

bool fromKey(QStringView key, ConversionBasis* basis)
{
    for (ConversionBasis candidate : AllConversionBases) {
        if (key == keyOf(candidate)) {
            *basis = candidate;
            return true;
        }
    }
    return false;
}

} // namespace cg
