#include "RoleRepository.h"

#include "ColumnReaders.h"
#include "database/ReadQuery.h"

#include <QHash>

namespace cg {

namespace {
// Outlooks and statistics alike: three texts, a citation, a note and whether the figure is in doubt.
template <typename Figure> Figure citedFigureAt(const ReadQuery& row)
{
    return Figure{row.value(0).toString(),     row.value(1).toString(), row.value(2).toString(),
                  sourceRefAt(row.query(), 5), row.value(3).toString(), row.value(4).toBool()};
}
} // namespace

RoleRepository::RoleRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<RoleSummary> RoleRepository::all(QString* error) const
{
    // The outlook and entry education shown in the list come from the official projection of the role's first
    // occupation (BLS keys are the first seven characters of an O*NET-SOC code).
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT r.slug, r.name, r.category, r.is_group, r.summary, "
                       "       (SELECT group_concat(alias, char(31)) FROM role_alias a "
                       "        WHERE a.role_id = r.id), "
                       "       coalesce(p.change_percent, ''), coalesce(p.education, '') "
                       "FROM role r "
                       "LEFT JOIN role_occupation ro ON ro.role_id = r.id AND ro.position = "
                       "     (SELECT min(position) FROM role_occupation WHERE role_id = r.id) "
                       "LEFT JOIN occupation_projection p ON p.occ_code = substr(ro.soc_code, 1, 7) "
                       "ORDER BY r.is_group, r.id"),
        {},
        [](const ReadQuery& row) {
            RoleSummary role;
            role.slug = row.value(0).toString();
            role.name = row.value(1).toString();
            role.category = row.value(2).toString();
            role.isGroup = row.value(3).toBool();
            role.summary = row.value(4).toString();
            const QString aliases = row.value(5).toString();
            if (!aliases.isEmpty())
                role.aliases = aliases.split(QChar(31));
            role.growthPercent = row.value(6).toString();
            role.entryEducation = row.value(7).toString();
            return role;
        },
        error);
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

    query.selectInto(&detail.summary.aliases,
                     QStringLiteral("SELECT alias FROM role_alias WHERE role_id = ? ORDER BY alias"), {roleId},
                     ReadQuery::firstText);

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

    query.selectInto(
        &detail.facts,
        QStringLiteral("SELECT f.kind, f.title, f.text, "
                       "  (SELECT group_concat(source_id, char(31)) FROM fact_source s "
                       "   WHERE s.fact_id = f.id) "
                       "FROM role_fact f WHERE f.role_id = ? ORDER BY f.position"),
        {roleId}, [](const ReadQuery& row) {
            return RoleFact{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.list(3)};
        });

    query.selectInto(&detail.skills,
                     QStringLiteral("SELECT k.slug, k.name, k.category, rs.importance FROM role_skill rs "
                                    "JOIN skill k ON k.id = rs.skill_id WHERE rs.role_id = ? "
                                    "ORDER BY rs.importance DESC, k.name"),
                     {roleId}, [](const ReadQuery& row) {
                         return RoleSkill{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                          row.value(3).toInt()};
                     });

    query.selectInto(&detail.occupationCodes,
                     QStringLiteral("SELECT soc_code FROM role_occupation WHERE role_id = ? ORDER BY position"),
                     {roleId}, ReadQuery::firstText);

    // Outlooks and statistics: a figure, its note and doubt, then its citation.
    query.selectInto(
        &detail.outlooks,
        QStringLiteral("SELECT o.growth_percent, o.period, o.comparison_percent, o.note, o.doubtful, "
                       "       o.source_id, s.title, s.publisher, coalesce(o.origin_id, ''), coalesce(g.title, ''), "
                       "       coalesce(g.publisher, ''), o.as_of "
                       "FROM outlook o JOIN source s ON s.id = o.source_id LEFT JOIN source g ON g.id = o.origin_id "
                       "WHERE o.role_id = ? ORDER BY o.period DESC, o.id"),
        {roleId}, citedFigureAt<RoleOutlook>);
    query.selectInto(
        &detail.statistics,
        QStringLiteral("SELECT t.label, t.value, t.unit, t.note, t.doubtful, "
                       "       t.source_id, s.title, s.publisher, coalesce(t.origin_id, ''), coalesce(g.title, ''), "
                       "       coalesce(g.publisher, ''), t.as_of "
                       "FROM statistic t JOIN source s ON s.id = t.source_id LEFT JOIN source g ON g.id = t.origin_id "
                       "WHERE t.role_id = ? ORDER BY t.id"),
        {roleId}, citedFigureAt<RoleStatistic>);

    query.selectInto(
        &detail.relatedRoles,
        QStringLiteral(
            "SELECT DISTINCT r.slug, r.name, r.is_group, r.id FROM role_occupation mine "
            "JOIN role_occupation theirs ON theirs.soc_code = mine.soc_code AND theirs.role_id <> mine.role_id "
            "JOIN role r ON r.id = theirs.role_id WHERE mine.role_id = ? ORDER BY r.is_group, r.id"),
        {roleId}, [](const ReadQuery& row) {
            return RoleLink{row.value(0).toString(), row.value(1).toString()};
        });

    query.select(QStringLiteral("SELECT slug FROM learning_path WHERE role_id = ? ORDER BY id LIMIT 1"), {roleId});
    if (query.next())
        detail.learningPathSlug = query.value(0).toString();

    query.selectInto(&detail.sourceIds,
                     QStringLiteral("SELECT source_id FROM role_source WHERE role_id = ? ORDER BY source_id"), {roleId},
                     ReadQuery::firstText);
    return query.result(detail, error);
}

QList<RoleNeed> RoleRepository::rolesNeeding(const QString& skillSlug, QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT r.slug, r.name, rs.importance FROM role_skill rs "
                       "JOIN role r ON r.id = rs.role_id JOIN skill k ON k.id = rs.skill_id "
                       "WHERE k.slug = ? ORDER BY rs.importance DESC, r.name"),
        {skillSlug},
        [](const ReadQuery& row) {
            return RoleNeed{row.value(0).toString(), row.value(1).toString(), row.value(2).toInt()};
        },
        error);
}

} // namespace cg
