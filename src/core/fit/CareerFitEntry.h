#pragma once

#include "content/CatalogueEntry.h"
#include "fit/CareerPay.h"
#include "fit/FitScore.h"

#include <QString>
#include <QStringList>

namespace cg {

// A career as the fit ranking shows it: how much of what it needs the person knows, the heaviest needs still
// missing, and its pay.
struct CareerFitEntry
{
    CatalogueEntry::Kind kind = CatalogueEntry::Kind::Occupation;
    QString key;
    QString title;
    QString occupationCode;
    FitScore score;      // not rated when the career has no weighed needs
    QStringList topGaps; // at most three names of unknown needs, heaviest first (ties in the profile's order)
    CareerPay pay;

    bool isValid() const { return !key.isEmpty(); }
    bool isRole() const { return kind == CatalogueEntry::Kind::Role; }
};

} // namespace cg
