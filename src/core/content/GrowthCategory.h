#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cg {

// How the Occupational Outlook Handbook words a projected change in employment, slowest first. Unknown: there is
// no projection to word.
enum class GrowthCategory
{
    Unknown,
    Declining,
    LittleOrNoChange,
    SlowerThanAverage,
    AsFastAsAverage,
    FasterThanAverage,
    MuchFasterThanAverage
};

// Puts a BLS projected percent change into the Handbook's words, and names them.
class GrowthCategories final
{
    Q_DECLARE_TR_FUNCTIONS(cg::GrowthCategories)

public:
    // The category of a 2024-34 percent change as published ("3.1", "-12.4"); Unknown for a marker or nothing.
    static GrowthCategory of(const QString& changePercent);
    // The Handbook's wording of a category ("Much faster than average").
    static QString name(GrowthCategory category);
    // Every category a projection can fall in, fastest first: the order a filter lists them in.
    static QList<GrowthCategory> fastestFirst();
    // A decimal string with at most one decimal ("3.1", "-0.4", "18863.3", "7") in tenths; none for anything
    // else. Published figures are compared this way, never through binary floating point.
    static std::optional<qint64> tenths(const QString& text);
};

} // namespace cg
