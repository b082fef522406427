#pragma once

#include "content/Skill.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace cg {

// The skill catalogue, with what the content and O*NET say about each skill.
class SkillRepository final
{
public:
    explicit SkillRepository(QSqlDatabase db);

    // Every read below returns an empty value when the database fails: the reason goes to *error, or, when error
    // is null, to QueryErrors (see ReadQuery).
    QList<Skill> all(QString* error = nullptr) const; // in stored order
    // slug -> name of the skills some learning step teaches: all a learning path needs, without the whole catalogue.
    QHash<QString, QString> namesTaughtBySteps(QString* error = nullptr) const;
    // Occupations whose O*NET technology examples name the skill exactly, by its own name or a name skills.json maps
    // to it (case aside), most in demand first.
    QList<SkillTechnology> technologies(const QString& skillSlug, QString* error = nullptr) const;
    QList<SkillPremium> premiums(const QString& skillSlug, QString* error = nullptr) const;
    QList<SkillStep> stepsTeaching(const QString& skillSlug, QString* error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
