#include "OfficialImporter.h"

#include "ImportSavepoint.h"
#include "InsertStatements.h"
#include "OfficialFormat.h"
#include "OfficialScope.h"
#include "TsvRows.h"
#include "content/OnetSkill.h"
#include "database/ReadQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <vector>

namespace cg {

namespace {

// The dataset every row cites (the `source` rows insertSources() writes).
const QString OnetSource = QStringLiteral("onet-29-3");
const QString WageSource = QStringLiteral("bls-oews-2024");
const QString ProjectionSource = QStringLiteral("bls-projections-2024-34");

// A release file by its folder in the release layout and its name.
QString onetFile(const char* name)
{
    return QStringLiteral("onet-29.3/") + QString::fromUtf8(name);
}

QString blsFile(const char* name)
{
    return QStringLiteral("bls/") + QString::fromUtf8(name);
}

// Column names as the release prints them (UTF-8: the BLS projection tables use en dashes).
QStringList columns(std::initializer_list<const char*> names)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(names.size()));
    for (const char* name : names)
        list.append(QString::fromUtf8(name));
    return list;
}

QStringList ratingColumns()
{
    return columns({"O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "Recommend Suppress",
                    "Not Relevant"});
}

const QString& emDash()
{
    // BLS prints an em dash where a figure does not apply (summary rows).
    static const QString dash(QChar(0x2014));
    return dash;
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<int>());
}

// "Y" -> 1, "N" -> 0, blank -> NULL: a blank flag means the release does not say, which is not the same as "N".
QVariant flag(QStringView text)
{
    if (text == u"Y")
        return 1;
    if (text == u"N")
        return 0;
    return nullInteger();
}

// A file read without a fault can still hold nothing to import: then it fails too, with `reason`.
bool foundAny(bool any, const QString& reason, QString* error)
{
    if (!any)
        *error = reason;
    return any;
}

bool isFlagOrBlank(QStringView text)
{
    return text.isEmpty() || OfficialFormat::isYesNo(text);
}

bool isDecimalOrDash(QStringView text)
{
    return OfficialFormat::isDecimal(text) || text == emDash();
}

// OEWS wage cells: a number, '#' (at or above the top of the published range) or '*' (no estimate).
bool isWage(QStringView text)
{
    return OfficialFormat::isDecimal(text) || text == u"#" || text == u"*";
}

// OEWS relative standard errors: a number, or the no-estimate markers.
bool isPrse(QStringView text)
{
    return OfficialFormat::isDecimal(text) || text == u"*" || text == u"**";
}

// Columns first to last pass `check`.
bool expectRange(TsvRows& row, int first, int last, bool (*check)(QStringView), const char* expected)
{
    for (int column = first; column <= last; ++column) {
        if (!row.expect(column, check(row.field(column)), expected))
            return false;
    }
    return true;
}

// One skill or knowledge element of one occupation while its importance (IM) and level (LV) rows are collected.
struct PendingRating
{
    QString code;
    QString elementId;
    QString elementName;
    QString importance;
    QString level;
    QVariant importanceSuppressed;
    QVariant levelSuppressed;
    QVariant notRelevant;
    int importanceLine = 0;
    int levelLine = 0;
};

} // namespace

bool OfficialImporter::run(QSqlDatabase& db, const QString& directory, bool allOccupations, QString* error)
{
    QString ignored;
    if (error == nullptr)
        error = &ignored;
    error->clear();
    m_db = db;
    m_allOccupations = allOccupations;
    const bool ok = importInSavepoint(
        m_db, QStringLiteral("official_import"), directory,
        [this](InsertStatements& inserts, TsvRows& rows, QString* why) {
            m_inserts = &inserts;
            m_rows = &rows;
            const bool done = importAll(why);
            m_inserts = nullptr;
            m_rows = nullptr;
            return done;
        },
        error);

    m_codes.clear();
    m_titles.clear();
    m_descriptions.clear();
    m_educationLabels.clear();
    m_alternateTitles.clear();
    m_reportedTitles.clear();
    m_db = QSqlDatabase();
    return ok;
}

bool OfficialImporter::importAll(QString* error)
{
    // Occupations come first: every per-occupation file is checked against Occupation Data.txt.
    return insertSources(error) && importElements(error) && importScales(error) && importJobZoneReference(error) &&
           loadEducationCategories(error) && loadOccupations(error) && importOccupations(error) &&
           importRatings(onetFile("Skills.txt"), QStringLiteral("skill"), error) &&
           importRatings(onetFile("Knowledge.txt"), QStringLiteral("knowledge"), error) && markRated(error) &&
           importTasks(error) && importTechnology(error) && summariseSkillTechnology(error) && importRelated(error) &&
           importAlternateTitles(error) && importReportedTitles(error) && importEducation(error) &&
           importSearchIndex(error) && importWages(error) && importProjections(error) && importSeparations(error);
}

