#pragma once

#include "fit/CareerFitEntry.h"
#include "fit/CareerProfile.h"
#include "user/SkillAssessmentStore.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

namespace cg {

// Ranks every career by how much of what it needs the person already knows. The profiles are given once (read from
// the content a single time); ranking again after a change of the self-assessment only walks them in memory.
//
// The score of a career is  sum(weight of the needs marked known) / sum(weight of all its needs)  (see FitScore).
// The weights are the profiles' (CareerFitRepository: a role's article importance 1-5; an occupation's O*NET
// importance x level). A need is known when its key is marked "I know it"; an O*NET element is also known when a
// curated skill mapped to it (`skillElements`: slug -> onetKey()s) is. "Learning" and "want" count as not known.
//
// Order: best fit first; equal fractions by title (case aside), then by key; careers that are not rated last, by
// title.
class CareerFitRanking final
{
public:
    using Status = SkillAssessmentStore::Status;

    CareerFitRanking() = default;
    CareerFitRanking(QList<CareerProfile> profiles, const QHash<QString, QStringList>& skillElements);

    bool isEmpty() const { return m_profiles.isEmpty(); }
    qsizetype size() const { return m_profiles.size(); }
    const QList<CareerProfile>& profiles() const { return m_profiles; }
    // The profile with that key, or null.
    const CareerProfile* profile(const QString& key) const;

    // Every career, best fit first.
    QList<CareerFitEntry> rank(const QHash<QString, Status>& statuses) const;
    // One career's fit; invalid when the key is unknown.
    CareerFitEntry fit(const QString& key, const QHash<QString, Status>& statuses) const;
    // Whether anything any career needs is marked known: without it every score is 0 and the ranking says nothing.
    bool anyNeedKnown(const QHash<QString, Status>& statuses) const;

private:
    struct Need
    {
        int id;
        qint64 weight;
    };

    std::vector<char> knownIds(const QHash<QString, Status>& statuses) const;
    FitScore scoreOf(int index, const char* known) const;
    CareerFitEntry entry(int index, const FitScore& score, const char* known) const;

    QList<CareerProfile> m_profiles;
    std::vector<std::vector<Need>> m_needs;      // per profile, in the profile's order
    std::vector<std::vector<int>> m_heaviest;    // per profile: its needs heaviest first, ties in the profile\'s order
    std::vector<int> m_titleOrder;               // per profile, its place among all titles
    QHash<QString, int> m_ids;                   // need key -> id
    QHash<QString, std::vector<int>> m_skillIds; // curated slug -> ids of the O*NET elements it maps to
    QHash<QString, int> m_index;                 // career key -> profile index
};

} // namespace cg
