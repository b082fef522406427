#include "CareerFitRanking.h"

#include <algorithm>
#include <numeric>

namespace cg {

CareerFitRanking::CareerFitRanking(QList<CareerProfile> profiles, const QHash<QString, QStringList>& skillElements)
    : m_profiles(std::move(profiles))
{
    auto idOf = [this](const QString& key) {
        const auto found = m_ids.constFind(key);
        if (found != m_ids.cend())
            return *found;
        const int id = int(m_ids.size());
        m_ids.insert(key, id);
        return id;
    };
    m_needs.resize(size_t(m_profiles.size()));
    m_heaviest.resize(size_t(m_profiles.size()));
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        const CareerProfile& profile = m_profiles.at(i);
        m_index.insert(profile.key, int(i));
        auto& needs = m_needs[size_t(i)];
        needs.reserve(size_t(profile.needs.size()));
        for (const CareerNeed& need : profile.needs)
            needs.push_back({idOf(need.key), need.weight});
        // The candidates for the top gaps, heaviest first; a need that weighs nothing is never a gap.
        auto& heaviest = m_heaviest[size_t(i)];
        for (int n = 0; n < int(needs.size()); ++n) {
            if (needs[size_t(n)].weight > 0)
                heaviest.push_back(n);
        }
        std::stable_sort(heaviest.begin(), heaviest.end(),
                         [&needs](int a, int b) { return needs[size_t(a)].weight > needs[size_t(b)].weight; });
    }
    for (auto it = skillElements.cbegin(); it != skillElements.cend(); ++it) {
        std::vector<int> ids;
        for (const QString& key : it.value()) {
            const auto found = m_ids.constFind(key);
            if (found != m_ids.cend())
                ids.push_back(*found);
        }
        if (!ids.empty())
            m_skillIds.insert(it.key(), std::move(ids));
    }
    std::vector<int> byTitle(size_t(m_profiles.size()));
    std::iota(byTitle.begin(), byTitle.end(), 0);
    std::stable_sort(byTitle.begin(), byTitle.end(), [this](int a, int b) {
        const CareerProfile& x = m_profiles.at(a);
        const CareerProfile& y = m_profiles.at(b);
        const int byName = x.title.compare(y.title, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : x.key < y.key;
    });
    m_titleOrder.resize(byTitle.size());
    for (size_t place = 0; place < byTitle.size(); ++place)
        m_titleOrder[size_t(byTitle[place])] = int(place);
}

const CareerProfile* CareerFitRanking::profile(const QString& key) const
{
    const auto found = m_index.constFind(key);
    return found == m_index.cend() ? nullptr : &m_profiles.at(*found);
}

std::vector<char> CareerFitRanking::knownIds(const QHash<QString, Status>& statuses) const
{
    std::vector<char> known(size_t(m_ids.size()), 0);
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        if (it.value() != Status::Know)
            continue;
        const auto id = m_ids.constFind(it.key());
        if (id != m_ids.cend())
            known[size_t(*id)] = 1;
        const auto mapped = m_skillIds.constFind(it.key());
        if (mapped != m_skillIds.cend()) {
            for (const int element : *mapped)
                known[size_t(element)] = 1;
        }
    }
    return known;
}

FitScore CareerFitRanking::scoreOf(int index, const char* known) const
{
    const std::vector<Need>& needs = m_needs[size_t(index)];
    const Need* need = needs.data();
    const Need* const end = need + needs.size();
    qint64 knownWeight = 0;
    qint64 totalWeight = 0;
    for (; need != end; ++need) {
        totalWeight += need->weight;
        if (known[need->id])
            knownWeight += need->weight;
    }
    return FitScore(knownWeight, totalWeight);
}

CareerFitEntry CareerFitRanking::entry(int index, const FitScore& score, const char* known) const
{
    const CareerProfile& profile = m_profiles.at(index);
    CareerFitEntry entry;
    entry.kind = profile.kind;
    entry.key = profile.key;
    entry.title = profile.title;
    entry.occupationCode = profile.occupationCode;
    entry.score = score;
    entry.pay = profile.pay;
    const std::vector<Need>& needs = m_needs[size_t(index)];
    for (const int n : m_heaviest[size_t(index)]) {
        if (known[needs[size_t(n)].id])
            continue;
        entry.topGaps.append(profile.needs.at(n).name);
        if (entry.topGaps.size() == 3)
            break;
    }
    return entry;
}

QList<CareerFitEntry> CareerFitRanking::rank(const QHash<QString, Status>& statuses) const
{
    const std::vector<char> known = knownIds(statuses);
    const int count = int(m_profiles.size());
    std::vector<FitScore> scores;
    scores.resize(size_t(count));
    for (int i = 0; i < count; ++i)
        scores[size_t(i)] = scoreOf(i, known.data());
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    const FitScore* score = scores.data();
    const int* titleOrder = m_titleOrder.data();
    std::sort(order.begin(), order.end(), [score, titleOrder](int a, int b) {
        const int byScore = score[a].compare(score[b]);
        return byScore != 0 ? byScore < 0 : titleOrder[a] < titleOrder[b];
    });
    QList<CareerFitEntry> ranked;
    ranked.reserve(count);
    for (const int i : order)
        ranked.append(entry(i, score[i], known.data()));
    return ranked;
}

CareerFitEntry CareerFitRanking::fit(const QString& key, const QHash<QString, Status>& statuses) const
{
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return {};
    const std::vector<char> known = knownIds(statuses);
    return entry(*found, scoreOf(*found, known.data()), known.data());
}

bool CareerFitRanking::anyNeedKnown(const QHash<QString, Status>& statuses) const
{
    const std::vector<char> known = knownIds(statuses);
    return std::find(known.cbegin(), known.cend(), 1) != known.cend();
}

} // namespace cg
