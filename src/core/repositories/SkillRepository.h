#pragma once

#include "content/OnetSkill.h"
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

    // O*NET's skills and knowledge areas that occupations are rated on, by element id, with how many occupations
    // rate each important (as elementOccupations() counts them).
    QList<OnetElement> onetElements(QString* error = nullptr) const;
    // The occupations rating an element important, most important first: at most `limit` of them, with the count of
    // all. Estimates O*NET recommends suppressing, and levels it marks not relevant, are left out.
    ElementOccupations elementOccupations(const QString& elementId, int limit, QString* error = nullptr) const;

    // Technology examples matching `query`: how many, and `limit` of them from `offset` on, in the query's order.
    int technologyCount(const TechnologyQuery& query, QString* error = nullptr) const;
    QList<TechnologyExample> technologyPage(const TechnologyQuery& query, int offset, int limit,
                                            QString* error = nullptr) const;
    // Every occupation listing the example (case aside), In Demand first, then by title.
    QList<SkillTechnology> technologyOccupations(const QString& name, QString* error = nullptr) const;

    // A LIKE pattern (with ESCAPE '\') matching `text` anywhere: %, _ and \ in it stand for themselves.
    static QString containsPattern(const QString& text);

private:
    QSqlDatabase m_db;
};

} // namespace cg
