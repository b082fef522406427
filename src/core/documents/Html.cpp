#include "Html.h"

#include <QPalette>
#include <QUrl>

namespace cg::html {

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString escapeLines(const QString& text)
{
    return escape(text).replace(u'\n', QStringLiteral("<br/>"));
}

QString heading(const QString& text, int level)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escape(text));
}

QString section(const QString& anchor, const QString& title, int level)
{
    // Qt gives a named anchor to the one character after it, which then differs in format from the rest of the
    // title and is shaped apart from it: a title starting with a letter and a combining mark ("वे": व + े) would be
    // drawn with the mark alone on a dotted circle. So the anchor names an invisible word joiner of its own.
    return QStringLiteral("<h%1><a name=\"%2\">&#8288;</a>%3</h%1>").arg(level).arg(escape(anchor), escape(title));
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(escape(text));
}

QString bold(const QString& text)
{
    return QStringLiteral("<b>%1</b>").arg(escape(text));
}

QString list(const QStringList& escapedItems)
{
    if (escapedItems.isEmpty())
        return {};
    return QStringLiteral("<ul><li>%1</li></ul>").arg(escapedItems.join(QStringLiteral("</li><li>")));
}

QString muted(const QString& escapedText)
{
    return QStringLiteral("<small><i class=\"muted\">%1</i></small>").arg(escapedText);
}

QString link(const QString& scheme, const QString& ref, const QString& text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(scheme, escape(ref), escape(text));
}

QString webLink(const QString& url)
{
    // Only web addresses become links: a file: or script address would be opened by the view.
    const QString scheme = QUrl(url).scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return escape(url);
    return QStringLiteral("<a href=\"%1\">%1</a>").arg(escape(url));
}

QColor blend(const QColor& from, const QColor& to, double share)
{
    const auto mix = [share](double a, double b) { return a + (b - a) * share; };
    return QColor::fromRgbF(float(mix(from.redF(), to.redF())), float(mix(from.greenF(), to.greenF())),
                            float(mix(from.blueF(), to.blueF())));
}

QColor mutedColour(const QPalette& palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
}

QString styleSheet(const QPalette& palette)
{
    return QStringLiteral(".muted { color: %1; font-size: small; font-style: normal; } .flag { font-weight: bold; }")
        .arg(mutedColour(palette).name());
}

} // namespace cg::html
