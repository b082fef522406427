#include "ChartStyle.h"

#include "money/Currency.h"
#include "money/Money.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPalette>
#include <QtMath>

namespace cg {

namespace {
qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}
} // namespace

QList<QColor> ChartStyle::seriesColors()
{
    // Blue, orange, green, red, purple: distinct for common colour-vision deficiencies and mid-tone, so they stand
    // out on both light and dark backgrounds.
    return {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59),
            QColor(0xb0, 0x7a, 0xa1)};
}

void ChartStyle::apply(QChart* chart, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(60);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(text);
        axis->setGridLineColor(grid);
    }
}

qreal ChartStyle::plotted(qint64 minorUnits, const QString& currency)
{
    return qreal(minorUnits) / qreal(powerOfTen(Currency::minorUnitExponent(currency)));
}

QCategoryAxis* ChartStyle::moneyAxis(qint64 maximumMinor, const QString& currency, const QString& title)
{
    const qint64 unit = powerOfTen(Currency::minorUnitExponent(currency));
    const qint64 maximumMajor = qMax<qint64>(1, (maximumMinor + unit - 1) / unit);
    // The smallest round step (1, 2 or 5 times a power of ten) that needs at most six ticks.
    qint64 step = 1;
    for (qint64 magnitude = 1;; magnitude *= 10) {
        bool found = false;
        for (qint64 factor : {1, 2, 5}) {
            if (maximumMajor <= factor * magnitude * 6) {
                step = factor * magnitude;
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    const qint64 top = ((maximumMajor + step - 1) / step) * step;
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(0);
    const QLocale locale;
    for (qint64 tick = 0; tick <= top; tick += step)
        axis->append(Money(tick * unit, currency).format(locale), qreal(tick));
    axis->setRange(0, qreal(top));
    axis->setTitleText(title);
    return axis;
}

} // namespace cg
