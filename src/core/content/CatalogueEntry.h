#pragma once

#include "content/GrowthCategory.h"

#include <QString>
#include <QStringList>

namespace cg {

// One career in the catalogue: a curated role of the guide, carrying the official figures of its main occupation,
// or an O*NET occupation with its own. Figures are the published strings; a missing one is empty.
struct CatalogueEntry
{
    enum class Kind
    {
        Role,
        Occupation
    };

    Kind kind = Kind::Occupation;
    QString key; // a role's slug or an occupation's O*NET-SOC code
    QString title;
    QString occupationCode; // O*NET-SOC: the occupation itself, or a role's main occupation (empty if it has none)
    QString familyCode;     // SOC 2018 major group, "29-0000"
    QString familyName;     // "Healthcare Practitioners and Technical Occupations"
    int jobZone = 0;        // O*NET job zone 1-5; 0: none in this release
    QString education;      // BLS projections: typical education needed for entry
    QString changePercent;  // BLS projections: employment change 2024-34, percent
    GrowthCategory growth = GrowthCategory::Unknown;
    QString annualMedian; // OEWS May 2024 annual median: dollars, '#' or '*'
    QString openings;     // BLS projections: openings a year, thousands, averaged over 2024-34
    QString onetSourceId;
    QString wageSourceId;
    QString projectionSourceId;
    QStringList aliases; // a role's other names
    QString category;    // a role's category in the guide

    bool isRole() const { return kind == Kind::Role; }
    // The SOC major group of an O*NET-SOC or SOC code: 29-1141.00 -> 29-0000.
    static QString familyOf(const QString& code)
    {
        return code.size() < 2 ? QString() : code.left(2) + QStringLiteral("-0000");
    }
};

// A SOC major group and how many careers of the catalogue are in it.
struct JobFamily
{
    QString code;
    QString name;
    int careers = 0;
};

} // namespace cg
