#pragma once

#include <QList>
#include <QString>

namespace cg {

// Official occupational data as published: O*NET 29.3 for what the work is, BLS OEWS May 2024 for pay and BLS
// Employment Projections 2024-34 for the outlook. Figures stay the decimal strings of the release, markers included
// ('#', '*', '—'); OfficialFigure turns them into display text.

struct OccupationTask
{
    QString text;
    QString type; // Core, Supplemental, or empty where O*NET gives none
};

// One skill or knowledge rating: importance 1-5 and level 0-7, both as published.
struct OccupationRating
{
    QString domain; // skill or knowledge
    QString elementId;
    QString name;
    QString description;
    QString importance;
    QString level;
    bool suppressed = false; // O*NET recommends suppressing the estimate (low precision)
    bool notRelevant = false;
};

struct OccupationTechnology
{
    QString example;
    QString commodityTitle;
    bool hot = false;      // O*NET "Hot Technology": often named in job postings
    bool inDemand = false; // O*NET "In Demand": often named in postings for this occupation
};

struct OccupationRelated
{
    QString socCode;
    QString title;
    QString tier;           // Primary-Short, Primary-Long, Supplemental
    bool available = false; // the occupation is in this build, so its page can be shown
};

struct OccupationEducationLevel
{
    int category = 0;
    QString label;
    QString percent;
    bool suppressed = false;
};

struct JobZone
{
    int zone = 0; // 0: none in this release
    QString name;
    QString experience;
    QString education;
    QString training;
};

// OEWS national wage estimates for one 6-digit SOC code, kept exactly as published.
struct OccupationWage
{
    QString occCode;
    QString title;
    QString employment;
    QString hourlyMean;
    QString annualMean;
    QString hourlyP10, hourlyP25, hourlyMedian, hourlyP75, hourlyP90;
    QString annualP10, annualP25, annualMedian, annualP75, annualP90;
    bool annualOnly = false;
    bool hourlyOnly = false;
    QString sourceId;

    bool isValid() const { return !occCode.isEmpty(); }
};

// Employment Projections 2024-34 for one 6-digit SOC code. Employment, change and openings are in thousands.
struct OccupationProjection
{
    QString occCode;
    QString title;
    QString employment2024;
    QString employment2034;
    QString changeNumber;
    QString changePercent;
    QString openings; // a year, averaged over the period
    QString medianWage2024;
    QString education;
    QString workExperience;
    QString training;
    QString sourceId;

    bool isValid() const { return !occCode.isEmpty(); }
};

struct Occupation
{
    QString socCode; // O*NET-SOC, e.g. 15-1252.00
    QString title;
    QString description;
    bool rated = false; // false: O*NET has no skill or knowledge ratings for it in this release
    JobZone jobZone;
    QString sourceId;
    QStringList alternateTitles;
    QStringList reportedTitles; // job titles workers reported in O*NET's surveys, in release order
    QList<OccupationTask> tasks;
    QList<OccupationRating> ratings;
    QList<OccupationTechnology> technologies;
    QList<OccupationRelated> related;
    QList<OccupationEducationLevel> education;
    OccupationWage wage;
    OccupationProjection projection;

    bool isValid() const { return !socCode.isEmpty(); }
    // The BLS key of an O*NET-SOC code: 15-1252.00 -> 15-1252.
    static QString blsCode(const QString& socCode) { return socCode.left(7); }
};

} // namespace cg