bool OfficialImporter::insertSources(QString* error)
{
    const QString scope =
        m_allOccupations
            ? QStringLiteral("Modified: selected files, rating scales and columns only, merged with other sources.")
            : QStringLiteral("Modified: subset of the computer occupations (O*NET-SOC 15-1xxx, 11-3021, 15-2051), "
                             "selected files, rating scales and columns only, merged with other sources.");
    const QString blsScope =
        m_allOccupations
            ? QStringLiteral("National cross-industry estimates, all occupations.")
            : QStringLiteral("Subset: all occupations total, computer and mathematical occupations (15-0000), computer "
                             "occupations (15-1xxx), 11-3021 and 15-2051.");
    const QList<QVariantList> sources{
        {OnetSource, QStringLiteral("O*NET 29.3 Database"),
         QStringLiteral("U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)"),
         QStringLiteral("National Center for O*NET Development"), QStringLiteral("2025-05"), QStringLiteral("2025-05"),
         QStringLiteral("https://www.onetcenter.org/database.html"),
         QStringLiteral("This product includes information from the O*NET 29.3 Database by the U.S. Department "
                        "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
                        "license. O*NET\u00AE is a trademark of USDOL/ETA. ") +
             scope +
             QStringLiteral(" Licence: https://creativecommons.org/licenses/by/4.0/ "
                            "(see https://www.onetcenter.org/license_db.html)."),
         QStringLiteral("occupation titles and descriptions, task statements, technology skills (hot technology "
                        "and in-demand flags), skill and knowledge ratings (importance and level), required "
                        "level of education, job zones, related occupations, alternate titles, reported job titles")},
        {WageSource, QStringLiteral("Occupational Employment and Wage Statistics (OEWS), May 2024, national"),
         QStringLiteral("U.S. Bureau of Labor Statistics"), QStringLiteral(""), QStringLiteral(""),
         QStringLiteral("2024-05"), QStringLiteral("https://www.bls.gov/oes/"),
         QStringLiteral("Public domain (work of the U.S. federal government). Cite: U.S. Bureau of Labor "
                        "Statistics, Occupational Employment and Wage Statistics, May 2024. ") +
             blsScope,
         QStringLiteral("employment and wages by occupation: mean and 10th, 25th, 50th (median), 75th and 90th "
                        "percentile, hourly and annual. # = wage at least $115.00 an hour or $239,200 a year, "
                        "* = no wage estimate, ** = no employment estimate")},
        {ProjectionSource, QStringLiteral("Employment Projections 2024\u201334, Tables 1.2 and 1.10"),
         QStringLiteral("U.S. Bureau of Labor Statistics"), QStringLiteral(""), QStringLiteral(""),
         QStringLiteral("2024"), QStringLiteral("https://www.bls.gov/emp/"),
         QStringLiteral("Public domain (work of the U.S. federal government). Cite: U.S. Bureau of Labor "
                        "Statistics, Employment Projections 2024\u201334. ") +
             blsScope,
         QStringLiteral("employment 2024 and 2034 (thousands), change 2024\u201334, annual openings and "
                        "separations, 2024 median annual wage, typical entry-level education, work experience "
                        "and on-the-job training")},
    };
    for (const QVariantList& source : sources) {
        if (!insert(QStringLiteral("INSERT INTO source (id, kind, title, publisher, author, published, as_of, url, "
                                   "licence, contributes) VALUES (?, 'dataset', ?, ?, ?, ?, ?, ?, ?, ?)"),
                    source, QStringLiteral("source %1").arg(source.constFirst().toString()), error))
            return false;
    }
    return true;
}

bool OfficialImporter::importElements(QString* error)
{
    return m_rows->read(
        onetFile("Content Model Reference.txt"), columns({"Element ID", "Element Name", "Description"}),
        QStringLiteral("INSERT INTO onet_element (element_id, name, description, source_id) VALUES (?, ?, ?, ?)"),
        [](TsvRows& row) {
            return row.expect(0, OfficialFormat::isElementId(row.field(0)), "an element ID") && row.name(1) &&
                   row.unique({row.field(0)}) && row.store({row.text(0), row.text(1), row.text(2), OnetSource});
        },
        error);
}

bool OfficialImporter::importScales(QString* error)
{
    return m_rows->read(
        onetFile("Scales Reference.txt"), columns({"Scale ID", "Scale Name", "Minimum", "Maximum"}),
        QStringLiteral("INSERT INTO onet_scale (scale_id, name, minimum, maximum, source_id) VALUES (?, ?, ?, ?, ?)"),
        [](TsvRows& row) {
            return row.filled(0) && row.name(1) && expectRange(row, 2, 3, OfficialFormat::isDecimal, "a number") &&
                   row.unique({row.field(0)}) &&
                   row.store({row.text(0), row.text(1), row.text(2), row.text(3), OnetSource});
        },
        error);
}

