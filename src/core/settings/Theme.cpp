#include "settings/Theme.h"

namespace cg {

// The one place a theme is spelled.
QString keyOf(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

bool fromKey(QStringView key, Theme* theme)
{
    for (Theme candidate : AllThemes) {
        if (key == keyOf(candidate)) {
            *theme = candidate;
            return true;
        }
    }
    return false;
}

} // namespace cg
