#include "RegionalImporter.h"

#include "FxCsvFile.h"
#include "ImportSavepoint.h"
#include "InsertStatements.h"
#include "OfficialFormat.h"
#include "TsvRows.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cg {

const QString RegionalImporter::WageSource = QStringLiteral("bls-oews-2024-state");
const QString RegionalImporter::PriceParitySource = QStringLiteral("bea-rpp-state");

namespace {

const QString StateWageFile = QStringLiteral("bls-state/state_M2024_oews.tsv");
const QString PriceParityFile = QStringLiteral("bea/SARPP_STATE_2008_2023.csv");
// SARPP's line code of "RPPs: All items".
const QString AllItemsLine = QStringLiteral("5");

// An empty cell is a figure BLS did not publish: NULL, never a number.
QVariant published(QStringView text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text.toString());
}

} // namespace

bool RegionalImporter::run(QSqlDatabase& db, const QString& directory, QString* error)
{
    QString ignored;
    if (error == nullptr)
        error = &ignored;
    error->clear();
    const bool ok = importInSavepoint(
        db, QStringLiteral("regional_import"), directory,
        [this, &db, &directory](InsertStatements& inserts, TsvRows& rows, QString* why) {
            m_inserts = &inserts;
            m_rows = &rows;
            const bool done = importAll(directory, why) && indexStates(db, why);
            m_inserts = nullptr;
            m_rows = nullptr;
            return done;
        },
        error);
    m_stateByFips.clear();
    return ok;
}

bool RegionalImporter::importAll(const QString& directory, QString* error)
{
    return insertSources(error) && importStateWages(error) && importPriceParities(directory, error);
}

bool RegionalImporter::indexStates(const QSqlDatabase& db, QString* error)
{
    // A state is a place people search for ("texas", "california salary"): each opens the pay-by-state page.
    QSqlQuery states(db);
    if (!states.exec(QStringLiteral("SELECT state, name FROM state_area ORDER BY state"))) {
        *error = QStringLiteral("search index: %1").arg(states.lastError().text());
        return false;
    }
    QList<QVariantList> rows;
    while (states.next()) {
        const QString code = states.value(0).toString();
        const QString name = states.value(1).toString();
        rows.append({code, name,
                     QStringLiteral("Pay by state: what every occupation earns in %1 (%2), from the BLS state wage "
                                    "estimates")
                         .arg(name, code),
                     QStringLiteral("state salary salaries pay wages earnings %1").arg(code)});
    }
    if (states.lastError().isValid()) {
        *error = QStringLiteral("search index: %1").arg(states.lastError().text());
        return false;
    }
    const QString insert =
        QStringLiteral("INSERT INTO search_index (kind, ref, title, body, tail) VALUES ('state', ?, ?, ?, ?)");
    for (const QVariantList& row : std::as_const(rows)) {
        QString reason;
        if (!m_inserts->insert(insert, row, &reason)) {
            *error = QStringLiteral("search index (%1): %2").arg(row.first().toString(), reason);
            return false;
        }
    }
    return true;
}