bool OfficialImporter::importJobZoneReference(QString* error)
{
    return m_rows->read(
        onetFile("Job Zone Reference.txt"),
        columns({"Job Zone", "Name", "Experience", "Education", "Job Training", "Examples", "SVP Range"}),
        QStringLiteral("INSERT INTO job_zone (zone, name, experience, education, training, examples, svp_range, "
                       "source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        [](TsvRows& row) {
            const int zone = OfficialFormat::isCount(row.field(0)) ? row.field(0).toInt() : 0;
            return row.expect(0, zone >= 1 && zone <= 5, "a job zone from 1 to 5") && row.name(1) &&
                   row.unique({row.field(0)}) &&
                   row.store({zone, row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6),
                              OnetSource});
        },
        error);
}

bool OfficialImporter::loadEducationCategories(QString* error)
{
    const QString fileName = onetFile("Education, Training, and Experience Categories.txt");
    const bool ok = m_rows->read(
        fileName, columns({"Element ID", "Element Name", "Scale ID", "Scale Name", "Category", "Category Description"}),
        QString(),
        [this](TsvRows& row) {
            if (!row.expect(4, OfficialFormat::isCount(row.field(4)), "a category number") ||
                !row.unique({row.field(0), row.field(2), row.field(4)}))
                return false;
            if (row.field(2) != u"RL")
                return true;
            if (!row.filled(5))
                return false;
            m_educationLabels.insert(row.text(4), row.text(5));
            return true;
        },
        error);
    return ok &&
           foundAny(!m_educationLabels.isEmpty(),
                    QStringLiteral("%1: no categories of scale RL (required level of education)").arg(fileName), error);
}

bool OfficialImporter::loadOccupations(QString* error)
{
    const QString fileName = onetFile("Occupation Data.txt");
    const bool ok = m_rows->read(
        fileName, columns({"O*NET-SOC Code", "Title", "Description"}), QString(),
        [this](TsvRows& row) {
            const QStringView code = row.field(0);
            if (!row.expect(0, OfficialFormat::isOnetSocCode(code), "an O*NET-SOC code like 15-1252.00"))
                return false;
            if (!m_allOccupations && !OfficialScope::isComputerOccupation(code))
                return true;
            if (!row.name(1) || !row.filled(2) || !row.unique({code}))
                return false;
            m_codes.append(row.text(0));
            m_titles.insert(m_codes.constLast(), row.text(1));
            m_descriptions.insert(m_codes.constLast(), row.text(2));
            return true;
        },
        error);
    return ok && foundAny(!m_codes.isEmpty(), QStringLiteral("%1: no occupations to import").arg(fileName), error);
}

bool OfficialImporter::importOccupations(QString* error)
{
    QHash<QString, int> zones;
    if (!occupationRows(
            onetFile("Job Zones.txt"), columns({"O*NET-SOC Code", "Job Zone"}), QString(),
            [&zones](TsvRows& row) {
                const int zone = OfficialFormat::isCount(row.field(1)) ? row.field(1).toInt() : 0;
                if (!row.expect(1, zone >= 1 && zone <= 5, "a job zone from 1 to 5") || !row.unique({row.field(0)}))
                    return false;
                zones.insert(row.text(0), zone);
                return true;
            },
            error))
        return false;

    const QString where = onetFile("Occupation Data.txt");
    for (const QString& code : std::as_const(m_codes)) {
        const auto zone = zones.constFind(code);
        if (!insert(QStringLiteral("INSERT INTO occupation (soc_code, title, description, job_zone, rated, source_id) "
                                   "VALUES (?, ?, ?, ?, 0, ?)"),
                    {code, m_titles.value(code), m_descriptions.value(code),
                     zone == zones.cend() ? nullInteger() : QVariant(zone.value()), OnetSource},
                    where + QStringLiteral(" (") + code + u')', error))
            return false;
    }
    return true;
}

