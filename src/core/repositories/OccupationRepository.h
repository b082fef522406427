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

    // Every read below returns an empty value when the database fails: the reason goes to *error, or, when error
    // is null, to QueryErrors (see ReadQuery).

    // Everything known about one O*NET-SOC code; invalid when the code is not in this build.
    Occupation occupation(const QString& socCode, QString* error = nullptr) const;
    QString title(const QString& socCode, QString* error = nullptr) const;
    // OEWS row of an O*NET-SOC or BLS code, the 'detailed' row preferred over an aggregate of the same code.
    OccupationWage wage(const QString& code, QString* error = nullptr) const;
    OccupationProjection projection(const QString& code, QString* error = nullptr) const;
    // The "Total, all occupations" projection, the yardstick for one occupation's growth.
    OccupationProjection allOccupationsProjection(QString* error = nullptr) const
    {
        return projection(QStringLiteral("00-0000"), error);
    }
    // Slugs of the guide's roles linked to an O*NET-SOC code, the role that lists it first coming first.
    QStringList rolesFor(const QString& socCode, QString* error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
