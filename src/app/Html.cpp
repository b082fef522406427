#include "Html.h"

namespace cg::html {

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString heading(const QString& text, int level)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escape(text));
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(escape(text));
}

QString list(const QStringList& escapedItems)
{
    if (escapedItems.isEmpty())
        return {};
    return QStringLiteral("<ul><li>%1</li></ul>").arg(escapedItems.join(QStringLiteral("</li><li>")));
}

QString muted(const QString& escapedText)
{
    return QStringLiteral("<small><i>%1</i></small>").arg(escapedText);
}

} // namespace cg::html
