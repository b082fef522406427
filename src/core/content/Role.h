#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

struct RoleDuty
{
    QString text;
    QStringList sourceIds;
    QStringList skillNames;
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
};

struct RoleDetail
{
    RoleSummary summary;
    QString description;
    QList<RoleDuty> duties;
    QList<RoleFact> facts;
    QList<RoleSkill> skills;
    QStringList occupationCodes;
    QStringList sourceIds;
};

} // namespace cg
