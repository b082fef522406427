#pragma once

#include "content/CatalogueEntry.h"

#include <QList>
#include <QStringList>

namespace cg {

// What the catalogue's filters can offer, taken from the entries themselves: the job families that hold a career
// (by SOC code) and the entry education levels that occur (BLS's order, the most education first).
struct CatalogueFacets
{
    QList<JobFamily> families;
    QStringList educations;

    static CatalogueFacets of(const QList<CatalogueEntry>& entries);
};

} // namespace cg
