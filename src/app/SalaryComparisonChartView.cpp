#include "SalaryComparisonChartView.h"

#include "ChartStyle.h"
#include "documents/Html.h"
#include "models/SalaryComparisonModel.h"
#include "salary/SalaryComparison.h"
#include "salary/SalaryTerms.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QSet>

namespace cg {

namespace {
// Charted value of a percentile: its amount, or the lower bound of a top-coded one (drawn, never printed as a number).
qint64 chartedMinor(const StatedAmount& value)
{
    return value.isAmount() || value.kind == StatedAmount::Kind::AtLeast ? value.amount.minorUnits() : 0;
}
} // namespace

SalaryComparisonChartView::SalaryComparisonChartView(const ComparisonResult& result, QWidget* parent)
    : ChartView(parent), m_result(result)
{
    setAccessibleName(tr("Comparison chart"));
    setAccessibleDescription(tr("Bars for stated figures and ranges for official wages, in the display currency. "
                                "The side-by-side table holds the same numbers as text."));
    rebuild();
}

void SalaryComparisonChartView::setResult(const ComparisonResult& result)
{
    m_result = result;
    rebuild();
}

void SalaryComparisonChartView::rebuild()
{
    auto* chart = newChart();
    const QString currency = m_result.currency.isEmpty() ? QStringLiteral("USD") : m_result.currency;
    chart->setTitle(tr("Pay in %1 — %2").arg(currency, SalaryComparison::basisName(m_result.basis)));

    const QLocale locale;
    m_categories.clear();
    QStringList labels;
    auto* bars = new QBarSet(tr("Figure as stated, converted"));
    auto* ranges = new QBoxPlotSeries;
    ranges->setName(tr("Official range: p10–p90, box p25–p75, line at median"));
    bool anyBar = false;
    bool anyRange = false;
    qint64 maximum = 0;
    for (int i = 0; i < m_result.columns.size(); ++i) {
        const ComparisonColumn& column = m_result.columns.at(i);
        QString label = SalaryComparisonModel::columnTitle(i, column.entry);
        if (column.entry.doubtful)
            label += QStringLiteral(" ⚠");
        const bool drawRange = column.isConverted() && !column.convertedRange.isEmpty();
        const QString amount = column.isConverted() ? column.conversion.converted.format(locale) : tr("no rate");
        m_categories.append(drawRange ? tr("%1\nmedian %2").arg(label, amount) : tr("%1\n%2").arg(label, amount));
        // Axis labels are rich text: escape, and break the line where the plain text does.
        labels.append(html::escapeLines(m_categories.last()));

        auto* box = new QBoxSet;
        if (drawRange) {
            const WagePercentiles& range = column.convertedRange;
            const QList<qint64> values{chartedMinor(range.p10), chartedMinor(range.p25), chartedMinor(range.median),
                                       chartedMinor(range.p75), chartedMinor(range.p90)};
            for (qint64 value : values) {
                box->append(ChartStyle::plotted(value, currency));
                maximum = qMax(maximum, value);
            }
            bars->append(0);
            anyRange = true;
        } else {
            // A flat box at zero keeps the categories of both series aligned; it hides behind the axis.
            for (int point = 0; point < 5; ++point)
                box->append(0);
            const qint64 value = column.isConverted() ? column.conversion.converted.minorUnits() : 0;
            bars->append(ChartStyle::plotted(value, currency));
            maximum = qMax(maximum, value);
            anyBar = anyBar || column.isConverted();
        }
        ranges->append(box);
    }

    const QList<QColor> colors = ChartStyle::seriesColors();
    bars->setColor(colors.at(0));
    bars->setBorderColor(colors.at(0).darker(130));
    auto* barSeries = new QBarSeries;
    barSeries->append(bars);
    barSeries->setBarWidth(0.5);
    ranges->setBoxWidth(0.5);
    ranges->setBrush(colors.at(1));
    ranges->setPen(QPen(palette().color(QPalette::WindowText), 1.5));
    chart->addSeries(barSeries);
    chart->addSeries(ranges);

    auto* axisX = new QBarCategoryAxis;
    axisX->append(labels.isEmpty() ? QStringList{tr("Pick figures to compare")} : labels);
    chart->addAxis(axisX, Qt::AlignBottom);
    QSet<QString> periods;
    for (const ComparisonColumn& column : m_result.columns)
        periods.insert(column.entry.period);
    const QString axisTitle = periods.size() == 1 ? tr("%1 %2").arg(currency, SalaryTerms::periodName(*periods.begin()))
                                                  : tr("%1 (periods differ: see the table)").arg(currency);
    QCategoryAxis* axisY = ChartStyle::moneyAxis(maximum, currency, axisTitle);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(barSeries), static_cast<QAbstractSeries*>(ranges)}) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    // Only explain in the legend what is actually drawn.
    const QList<QLegendMarker*> barMarkers = chart->legend()->markers(barSeries);
    for (QLegendMarker* marker : barMarkers)
        marker->setVisible(anyBar);
    const QList<QLegendMarker*> rangeMarkers = chart->legend()->markers(ranges);
    for (QLegendMarker* marker : rangeMarkers)
        marker->setVisible(anyRange);
    replaceChart(chart);
}

} // namespace cg
