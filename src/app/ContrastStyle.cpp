#include "ContrastStyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>
#include <cmath>

namespace cg {

namespace {
// A little above WCAG's 3:1, so anti-aliasing cannot bring an edge below it.
constexpr double MinimumContrast = 3.3;

// WCAG 2.1 relative luminance and contrast ratio.
double luminance(const QColor& color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The edge colour: the window's colour moved towards the text's just far enough to stand out by a little more than
// 3:1 from both the window and the fields' base, so edges are seen without shouting.
QColor edgeColor(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::WindowText);
    for (int step = 6; step < 20; ++step) {
        const double t = step / 20.0;
        const QColor mixed = QColor::fromRgbF(float(window.redF() + (text.redF() - window.redF()) * t),
                                              float(window.greenF() + (text.greenF() - window.greenF()) * t),
                                              float(window.blueF() + (text.blueF() - window.blueF()) * t));
        if (contrast(mixed, window) >= MinimumContrast && contrast(mixed, base) >= MinimumContrast)
            return mixed;
    }
    return text;
}

// Whether a control's edge is drawn again: enabled, and not showing Fusion's own focus edge.
bool wantsOutline(const QStyleOption* option, bool keepFocusEdge)
{
    if (!(option->state & QStyle::State_Enabled))
        return false;
    return !(keepFocusEdge && (option->state & QStyle::State_HasFocus));
}

// The edge along the inside of `rect`, with Fusion's rounding.
void outline(QPainter* painter, const QRect& rect, const QColor& color, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, 1));
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->restore();
}
} // namespace

ContrastStyle::ContrastStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                  const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const QColor edge = edgeColor(option->palette);
    switch (element) {
    case PE_IndicatorCheckBox:
        if (wantsOutline(option, false))
            outline(painter, option->rect.adjusted(0, 0, -1, -1), edge, 1.0);
        break;
    case PE_IndicatorRadioButton:
        if (wantsOutline(option, false)) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setBrush(Qt::NoBrush);
            // A circle's edge is anti-aliased all round; a little wider, it keeps its contrast where it is thinnest.
            painter->setPen(QPen(edge, 1.5));
            painter->drawEllipse(QRectF(option->rect).adjusted(0.75, 0.75, -1.75, -1.75));
            painter->restore();
        }
        break;
    case PE_FrameLineEdit:
        if (wantsOutline(option, true))
            outline(painter, option->rect, edge, 2.0);
        break;
    case PE_PanelButtonCommand:
        if (wantsOutline(option, true) && !(option->state & State_Sunken))
            outline(painter, option->rect, edge, 2.0);
        break;
    default:
        break;
    }
}

void ContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                                       const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_SpinBox || control == CC_ComboBox) && wantsOutline(option, true)) {
        const auto* frame = qstyleoption_cast<const QStyleOptionSpinBox*>(option);
        const auto* combo = qstyleoption_cast<const QStyleOptionComboBox*>(option);
        if ((frame && frame->frame) || (combo && combo->frame))
            outline(painter, option->rect, edgeColor(option->palette), 2.0);
    }
}

} // namespace cg
