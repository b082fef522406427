#include "OfficialWageRepository.h"

#include "ColumnReaders.h"
#include "database/ReadQuery.h"

#include <QSet>

namespace cg {

OfficialWageRepository::OfficialWageRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<RoleWage> OfficialWageRepository::roleWages(QString* error) const
{
    QList<RoleWage> rows;
    ReadQuery query(m_db);
    // BLS keys are the first seven characters of an O*NET-SOC code (15-1252.00 -> 15-1252).
    query.select(QStringLiteral(
        "SELECT r.slug, r.name, ro.soc_code, ro.position, w.occ_code, w.title, w.employment, w.hourly_mean, "
        "       w.annual_mean, w.hourly_p10, w.hourly_p25, w.hourly_median, w.hourly_p75, w.hourly_p90, "
        "       w.annual_p10, w.annual_p25, w.annual_median, w.annual_p75, w.annual_p90, w.annual_only, "
        "       w.hourly_only, w.source_id, s.title, s.publisher, s.as_of "
        "FROM role_occupation ro JOIN role r ON r.id = ro.role_id "
        "JOIN occupation_wage w ON w.occ_code = substr(ro.soc_code, 1, 7) JOIN source s ON s.id = w.source_id "
        "ORDER BY r.name, ro.position, CASE w.o_group WHEN 'detailed' THEN 0 ELSE 1 END"));
    QSet<QString> seen;
    while (query.next()) {
        const QString key = query.value(0).toString() + u'|' + query.value(4).toString();
        if (seen.contains(key))
            continue; // a broad-group duplicate of a detailed row already taken
        seen.insert(key);
        RoleWage row;
        row.roleSlug = query.value(0).toString();
        row.roleName = query.value(1).toString();
        row.socCode = query.value(2).toString();
        row.position = query.value(3).toInt();
        row.wage = wageAt(query.query(), 4);
        row.source.sourceId = row.wage.sourceId;
        row.source.sourceTitle = query.value(22).toString();
        row.source.sourcePublisher = query.value(23).toString();
        row.source.asOf = query.value(24).toString();
        rows.append(row);
    }
    return query.result(rows, error);
}

} // namespace cg
