#pragma once

#include <QPalette>
#include <QString>

class QApplication;

namespace cg {

// Applies the chosen theme: "system" keeps the desktop's palette and style; "light" and "dark" use Fusion with a
// palette of our own, so the app reads well whatever the desktop offers.
class ThemeManager final
{
public:
    static QStringList themes() { return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}; }
    static void apply(const QString& theme);
    static bool isDark(const QPalette& palette);

private:
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace cg
