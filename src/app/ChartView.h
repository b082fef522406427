#pragma once

#include <QChartView>

namespace cg {

// A chart view of the app: antialiased, without a frame, and drawn again by rebuild() whenever the palette or the
// style changes, so that its chart follows the theme.
class ChartView : public QChartView
{
    Q_OBJECT

protected:
    explicit ChartView(QWidget* parent);

    // Replaces the chart with one drawn from the current data and palette.
    virtual void rebuild() = 0;
    // A new chart as the app draws them: no animation, the legend below.
    static QChart* newChart();
    // Colours `chart` from the palette and shows it in place of the chart shown so far, which is deleted.
    void replaceChart(QChart* chart);

    void changeEvent(QEvent* event) override;
};

} // namespace cg
