#pragma once

#include "SourceRef.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

struct RoleDuty
{
    QString text;
    QStringList sourceIds;
    QStringList skillNames;
    QStringList skillSlugs; // parallel to skillNames
};

struct RoleFact
{
    QString kind; // works-with, workplace, typical-day, work-environment, comparison, employers, education
    QString title;
    QString text;
    QStringList sourceIds;
};

struct RoleSkill
{
    QString skillSlug;
    QString skillName;
    QString category;
    int importance = 0; // 1 (useful) .. 5 (essential)
};

// A role as the list shows it; RoleDetail adds what the detail view needs.
struct RoleSummary
{
    QString slug;
    QString name;
    QString category;
    bool isGroup = false;
    QString summary;
    QStringList aliases;
    // From the official projection of the role's first occupation: growth 2024-34 in percent (a decimal string,
    // empty when unknown) and the typical education needed to enter it.
    QString growthPercent;
    QString entryEducation;
};

// A projection of employment growth as an article states it.
struct RoleOutlook
{
    QString growthPercent;
    QString period;
    QString comparisonPercent; // growth of all occupations over the same period, where the article gives it
    SourceRef source;
    QString note;
    bool doubtful = false;
};

// A single figure about a role (a share, a count) as an article states it.
struct RoleStatistic
{
    QString label;
    QString value;
    QString unit;
    SourceRef source;
    QString note;
    bool doubtful = false;
};

struct RoleLink
{
    QString slug;
    QString name;
};

struct RoleDetail
{
    RoleSummary summary;
    QString description;
    QList<RoleDuty> duties;
    QList<RoleFact> facts;
    QList<RoleSkill> skills;
    QList<RoleOutlook> outlooks;
    QList<RoleStatistic> statistics;
    QList<RoleLink> relatedRoles; // other roles of the guide filed under one of the same occupations
    QStringList occupationCodes;
    QStringList sourceIds;
    QString learningPathSlug; // empty when the guide has no learning path towards the role

    bool isValid() const { return !summary.slug.isEmpty(); }
    // Each skill's importance in this role (1..5), by skill slug.
    QHash<QString, int> skillImportance() const
    {
        QHash<QString, int> importance;
        for (const RoleSkill& skill : skills)
            importance.insert(skill.skillSlug, skill.importance);
        return importance;
    }
};

} // namespace cg
