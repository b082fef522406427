#include "text/PlainText.h"

#include <QTextDocument>

namespace cg {

namespace {
const QChar Ellipsis(0x2026);
} // namespace

QString PlainText::truncated(const QString& text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    qsizetype cut = qMax(0, maxLength - 1);
    // Never split a surrogate pair.
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + Ellipsis;
}

QString PlainText::firstLine(const QString& text, int maxLength)
{
    // One character more than fits tells whether the line goes on; nothing further is read.
    const QString head = text.left(qsizetype(maxLength) + 1);
    const qsizetype lineEnd = head.indexOf(QLatin1Char('\n'));
    QString line = lineEnd < 0 ? head : head.left(lineEnd);
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return truncated(line, maxLength);
}

QString PlainText::toolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    const QString shown = truncated(text, MaxToolTipLength);
    // Without '<' or '&' Qt never guesses rich text, and the text shows as it is.
    if (!shown.contains(QLatin1Char('<')) && !shown.contains(QLatin1Char('&')))
        return shown;
    // convertFromPlainText() escapes the text and returns a paragraph, which Qt always takes for rich text.
    return Qt::convertFromPlainText(shown, Qt::WhiteSpaceNormal);
}

} // namespace cg
