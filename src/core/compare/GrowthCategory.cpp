#include "GrowthCategory.h"

#include "content/OfficialFigure.h"

#include <cmath>

namespace cg {

GrowthCategory::Category GrowthCategory::of(const QString& percent)
{
    if (!OfficialFigure::isNumber(percent))
        return Category::Unknown;
    // The published figure has one decimal; rounding it to a whole percent cannot be swayed by binary error there.
    const long whole = std::lround(percent.trimmed().toDouble());
    if (whole >= 8)
        return Category::MuchFasterThanAverage;
    if (whole >= 5)
        return Category::FasterThanAverage;
    if (whole >= 3)
        return Category::AsFastAsAverage;
    if (whole >= 1)
        return Category::SlowerThanAverage;
    if (whole >= -1)
        return Category::LittleOrNoChange;
    return Category::Decline;
}

QString GrowthCategory::name(Category category)
{
    switch (category) {
    case Category::Unknown:
        return {};
    case Category::Decline:
        return tr("decline");
    case Category::LittleOrNoChange:
        return tr("little or no change");
    case Category::SlowerThanAverage:
        return tr("slower than average");
    case Category::AsFastAsAverage:
        return tr("as fast as average");
    case Category::FasterThanAverage:
        return tr("faster than average");
    case Category::MuchFasterThanAverage:
        return tr("much faster than average");
    }
    return {};
}

} // namespace cg
