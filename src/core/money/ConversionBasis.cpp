#include "money/ConversionBasis.h"

#include "text/EnumWords.h"

namespace cg {

namespace {
// The one place a basis is spelled. Settings and saved comparisons written by earlier versions use these words too.
constexpr EnumWord<ConversionBasis> Keys[] = {
    {ConversionBasis::Market, "market"},
    {ConversionBasis::Ppp, "ppp"},
    {ConversionBasis::PppPrivateConsumption, "ppp-private"},
};
} // namespace

QString keyOf(ConversionBasis basis)
{
    return EnumWords::keyOf(Keys, basis);
}

bool fromKey(QStringView key, ConversionBasis* basis)
{
    return EnumWords::read(Keys, key, basis);
}

} // namespace cg
