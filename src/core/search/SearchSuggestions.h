#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

// The titles nearest to a text that found nothing: "kubernets" → Kubernetes, "javscript" → JavaScript. Nearness is
// the optimal-string-alignment distance (Levenshtein with swaps of neighbouring letters) between the lower-cased
// text and title, bounded by a third of the text's length, so a title far off is given up after a few letters and
// ten thousand titles are searched in a millisecond or two.
class SearchSuggestions final
{
public:
    static constexpr int MaxSuggestions = 3;
    static constexpr int MaxDistance = 3;

    // titles: the candidates, each once. Their lower-cased forms are kept, so the object is built once and asked
    // many times.
    explicit SearchSuggestions(const QStringList& titles = {});

    bool isEmpty() const { return m_titles.isEmpty(); }
    // Up to `count` titles nearest to the text, nearest first (then shorter, then alphabetical); none when no title
    // is within the bound.
    QStringList nearest(const QString& text, int count = MaxSuggestions) const;

    // The distance between a and b, or bound + 1 when it is more than bound.
    static int distance(QStringView a, QStringView b, int bound);
    // The largest distance a suggestion for a text of this length may have.
    static int boundFor(qsizetype length);

private:
    struct Title
    {
        QString title;
        QString folded;
    };
    QList<Title> m_titles;
};

} // namespace cg
