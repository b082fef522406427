#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QChart;
class QCategoryAxis;
class QPalette;

namespace cg {

// Shared look of the salary charts: chart colours taken from the widget palette so text stays readable in light and
// dark themes, series colours that keep their contrast on both, and a money axis whose labels are formatted by
// Money (so "$150,000", not "150000.0").
class ChartStyle final
{
public:
    ChartStyle() = delete;

    // Background, title, axis labels, grid and legend from the palette.
    static void apply(QChart* chart, const QPalette& palette);
    // Mid-tone colours readable on white and on near-black backgrounds.
    static QList<QColor> seriesColors();
    // A vertical axis from 0 to at least `maximumMinor` (minor units of `currency`) with up to about six labelled
    // ticks at round amounts. Returns the axis; the chart takes ownership once it is added.
    static QCategoryAxis* moneyAxis(qint64 maximumMinor, const QString& currency, const QString& title);
    // For drawing only: minor units to a plotted value in whole currency units.
    static qreal plotted(qint64 minorUnits, const QString& currency);
};

} // namespace cg
