#include "RoleRepository.h"

#include "SourceColumns.h"
#include "database/ReadQuery.h"

#include <QHash>

namespace cg {

RoleRepository::RoleRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<RoleSummary> RoleRepository::all(QString* error) const
{
    QList<RoleSummary> roles;
    ReadQuery query(m_db);
    // The outlook and entry education shown in the list come from the official projection of the role's first
    // occupation (BLS keys are the first seven characters of an O*NET-SOC code).
    query.select(QStringLiteral("SELECT r.slug, r.name, r.category, r.is_group, r.summary, "
                                "       (SELECT group_concat(alias, char(31)) FROM role_alias a "
                                "        WHERE a.role_id = r.id), "
                                "       coalesce(p.change_percent, ''), coalesce(p.education, '') "
                                "FROM role r "
                                "LEFT JOIN role_occupation ro ON ro.role_id = r.id AND ro.position = "
                                "     (SELECT min(position) FROM role_occupation WHERE role_id = r.id) "
                                "LEFT JOIN occupation_projection p ON p.occ_code = substr(ro.soc_code, 1, 7) "
                                "ORDER BY r.is_group, r.id"));
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
        role.growthPercent = query.value(6).toString();
        role.entryEducation = query.value(7).toString();
        roles.append(role);
    }
    return query.result(roles, error);
}

RoleDetail RoleRepository::detail(const QString& slug, QString* error) const
{
    RoleDetail detail;
    ReadQuery query(m_db);
    query.select(
        QStringLiteral("SELECT id, slug, name, category, is_group, summary, description FROM role WHERE slug = ?"),
        {slug});
    if (!query.next())
        return query.result(detail, error);
    const qint64 roleId = query.value(0).toLongLong();
    detail.summary.slug = query.value(1).toString();
    detail.summary.name = query.value(2).toString();
    detail.summary.category = query.value(3).toString();
    detail.summary.isGroup = query.value(4).toBool();
    detail.summary.summary = query.value(5).toString();
    detail.description = query.value(6).toString();

    query.select(QStringLiteral("SELECT alias FROM role_alias WHERE role_id = ? ORDER BY alias"), {roleId});
    while (query.next())
        detail.summary.aliases.append(query.value(0).toString());

    QHash<qint64, qsizetype> dutyIndex;
    query.select(
        QStringLiteral("SELECT d.id, d.text, "
                       "  (SELECT group_concat(source_id, char(31)) FROM duty_source s WHERE s.duty_id = d.id) "
                       "FROM role_duty d WHERE d.role_id = ? ORDER BY d.position"),
        {roleId});
    while (query.next()) {
        RoleDuty duty;
        duty.text = query.value(1).toString();
        duty.sourceIds = query.list(2);
        dutyIndex.insert(query.value(0).toLongLong(), detail.duties.size());
        detail.duties.append(duty);
    }
    query.select(QStringLiteral("SELECT ds.duty_id, k.slug, k.name FROM duty_skill ds "
                                "JOIN role_duty d ON d.id = ds.duty_id JOIN skill k ON k.id = ds.skill_id "
                                "WHERE d.role_id = ? ORDER BY ds.duty_id, k.name"),
                 {roleId});
    while (query.next()) {
        const qsizetype index = dutyIndex.value(query.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        detail.duties[index].skillSlugs.append(query.value(1).toString());
        detail.duties[index].skillNames.append(query.value(2).toString());
    }

    query.select(
        QStringLiteral("SELECT f.kind, f.title, f.text, "
                       "  (SELECT group_concat(source_id, char(31)) FROM fact_source s WHERE s.fact_id = f.id) "
                       "FROM role_fact f WHERE f.role_id = ? ORDER BY f.position"),
        {roleId});
    while (query.next())
        detail.facts.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.list(3)});

    query.select(QStringLiteral("SELECT k.slug, k.name, k.category, rs.importance FROM role_skill rs "
                                "JOIN skill k ON k.id = rs.skill_id WHERE rs.role_id = ? "
                                "ORDER BY rs.importance DESC, k.name"),
                 {roleId});
    while (query.next())
        detail.skills.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toInt()});

    query.select(QStringLiteral("SELECT soc_code FROM role_occupation WHERE role_id = ? ORDER BY position"), {roleId});
    while (query.next())
        detail.occupationCodes.append(query.value(0).toString());

    // Outlooks and statistics: a figure, its note and doubt, then its citation.
    query.select(
        QStringLiteral("SELECT o.growth_percent, o.period, o.comparison_percent, o.note, o.doubtful, "
                       "       o.source_id, s.title, s.publisher, coalesce(o.origin_id, ''), coalesce(g.title, ''), "
                       "       coalesce(g.publisher, ''), o.as_of "
                       "FROM outlook o JOIN source s ON s.id = o.source_id LEFT JOIN source g ON g.id = o.origin_id "
                       "WHERE o.role_id = ? ORDER BY o.period DESC, o.id"),
        {roleId});
    while (query.next())
        detail.outlooks.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                sourceRefAt(query.query(), 5), query.value(3).toString(), query.value(4).toBool()});
    query.select(
        QStringLiteral("SELECT t.label, t.value, t.unit, t.note, t.doubtful, "
                       "       t.source_id, s.title, s.publisher, coalesce(t.origin_id, ''), coalesce(g.title, ''), "
                       "       coalesce(g.publisher, ''), t.as_of "
                       "FROM statistic t JOIN source s ON s.id = t.source_id LEFT JOIN source g ON g.id = t.origin_id "
                       "WHERE t.role_id = ? ORDER BY t.id"),
        {roleId});
    while (query.next())
        detail.statistics.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                  sourceRefAt(query.query(), 5), query.value(3).toString(), query.value(4).toBool()});

    query.select(
        QStringLiteral(
            "SELECT DISTINCT r.slug, r.name, r.is_group, r.id FROM role_occupation mine "
            "JOIN role_occupation theirs ON theirs.soc_code = mine.soc_code AND theirs.role_id <> mine.role_id "
            "JOIN role r ON r.id = theirs.role_id WHERE mine.role_id = ? ORDER BY r.is_group, r.id"),
        {roleId});
    while (query.next())
        detail.relatedRoles.append({query.value(0).toString(), query.value(1).toString()});

    query.select(QStringLiteral("SELECT slug FROM learning_path WHERE role_id = ? ORDER BY id LIMIT 1"), {roleId});
    if (query.next())
        detail.learningPathSlug = query.value(0).toString();

    query.select(QStringLiteral("SELECT source_id FROM role_source WHERE role_id = ? ORDER BY source_id"), {roleId});
    while (query.next())
        detail.sourceIds.append(query.value(0).toString());
    return query.result(detail, error);
}

QList<RoleNeed> RoleRepository::rolesNeeding(const QString& skillSlug, QString* error) const
{
    QList<RoleNeed> needs;
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT r.slug, r.name, rs.importance FROM role_skill rs "
                                "JOIN role r ON r.id = rs.role_id JOIN skill k ON k.id = rs.skill_id "
                                "WHERE k.slug = ? ORDER BY rs.importance DESC, r.name"),
                 {skillSlug});
    while (query.next())
        needs.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return query.result(needs, error);
}

} // namespace cg
