#pragma once

#include "SourceRef.h"

#include <QString>

namespace cg {

struct Skill
{
    QString slug;
    QString name;
    QString kind;     // hard or soft
    QString category; // language, framework, database, ...
    QString description;
    int roleCount = 0; // how many roles list it
    // O*NET technology flags, set only when an O*NET technology example has exactly the skill's name (ignoring case).
    bool technologyMatched = false;
    bool hot = false;            // a Hot Technology: frequently named in job postings
    int inDemandOccupations = 0; // occupations for which O*NET marks it In Demand
    bool hasPremium = false;     // an article states a pay premium for it
};

// One occupation that lists a skill as a technology, as O*NET 29.3 states it.
struct SkillTechnology
{
    QString socCode;
    QString occupationTitle;
    QString example;
    bool hot = false;
    bool inDemand = false;
    SourceRef source;
};

// Extra pay an article states for a skill in one role, percent as stated.
struct SkillPremium
{
    QString roleSlug;
    QString roleName;
    QString percent;
    SourceRef source;
    QString note;
    bool doubtful = false;
};

// A learning step that teaches a skill; ref is path/step as the search index writes it.
struct SkillStep
{
    QString ref;
    QString title;
    QString pathName;
};

} // namespace cg
