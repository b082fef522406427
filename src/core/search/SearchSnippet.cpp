#include "SearchSnippet.h"

#include "SearchTerms.h"

#include <QList>

#include <algorithm>

namespace cg {

namespace {
constexpr int WordsBefore = 3; // of context before the matching word, when there are any

constexpr int MaxScannedWords = 1500; // a match further into a long text shows the text's start instead

// The words of a text word as search reads them: "back-end," gives back, end and backend, "C++" cplusplus. Most
// words are letters alone, which fold directly: this runs on every word up to the match, so it must be cheap.
QStringList tokens(QStringView word)
{
    const bool plain = std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
    if (plain)
        return {SearchTerms::fold(word)};
    return SearchTerms::tokens(word) + SearchTerms::specials(word);
}

QList<QStringView> splitWords(const QString& text)
{
    QList<QStringView> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && !text.at(i).isSpace();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            words.append(QStringView(text).mid(start, i - start));
            start = -1;
        }
    }
    return words;
}
} // namespace

QString SearchSnippet::around(const QString& text, const QStringList& searched, int words)
{
    const QList<QStringView> all = splitWords(text);
    if (all.isEmpty() || words <= 0)
        return {};

    QStringList prefixes;
    for (const QString& word : searched)
        prefixes.append(tokens(word));
    prefixes.removeAll(QString());

    qsizetype hit = -1;
    const qsizetype scanned = qMin<qsizetype>(all.size(), MaxScannedWords);
    for (qsizetype i = 0; i < scanned && hit < 0 && !prefixes.isEmpty(); ++i) {
        for (const QString& token : tokens(all.at(i))) {
            for (const QString& prefix : std::as_const(prefixes)) {
                if (token.startsWith(prefix))
                    hit = i;
            }
        }
    }

    // A few words lead up to the match, but never so many that the match falls out of a short window.
    const qsizetype before = qMin(WordsBefore, (words - 1) / 2);
    const qsizetype first = hit < 0 ? 0 : qMax<qsizetype>(0, qMin(hit - before, all.size() - words));
    const qsizetype end = qMin(all.size(), first + words);
    QStringList shown;
    for (qsizetype i = first; i < end; ++i)
        shown.append(all.at(i).toString());
    QString snippet = shown.join(u' ');
    if (first > 0)
        snippet.prepend(u'\u2026');
    if (end < all.size())
        snippet.append(u'\u2026');
    return snippet;
}

} // namespace cg
