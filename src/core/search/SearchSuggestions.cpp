#include "SearchSuggestions.h"

#include <QVarLengthArray>

#include <algorithm>

namespace cg {

namespace {
QString folded(const QString& text)
{
    return text.simplified().toLower();
}
} // namespace

SearchSuggestions::SearchSuggestions(const QStringList& titles)
{
    m_titles.reserve(titles.size());
    for (const QString& title : titles)
        m_titles.append({title, folded(title)});
}

int SearchSuggestions::boundFor(qsizetype length)
{
    return int(std::clamp<qsizetype>(length / 3, 1, MaxDistance));
}

int SearchSuggestions::distance(QStringView a, QStringView b, int bound)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > bound)
        return bound + 1;
    // Three rows of the alignment table: two back for swaps, one back, and the one being filled.
    QVarLengthArray<int, 128> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > bound)
            return bound + 1; // every alignment is already too far off
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], bound + 1);
}

QStringList SearchSuggestions::nearest(const QString& text, int count) const
{
    const QString wanted = folded(text);
    if (wanted.isEmpty() || count <= 0)
        return {};
    const int bound = boundFor(wanted.size());
    struct Candidate
    {
        int distance;
        const Title* title;
    };
    QList<Candidate> found;
    for (const Title& title : m_titles) {
        const int d = distance(wanted, title.folded, bound);
        if (d <= bound)
            found.append({d, &title});
    }
    std::sort(found.begin(), found.end(), [](const Candidate& x, const Candidate& y) {
        if (x.distance != y.distance)
            return x.distance < y.distance;
        if (x.title->title.size() != y.title->title.size())
            return x.title->title.size() < y.title->title.size();
        return x.title->title < y.title->title;
    });
    QStringList result;
    for (const Candidate& candidate : std::as_const(found)) {
        if (result.size() >= count)
            break;
        if (!result.contains(candidate.title->title, Qt::CaseInsensitive))
            result.append(candidate.title->title);
    }
    return result;
}

} // namespace cg
