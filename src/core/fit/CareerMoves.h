#pragma once

#include "fit/CareerFitRanking.h"
#include "fit/CareerMove.h"

#include <QList>

namespace cg {

// Career moves from a current career: O*NET's related occupations of it, in tier order (Primary-Short,
// Primary-Long, Supplemental, each in O*NET's order), each with the person's fit and the pay change from the
// current career. A curated role moves from its first occupation: its related list and its pay are that one's.
class CareerMoves final
{
public:
    // `related` is what the content lists for the origin's occupation (CareerFitRepository::related()).
    static QList<CareerMove> from(const CareerFitRanking& ranking, const QString& originKey,
                                  QList<OccupationRelated> related,
                                  const QHash<QString, SkillAssessmentStore::Status>& statuses);
    // 0 for Primary-Short, 1 for Primary-Long, 2 for Supplemental, 3 for anything else.
    static int tierRank(const QString& tier);
};

} // namespace cg
