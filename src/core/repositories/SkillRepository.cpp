#include "SkillRepository.h"

#include "SourceColumns.h"
#include "database/ReadQuery.h"

namespace cg {

SkillRepository::SkillRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<Skill> SkillRepository::all(QString* error) const
{
    QList<Skill> skills;
    ReadQuery query(m_db);
    // O*NET's flags come from skill_technology, which the generator derives from exact matches of the skill's names.
    // Views sort by their own (translated) keys, so the catalogue comes in stored order: sorting wide rows here cost as
    // much as reading them.
    query.select(
        QStringLiteral("SELECT k.slug, k.name, k.kind, k.category, k.description, "
                       "       (SELECT count(*) FROM role_skill rs WHERE rs.skill_id = k.id), "
                       "       t.skill_id IS NOT NULL, coalesce(t.hot, 0), coalesce(t.in_demand_occupations, 0), "
                       "       EXISTS (SELECT 1 FROM skill_premium p WHERE p.skill_id = k.id) "
                       "FROM skill k LEFT JOIN skill_technology t ON t.skill_id = k.id "
                       "ORDER BY k.id"));
    while (query.next()) {
        Skill skill;
        skill.slug = query.value(0).toString();
        skill.name = query.value(1).toString();
        skill.kind = query.value(2).toString();
        skill.category = query.value(3).toString();
        skill.description = query.value(4).toString();
        skill.roleCount = query.value(5).toInt();
        skill.technologyMatched = query.value(6).toBool();
        skill.hot = query.value(7).toBool();
        skill.inDemandOccupations = query.value(8).toInt();
        skill.hasPremium = query.value(9).toBool();
        skills.append(skill);
    }
    return query.result(skills, error);
}

QHash<QString, QString> SkillRepository::namesTaughtBySteps(QString* error) const
{
    QHash<QString, QString> names;
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT slug, name FROM skill WHERE id IN (SELECT skill_id FROM step_skill)"));
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    return query.result(names, error);
}

QList<SkillTechnology> SkillRepository::technologies(const QString& skillSlug, QString* error) const
{
    QList<SkillTechnology> rows;
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT t.soc_code, o.title, t.example, t.hot, t.in_demand, "
                                "       t.source_id, s.title, s.publisher, '', '', '', s.as_of FROM skill k "
                                "JOIN occupation_technology t ON lower(t.example) IN "
                                "     (SELECT lower(k.name) UNION SELECT lower(n.example) FROM skill_onet_name n "
                                "      WHERE n.skill_id = k.id) "
                                "JOIN occupation o ON o.soc_code = t.soc_code JOIN source s ON s.id = t.source_id "
                                "WHERE k.slug = ? ORDER BY t.in_demand DESC, o.title"),
                 {skillSlug});
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toBool(), query.value(4).toBool(), sourceRefAt(query.query(), 5)});
    return query.result(rows, error);
}

QList<SkillPremium> SkillRepository::premiums(const QString& skillSlug, QString* error) const
{
    QList<SkillPremium> rows;
    ReadQuery query(m_db);
    query.select(
        QStringLiteral("SELECT r.slug, r.name, p.percent, p.note, p.doubtful, "
                       "       p.source_id, s.title, s.publisher, coalesce(p.origin_id, ''), coalesce(g.title, ''), "
                       "       coalesce(g.publisher, ''), p.as_of "
                       "FROM skill_premium p JOIN skill k ON k.id = p.skill_id JOIN role r ON r.id = p.role_id "
                       "JOIN source s ON s.id = p.source_id LEFT JOIN source g ON g.id = p.origin_id "
                       "WHERE k.slug = ? ORDER BY p.id"),
        {skillSlug});
    while (query.next()) {
        SkillPremium premium;
        premium.roleSlug = query.value(0).toString();
        premium.roleName = query.value(1).toString();
        premium.percent = query.value(2).toString();
        premium.note = query.value(3).toString();
        premium.doubtful = query.value(4).toBool();
        premium.source = sourceRefAt(query.query(), 5);
        rows.append(premium);
    }
    return query.result(rows, error);
}

QList<SkillStep> SkillRepository::stepsTeaching(const QString& skillSlug, QString* error) const
{
    QList<SkillStep> rows;
    ReadQuery query(m_db);
    query.select(
        QStringLiteral("SELECT p.slug || '/' || st.slug, st.title, p.name FROM step_skill ss "
                       "JOIN skill k ON k.id = ss.skill_id JOIN learning_step st ON st.id = ss.step_id "
                       "JOIN learning_path p ON p.id = st.path_id WHERE k.slug = ? ORDER BY p.id, st.position"),
        {skillSlug});
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return query.result(rows, error);
}

} // namespace cg