namespace {
// Pairs a rating row with the other half of its element (IM with LV), in the order elements first appear.
bool collectRating(TsvRows& row, std::vector<PendingRating>& ratings, QHash<QString, std::size_t>& index)
{
    const QStringView scale = row.field(3);
    const bool isImportance = scale == u"IM";
    if (!isImportance && scale != u"LV")
        return true; // other scales are not used by the app
    if (!row.expect(1, OfficialFormat::isElementId(row.field(1)), "an element ID") || !row.name(2) ||
        !row.expect(4, OfficialFormat::isDecimal(row.field(4)), "a number (the rating)") ||
        !expectRange(row, 5, 6, isFlagOrBlank, "Y, N or blank"))
        return false;

    const QString elementKey = row.text(0) + u'\t' + row.text(1);
    auto found = index.find(elementKey);
    if (found == index.end()) {
        found = index.insert(elementKey, ratings.size());
        PendingRating fresh;
        fresh.code = row.text(0);
        fresh.elementId = row.text(1);
        fresh.elementName = row.text(2);
        ratings.push_back(std::move(fresh));
    }
    PendingRating& rating = ratings[found.value()];
    if (rating.elementName != row.field(2)) {
        return row.fail(QStringLiteral("element %1 is named \"%2\" here but \"%3\" on line %4")
                            .arg(rating.elementId, row.field(2), rating.elementName)
                            .arg(qMax(rating.importanceLine, rating.levelLine)));
    }
    int& line = isImportance ? rating.importanceLine : rating.levelLine;
    if (line != 0) {
        return row.fail(QStringLiteral("duplicate key (%1, %2, %3), first on line %4")
                            .arg(rating.code, rating.elementId, scale)
                            .arg(line));
    }
    line = row.line();
    if (isImportance) {
        rating.importance = row.text(4);
        rating.importanceSuppressed = flag(row.field(5));
    } else {
        rating.level = row.text(4);
        rating.levelSuppressed = flag(row.field(5));
        rating.notRelevant = flag(row.field(6));
    }
    return true;
}
} // namespace

bool OfficialImporter::importRatings(const QString& fileName, const QString& domain, QString* error)
{
    // The release gives importance and level as two rows; they are paired here, then stored.
    std::vector<PendingRating> ratings;
    QHash<QString, std::size_t> index;
    if (!occupationRows(
            fileName, ratingColumns(), QString(),
            [&ratings, &index](TsvRows& row) { return collectRating(row, ratings, index); }, error))
        return false;

    for (const PendingRating& rating : ratings) {
        // Half a pair is not a rating: the app would have to invent the other half.
        if (rating.importanceLine == 0 || rating.levelLine == 0) {
            const bool hasImportance = rating.importanceLine != 0;
            const QString reason = hasImportance
                                       ? QStringLiteral("%1 of %2 has an importance (IM) row but no level (LV) row")
                                       : QStringLiteral("%1 of %2 has a level (LV) row but no importance (IM) row");
            *error = QStringLiteral("%1:%2: %3")
                         .arg(fileName)
                         .arg(hasImportance ? rating.importanceLine : rating.levelLine)
                         .arg(reason.arg(rating.elementId, rating.code));
            return false;
        }
        const bool suppressed = rating.importanceSuppressed == QVariant(1) || rating.levelSuppressed == QVariant(1);
        if (!insert(QStringLiteral("INSERT INTO occupation_rating (soc_code, domain, element_id, element_name, "
                                   "importance, level, importance_suppressed, level_suppressed, suppressed, "
                                   "not_relevant, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {rating.code, domain, rating.elementId, rating.elementName, rating.importance, rating.level,
                     rating.importanceSuppressed, rating.levelSuppressed, suppressed ? 1 : 0, rating.notRelevant,
                     OnetSource},
                    QStringLiteral("%1:%2").arg(fileName).arg(rating.levelLine), error))
            return false;
    }
    return true;
}

bool OfficialImporter::markRated(QString* error)
{
    QString reason;
    if (exec(QStringLiteral("UPDATE occupation SET rated = 1 WHERE soc_code IN "
                            "(SELECT soc_code FROM occupation_rating WHERE domain = 'skill')"),
             &reason))
        return true;
    *error = QStringLiteral("%1: cannot mark rated occupations: %2").arg(onetFile("Skills.txt"), reason);
    return false;
}

bool OfficialImporter::importTasks(QString* error)
{
    QHash<QString, int> positions;
    return occupationRows(
        onetFile("Task Statements.txt"), columns({"O*NET-SOC Code", "Task ID", "Task", "Task Type"}),
        QStringLiteral("INSERT INTO occupation_task (soc_code, task_id, position, text, type, source_id) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        [&positions](TsvRows& row) {
            const QStringView type = row.field(3);
            if (!row.expect(1, OfficialFormat::isCount(row.field(1)), "a task number") || !row.filled(2) ||
                !row.expect(3, type.isEmpty() || type == u"Core" || type == u"Supplemental",
                            "Core, Supplemental or blank") ||
                !row.unique({row.field(0), row.field(1)}))
                return false;
            const QString code = row.text(0);
            return row.store({code, row.field(1).toLongLong(), ++positions[code], row.text(2),
                              type.isEmpty() ? nullText() : QVariant(type.toString()), OnetSource});
        },
        error);
}

