#include "GrowthCategory.h"

namespace cg {

std::optional<qint64> GrowthCategories::tenths(const QString& text)
{
    const QString value = text.trimmed();
    qsizetype at = 0;
    const bool negative = value.startsWith(u'-');
    if (negative)
        at = 1;
    qint64 whole = 0;
    int wholeDigits = 0;
    while (at < value.size() && value.at(at).isDigit() && value.at(at).unicode() < 128) {
        if (++wholeDigits > 15)
            return std::nullopt;
        whole = whole * 10 + (value.at(at).unicode() - u'0');
        ++at;
    }
    if (wholeDigits == 0)
        return std::nullopt;
    int tenth = 0;
    if (at < value.size() && value.at(at) == u'.') {
        ++at;
        if (at + 1 != value.size() || !value.at(at).isDigit() || value.at(at).unicode() >= 128)
            return std::nullopt;
        tenth = value.at(at).unicode() - u'0';
        ++at;
    }
    if (at != value.size())
        return std::nullopt;
    const qint64 result = whole * 10 + tenth;
    return negative ? -result : result;
}

// The Handbook words an occupation's projected change against the change for all occupations, 3 percent over
// 2024-34 (BLS, Occupational Outlook Handbook, "Occupational Information Included in the OOH", Job Outlook,
// https://www.bls.gov/ooh/about/occupational-information-included-in-the-ooh.htm). It prints the change as a whole
// percent, and the bands are of that whole percent:
//   Much faster than average   7 percent or more
//   Faster than average        5 to 6 percent
//   As fast as average         3 to 4 percent
//   Slower than average        1 to 2 percent
//   Little or no change        0 percent
//   Declining                  a decrease of 1 percent or more
// The published figure has one decimal; it is rounded half away from zero, so 6.5 is 7 and -0.5 is -1.
GrowthCategory GrowthCategories::of(const QString& changePercent)
{
    const std::optional<qint64> value = tenths(changePercent);
    if (!value)
        return GrowthCategory::Unknown;
    const qint64 magnitude = (*value < 0 ? -*value : *value);
    const qint64 rounded = (magnitude + 5) / 10;
    const qint64 percent = *value < 0 ? -rounded : rounded;
    if (percent >= 7)
        return GrowthCategory::MuchFasterThanAverage;
    if (percent >= 5)
        return GrowthCategory::FasterThanAverage;
    if (percent >= 3)
        return GrowthCategory::AsFastAsAverage;
    if (percent >= 1)
        return GrowthCategory::SlowerThanAverage;
    if (percent == 0)
        return GrowthCategory::LittleOrNoChange;
    return GrowthCategory::Declining;
}

QString GrowthCategories::name(GrowthCategory category)
{
    switch (category) {
    case GrowthCategory::Declining:
        return tr("Declining");
    case GrowthCategory::LittleOrNoChange:
        return tr("Little or no change");
    case GrowthCategory::SlowerThanAverage:
        return tr("Slower than average");
    case GrowthCategory::AsFastAsAverage:
        return tr("As fast as average");
    case GrowthCategory::FasterThanAverage:
        return tr("Faster than average");
    case GrowthCategory::MuchFasterThanAverage:
        return tr("Much faster than average");
    case GrowthCategory::Unknown:
        break;
    }
    return tr("No projection");
}

QList<GrowthCategory> GrowthCategories::fastestFirst()
{
    return {GrowthCategory::MuchFasterThanAverage, GrowthCategory::FasterThanAverage, GrowthCategory::AsFastAsAverage,
            GrowthCategory::SlowerThanAverage,     GrowthCategory::LittleOrNoChange,  GrowthCategory::Declining};
}

} // namespace cg
