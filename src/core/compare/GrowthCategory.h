#pragma once

#include <QCoreApplication>
#include <QString>

namespace cg {

// BLS's own words for a projected change in employment, from "decline" to "much faster than average", as the
// Occupational Outlook Handbook describes the 2024-34 projections (all occupations: +3.1%). The bands are on the
// percent rounded to a whole number, as the Handbook rounds it.
class GrowthCategory final
{
    Q_DECLARE_TR_FUNCTIONS(cg::RolePage)

public:
    enum class Category
    {
        Unknown, // no projection, or a marker instead of a number
        Decline,
        LittleOrNoChange,
        SlowerThanAverage,
        AsFastAsAverage,
        FasterThanAverage,
        MuchFasterThanAverage,
    };

    // percent is the published decimal string ("15.8", "-3.7").
    static Category of(const QString& percent);
    static QString name(Category category); // "much faster than average"; empty for Unknown
};

} // namespace cg
