#include "ShortcutsDocument.h"

#include "Html.h"

namespace cg {

QString ShortcutsDocument::html(const QList<Shortcut>& shortcuts)
{
    QString rows;
    for (const auto& [keys, action] : shortcuts)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(html::bold(keys), html::escape(action));
    return QStringLiteral("<table cellspacing=\"4\">%1</table>").arg(rows);
}

} // namespace cg
