#include "SkillRepository.h"

#include <QSqlQuery>

namespace cg {

SkillRepository::SkillRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Skill> SkillRepository::all() const
{
    QList<Skill> skills;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT k.slug, k.name, k.kind, k.category, k.description, "
                              "       (SELECT count(*) FROM role_skill rs WHERE rs.skill_id = k.id) "
                              "FROM skill k ORDER BY k.category, k.name"));
    while (query.next()) {
        Skill skill;
        skill.slug = query.value(0).toString();
        skill.name = query.value(1).toString();
        skill.kind = query.value(2).toString();
        skill.category = query.value(3).toString();
        skill.description = query.value(4).toString();
        skill.roleCount = query.value(5).toInt();
        skills.append(skill);
    }
    return skills;
}

} // namespace cg