bool OfficialImporter::importTechnology(QString* error)
{
    QHash<QString, int> positions;
    return occupationRows(
        onetFile("Technology Skills.txt"),
        columns({"O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"}),
        QStringLiteral("INSERT INTO occupation_technology (soc_code, example, position, commodity_code, "
                       "commodity_title, hot, in_demand, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        [&positions](TsvRows& row) {
            const QStringView commodity = row.field(2);
            if (!row.name(1) ||
                !row.expect(2, commodity.size() == 8 && OfficialFormat::isCount(commodity),
                            "an 8-digit UNSPSC commodity code") ||
                !row.name(3) || !expectRange(row, 4, 5, OfficialFormat::isYesNo, "Y or N") ||
                !row.unique({row.field(0), row.field(1)}))
                return false;
            const QString code = row.text(0);
            return row.store({code, row.text(1), ++positions[code], commodity.toString(), row.text(3),
                              flag(row.field(4)), flag(row.field(5)), OnetSource});
        },
        error);
}

bool OfficialImporter::summariseSkillTechnology(QString* error)
{
    // Every name skills.json maps to O*NET must be one the release uses: a misspelt name would silently flag nothing.
    {
        QSqlQuery unknown(m_db);
        if (!unknown.exec(
                QStringLiteral("SELECT k.slug, n.example FROM skill_onet_name n JOIN skill k ON k.id = n.skill_id "
                               "WHERE NOT EXISTS (SELECT 1 FROM occupation_technology t "
                               "                  WHERE lower(t.example) = lower(n.example)) LIMIT 1"))) {
            *error = QStringLiteral("skill_onet_name: %1").arg(unknown.lastError().text());
            return false;
        }
        if (unknown.next()) {
            *error = QStringLiteral("skills.json: skill '%1': O*NET lists no technology named '%2'")
                         .arg(unknown.value(0).toString(), unknown.value(1).toString());
            return false;
        }
        if (unknown.lastError().isValid()) {
            *error = QStringLiteral("skill_onet_name: %1").arg(unknown.lastError().text());
            return false;
        }
    }

    // A skill matches the technologies of its own name or of a name mapped to it, never one that merely contains
    // it: "SQL" alone does not take the flags of "Microsoft SQL Server". An occupation counts once however many of
    // the skill's names it lists.
    QString reason;
    if (exec(QStringLiteral(
                 "INSERT INTO skill_technology (skill_id, hot, in_demand_occupations) "
                 "SELECT n.skill_id, max(t.hot), count(DISTINCT CASE WHEN t.in_demand = 1 THEN t.soc_code END) "
                 "FROM (SELECT id AS skill_id, lower(name) AS example FROM skill "
                 "      UNION SELECT skill_id, lower(example) FROM skill_onet_name) n "
                 "JOIN occupation_technology t ON lower(t.example) = n.example GROUP BY n.skill_id"),
             &reason))
        return summariseSkillCatalogue(error);
    *error = QStringLiteral("skill_technology: %1").arg(reason);
    return false;
}

bool OfficialImporter::summariseSkillCatalogue(QString* error)
{
    // One row per technology example and per rated element, so the Skills tab lists them without grouping whole
    // tables at run time.
    QString reason;
    if (!exec(QStringLiteral(
                  "INSERT INTO technology_example (example, occupation_count, hot, in_demand_count, source_id) "
                  "SELECT example, count(*), max(hot), sum(in_demand), min(source_id) "
                  "FROM occupation_technology GROUP BY example"),
              &reason)) {
        *error = QStringLiteral("technology_example: %1").arg(reason);
        return false;
    }
    QSqlQuery elements(m_db);
    if (elements.prepare(QStringLiteral(
            "INSERT INTO onet_element_summary (element_id, domain, important_occupations, source_id) "
            "SELECT element_id, min(domain), "
            "       sum(suppressed = 0 AND coalesce(not_relevant, 0) = 0 AND CAST(importance AS REAL) >= ?), "
            "       min(source_id) "
            "FROM occupation_rating GROUP BY element_id"))) {
        elements.addBindValue(ElementOccupations::MinimumImportance);
        if (elements.exec())
            return true;
    }
    *error = QStringLiteral("onet_element_summary: %1").arg(elements.lastError().text());
    return false;
}

bool OfficialImporter::importRelated(QString* error)
{
    return occupationRows(
        onetFile("Related Occupations.txt"),
        columns({"O*NET-SOC Code", "Related O*NET-SOC Code", "Related Title", "Relatedness Tier", "Index"}),
        QStringLiteral("INSERT INTO occupation_related (soc_code, related_code, related_title, tier, position, "
                       "source_id) VALUES (?, ?, ?, ?, ?, ?)"),
        [](TsvRows& row) {
            return row.expect(1, OfficialFormat::isOnetSocCode(row.field(1)), "an O*NET-SOC code like 15-1252.00") &&
                   row.name(2) && row.filled(3) &&
                   row.expect(4, OfficialFormat::isCount(row.field(4)), "a whole number") &&
                   row.unique({row.field(0), row.field(1)}) &&
                   row.store({row.text(0), row.text(1), row.text(2), row.text(3), row.field(4).toInt(), OnetSource});
        },
        error);
}

