#include "ExperienceProfiles.h"

#include <QHash>

#include <algorithm>

namespace cg {

QStringList ExperienceProfiles::bandOrder()
{
    return {QStringLiteral("entry"), QStringLiteral("0-1"), QStringLiteral("1-4"), QStringLiteral("all"),
            QStringLiteral("15+")};
}

QList<ExperienceProfile> ExperienceProfiles::build(const QList<SalaryEntry>& entries, int minimumBands)
{
    QList<ExperienceProfile> profiles;
    QHash<QString, int> indexOfGroup;
    for (const SalaryEntry& entry : entries) {
        if (entry.isOfficial() || !entry.amount.isAmount())
            continue;
        const QString group = QStringList{entry.roleSlug, entry.country,         entry.currency(),      entry.statistic,
                                          entry.period,   entry.source.sourceId, entry.source.originId, entry.asOf()}
                                  .join(u'|');
        auto found = indexOfGroup.constFind(group);
        if (found == indexOfGroup.constEnd()) {
            ExperienceProfile profile;
            profile.roleSlug = entry.roleSlug;
            profile.roleName = entry.roleName;
            profile.country = entry.country;
            profile.currency = entry.currency();
            profile.statistic = entry.statistic;
            profile.period = entry.period;
            profile.sourceLabel = entry.sourceLabel;
            profile.asOf = entry.asOf();
            found = indexOfGroup.insert(group, int(profiles.size()));
            profiles.append(profile);
        }
        ExperienceProfile& profile = profiles[*found];
        auto same = std::find_if(profile.bands.begin(), profile.bands.end(),
                                 [&](const SalaryEntry& band) { return band.experience == entry.experience; });
        if (same == profile.bands.end())
            profile.bands.append(entry);
        else if (same->doubtful && !entry.doubtful)
            *same = entry;
    }

    const QStringList order = bandOrder();
    const auto rank = [&order](const QString& band) {
        const qsizetype at = order.indexOf(band);
        return at < 0 ? order.size() : at;
    };
    QList<ExperienceProfile> result;
    for (ExperienceProfile& profile : profiles) {
        if (profile.bands.size() < minimumBands)
            continue;
        std::stable_sort(profile.bands.begin(), profile.bands.end(), [&](const SalaryEntry& a, const SalaryEntry& b) {
            return rank(a.experience) < rank(b.experience);
        });
        result.append(profile);
    }
    return result;
}

} // namespace cg
