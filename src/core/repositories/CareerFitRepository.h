#pragma once

#include "content/Occupation.h"
#include "fit/CareerProfile.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace cg {

// What the fit ranking and the career moves read from the content, once: every career's needs with their
// weights, its pay with source and date, and how curated skills map onto O*NET's skills and knowledge.
//
// Weights:
//   - curated role: each skill it lists weighs its article importance, 1 (useful) to 5 (essential);
//   - O*NET occupation: each skill and knowledge rating weighs importance x level as published (importance 1-5,
//     level 0-7, read in hundredths, so 4.12 x 5.38 weighs 412 x 538). Ratings O*NET marks "not relevant" are left
//     out, and so are the estimates it recommends suppressing (low precision), as on the skill pages: a rating
//     too uncertain to show should not move a score. A level of 0 weighs nothing. An occupation left with no
//     weighed rating (or that O*NET did not rate) has no needs: it is "not rated", never scored.
class CareerFitRepository final
{
public:
    explicit CareerFitRepository(QSqlDatabase db);

    // Every curated role, then every occupation, in catalogue order. Empty with the reason when a read fails.
    QList<CareerProfile> profiles(QString* error = nullptr) const;
    // Curated skill slug -> SkillAssessmentStore::onetKey() of every rated O*NET skill or knowledge element whose
    // name is, case aside, the skill's own name or a name skill_onet_name gives it.
    QHash<QString, QStringList> skillElements(QString* error = nullptr) const;
    // O*NET's related occupations of one O*NET-SOC code, in O*NET's order.
    QList<OccupationRelated> related(const QString& socCode, QString* error = nullptr) const;

    // "4.12" -> 412; -1 when the text is not a decimal with at most two places.
    static qint64 hundredths(const QString& published);

private:
    QSqlDatabase m_db;
};

} // namespace cg
