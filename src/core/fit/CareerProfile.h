#pragma once

#include "content/CatalogueEntry.h"
#include "fit/CareerPay.h"

#include <QList>
#include <QString>

namespace cg {

// One thing a career needs, with how much it weighs in the fit score.
struct CareerNeed
{
    QString key;  // a curated skill's slug, or SkillAssessmentStore::onetKey() of an O*NET element
    QString name; // as shown among the gaps
    qint64 weight = 0;
};

// What a career needs and what it pays, read once from the content (see CareerFitRepository for the weights).
struct CareerProfile
{
    CatalogueEntry::Kind kind = CatalogueEntry::Kind::Occupation;
    QString key; // a role's slug or an occupation's O*NET-SOC code
    QString title;
    QString occupationCode; // the occupation itself, or a role's first occupation (empty if it has none)
    QList<CareerNeed> needs;
    CareerPay pay;

    bool isRole() const { return kind == CatalogueEntry::Kind::Role; }
};

} // namespace cg
