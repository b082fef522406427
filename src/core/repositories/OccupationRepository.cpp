#include "OccupationRepository.h"

#include "ColumnReaders.h"
#include "database/ReadQuery.h"

namespace cg {

namespace {
// The OEWS and projection rows of a code are read within the read of a whole occupation, or on their own.
OccupationWage readWage(ReadQuery& query, const QString& code)
{
    query.select(
        QStringLiteral(
            "SELECT occ_code, title, employment, hourly_mean, annual_mean, hourly_p10, hourly_p25, hourly_median, "
            "       hourly_p75, hourly_p90, annual_p10, annual_p25, annual_median, annual_p75, annual_p90, "
            "annual_only, "
            "       hourly_only, source_id "
            "FROM occupation_wage WHERE occ_code = ? "
            "ORDER BY CASE o_group WHEN 'detailed' THEN 0 WHEN 'broad' THEN 1 WHEN 'minor' THEN 2 ELSE 3 END LIMIT 1"),
        {Occupation::blsCode(code)});
    return query.next() ? wageAt(query.query(), 0) : OccupationWage();
}

OccupationProjection readProjection(ReadQuery& query, const QString& code)
{
    OccupationProjection projection;
    query.select(
        QStringLiteral(
            "SELECT occ_code, title, employment_2024, employment_2034, change_number, change_percent, openings, "
            "       median_wage_2024, education, work_experience, training, source_id "
            "FROM occupation_projection WHERE occ_code = ?"),
        {Occupation::blsCode(code)});
    if (!query.next())
        return projection;
    projection.occCode = query.value(0).toString();
    projection.title = query.value(1).toString();
    projection.employment2024 = query.value(2).toString();
    projection.employment2034 = query.value(3).toString();
    projection.changeNumber = query.value(4).toString();
    projection.changePercent = query.value(5).toString();
    projection.openings = query.value(6).toString();
    projection.medianWage2024 = query.value(7).toString();
    projection.education = query.value(8).toString();
    projection.workExperience = query.value(9).toString();
    projection.training = query.value(10).toString();
    projection.sourceId = query.value(11).toString();
    return projection;
}

// One of the parts above, read on its own.
template <typename Part>
Part readAlone(const QSqlDatabase& db, Part (*read)(ReadQuery&, const QString&), const QString& code, QString* error)
{
    ReadQuery query(db);
    const Part part = read(query, code);
    return query.result(part, error);
}
} // namespace

OccupationRepository::OccupationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Occupation OccupationRepository::occupation(const QString& socCode, QString* error) const
{
    Occupation result;
    ReadQuery query(m_db);
    query.select(
        QStringLiteral("SELECT o.soc_code, o.title, o.description, o.rated, o.source_id, coalesce(o.job_zone, 0), "
                       "       coalesce(z.name, ''), coalesce(z.experience, ''), coalesce(z.education, ''), "
                       "       coalesce(z.training, '') "
                       "FROM occupation o LEFT JOIN job_zone z ON z.zone = o.job_zone WHERE o.soc_code = ?"),
        {socCode});
    if (!query.next())
        return query.result(result, error);
    result.socCode = query.value(0).toString();
    result.title = query.value(1).toString();
    result.description = query.value(2).toString();
    result.rated = query.value(3).toBool();
    result.sourceId = query.value(4).toString();
    result.jobZone = {query.value(5).toInt(), query.value(6).toString(), query.value(7).toString(),
                      query.value(8).toString(), query.value(9).toString()};

    query.select(QStringLiteral("SELECT title FROM occupation_alt_title WHERE soc_code = ? ORDER BY position"),
                 {socCode});
    while (query.next()) {
        const QString title = query.value(0).toString();
        if (!result.alternateTitles.contains(title))
            result.alternateTitles.append(title);
    }

    query.selectInto(&result.reportedTitles,
                     QStringLiteral("SELECT title FROM occupation_reported_title WHERE soc_code = ? ORDER BY position"),
                     {socCode}, ReadQuery::firstText);

    query.selectInto(
        &result.tasks,
        QStringLiteral("SELECT text, coalesce(type, '') FROM occupation_task WHERE soc_code = ? ORDER BY position"),
        {socCode}, [](const ReadQuery& row) {
            return OccupationTask{row.value(0).toString(), row.value(1).toString()};
        });

    // Sorted by importance for display only; the values themselves stay the published strings.
    query.select(
        QStringLiteral("SELECT r.domain, r.element_id, r.element_name, coalesce(e.description, ''), r.importance, "
                       "       r.level, r.suppressed, coalesce(r.not_relevant, 0) "
                       "FROM occupation_rating r LEFT JOIN onet_element e ON e.element_id = r.element_id "
                       "WHERE r.soc_code = ? ORDER BY r.domain DESC, CAST(r.importance AS REAL) DESC, r.element_name"),
        {socCode});
    while (query.next()) {
        OccupationRating rating;
        rating.domain = query.value(0).toString();
        rating.elementId = query.value(1).toString();
        rating.name = query.value(2).toString();
        rating.description = query.value(3).toString();
        rating.importance = query.value(4).toString();
        rating.level = query.value(5).toString();
        rating.suppressed = query.value(6).toBool();
        rating.notRelevant = query.value(7).toBool();
        result.ratings.append(rating);
    }

    query.selectInto(&result.technologies,
                     QStringLiteral("SELECT example, commodity_title, hot, in_demand FROM occupation_technology "
                                    "WHERE soc_code = ? ORDER BY position"),
                     {socCode}, [](const ReadQuery& row) {
                         return OccupationTechnology{row.value(0).toString(), row.value(1).toString(),
                                                     row.value(2).toBool(), row.value(3).toBool()};
                     });

    query.selectInto(&result.related,
                     QStringLiteral("SELECT r.related_code, r.related_title, r.tier, "
                                    "       EXISTS (SELECT 1 FROM occupation o WHERE o.soc_code = r.related_code) "
                                    "FROM occupation_related r WHERE r.soc_code = ? ORDER BY r.position"),
                     {socCode}, [](const ReadQuery& row) {
                         return OccupationRelated{row.value(0).toString(), row.value(1).toString(),
                                                  row.value(2).toString(), row.value(3).toBool()};
                     });

    query.selectInto(&result.education,
                     QStringLiteral("SELECT category, category_label, percent, coalesce(suppressed, 0) "
                                    "FROM occupation_education WHERE soc_code = ? ORDER BY category"),
                     {socCode}, [](const ReadQuery& row) {
                         return OccupationEducationLevel{row.value(0).toInt(), row.value(1).toString(),
                                                         row.value(2).toString(), row.value(3).toBool()};
                     });

    result.wage = readWage(query, socCode);
    result.projection = readProjection(query, socCode);
    return query.result(result, error);
}

QString OccupationRepository::title(const QString& socCode, QString* error) const
{
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT title FROM occupation WHERE soc_code = ?"), {socCode});
    return query.result(query.next() ? query.value(0).toString() : QString(), error);
}

OccupationWage OccupationRepository::wage(const QString& code, QString* error) const
{
    return readAlone(m_db, readWage, code, error);
}

OccupationProjection OccupationRepository::projection(const QString& code, QString* error) const
{
    return readAlone(m_db, readProjection, code, error);
}

QStringList OccupationRepository::rolesFor(const QString& socCode, QString* error) const
{
    return ReadQuery::readRows(m_db,
                               QStringLiteral("SELECT r.slug FROM role_occupation ro JOIN role r ON r.id = ro.role_id "
                                              "WHERE ro.soc_code = ? ORDER BY ro.position, r.is_group, r.id"),
                               {socCode}, ReadQuery::firstText, error);
}

} // namespace cg
