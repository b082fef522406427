#pragma once

#include "content/CatalogueEntry.h"
#include "content/Occupation.h"

#include <QList>
#include <QSqlDatabase>

namespace cg {

// The career catalogue: every curated role, then every O*NET occupation, each with the figures its list and filters
// show, read in one statement. Empty, with the reason reported, when the database fails (see ReadQuery).
class CatalogueRepository final
{
public:
    explicit CatalogueRepository(QSqlDatabase db);

    QList<CatalogueEntry> all(QString* error = nullptr) const;
    // The O*NET job zones, 1 to 5, with their names.
    QList<JobZone> jobZones(QString* error = nullptr) const;

    // SOC 2018 names major group 55-0000 "Military Specific Occupations". O*NET 29.3 has occupations in it, but
    // OEWS and the Employment Projections cover civilian jobs only, so neither names the group.
    static QString militaryFamilyName() { return QStringLiteral("Military Specific Occupations"); }

private:
    QSqlDatabase m_db;
};

} // namespace cg
