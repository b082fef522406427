#include "SkillRepository.h"

#include "ColumnReaders.h"
#include "database/ReadQuery.h"

namespace cg {

SkillRepository::SkillRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<Skill> SkillRepository::all(QString* error) const
{
    // O*NET's flags come from skill_technology, which the generator derives from exact matches of the skill's names.
    // Views sort by their own (translated) keys, so the catalogue comes in stored order: sorting wide rows here cost as
    // much as reading them.
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT k.slug, k.name, k.kind, k.category, k.description, "
                       "       (SELECT count(*) FROM role_skill rs WHERE rs.skill_id = k.id), "
                       "       t.skill_id IS NOT NULL, coalesce(t.hot, 0), coalesce(t.in_demand_occupations, 0), "
                       "       EXISTS (SELECT 1 FROM skill_premium p WHERE p.skill_id = k.id) "
                       "FROM skill k LEFT JOIN skill_technology t ON t.skill_id = k.id "
                       "ORDER BY k.id"),
        {},
        [](const ReadQuery& row) {
            Skill skill;
            skill.slug = row.value(0).toString();
            skill.name = row.value(1).toString();
            skill.kind = row.value(2).toString();
            skill.category = row.value(3).toString();
            skill.description = row.value(4).toString();
            skill.roleCount = row.value(5).toInt();
            skill.technologyMatched = row.value(6).toBool();
            skill.hot = row.value(7).toBool();
            skill.inDemandOccupations = row.value(8).toInt();
            skill.hasPremium = row.value(9).toBool();
            return skill;
        },
        error);
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
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT t.soc_code, o.title, t.example, t.hot, t.in_demand, "
                       "       t.source_id, s.title, s.publisher, '', '', '', s.as_of FROM skill k "
                       "JOIN occupation_technology t ON lower(t.example) IN "
                       "     (SELECT lower(k.name) UNION SELECT lower(n.example) FROM skill_onet_name n "
                       "      WHERE n.skill_id = k.id) "
                       "JOIN occupation o ON o.soc_code = t.soc_code JOIN source s ON s.id = t.source_id "
                       "WHERE k.slug = ? ORDER BY t.in_demand DESC, o.title"),
        {skillSlug},
        [](const ReadQuery& row) {
            return SkillTechnology{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                   row.value(3).toBool(),   row.value(4).toBool(),   sourceRefAt(row.query(), 5)};
        },
        error);
}

QList<SkillPremium> SkillRepository::premiums(const QString& skillSlug, QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT r.slug, r.name, p.percent, p.note, p.doubtful, "
                       "       p.source_id, s.title, s.publisher, coalesce(p.origin_id, ''), coalesce(g.title, ''), "
                       "       coalesce(g.publisher, ''), p.as_of "
                       "FROM skill_premium p JOIN skill k ON k.id = p.skill_id JOIN role r ON r.id = p.role_id "
                       "JOIN source s ON s.id = p.source_id LEFT JOIN source g ON g.id = p.origin_id "
                       "WHERE k.slug = ? ORDER BY p.id"),
        {skillSlug},
        [](const ReadQuery& row) {
            SkillPremium premium;
            premium.roleSlug = row.value(0).toString();
            premium.roleName = row.value(1).toString();
            premium.percent = row.value(2).toString();
            premium.note = row.value(3).toString();
            premium.doubtful = row.value(4).toBool();
            premium.source = sourceRefAt(row.query(), 5);
            return premium;
        },
        error);
}

QList<SkillStep> SkillRepository::stepsTeaching(const QString& skillSlug, QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT p.slug || '/' || st.slug, st.title, p.name FROM step_skill ss "
                       "JOIN skill k ON k.id = ss.skill_id JOIN learning_step st ON st.id = ss.step_id "
                       "JOIN learning_path p ON p.id = st.path_id WHERE k.slug = ? ORDER BY p.id, st.position"),
        {skillSlug},
        [](const ReadQuery& row) {
            return SkillStep{row.value(0).toString(), row.value(1).toString(), row.value(2).toString()};
        },
        error);
}

} // namespace cg
