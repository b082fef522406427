#include "CatalogueRepository.h"

#include "database/ReadQuery.h"

namespace cg {

CatalogueRepository::CatalogueRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<CatalogueEntry> CatalogueRepository::all(QString* error) const
{
    // A role carries the figures of its first occupation. BLS rows are keyed by the first seven characters of an
    // O*NET-SOC code; OEWS prints an aggregated occupation twice and the 'detailed' row is the one to read. A
    // family is named by the OEWS 'major' row of its code, else by the projections' summary row.
    static const QString sql = QStringLiteral(
        "WITH career(kind, position, key, title, code, aliases, category) AS ("
        "  SELECT 0, r.is_group * 1000000 + r.id, r.slug, r.name, ro.soc_code, "
        "         (SELECT group_concat(alias, char(31)) FROM role_alias a WHERE a.role_id = r.id), r.category "
        "  FROM role r LEFT JOIN role_occupation ro ON ro.role_id = r.id AND ro.position = "
        "       (SELECT min(position) FROM role_occupation WHERE role_id = r.id) "
        "  UNION ALL "
        "  SELECT 1, 0, o.soc_code, o.title, o.soc_code, NULL, '' FROM occupation o) "
        "SELECT c.kind, c.key, c.title, coalesce(c.code, ''), coalesce(o.job_zone, 0), coalesce(p.education, ''), "
        "       coalesce(p.change_percent, ''), coalesce(w.annual_median, ''), coalesce(p.openings, ''), "
        "       coalesce(o.source_id, ''), coalesce(w.source_id, ''), coalesce(p.source_id, ''), "
        "       coalesce(mw.title, mp.title, ''), coalesce(c.aliases, ''), c.category "
        "FROM career c "
        "LEFT JOIN occupation o ON o.soc_code = c.code "
        "LEFT JOIN occupation_projection p ON p.occ_code = substr(c.code, 1, 7) "
        "LEFT JOIN occupation_wage w ON w.occ_code = substr(c.code, 1, 7) AND w.o_group = "
        "     (SELECT x.o_group FROM occupation_wage x WHERE x.occ_code = w.occ_code "
        "      ORDER BY CASE x.o_group WHEN ? THEN 0 WHEN ? THEN 1 ELSE 2 END LIMIT 1) "
        "LEFT JOIN occupation_wage mw ON mw.occ_code = substr(c.code, 1, 2) || ? AND mw.o_group = ? "
        "LEFT JOIN occupation_projection mp ON mp.occ_code = substr(c.code, 1, 2) || ? "
        "ORDER BY c.kind, c.position, c.key");
    QList<CatalogueEntry> entries = ReadQuery::readRows(
        m_db, sql,
        {QStringLiteral("detailed"), QStringLiteral("broad"), QStringLiteral("-0000"), QStringLiteral("major"),
         QStringLiteral("-0000")},
        [](const ReadQuery& row) {
            CatalogueEntry entry;
            entry.kind = row.value(0).toInt() == 0 ? CatalogueEntry::Kind::Role : CatalogueEntry::Kind::Occupation;
            entry.key = row.value(1).toString();
            entry.title = row.value(2).toString();
            entry.occupationCode = row.value(3).toString();
            entry.familyCode = CatalogueEntry::familyOf(entry.occupationCode);
            entry.jobZone = row.value(4).toInt();
            entry.education = row.value(5).toString();
            entry.changePercent = row.value(6).toString();
            entry.growth = GrowthCategories::of(entry.changePercent);
            entry.annualMedian = row.value(7).toString();
            entry.openings = row.value(8).toString();
            entry.onetSourceId = row.value(9).toString();
            entry.wageSourceId = row.value(10).toString();
            entry.projectionSourceId = row.value(11).toString();
            entry.familyName = row.value(12).toString();
            entry.aliases = row.list(13);
            entry.category = row.value(14).toString();
            if (entry.familyName.isEmpty() && entry.familyCode == QLatin1String("55-0000"))
                entry.familyName = militaryFamilyName();
            return entry;
        },
        error);
    return entries;
}

QList<JobZone> CatalogueRepository::jobZones(QString* error) const
{
    return ReadQuery::readRows(
        m_db, QStringLiteral("SELECT zone, name, experience, education, training FROM job_zone ORDER BY zone"), {},
        [](const ReadQuery& row) {
            return JobZone{row.value(0).toInt(), row.value(1).toString(), row.value(2).toString(),
                           row.value(3).toString(), row.value(4).toString()};
        },
        error);
}

} // namespace cg
