#include "RoleRepository.h"

#include <QSqlQuery>

namespace cg {

RoleRepository::RoleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<RoleSummary> RoleRepository::all() const
{
    QList<RoleSummary> roles;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT r.slug, r.name, r.category, r.is_group, r.summary, "
        "       (SELECT group_concat(alias, char(31)) FROM role_alias a WHERE a.role_id = r.id) "
        "FROM role r ORDER BY r.is_group, r.id"));
    while (query.next()) {
        RoleSummary role;
        role.slug = query.value(0).toString();
        role.name = query.value(1).toString();
        role.category = query.value(2).toString();
        role.isGroup = query.value(3).toBool();
        role.summary = query.value(4).toString();
        const QString aliases = query.value(5).toString();
        if (!aliases.isEmpty())
            role.aliases = aliases.split(QChar(31));
        roles.append(role);
    }
    return roles;
}

RoleDetail RoleRepository::detail(const QString& slug) const
{
    RoleDetail detail;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, slug, name, category, is_group, summary, description FROM role WHERE slug = ?"));
    query.addBindValue(slug);
    if (!query.exec() || !query.next())
        return detail;
    const qint64 roleId = query.value(0).toLongLong();
    detail.summary.slug = query.value(1).toString();
    detail.summary.name = query.value(2).toString();
    detail.summary.category = query.value(3).toString();
    detail.summary.isGroup = query.value(4).toBool();
    detail.summary.summary = query.value(5).toString();
    detail.description = query.value(6).toString();

    query.prepare(QStringLiteral("SELECT alias FROM role_alias WHERE role_id = ? ORDER BY alias"));
    query.addBindValue(roleId);
    query.exec();
    while (query.next())
        detail.summary.aliases.append(query.value(0).toString());

    query.prepare(QStringLiteral(
        "SELECT d.text, "
        "  (SELECT group_concat(source_id, char(31)) FROM duty_source s WHERE s.duty_id = d.id), "
        "  (SELECT group_concat(k.name, char(31)) FROM duty_skill ds JOIN skill k ON k.id = ds.skill_id "
        "   WHERE ds.duty_id = d.id) "
        "FROM role_duty d WHERE d.role_id = ? ORDER BY d.position"));
    query.addBindValue(roleId);
    query.exec();
    while (query.next()) {
        RoleDuty duty;
        duty.text = query.value(0).toString();
        duty.sourceIds = query.value(1).toString().split(QChar(31), Qt::SkipEmptyParts);
        duty.skillNames = query.value(2).toString().split(QChar(31), Qt::SkipEmptyParts);
        detail.duties.append(duty);
    }

    query.prepare(QStringLiteral(
        "SELECT f.kind, f.title, f.text, "
        "  (SELECT group_concat(source_id, char(31)) FROM fact_source s WHERE s.fact_id = f.id) "
        "FROM role_fact f WHERE f.role_id = ? ORDER BY f.position"));
    query.addBindValue(roleId);
    query.exec();
    while (query.next()) {
        RoleFact fact;
        fact.kind = query.value(0).toString();
        fact.title = query.value(1).toString();
        fact.text = query.value(2).toString();
        fact.sourceIds = query.value(3).toString().split(QChar(31), Qt::SkipEmptyParts);
        detail.facts.append(fact);
    }

    query.prepare(QStringLiteral("SELECT k.slug, k.name, k.category, rs.importance FROM role_skill rs "
                                 "JOIN skill k ON k.id = rs.skill_id WHERE rs.role_id = ? "
                                 "ORDER BY rs.importance DESC, k.name"));
    query.addBindValue(roleId);
    query.exec();
    while (query.next())
        detail.skills.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toInt()});

    query.prepare(QStringLiteral("SELECT soc_code FROM role_occupation WHERE role_id = ? ORDER BY position"));
    query.addBindValue(roleId);
    query.exec();
    while (query.next())
        detail.occupationCodes.append(query.value(0).toString());

    query.prepare(QStringLiteral("SELECT source_id FROM role_source WHERE role_id = ? ORDER BY source_id"));
    query.addBindValue(roleId);
    query.exec();
    while (query.next())
        detail.sourceIds.append(query.value(0).toString());
    return detail;
}

QList<RoleNeed> RoleRepository::rolesNeeding(const QString& skillSlug) const
{
    QList<RoleNeed> needs;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT r.slug, r.name, rs.importance FROM role_skill rs "
                                 "JOIN role r ON r.id = rs.role_id JOIN skill k ON k.id = rs.skill_id "
                                 "WHERE k.slug = ? ORDER BY rs.importance DESC, r.name"));
    query.addBindValue(skillSlug);
    query.exec();
    while (query.next())
        needs.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return needs;
}

} // namespace cg
