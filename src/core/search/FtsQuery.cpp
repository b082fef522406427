#include "FtsQuery.h"

#include <QChar>

namespace cg {

namespace {
bool separates(char32_t codePoint)
{
    if (QChar::isSpace(codePoint))
        return true;
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:   // NUL, escape, ...
    case QChar::Other_Format:    // zero-width joiners, bidi marks
    case QChar::Other_Surrogate: // a lone surrogate half
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}
} // namespace

QStringList FtsQuery::words(const QString& text)
{
    QStringList result;
    QString word;
    int length = 0;
    bool searchable = false;
    const auto finish = [&] {
        if (searchable && result.size() < MaxWords)
            result.append(word);
        word.clear();
        length = 0;
        searchable = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        // Surrogate pairs make one code point; a lone half stays a surrogate, which separates.
        char32_t codePoint = text.at(i).unicode();
        if (QChar::isHighSurrogate(codePoint) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (separates(codePoint)) {
            finish();
            if (result.size() >= MaxWords)
                break;
            continue;
        }
        if (length >= MaxWordLength)
            continue;
        word.append(QStringView(QChar::fromUcs4(codePoint)));
        ++length;
        searchable = searchable || QChar::isLetterOrNumber(codePoint);
    }
    finish();
    return result;
}

QString FtsQuery::quote(const QString& word)
{
    QString escaped = word;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + QStringLiteral("\"*");
}

QString FtsQuery::build(const QString& text)
{
    QStringList parts;
    for (const QString& word : words(text))
        parts.append(quote(word));
    return parts.join(u' ');
}

QString FtsQuery::firstWordStarts(const QString& text, const QString& column)
{
    const QStringList all = words(text);
    if (all.isEmpty())
        return {};
    return u'{' + column + QStringLiteral("} : ^") + quote(all.first());
}

} // namespace cg
