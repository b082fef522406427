#pragma once

#include <QString>
#include <QStringView>

namespace cg {

// How the app looks: the desktop's own style and palette, or Fusion with a light or a dark palette of our own.
enum class Theme
{
    System,
    Light,
    Dark,
};

inline constexpr Theme AllThemes[] = {Theme::System, Theme::Light, Theme::Dark};

// The word the settings store for each theme: "system", "light", "dark". fromKey() is false for any other word.
QString keyOf(Theme theme);
bool fromKey(QStringView key, Theme* theme);

} // namespace cg