bool RegionalImporter::insertSources(QString* error)
{
    const QString insert = QStringLiteral("INSERT INTO source (id, kind, title, publisher, as_of, url, licence, "
                                          "contributes) VALUES (?, 'dataset', ?, ?, ?, ?, ?, ?)");
    const QList<QVariantList> sources{
        {WageSource, QStringLiteral("Occupational Employment and Wage Statistics (OEWS), May 2024, state estimates"),
         QStringLiteral("U.S. Bureau of Labor Statistics"), QStringLiteral("2024-05"),
         QStringLiteral("https://www.bls.gov/oes/tables.htm"),
         QStringLiteral("Public domain (work of the U.S. federal government). Cite: U.S. Bureau of Labor "
                        "Statistics, Occupational Employment and Wage Statistics, May 2024, state estimates. "
                        "Reassembled from a public copy of BLS's state file, checked against BLS's own rows; "
                        "columns cut to those used."),
         QStringLiteral("employment, jobs per 1,000, location quotient, hourly median and annual 10th to 90th "
                        "percentile wages by occupation, for the 50 states and the District of Columbia. An empty "
                        "cell is a figure BLS did not publish: at least $239,200 a year, or no estimate")},
        {PriceParitySource, QStringLiteral("Regional Price Parities by State (SARPP), 2008\u20132023"),
         QStringLiteral("U.S. Bureau of Economic Analysis"), QStringLiteral("2023"),
         QStringLiteral("https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area"),
         QStringLiteral("Public domain (work of the U.S. federal government). Cite: U.S. Bureau of Economic "
                        "Analysis, Regional Price Parities by State (SARPP), last updated 2025-02-20."),
         QStringLiteral("price level of all items by state, the national average being 100: a wage divided by the "
                        "state's RPP over 100 is stated at U.S. average prices")},
    };
    for (const QVariantList& source : sources) {
        QString reason;
        if (!m_inserts->insert(insert, source, &reason)) {
            *error = QStringLiteral("source %1: %2").arg(source.first().toString(), reason);
            return false;
        }
    }
    return true;
}

bool RegionalImporter::importStateWages(QString* error)
{
    enum Column
    {
        Area,
        AreaTitle,
        State,
        OccCode,
        Employment,
        JobsPer1000,
        LocationQuotient,
        HourlyMedian,
        FirstAnnual, // A_PCT10 .. A_PCT90
        LastAnnual = FirstAnnual + 4,
    };
    const QStringList header{QStringLiteral("AREA"),         QStringLiteral("AREA_TITLE"), QStringLiteral("PRIM_STATE"),
                             QStringLiteral("OCC_CODE"),     QStringLiteral("TOT_EMP"),    QStringLiteral("JOBS_1000"),
                             QStringLiteral("LOC_QUOTIENT"), QStringLiteral("H_MEDIAN"),   QStringLiteral("A_PCT10"),
                             QStringLiteral("A_PCT25"),      QStringLiteral("A_MEDIAN"),   QStringLiteral("A_PCT75"),
                             QStringLiteral("A_PCT90")};
    const QString insertArea = QStringLiteral("INSERT INTO state_area (state, fips, name) VALUES (?, ?, ?)");
    return m_rows->read(
        StateWageFile, header,
        QStringLiteral("INSERT INTO state_wage (occ_code, state, employment, jobs_per_1000, location_quotient, "
                       "hourly_median, annual_p10, annual_p25, annual_median, annual_p75, annual_p90, source_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        [this, &insertArea](TsvRows& row) {
            const QStringView area = row.field(Area);
            const QStringView state = row.field(State);
            const auto isBlankOr = [&row](int first, int last, bool (*shape)(QStringView), const char* expected) {
                for (int column = first; column <= last; ++column) {
                    const QStringView value = row.field(column);
                    if (!row.expect(column, value.isEmpty() || shape(value), expected))
                        return false;
                }
                return true;
            };
            if (!row.expect(Area, area.size() == 2 && OfficialFormat::isCount(area), "a two-digit state FIPS code") ||
                !row.name(AreaTitle) ||
                !row.expect(State, state.size() == 2 && state.toString().toUpper() == state, "a state code like CA") ||
                !row.expect(OccCode, OfficialFormat::isSocCode(row.field(OccCode)), "a SOC code like 15-1252") ||
                !isBlankOr(Employment, Employment, OfficialFormat::isCount, "a whole number or blank") ||
                !isBlankOr(JobsPer1000, HourlyMedian, OfficialFormat::isDecimal, "a number or blank") ||
                !isBlankOr(FirstAnnual, LastAnnual, OfficialFormat::isCount, "whole dollars or blank") ||
                !row.unique({row.field(OccCode), state}))
                return false;
            // The first row of a state names it; every later one must name it the same way.
            const int fips = area.toInt();
            const auto known = m_stateByFips.constFind(fips);
            if (known == m_stateByFips.cend()) {
                QString reason;
                if (!m_inserts->insert(insertArea, {state.toString(), area.toString(), row.text(AreaTitle)}, &reason))
                    return row.fail(reason);
                m_stateByFips.insert(fips, state.toString());
            } else if (*known != state) {
                return row.fail(QStringLiteral("FIPS %1 was %2 on an earlier line").arg(area.toString(), *known));
            }
            QVariantList values{row.text(OccCode), state.toString()};
            for (int column = Employment; column <= LastAnnual; ++column)
                values.append(published(row.field(column)));
            values.append(WageSource);
            return row.store(values);
        },
        error);
}

