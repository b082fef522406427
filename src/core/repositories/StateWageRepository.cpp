#include "StateWageRepository.h"

#include "database/ReadQuery.h"

namespace cg {

StateWageRepository::StateWageRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<StateWage> StateWageRepository::stateWages(const QString& occCode, QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT w.state, a.name, w.occ_code, w.employment, w.jobs_per_1000, w.location_quotient, "
                       "       w.hourly_median, w.annual_p10, w.annual_p25, w.annual_median, w.annual_p75, "
                       "       w.annual_p90, w.source_id, s.title, s.publisher, s.as_of "
                       "FROM state_wage w JOIN state_area a ON a.state = w.state JOIN source s ON s.id = w.source_id "
                       "WHERE w.occ_code = ? ORDER BY a.name"),
        {occCode},
        [](const ReadQuery& row) {
            // NULL (not published) reads as an empty string.
            StateWage wage;
            wage.state = row.value(0).toString();
            wage.stateName = row.value(1).toString();
            wage.occCode = row.value(2).toString();
            wage.employment = row.value(3).toString();
            wage.jobsPer1000 = row.value(4).toString();
            wage.locationQuotient = row.value(5).toString();
            wage.hourlyMedian = row.value(6).toString();
            wage.annualP10 = row.value(7).toString();
            wage.annualP25 = row.value(8).toString();
            wage.annualMedian = row.value(9).toString();
            wage.annualP75 = row.value(10).toString();
            wage.annualP90 = row.value(11).toString();
            wage.source.sourceId = row.value(12).toString();
            wage.source.sourceTitle = row.value(13).toString();
            wage.source.sourcePublisher = row.value(14).toString();
            wage.source.asOf = row.value(15).toString();
            return wage;
        },
        error);
}

QList<QPair<QString, QString>> StateWageRepository::occupations(QString* error) const
{
    // Titles come from the national OEWS file (a code it prints twice, broad and detailed, has one title), else from
    // the projections (51-2098 is only there), else the code stands for itself.
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT s.occ_code, coalesce(min(w.title), p.title, s.occ_code) AS name "
                       "FROM (SELECT DISTINCT occ_code FROM state_wage) s "
                       "LEFT JOIN occupation_wage w ON w.occ_code = s.occ_code "
                       "LEFT JOIN occupation_projection p ON p.occ_code = s.occ_code "
                       "GROUP BY s.occ_code ORDER BY name"),
        {}, [](const ReadQuery& row) { return qMakePair(row.value(0).toString(), row.value(1).toString()); }, error);
}

QHash<QString, PriceParity> StateWageRepository::latestPriceParities(QString* error) const
{
    const QList<PriceParity> latest = ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT p.area, p.year, p.value, p.source_id FROM price_parity p "
                       "WHERE p.year = (SELECT max(year) FROM price_parity WHERE area = p.area)"),
        {},
        [](const ReadQuery& row) {
            return PriceParity{row.value(0).toString(), row.value(1).toInt(), row.value(2).toString(),
                               row.value(3).toString()};
        },
        error);
    QHash<QString, PriceParity> byArea;
    for (const PriceParity& parity : latest)
        byArea.insert(parity.area, parity);
    return byArea;
}

} // namespace cg
