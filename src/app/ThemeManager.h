#pragma once

#include "settings/Theme.h"

#include <QPalette>

class QApplication;

namespace cg {

// Applies the chosen theme: Theme::System keeps the desktop's palette and style; Light and Dark use Fusion with a
// palette of our own and edges drawn to stand out (ContrastStyle), so the app reads well whatever the desktop offers.
class ThemeManager final
{
public:
    static void apply(Theme theme);
    static bool isDark(const QPalette& palette);

private:
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace cg
