#include "OfficialScope.h"

#include <QLatin1String>

namespace cg {

namespace {
bool isComputerSoc(QStringView soc)
{
    return soc.startsWith(QLatin1String("15-1")) || soc == QLatin1String("11-3021") || soc == QLatin1String("15-2051");
}
} // namespace

bool OfficialScope::isComputerOccupation(QStringView onetSocCode)
{
    // The detailed O*NET suffix (".00", ".01", ...) never changes which SOC occupation a code belongs to.
    if (onetSocCode.size() != 10 || onetSocCode.at(7) != u'.')
        return false;
    return isComputerSoc(onetSocCode.left(7));
}

bool OfficialScope::isComputerStatistic(QStringView socCode)
{
    if (socCode.size() != 7)
        return false;
    return isComputerSoc(socCode) || socCode == QLatin1String("00-0000") || socCode == QLatin1String("15-0000");
}

} // namespace cg