bool OfficialImporter::importAlternateTitles(QString* error)
{
    QHash<QString, int> positions;
    return occupationRows(
        onetFile("Alternate Titles.txt"), columns({"O*NET-SOC Code", "Alternate Title", "Short Title"}),
        QStringLiteral("INSERT INTO occupation_alt_title (soc_code, title, short_title, position, source_id) "
                       "VALUES (?, ?, ?, ?, ?)"),
        [this, &positions](TsvRows& row) {
            const QString code = row.text(0);
            if (!row.name(1) || !row.unique({row.field(0), row.field(1), row.field(2)}) ||
                !row.store({code, row.text(1), row.text(2), ++positions[code], OnetSource}))
                return false;
            QStringList& terms = m_alternateTitles[code];
            terms.append(row.text(1));
            if (!row.field(2).isEmpty())
                terms.append(row.text(2));
            return true;
        },
        error);
}

bool OfficialImporter::importReportedTitles(QString* error)
{
    QHash<QString, int> positions;
    return occupationRows(
        onetFile("Sample of Reported Titles.txt"), columns({"O*NET-SOC Code", "Reported Job Title"}),
        QStringLiteral("INSERT INTO occupation_reported_title (soc_code, title, position, source_id) "
                       "VALUES (?, ?, ?, ?)"),
        [this, &positions](TsvRows& row) {
            const QString code = row.text(0);
            if (!row.name(1) || !row.unique({row.field(0), row.field(1)}) ||
                !row.store({code, row.text(1), ++positions[code], OnetSource}))
                return false;
            // Search already finds the titles O*NET also lists as alternate titles (today, all of them).
            if (!m_alternateTitles.value(code).contains(row.text(1), Qt::CaseInsensitive))
                m_reportedTitles[code].append(row.text(1));
            return true;
        },
        error);
}

bool OfficialImporter::importEducation(QString* error)
{
    return occupationRows(
        onetFile("Education, Training, and Experience.txt"),
        columns({"O*NET-SOC Code", "Scale ID", "Category", "Data Value", "Recommend Suppress"}),
        QStringLiteral("INSERT INTO occupation_education (soc_code, category, category_label, percent, suppressed, "
                       "source_id) VALUES (?, ?, ?, ?, ?, ?)"),
        [this](TsvRows& row) {
            if (row.field(1) != u"RL")
                return true; // training and experience scales are not used by the app
            const auto label = m_educationLabels.constFind(row.text(2));
            return row.expect(2, label != m_educationLabels.cend(),
                              "a category listed for RL in Education, Training, and Experience Categories.txt") &&
                   row.expect(3, OfficialFormat::isDecimal(row.field(3)), "a number (the percent)") &&
                   row.expect(4, isFlagOrBlank(row.field(4)), "Y, N or blank") &&
                   row.unique({row.field(0), row.field(2)}) &&
                   row.store(
                       {row.text(0), row.field(2).toInt(), label.value(), row.text(3), flag(row.field(4)), OnetSource});
        },
        error);
}

bool OfficialImporter::linesByCode(const QString& sql, QHash<QString, QStringList>* lines, QString* error) const
{
    ReadQuery query(m_db);
    query.select(sql);
    while (query.next())
        (*lines)[query.value(0).toString()].append(query.value(1).toString());
    if (!query.failed())
        return true;
    *error = QStringLiteral("search index: %1").arg(query.errorString());
    return false;
}

bool OfficialImporter::importSearchIndex(QString* error)
{
    // Tasks and technology names are what people know of a job ("patient care", "Kubernetes"), so search finds an
    // occupation by them too.
    // The technologies employers ask for in an occupation (O*NET's In Demand) say what the job is about, so they
    // rank with its description; the others are part of the long tail.
    QHash<QString, QStringList> tasks;
    QHash<QString, QStringList> inDemand;
    QHash<QString, QStringList> technology;
    if (!linesByCode(QStringLiteral("SELECT soc_code, text FROM occupation_task ORDER BY soc_code, position"), &tasks,
                     error) ||
        !linesByCode(QStringLiteral("SELECT soc_code, example FROM occupation_technology WHERE in_demand = 1 "
                                    "ORDER BY soc_code, position"),
                     &inDemand, error) ||
        !linesByCode(QStringLiteral("SELECT soc_code, example FROM occupation_technology WHERE in_demand = 0 "
                                    "ORDER BY soc_code, position"),
                     &technology, error))
        return false;

    const QString where = onetFile("Occupation Data.txt");
    for (const QString& code : std::as_const(m_codes)) {
        // Alternate and reported titles are how people name these jobs ("Back End Developer", "Staff RN"), so
        // search must find them. The official description, titles and in-demand technology are the body; reported
        // titles, tasks and the other technology examples are the long tail, which ranks below them.
        QString body = m_descriptions.value(code);
        for (const QStringList& terms : {m_alternateTitles.value(code), inDemand.value(code)}) {
            if (!terms.isEmpty())
                body += u'\n' + terms.join(u'\n');
        }
        QStringList tail;
        for (const QStringList& terms : {m_reportedTitles.value(code), tasks.value(code), technology.value(code)})
            tail += terms;
        if (!insert(QStringLiteral("INSERT INTO search_index (kind, ref, title, body, tail) "
                                   "VALUES ('occupation', ?, ?, ?, ?)"),
                    {code, m_titles.value(code), body, tail.join(u'\n')}, where + QStringLiteral(" (") + code + u')',
                    error))
            return false;
    }
    return true;
}

