#include "ChartView.h"

#include "ChartStyle.h"

#include <QChart>
#include <QEvent>
#include <QLegend>

namespace cg {

ChartView::ChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
}

QChart* ChartView::newChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void ChartView::replaceChart(QChart* chart)
{
    ChartStyle::apply(chart, palette());
    setBackgroundBrush(palette().color(QPalette::Base));
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

void ChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        rebuild();
}

} // namespace cg
