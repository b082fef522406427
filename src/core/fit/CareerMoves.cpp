#include "CareerMoves.h"

#include <algorithm>

namespace cg {

int CareerMoves::tierRank(const QString& tier)
{
    if (tier == QLatin1String("Primary-Short"))
        return 0;
    if (tier == QLatin1String("Primary-Long"))
        return 1;
    if (tier == QLatin1String("Supplemental"))
        return 2;
    return 3;
}

QList<CareerMove> CareerMoves::from(const CareerFitRanking& ranking, const QString& originKey,
                                    QList<OccupationRelated> related,
                                    const QHash<QString, SkillAssessmentStore::Status>& statuses)
{
    QList<CareerMove> moves;
    const CareerProfile* origin = ranking.profile(originKey);
    if (!origin)
        return moves;
    std::stable_sort(related.begin(), related.end(), [](const OccupationRelated& a, const OccupationRelated& b) {
        return tierRank(a.tier) < tierRank(b.tier);
    });
    const QString originMedian = origin->pay.isKnown() ? origin->pay.annualMedian : QString();
    for (const OccupationRelated& link : std::as_const(related)) {
        CareerMove move;
        move.related = link;
        move.fit = ranking.fit(link.socCode, statuses);
        if (move.fit.isValid() && move.fit.pay.isKnown())
            move.payChange = PayChange::between(originMedian, move.fit.pay.annualMedian);
        moves.append(move);
    }
    return moves;
}

} // namespace cg
