#include "settings/Theme.h"

#include "text/EnumWords.h"

namespace cg {

namespace {
// The one place a theme is spelled.
constexpr EnumWord<Theme> Keys[] = {
    {Theme::System, "system"},
    {Theme::Light, "light"},
    {Theme::Dark, "dark"},
};
} // namespace

QString keyOf(Theme theme)
{
    return EnumWords::keyOf(Keys, theme);
}

bool fromKey(QStringView key, Theme* theme)
{
    return EnumWords::read(Keys, key, theme);
}

} // namespace cg
