#include "ThemeManager.h"

#include "ContrastStyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace cg {

namespace {
struct SystemLook
{
    QString styleName;
    QPalette palette;
};

// Captured once, before any theme changes them, so "system" can go back to exactly what the desktop gave.
SystemLook& systemLook()
{
    static SystemLook look{QApplication::style() ? QApplication::style()->name() : QString(), QApplication::palette()};
    return look;
}
} // namespace

bool ThemeManager::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette ThemeManager::lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x20, 0x2c));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xed, 0xf2, 0xf7));
    palette.setColor(QPalette::Text, QColor(0x1a, 0x20, 0x2c));
    palette.setColor(QPalette::Button, QColor(0xe2, 0xe8, 0xf0));
    palette.setColor(QPalette::ButtonText, QColor(0x1a, 0x20, 0x2c));
    palette.setColor(QPalette::Highlight, QColor(0x2b, 0x6c, 0xb0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe1));
    palette.setColor(QPalette::ToolTipText, Qt::black);
    palette.setColor(QPalette::Link, QColor(0x2b, 0x6c, 0xb0));
    palette.setColor(QPalette::PlaceholderText, QColor(0x71, 0x80, 0x96));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xae, 0xc0));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xae, 0xc0));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xae, 0xc0));
    return palette;
}

QPalette ThemeManager::darkPalette()
{
    QPalette palette;
    const QColor text(0xe2, 0xe8, 0xf0);
    palette.setColor(QPalette::Window, QColor(0x1f, 0x23, 0x2b));
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x16, 0x19, 0x1f));
    palette.setColor(QPalette::AlternateBase, QColor(0x22, 0x27, 0x30));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x2d, 0x33, 0x3d));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xc4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x33, 0x3d));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Link, QColor(0x63, 0xb3, 0xed));
    palette.setColor(QPalette::LinkVisited, QColor(0xb7, 0x94, 0xf4));
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x94, 0xa6));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x80));
    palette.setColor(QPalette::Light, QColor(0x3a, 0x41, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x33, 0x39, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x4a, 0x52, 0x60));
    palette.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x18));
    palette.setColor(QPalette::Shadow, Qt::black);
    return palette;
}

void ThemeManager::apply(Theme theme)
{
    const SystemLook& system = systemLook();
    if (theme == Theme::Light || theme == Theme::Dark) {
        QApplication::setStyle(new ContrastStyle); // Fusion, with edges that stand out

        QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
        return;
    }
    if (!system.styleName.isEmpty())
        QApplication::setStyle(QStyleFactory::create(system.styleName));
    QApplication::setPalette(system.palette);
}

} // namespace cg
