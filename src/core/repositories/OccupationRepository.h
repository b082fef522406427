#pragma once

#include "content/Occupation.h"

#include <QSqlDatabase>
#include <QStringList>

namespace cg {

// The official occupation pages: O*NET 29.3 tasks, ratings, technology, related occupations and education, BLS
// OEWS May 2024 wages and Employment Projections 2024-34, read as published. Codes are bound, never spliced.
class OccupationRepository final
{
public:
    explicit OccupationRepository(QSqlDatabase db);

    // Everything known about one O*NET-SOC code; invalid when the code is not in this build.
    Occupation occupation(const QString& socCode) const;
    QString title(const QString& socCode) const;
    // OEWS row of an O*NET-SOC or BLS code, the 'detailed' row preferred over an aggregate of the same code.
    OccupationWage wage(const QString& code) const;
    OccupationProjection projection(const QString& code) const;
    // The "Total, all occupations" projection, the yardstick for one occupation's growth.
    OccupationProjection allOccupationsProjection() const { return projection(QStringLiteral("00-0000")); }
    // Slugs of the guide's roles linked to an O*NET-SOC code, the role that lists it first coming first.
    QStringList rolesFor(const QString& socCode) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