bool OfficialImporter::importWages(QString* error)
{
    enum Column
    {
        OccCode = 0,
        OccTitle = 1,
        Group = 2,
        Employment = 3,
        EmploymentRse = 4,
        HourlyMean = 5,
        AnnualMean = 6,
        MeanRse = 7,
        FirstPercentile = 8, // H_PCT10 .. A_PCT90
        LastPercentile = 17,
        AnnualOnly = 18,
        HourlyOnly = 19,
    };
    return statisticRows(
        blsFile("national_M2024_dl.tsv"),
        columns({"OCC_CODE",  "OCC_TITLE", "O_GROUP", "TOT_EMP",  "EMP_PRSE", "H_MEAN",  "A_MEAN",
                 "MEAN_PRSE", "H_PCT10",   "H_PCT25", "H_MEDIAN", "H_PCT75",  "H_PCT90", "A_PCT10",
                 "A_PCT25",   "A_MEDIAN",  "A_PCT75", "A_PCT90",  "ANNUAL",   "HOURLY"}),
        QStringLiteral(
            "INSERT INTO occupation_wage (occ_code, o_group, title, employment, employment_rse, "
            "hourly_mean, annual_mean, mean_rse, hourly_p10, hourly_p25, hourly_median, hourly_p75, "
            "hourly_p90, annual_p10, annual_p25, annual_median, annual_p75, annual_p90, annual_only, "
            "hourly_only, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        OccCode,
        [](TsvRows& row) {
            const QStringView group = row.field(Group);
            const QStringView employment = row.field(Employment);
            const auto isTrueOrBlank = [](QStringView text) { return text.isEmpty() || text == u"TRUE"; };
            if (!row.name(OccTitle) ||
                !row.expect(Group,
                            group == u"total" || group == u"major" || group == u"minor" || group == u"broad" ||
                                group == u"detailed",
                            "total, major, minor, broad or detailed") ||
                !row.expect(Employment, OfficialFormat::isCount(employment) || employment == u"**",
                            "a whole number or **") ||
                !expectRange(row, EmploymentRse, EmploymentRse, isPrse, "a number, * or **") ||
                !expectRange(row, MeanRse, MeanRse, isPrse, "a number, * or **") ||
                !expectRange(row, HourlyMean, AnnualMean, isWage, "a wage, # or *") ||
                !expectRange(row, FirstPercentile, LastPercentile, isWage, "a wage, # or *") ||
                !expectRange(row, AnnualOnly, HourlyOnly, isTrueOrBlank, "TRUE or blank") ||
                !row.unique({row.field(OccCode), group}))
                return false;
            QVariantList values{row.text(OccCode),     group.toString(),        row.text(OccTitle),
                                employment.toString(), row.text(EmploymentRse), row.text(HourlyMean),
                                row.text(AnnualMean),  row.text(MeanRse)};
            for (int column = FirstPercentile; column <= LastPercentile; ++column)
                values.append(row.text(column));
            values << (row.field(AnnualOnly).isEmpty() ? 0 : 1) << (row.field(HourlyOnly).isEmpty() ? 0 : 1)
                   << WageSource;
            return row.store(values);
        },
        error);
}

namespace {
// The first columns of the projection table (Table 1.2).
bool expectProjectionRow(TsvRows& row)
{
    const QStringView type = row.field(3);
    return row.expect(0, OfficialFormat::isCount(row.field(0)), "a whole number") && row.name(1) &&
           row.expect(3, type == u"Summary" || type == u"Line item", "Summary or Line item");
}
} // namespace

bool OfficialImporter::importProjections(QString* error)
{
    return statisticRows(
        blsFile("table_1_2_projections_clean.tsv"),
        columns({"indent_level", "2024 National Employment Matrix title", "2024 National Employment Matrix code",
                 "Occupation type", "Employment, 2024", "Employment, 2034", "Employment distribution, percent, 2024",
                 "Employment distribution, percent, 2034", "Employment change, numeric, 2024\u201334",
                 "Employment change, percent, 2024\u201334", "Percent self employed, 2024",
                 "Occupational openings, 2024\u201334 annual average", "Median annual wage, dollars, 2024[1]",
                 "Typical education needed for entry", "Work experience in a related occupation",
                 "Typical on-the-job training needed to attain competency in the occupation"}),
        QStringLiteral("INSERT INTO occupation_projection (occ_code, title, occupation_type, indent_level, "
                       "employment_2024, employment_2034, distribution_2024, distribution_2034, change_number, "
                       "change_percent, self_employed_percent, openings, median_wage_2024, education, "
                       "work_experience, training, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        2,
        [](TsvRows& row) {
            // The top of the OEWS range, printed instead of a median wage above it.
            const QStringView wage = row.field(12);
            if (!expectProjectionRow(row) || !expectRange(row, 4, 5, OfficialFormat::isDecimal, "a number") ||
                !expectRange(row, 6, 7, isDecimalOrDash, "a number or an em dash") ||
                !expectRange(row, 8, 9, OfficialFormat::isDecimal, "a number") ||
                !expectRange(row, 10, 10, isDecimalOrDash, "a number or an em dash") ||
                !expectRange(row, 11, 11, OfficialFormat::isDecimal, "a number") ||
                !row.expect(12, isDecimalOrDash(wage) || wage == u">=$239,200", "a wage, >=$239,200 or an em dash") ||
                !row.filled(13) || !row.filled(14) || !row.filled(15) || !row.unique({row.field(2)}))
                return false;
            QVariantList values{row.text(2), row.text(1), row.field(3).toString(), row.field(0).toInt()};
            for (int column = 4; column <= 15; ++column)
                values.append(row.text(column));
            values.append(ProjectionSource);
            return row.store(values);
        },
        error);
}

bool OfficialImporter::importSeparations(QString* error)
{
    return statisticRows(
        blsFile("table_1_10_openings_clean.tsv"),
        columns({"2024 National Employment Matrix code", "Labor force exit rate, 2024\u201334 annual average",
                 "Occupational transfer rate, 2024\u201334 annual average",
                 "Total occupational separations rate, 2024\u201334 annual average",
                 "Labor force exits, 2024\u201334 annual average",
                 "Occupational transfers, 2024\u201334 annual average",
                 "Total occupational separations, 2024\u201334 annual average"}),
        QStringLiteral("INSERT INTO occupation_separation (occ_code, labor_force_exit_rate, transfer_rate, "
                       "separation_rate, labor_force_exits, transfers, separations, source_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        0,
        [](TsvRows& row) {
            return expectRange(row, 1, 6, OfficialFormat::isDecimal, "a number") && row.unique({row.field(0)}) &&
                   row.store({row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6),
                              ProjectionSource});
        },
        error);
}

bool OfficialImporter::occupationRows(const QString& fileName, const QStringList& header, const QString& insert,
                                      const TsvRows::RowFunction& row, QString* error)
{
    return m_rows->read(
        fileName, header, insert,
        [this, &row](TsvRows& current) {
            const Row kept = occupationRow(current);
            return kept == Row::Import ? row(current) : kept == Row::Skip;
        },
        error);
}

bool OfficialImporter::statisticRows(const QString& fileName, const QStringList& header, const QString& insert,
                                     int codeColumn, const TsvRows::RowFunction& row, QString* error)
{
    return m_rows->read(
        fileName, header, insert,
        [this, codeColumn, &row](TsvRows& current) {
            const QStringView code = current.field(codeColumn);
            if (!current.expect(codeColumn, OfficialFormat::isSocCode(code), "a SOC code like 15-1252"))
                return false;
            return !(m_allOccupations || OfficialScope::isComputerStatistic(code)) || row(current);
        },
        error);
}

bool OfficialImporter::insert(const QString& sql, const QVariantList& values, const QString& where, QString* error)
{
    QString reason;
    if (m_inserts->insert(sql, values, &reason))
        return true;
    *error = QStringLiteral("%1: %2").arg(where, reason);
    return false;
}

bool OfficialImporter::exec(const QString& sql, QString* reason) const
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    *reason = query.lastError().text();
    return false;
}

OfficialImporter::Row OfficialImporter::occupationRow(TsvRows& row) const
{
    const QStringView code = row.field(0);
    if (!row.expect(0, OfficialFormat::isOnetSocCode(code), "an O*NET-SOC code like 15-1252.00"))
        return Row::Bad;
    if (!m_allOccupations && !OfficialScope::isComputerOccupation(code))
        return Row::Skip;
    if (!m_titles.contains(code.toString())) {
        row.fail(QStringLiteral("O*NET-SOC code %1 is not in %2").arg(code, onetFile("Occupation Data.txt")));
        return Row::Bad;
    }
    return Row::Import;
}

} // namespace cg
