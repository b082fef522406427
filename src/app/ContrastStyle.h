#pragma once

#include <QProxyStyle>

namespace cg {

// Fusion with outlines people can see. Fusion draws the edges of check boxes, radio buttons, fields and buttons a
// shade darker than the window, which on a dark window is all but invisible and on a light one is under 3:1. This
// style draws those edges again in the palette's Mid colour, which each theme chooses to stand out from its window
// by at least 3:1 (WCAG 2.1, 1.4.11). Focused fields keep Fusion's highlighted edge; disabled controls keep theirs.
class ContrastStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContrastStyle)

public:
    ContrastStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
};

} // namespace cg
