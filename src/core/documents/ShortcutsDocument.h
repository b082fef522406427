#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace cg {

// Help → Keyboard shortcuts: one row per key and what it does.
class ShortcutsDocument final
{
public:
    using Shortcut = QPair<QString, QString>; // the keys as shown, what they do

    static QString html(const QList<Shortcut>& shortcuts);
};

} // namespace cg
