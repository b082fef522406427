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
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        const CareerProfile& profile = m_profiles.at(i);
        m_index.insert(profile.key, int(i));
        auto& needs = m_needs[size_t(i)];
        needs.reserve(size_t(profile.needs.size()));
        for (const CareerNeed& need : profile.needs)
            needs.push_back({idOf(need.key), need.weight});
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

CareerFitEntry CareerFitRanking::entry(int index, const std::vector<char>& known) const
{
    const CareerProfile& profile = m_profiles.at(index);
    const auto& needs = m_needs[size_t(index)];
    qint64 knownWeight = 0;
    qint64 totalWeight = 0;
    for (const Need& need : needs) {
        totalWeight += need.weight;
        if (known[size_t(need.id)])
            knownWeight += need.weight;
    }
    CareerFitEntry entry;
    entry.kind = profile.kind;
    entry.key = profile.key;
    entry.title = profile.title;
    entry.occupationCode = profile.occupationCode;
    entry.score = FitScore(knownWeight, totalWeight);
    entry.pay = profile.pay;
    // The three heaviest unknown needs; among equal weights the first in the profile's order.
    std::vector<int> top;
    for (int i = 0; i < int(needs.size()); ++i) {
        if (known[size_t(needs[size_t(i)].id)] || needs[size_t(i)].weight <= 0)
            continue;
        auto place = std::find_if(top.begin(), top.end(),
                                  [&](int other) { return needs[size_t(other)].weight < needs[size_t(i)].weight; });
        top.insert(place, i);
        if (top.size() > 3)
            top.pop_back();
    }
    for (const int i : top)
        entry.topGaps.append(profile.needs.at(i).name);
    return entry;
}

QList<CareerFitEntry> CareerFitRanking::rank(const QHash<QString, Status>& statuses) const
{
    const std::vector<char> known = knownIds(statuses);
    QList<CareerFitEntry> entries;
    entries.reserve(m_profiles.size());
    for (int i = 0; i < int(m_profiles.size()); ++i)
        entries.append(entry(i, known));
    std::vector<int> order(size_t(entries.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int byScore = entries.at(a).score.compare(entries.at(b).score);
        return byScore != 0 ? byScore < 0 : m_titleOrder[size_t(a)] < m_titleOrder[size_t(b)];
    });
    QList<CareerFitEntry> ranked;
    ranked.reserve(entries.size());
    for (const int i : order)
        ranked.append(std::move(entries[i]));
    return ranked;
}

CareerFitEntry CareerFitRanking::fit(const QString& key, const QHash<QString, Status>& statuses) const
{
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return {};
    return entry(*found, knownIds(statuses));
}

bool CareerFitRanking::anyNeedKnown(const QHash<QString, Status>& statuses) const
{
    const std::vector<char> known = knownIds(statuses);
    return std::find(known.cbegin(), known.cend(), 1) != known.cend();
}

} // namespace cg