bool RegionalImporter::importPriceParities(const QString& directory, QString* error)
{
    FxCsvFile file;
    if (!file.read(QDir(directory).filePath(PriceParityFile), error))
        return false;
    const QList<FxCsvFile::Record>& records = file.records();
    if (records.isEmpty())
        return (*error = QStringLiteral("%1: empty file").arg(file.path())), false;
    const QStringList& header = records.first().fields;
    const qsizetype fipsColumn = header.indexOf(QStringLiteral("GeoFIPS"));
    const qsizetype lineColumn = header.indexOf(QStringLiteral("LineCode"));
    qsizetype firstYear = -1;
    for (qsizetype i = 0; i < header.size() && firstYear < 0; ++i) {
        if (header.at(i).size() == 4 && OfficialFormat::isCount(header.at(i)))
            firstYear = i;
    }
    if (fipsColumn < 0 || lineColumn < 0 || firstYear < 0)
        return (*error = QStringLiteral("%1:1: expected GeoFIPS, LineCode and year columns").arg(file.path())), false;

    const QString insert =
        QStringLiteral("INSERT INTO price_parity (area, year, value, source_id) VALUES (?, ?, ?, ?)");
    int states = 0;
    bool footer = false;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const FxCsvFile::Record& record = records.at(r);
        const QString where = file.where(record.line);
        // The data ends at the first line of one field (the notes BEA puts under the table).
        if (record.fields.size() <= 1) {
            footer = true;
            continue;
        }
        if (footer)
            return (*error = QStringLiteral("%1: a data row after the notes").arg(where)), false;
        if (record.fields.size() != header.size())
            return (*error = QStringLiteral("%1: %2 fields, the header has %3")
                                 .arg(where)
                                 .arg(record.fields.size())
                                 .arg(header.size())),
                   false;
        if (record.fields.at(lineColumn).trimmed() != AllItemsLine)
            continue;
        const QString fipsText = record.fields.at(fipsColumn).trimmed();
        if (fipsText.size() != 5 || !OfficialFormat::isCount(fipsText) || !fipsText.endsWith(QStringLiteral("000")))
            return (*error = QStringLiteral("%1: GeoFIPS '%2' is not a state's").arg(where, fipsText)), false;
        const int fips = fipsText.left(2).toInt();
        QString area;
        if (fips == 0) {
            area = QStringLiteral("US");
        } else {
            area = m_stateByFips.value(fips);
            if (area.isEmpty())
                return (*error =
                            QStringLiteral("%1: no state with FIPS %2 in %3").arg(where).arg(fips).arg(StateWageFile)),
                       false;
            ++states;
        }
        for (qsizetype column = firstYear; column < header.size(); ++column) {
            const QString value = record.fields.at(column).trimmed();
            if (!OfficialFormat::isDecimal(value))
                return (*error = QStringLiteral("%1: %2 for %3 is '%4', not a number")
                                     .arg(where, header.at(column), area, value)),
                       false;
            QString reason;
            if (!m_inserts->insert(insert, {area, header.at(column).toInt(), value, PriceParitySource}, &reason))
                return (*error = QStringLiteral("%1: %2").arg(where, reason)), false;
        }
    }
    if (states != m_stateByFips.size())
        return (*error = QStringLiteral("%1: price parities for %2 states, the wages have %3")
                             .arg(file.path())
                             .arg(states)
                             .arg(m_stateByFips.size())),
               false;
    return true;
}

} // namespace cg
