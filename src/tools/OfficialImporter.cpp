#include "OfficialImporter.h"

#include "OfficialFormat.h"
#include "OfficialScope.h"
#include "TsvFile.h"

#include <QDir>
#include <QFileInfo>
#include <QLatin1String>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <vector>

namespace cg {

namespace {

QString onetSource()
{
    return QStringLiteral("onet-29-3");
}

QString wageSource()
{
    return QStringLiteral("bls-oews-2024");
}

QString projectionSource()
{
    return QStringLiteral("bls-projections-2024-34");
}

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
    return columns({"O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name", "Data Value",
                    "N", "Standard Error", "Lower CI Bound", "Upper CI Bound", "Recommend Suppress", "Not Relevant",
                    "Date", "Domain Source"});
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

// The bound values of one row, in the order of the statement's placeholders.
void bindAll(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant& value : values)
        query.bindValue(position++, value);
}

bool execute(QSqlQuery& query, const QString& where, QString* error)
{
    if (query.exec())
        return true;
    *error = QStringLiteral("%1: cannot store the row: %2").arg(where, query.lastError().text());
    return false;
}

bool executeRow(QSqlQuery& query, const TsvFile& tsv, QString* error)
{
    return execute(query, QStringLiteral("%1:%2").arg(tsv.name()).arg(tsv.line()), error);
}

// The messages are built only when a check fails: the full release has some 250,000 rows to look at.
bool expect(const TsvFile& tsv, int column, bool ok, const char* expected, QString* error)
{
    if (ok)
        return true;
    *error = tsv.rowError(QStringLiteral("\"%1\" is \"%2\", expected %3")
                              .arg(tsv.columnName(column), tsv.field(column), QString::fromUtf8(expected)));
    return false;
}

bool expectFilled(const TsvFile& tsv, int column, QString* error)
{
    return expect(tsv, column, !tsv.field(column).isEmpty(), "a value", error);
}

// Records `key` (parts joined by tabs) as seen on this row; false with the first row's line when it was seen before.
bool unique(QHash<QString, int>& seen, const QString& key, const TsvFile& tsv, QString* error)
{
    const auto found = seen.constFind(key);
    if (found != seen.cend()) {
        *error = tsv.rowError(QStringLiteral("duplicate key (%1), first on line %2")
                                  .arg(QString(key).replace(u'\t', QStringLiteral(", ")))
                                  .arg(found.value()));
        return false;
    }
    seen.insert(key, tsv.line());
    return true;
}

QString key(std::initializer_list<QStringView> parts)
{
    QString joined;
    for (QStringView part : parts) {
        if (!joined.isEmpty())
            joined += u'\t';
        joined += part;
    }
    return joined;
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
    if (!QFileInfo(directory).isDir()) {
        *error = QStringLiteral("%1: no such directory").arg(directory);
        return false;
    }
    m_db = db;
    m_directory = directory;
    m_allOccupations = allOccupations;

    // A savepoint nests inside the caller's transaction (or is one, when there is none), so a failed import takes
    // back exactly its own rows. The caller must keep a journal (MEMORY is fine) for the rollback to work.
    bool ok = false;
    {
        QSqlQuery control(m_db);
        if (!control.exec(QStringLiteral("SAVEPOINT official_import"))) {
            *error = QStringLiteral("%1: cannot start the import: %2").arg(directory, control.lastError().text());
        } else if (!importAll(error)) {
            control.exec(QStringLiteral("ROLLBACK TO official_import"));
            control.exec(QStringLiteral("RELEASE official_import"));
        } else if (!control.exec(QStringLiteral("RELEASE official_import"))) {
            *error = QStringLiteral("%1: cannot finish the import: %2").arg(directory, control.lastError().text());
            control.exec(QStringLiteral("ROLLBACK TO official_import"));
            control.exec(QStringLiteral("RELEASE official_import"));
        } else {
            ok = true;
        }
    }

    m_codes.clear();
    m_titles.clear();
    m_descriptions.clear();
    m_educationLabels.clear();
    m_alternateTitles.clear();
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
           importAlternateTitles(error) && importEducation(error) && importSearchIndex(error) && importWages(error) &&
           importProjections(error) && importSeparations(error);
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

    QSqlQuery query(m_db);
    if (!prepare(query,
                 QStringLiteral("INSERT INTO source (id, kind, title, publisher, author, published, as_of, url, "
                                "licence, contributes) VALUES (?, 'dataset', ?, ?, ?, ?, ?, ?, ?, ?)"),
                 QStringLiteral("source"), error))
        return false;

    bindAll(query,
            {onetSource(), QStringLiteral("O*NET 29.3 Database"),
             QStringLiteral("U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)"),
             QStringLiteral("National Center for O*NET Development"), QStringLiteral("2025-05"),
             QStringLiteral("2025-05"), QStringLiteral("https://www.onetcenter.org/database.html"),
             QStringLiteral("This product includes information from the O*NET 29.3 Database by the U.S. Department "
                            "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
                            "license. O*NET\u00AE is a trademark of USDOL/ETA. ") +
                 scope +
                 QStringLiteral(" Licence: https://creativecommons.org/licenses/by/4.0/ "
                                "(see https://www.onetcenter.org/license_db.html)."),
             QStringLiteral("occupation titles and descriptions, task statements, technology skills (hot technology "
                            "and in-demand flags), skill and knowledge ratings (importance and level), required "
                            "level of education, job zones, related occupations, alternate titles")});
    if (!execute(query, QStringLiteral("source %1").arg(onetSource()), error))
        return false;

    bindAll(query,
            {wageSource(), QStringLiteral("Occupational Employment and Wage Statistics (OEWS), May 2024, national"),
             QStringLiteral("U.S. Bureau of Labor Statistics"), QStringLiteral(""), QStringLiteral(""),
             QStringLiteral("2024-05"), QStringLiteral("https://www.bls.gov/oes/"),
             QStringLiteral("Public domain (work of the U.S. federal government). Cite: U.S. Bureau of Labor "
                            "Statistics, Occupational Employment and Wage Statistics, May 2024. ") +
                 blsScope,
             QStringLiteral("employment and wages by occupation: mean and 10th, 25th, 50th (median), 75th and 90th "
                            "percentile, hourly and annual. # = wage at least $115.00 an hour or $239,200 a year, "
                            "* = no wage estimate, ** = no employment estimate")});
    if (!execute(query, QStringLiteral("source %1").arg(wageSource()), error))
        return false;

    bindAll(query,
            {projectionSource(), QStringLiteral("Employment Projections 2024\u201334, Tables 1.2 and 1.10"),
             QStringLiteral("U.S. Bureau of Labor Statistics"), QStringLiteral(""), QStringLiteral(""),
             QStringLiteral("2024"), QStringLiteral("https://www.bls.gov/emp/"),
             QStringLiteral("Public domain (work of the U.S. federal government). Cite: U.S. Bureau of Labor "
                            "Statistics, Employment Projections 2024\u201334. ") +
                 blsScope,
             QStringLiteral("employment 2024 and 2034 (thousands), change 2024\u201334, annual openings and "
                            "separations, 2024 median annual wage, typical entry-level education, work experience "
                            "and on-the-job training")});
    return execute(query, QStringLiteral("source %1").arg(projectionSource()), error);
}

bool OfficialImporter::importElements(QString* error)
{
    TsvFile tsv;
    QSqlQuery query(m_db);
    if (!open(tsv, onetFile("Content Model Reference.txt"), columns({"Element ID", "Element Name", "Description"}),
              error) ||
        !prepare(query,
                 QStringLiteral("INSERT INTO onet_element (element_id, name, description, source_id) "
                                "VALUES (?, ?, ?, ?)"),
                 tsv.name(), error))
        return false;
    QHash<QString, int> seen;
    while (!tsv.atEnd()) {
        if (!tsv.next(error) || !expect(tsv, 0, OfficialFormat::isElementId(tsv.field(0)), "an element ID", error) ||
            !expectFilled(tsv, 1, error) || !unique(seen, tsv.text(0), tsv, error))
            return false;
        bindAll(query, {tsv.text(0), tsv.text(1), tsv.text(2), onetSource()});
        if (!executeRow(query, tsv, error))
            return false;
    }
    return true;
}

bool OfficialImporter::importScales(QString* error)
{
    TsvFile tsv;
    QSqlQuery query(m_db);
    if (!open(tsv, onetFile("Scales Reference.txt"), columns({"Scale ID", "Scale Name", "Minimum", "Maximum"}),
              error) ||
        !prepare(query,
                 QStringLiteral("INSERT INTO onet_scale (scale_id, name, minimum, maximum, source_id) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 tsv.name(), error))
        return false;
    QHash<QString, int> seen;
    while (!tsv.atEnd()) {
        if (!tsv.next(error) || !expectFilled(tsv, 0, error) || !expectFilled(tsv, 1, error) ||
            !expect(tsv, 2, OfficialFormat::isDecimal(tsv.field(2)), "a number", error) ||
            !expect(tsv, 3, OfficialFormat::isDecimal(tsv.field(3)), "a number", error) ||
            !unique(seen, tsv.text(0), tsv, error))
            return false;
        bindAll(query, {tsv.text(0), tsv.text(1), tsv.text(2), tsv.text(3), onetSource()});
        if (!executeRow(query, tsv, error))
            return false;
    }
    return true;
}

bool OfficialImporter::importJobZoneReference(QString* error)
{
    TsvFile tsv;
    QSqlQuery query(m_db);
    if (!open(tsv, onetFile("Job Zone Reference.txt"),
              columns({"Job Zone", "Name", "Experience", "Education", "Job Training", "Examples", "SVP Range"}),
              error) ||
        !prepare(query,
                 QStringLiteral("INSERT INTO job_zone (zone, name, experience, education, training, examples, "
                                "svp_range, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 tsv.name(), error))
        return false;
    QHash<QString, int> seen;
    while (!tsv.atEnd()) {
        if (!tsv.next(error))
            return false;
        const int zone = OfficialFormat::isCount(tsv.field(0)) ? tsv.field(0).toInt() : 0;
        if (!expect(tsv, 0, zone >= 1 && zone <= 5, "a job zone from 1 to 5", error) || !expectFilled(tsv, 1, error) ||
            !unique(seen, tsv.text(0), tsv, error))
            return false;
        bindAll(query,
                {zone, tsv.text(1), tsv.text(2), tsv.text(3), tsv.text(4), tsv.text(5), tsv.text(6), onetSource()});
        if (!executeRow(query, tsv, error))
            return false;
    }
    return true;
}

bool OfficialImporter::loadEducationCategories(QString* error)
{
    TsvFile tsv;
    if (!open(tsv, onetFile("Education, Training, and Experience Categories.txt"),
              columns({"Element ID", "Element Name", "Scale ID", "Scale Name", "Category", "Category Description"}),
              error))
        return false;
    QHash<QString, int> seen;
    while (!tsv.atEnd()) {
        if (!tsv.next(error) || !expect(tsv, 4, OfficialFormat::isCount(tsv.field(4)), "a category number", error) ||
            !unique(seen, key({tsv.field(0), tsv.field(2), tsv.field(4)}), tsv, error))
            return false;
        if (tsv.field(2) == u"RL") {
            if (!expectFilled(tsv, 5, error))
                return false;
            m_educationLabels.insert(tsv.text(4), tsv.text(5));
        }
    }
    if (m_educationLabels.isEmpty()) {
        *error = QStringLiteral("%1: no categories of scale RL (required level of education)").arg(tsv.name());
        return false;
    }
    return true;
}

bool OfficialImporter::loadOccupations(QString* error)
{
    TsvFile tsv;
    if (!open(tsv, onetFile("Occupation Data.txt"), columns({"O*NET-SOC Code", "Title", "Description"}), error))
        return false;
    QHash<QString, int> seen;
    while (!tsv.atEnd()) {
        if (!tsv.next(error))
            return false;
        const QStringView code = tsv.field(0);
        if (!expect(tsv, 0, OfficialFormat::isOnetSocCode(code), "an O*NET-SOC code like 15-1252.00", error))
            return false;
        if (!m_allOccupations && !OfficialScope::isComputerOccupation(code))
            continue;
        if (!expectFilled(tsv, 1, error) || !expectFilled(tsv, 2, error) || !unique(seen, tsv.text(0), tsv, error))
            return false;
        m_codes.append(tsv.text(0));
        m_titles.insert(m_codes.constLast(), tsv.text(1));
        m_descriptions.insert(m_codes.constLast(), tsv.text(2));
    }
    if (m_codes.isEmpty()) {
        *error = QStringLiteral("%1: no occupations to import").arg(tsv.name());
        return false;
    }
    return true;
}

bool OfficialImporter::importOccupations(QString* error)
{
    TsvFile tsv;
    if (!open(tsv, onetFile("Job Zones.txt"), columns({"O*NET-SOC Code", "Title", "Job Zone", "Date", "Domain Source"}),
              error))
        return false;
    QHash<QString, int> seen;
    QHash<QString, int> zones;
    while (!tsv.atEnd()) {
        if (!tsv.next(error))
            return false;
        const Row row = occupationRow(tsv, error);
        if (row == Row::Bad)
            return false;
        if (row == Row::Skip)
            continue;
        const int zone = OfficialFormat::isCount(tsv.field(2)) ? tsv.field(2).toInt() : 0;
        if (!expect(tsv, 2, zone >= 1 && zone <= 5, "a job zone from 1 to 5", error) ||
            !unique(seen, tsv.text(0), tsv, error))
            return false;
        zones.insert(tsv.text(0), zone);
    }

    const QString where = onetFile("Occupation Data.txt");
    QSqlQuery query(m_db);
    if (!prepare(query,
                 QStringLiteral("INSERT INTO occupation (soc_code, title, description, job_zone, rated, source_id) "
                                "VALUES (?, ?, ?, ?, 0, ?)"),
                 where, error))
        return false;
    for (const QString& code : std::as_const(m_codes)) {
        const auto zone = zones.constFind(code);
        bindAll(query, {code, m_titles.value(code), m_descriptions.value(code),
                        zone == zones.cend() ? nullInteger() : QVariant(zone.value()), onetSource()});
        if (!execute(query, where + QStringLiteral(" (") + code + u')', error))
            return false;
    }
    return true;
}

bool OfficialImporter::importRatings(const QString& fileName, const QString& domain, QString* error)
{
    TsvFile tsv;
    if (!open(tsv, fileName, ratingColumns(), error))
        return false;

    // The release gives importance and level as two rows; they are paired here, in the order elements first appear.
    std::vector<PendingRating> ratings;
    QHash<QString, std::size_t> index;
    while (!tsv.atEnd()) {
        if (!tsv.next(error))
            return false;
        const Row row = occupationRow(tsv, error);
        if (row == Row::Bad)
            return false;
        if (row == Row::Skip)
            continue;
        const QStringView scale = tsv.field(4);
        const bool isImportance = scale == u"IM";
        if (!isImportance && scale != u"LV")
            continue; // other scales are not used by the app
        if (!expect(tsv, 2, OfficialFormat::isElementId(tsv.field(2)), "an element ID", error) ||
            !expectFilled(tsv, 3, error) ||
            !expect(tsv, 6, OfficialFormat::isDecimal(tsv.field(6)), "a number (the rating)", error) ||
            !expect(tsv, 11, isFlagOrBlank(tsv.field(11)), "Y, N or blank", error) ||
            !expect(tsv, 12, isFlagOrBlank(tsv.field(12)), "Y, N or blank", error))
            return false;

        const QString elementKey = key({tsv.field(0), tsv.field(2)});
        auto found = index.find(elementKey);
        if (found == index.end()) {
            found = index.insert(elementKey, ratings.size());
            PendingRating fresh;
            fresh.code = tsv.text(0);
            fresh.elementId = tsv.text(2);
            fresh.elementName = tsv.text(3);
            ratings.push_back(std::move(fresh));
        }
        PendingRating& rating = ratings[found.value()];
        if (rating.elementName != tsv.field(3)) {
            *error = tsv.rowError(QStringLiteral("element %1 is named \"%2\" here but \"%3\" on line %4")
                                      .arg(rating.elementId, tsv.field(3), rating.elementName)
                                      .arg(qMax(rating.importanceLine, rating.levelLine)));
            return false;
        }
        int& line = isImportance ? rating.importanceLine : rating.levelLine;
        if (line != 0) {
            *error = tsv.rowError(QStringLiteral("duplicate key (%1, %2, %3), first on line %4")
                                      .arg(rating.code, rating.elementId, scale)
                                      .arg(line));
            return false;
        }
        line = tsv.line();
        if (isImportance) {
            rating.importance = tsv.text(6);
            rating.importanceSuppressed = flag(tsv.field(11));
        } else {
            rating.level = tsv.text(6);
            rating.levelSuppressed = flag(tsv.field(11));
            rating.notRelevant = flag(tsv.field(12));
        }
    }

    QSqlQuery query(m_db);
    if (!prepare(query,
                 QStringLiteral("INSERT INTO occupation_rating (soc_code, domain, element_id, element_name, "
                                "importance, level, importance_suppressed, level_suppressed, suppressed, "
                                "not_relevant, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 fileName, error))
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
        bindAll(query, {rating.code, domain, rating.elementId, rating.elementName, rating.importance, rating.level,
                        rating.importanceSuppressed, rating.levelSuppressed, suppressed ? 1 : 0, rating.notRelevant,
                        onetSource()});
        if (!execute(query, QStringLiteral("%1:%2").arg(fileName).arg(rating.levelLine), error))
            return false;
    }
    return true;
}

bool OfficialImporter::markRated(QString* error)
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("UPDATE occupation SET rated = 1 WHERE soc_code IN "
                                  "(SELECT soc_code FROM occupation_rating WHERE domain = 'skill')")))
        return true;
    *error =
        QStringLiteral("%1: cannot mark rated occupations: %2").arg(onetFile("Skills.txt"), query.lastError().text());
    return false;
}

bool OfficialImporter::importTasks(QString* error)
{
    TsvFile tsv;
    QSqlQuery query(m_db);
    if (!open(tsv, onetFile("Task Statements.txt"),
              columns({"O*NET-SOC Code", "Title", "Task ID", "Task", "Task Type", "Incumbents Responding", "Date",
                       "Domain Source"}),
              error) ||
        !prepare(query,
                 QStringLiteral("INSERT INTO occupation_task (soc_code, task_id, position, text, type, source_id) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 tsv.name(), error))
        return false;
    QHash<QString, int> seen;
    QHash<QString, int> positions;
    while (!tsv.atEnd()) {
        if (!tsv.next(error))
            return false;
        const Row row = occupationRow(tsv, error);
        if (row == Row::Bad)
            return false;
        if (row == Row::Skip)
            continue;
        const QStringView type = tsv.field(4);
        const QStringView incumbents = tsv.field(5);
        if (!expect(tsv, 2, OfficialFormat::isCount(tsv.field(2)), "a task number", error) ||
            !expectFilled(tsv, 3, error) ||
            !expect(tsv, 4, type.isEmpty() || type == u"Core" || type == u"Supplemental", "Core, Supplemental or blank",
                    error) ||
            !expect(tsv, 5, incumbents.isEmpty() || OfficialFormat::isDecimal(incumbents), "a number or blank",
                    error) ||
            !unique(seen, key({tsv.field(0), tsv.field(2)}), tsv, error))
            return false;
        const QString code = tsv.text(0);
        const int position = ++positions[code];
        bindAll(query, {code, tsv.field(2).toLongLong(), position, tsv.text(3),
                        type.isEmpty() ? nullText() : QVariant(type.toString()), onetSource()});
        if (!executeRow(query, tsv, error))
            return false;
    }
    return true;
}

bool OfficialImporter::importTechnology(QString* error)
{
    TsvFile tsv;
    QSqlQuery query(m_db);
    if (!open(tsv, onetFile("Technology Skills.txt"),
              columns({"O*NET-SOC Code", "Title", "Example", "Commodity Code", "Commodity Title", "Hot Technology",
                       "In Demand"}),
              error) ||
        !prepare(query,
                 QStringLiteral("INSERT INTO occupation_technology (soc_code, example, position, commodity_code, "
                                "commodity_title, hot, in_demand, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 tsv.name(), error))
        return false;
    QHash<QString, int> seen;
    QHash<QString, int> positions;
    while (!tsv.atEnd()) {
        if (!tsv.next(error))
            return false;
        const Row row = occupationRow(tsv, error);
        if (row == Row::Bad)
            return false;
        if (row == Row::Skip)
            continue;
        const QStringView commodity = tsv.field(3);
        if (!expectFilled(tsv, 2, error) ||
            !expect(tsv, 3, commodity.size() == 8 && OfficialFormat::isCount(commodity),
                    "an 8-digit UNSPSC commodity code", error) ||
            !expectFilled(tsv, 4, error) || !expect(tsv, 5, OfficialFormat::isYesNo(tsv.field(5)), "Y or N", error) ||
            !expect(tsv, 6, OfficialFormat::isYesNo(tsv.field(6)), "Y or N", error) ||
            !unique(seen, key({tsv.field(0), tsv.field(2)}), tsv, error))
            return false;
        const QString code = tsv.text(0);
        const int position = ++positions[code];
        bindAll(query, {code, tsv.text(2), position, commodity.toString(), tsv.text(4), flag(tsv.field(5)),
                        flag(tsv.field(6)), onetSource()});
        if (!executeRow(query, tsv, error))
            return false;
    }
    return true;
}

bool OfficialImporter::summariseSkillTechnology(QString* error)
{
    // Every name skills.json maps to O*NET must be one the release uses: a misspelt name would silently flag nothing.
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
    unknown.finish();

    // A skill matches the technologies of its own name or of a name mapped to it, never one that merely contains
    // it: "SQL" alone does not take the flags of "Microsoft SQL Server". An occupation counts once however many of
    // the skill's names it lists.
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral(
            "INSERT INTO skill_technology (skill_id, hot, in_demand_occupations) "
            "SELECT n.skill_id, max(t.hot), count(DISTINCT CASE WHEN t.in_demand = 1 THEN t.soc_code END) "
            "FROM (SELECT id AS skill_id, lower(name) AS example FROM skill "
            "      UNION SELECT skill_id, lower(example) FROM skill_onet_name) n "
            "JOIN occupation_technology t ON lower(t.example) = n.example GROUP BY n.skill_id")))
        return true;
    *error = QStringLiteral("skill_technology: %1").arg(query.lastError().text());
    return false;
}

bool OfficialImporter::importRelated(QString* error)
{
    TsvFile tsv;
    QSqlQuery query(m_db);
    if (!open(tsv, onetFile("Related Occupations.txt"),
              columns(
                  {"O*NET-SOC Code", "Title", "Related O*NET-SOC Code", "Related Title", "Relatedness Tier", "Index"}),
              error) ||
        !prepare(query,
                 QStringLiteral("INSERT INTO occupation_related (soc_code, related_code, related_title, tier, "
                                "position, source_id) VALUES (?, ?, ?, ?, ?, ?)"),
                 tsv.name(), error))
        return false;
    QHash<QString, int> seen;
    while (!tsv.atEnd()) {
        if (!tsv.next(error))
            return false;
        const Row row = occupationRow(tsv, error);
        if (row == Row::Bad)
            return false;
        if (row == Row::Skip)
            continue;
        if (!expect(tsv, 2, OfficialFormat::isOnetSocCode(tsv.field(2)), "an O*NET-SOC code like 15-1252.00", error) ||
            !expectFilled(tsv, 3, error) || !expectFilled(tsv, 4, error) ||
            !expect(tsv, 5, OfficialFormat::isCount(tsv.field(5)), "a whole number", error) ||
            !unique(seen, key({tsv.field(0), tsv.field(2)}), tsv, error))
            return false;
        bindAll(query, {tsv.text(0), tsv.text(2), tsv.text(3), tsv.text(4), tsv.field(5).toInt(), onetSource()});
        if (!executeRow(query, tsv, error))
            return false;
    }
    return true;
}

bool OfficialImporter::importAlternateTitles(QString* error)
{
    TsvFile tsv;
    QSqlQuery query(m_db);
    if (!open(tsv, onetFile("Alternate Titles.txt"),
              columns({"O*NET-SOC Code", "Title", "Alternate Title", "Short Title", "Source(s)"}), error) ||
        !prepare(query,
                 QStringLiteral("INSERT INTO occupation_alt_title (soc_code, title, short_title, position, "
                                "source_id) VALUES (?, ?, ?, ?, ?)"),
                 tsv.name(), error))
        return false;
    QHash<QString, int> seen;
    QHash<QString, int> positions;
    while (!tsv.atEnd()) {
        if (!tsv.next(error))
            return false;
        const Row row = occupationRow(tsv, error);
        if (row == Row::Bad)
            return false;
        if (row == Row::Skip)
            continue;
        if (!expectFilled(tsv, 2, error) || !unique(seen, key({tsv.field(0), tsv.field(2), tsv.field(3)}), tsv, error))
            return false;
        const QString code = tsv.text(0);
        const int position = ++positions[code];
        bindAll(query, {code, tsv.text(2), tsv.text(3), position, onetSource()});
        if (!executeRow(query, tsv, error))
            return false;
        QStringList& terms = m_alternateTitles[code];
        terms.append(tsv.text(2));
        if (!tsv.field(3).isEmpty())
            terms.append(tsv.text(3));
    }
    return true;
}

bool OfficialImporter::importEducation(QString* error)
{
    TsvFile tsv;
    QSqlQuery query(m_db);
    if (!open(tsv, onetFile("Education, Training, and Experience.txt"),
              columns({"O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name", "Category",
                       "Data Value", "N", "Standard Error", "Lower CI Bound", "Upper CI Bound", "Recommend Suppress",
                       "Date", "Domain Source"}),
              error) ||
        !prepare(query,
                 QStringLiteral("INSERT INTO occupation_education (soc_code, category, category_label, percent, "
                                "suppressed, source_id) VALUES (?, ?, ?, ?, ?, ?)"),
                 tsv.name(), error))
        return false;
    QHash<QString, int> seen;
    while (!tsv.atEnd()) {
        if (!tsv.next(error))
            return false;
        const Row row = occupationRow(tsv, error);
        if (row == Row::Bad)
            return false;
        if (row == Row::Skip || tsv.field(4) != u"RL")
            continue; // training and experience scales are not used by the app
        const auto label = m_educationLabels.constFind(tsv.text(6));
        if (!expect(tsv, 6, label != m_educationLabels.cend(),
                    "a category listed for RL in Education, Training, and Experience Categories.txt", error) ||
            !expect(tsv, 7, OfficialFormat::isDecimal(tsv.field(7)), "a number (the percent)", error) ||
            !expect(tsv, 12, isFlagOrBlank(tsv.field(12)), "Y, N or blank", error) ||
            !unique(seen, key({tsv.field(0), tsv.field(6)}), tsv, error))
            return false;
        bindAll(query,
                {tsv.text(0), tsv.field(6).toInt(), label.value(), tsv.text(7), flag(tsv.field(12)), onetSource()});
        if (!executeRow(query, tsv, error))
            return false;
    }
    return true;
}

bool OfficialImporter::importSearchIndex(QString* error)
{
    const QString where = onetFile("Occupation Data.txt");
    QSqlQuery query(m_db);
    if (!prepare(query,
                 QStringLiteral("INSERT INTO search_index (kind, ref, title, body) VALUES ('occupation', ?, ?, ?)"),
                 where, error))
        return false;
    for (const QString& code : std::as_const(m_codes)) {
        // Alternate titles are how people name these jobs ("Back End Developer"), so search must find them.
        QString body = m_descriptions.value(code);
        const QStringList terms = m_alternateTitles.value(code);
        if (!terms.isEmpty())
            body += u'\n' + terms.join(u'\n');
        bindAll(query, {code, m_titles.value(code), body});
        if (!execute(query, where + QStringLiteral(" (") + code + u')', error))
            return false;
    }
    return true;
}

bool OfficialImporter::importWages(QString* error)
{
    enum Column
    {
        Area = 0,
        OccCode = 8,
        OccTitle = 9,
        Group = 10,
        Employment = 11,
        EmploymentRse = 12,
        HourlyMean = 17,
        AnnualMean = 18,
        MeanRse = 19,
        FirstPercentile = 20, // H_PCT10 .. A_PCT90
        LastPercentile = 29,
        AnnualOnly = 30,
        HourlyOnly = 31,
    };
    TsvFile tsv;
    QSqlQuery query(m_db);
    if (!open(tsv, blsFile("national_M2024_dl.tsv"),
              columns({"AREA",         "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS",   "NAICS_TITLE", "I_GROUP",
                       "OWN_CODE",     "OCC_CODE",   "OCC_TITLE", "O_GROUP",    "TOT_EMP", "EMP_PRSE",    "JOBS_1000",
                       "LOC_QUOTIENT", "PCT_TOTAL",  "PCT_RPT",   "H_MEAN",     "A_MEAN",  "MEAN_PRSE",   "H_PCT10",
                       "H_PCT25",      "H_MEDIAN",   "H_PCT75",   "H_PCT90",    "A_PCT10", "A_PCT25",     "A_MEDIAN",
                       "A_PCT75",      "A_PCT90",    "ANNUAL",    "HOURLY"}),
              error) ||
        !prepare(query,
                 QStringLiteral("INSERT INTO occupation_wage (occ_code, o_group, title, employment, employment_rse, "
                                "hourly_mean, annual_mean, mean_rse, hourly_p10, hourly_p25, hourly_median, "
                                "hourly_p75, hourly_p90, annual_p10, annual_p25, annual_median, annual_p75, "
                                "annual_p90, annual_only, hourly_only, source_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 tsv.name(), error))
        return false;
    QHash<QString, int> seen;
    while (!tsv.atEnd()) {
        if (!tsv.next(error))
            return false;
        const Row row = statisticRow(tsv, OccCode, error);
        if (row == Row::Bad)
            return false;
        if (row == Row::Skip)
            continue;
        const QStringView group = tsv.field(Group);
        const QStringView employment = tsv.field(Employment);
        if (!expect(tsv, Area, tsv.field(Area) == u"99", "99 (national estimates)", error) ||
            !expectFilled(tsv, OccTitle, error) ||
            !expect(tsv, Group,
                    group == u"total" || group == u"major" || group == u"minor" || group == u"broad" ||
                        group == u"detailed",
                    "total, major, minor, broad or detailed", error) ||
            !expect(tsv, Employment, OfficialFormat::isCount(employment) || employment == u"**", "a whole number or **",
                    error) ||
            !expect(tsv, EmploymentRse, isPrse(tsv.field(EmploymentRse)), "a number, * or **", error) ||
            !expect(tsv, MeanRse, isPrse(tsv.field(MeanRse)), "a number, * or **", error) ||
            !expect(tsv, HourlyMean, isWage(tsv.field(HourlyMean)), "a wage, # or *", error) ||
            !expect(tsv, AnnualMean, isWage(tsv.field(AnnualMean)), "a wage, # or *", error))
            return false;
        for (int column = FirstPercentile; column <= LastPercentile; ++column) {
            if (!expect(tsv, column, isWage(tsv.field(column)), "a wage, # or *", error))
                return false;
        }
        if (!expect(tsv, AnnualOnly, tsv.field(AnnualOnly).isEmpty() || tsv.field(AnnualOnly) == u"TRUE",
                    "TRUE or blank", error) ||
            !expect(tsv, HourlyOnly, tsv.field(HourlyOnly).isEmpty() || tsv.field(HourlyOnly) == u"TRUE",
                    "TRUE or blank", error) ||
            !unique(seen, key({tsv.field(OccCode), group}), tsv, error))
            return false;

        query.bindValue(0, tsv.text(OccCode));
        query.bindValue(1, group.toString());
        query.bindValue(2, tsv.text(OccTitle));
        query.bindValue(3, employment.toString());
        query.bindValue(4, tsv.text(EmploymentRse));
        query.bindValue(5, tsv.text(HourlyMean));
        query.bindValue(6, tsv.text(AnnualMean));
        query.bindValue(7, tsv.text(MeanRse));
        int position = 8;
        for (int column = FirstPercentile; column <= LastPercentile; ++column)
            query.bindValue(position++, tsv.text(column));
        query.bindValue(position++, tsv.field(AnnualOnly).isEmpty() ? 0 : 1);
        query.bindValue(position++, tsv.field(HourlyOnly).isEmpty() ? 0 : 1);
        query.bindValue(position, wageSource());
        if (!executeRow(query, tsv, error))
            return false;
    }
    return true;
}

bool OfficialImporter::importProjections(QString* error)
{
    TsvFile tsv;
    QSqlQuery query(m_db);
    if (!open(tsv, blsFile("table_1_2_projections_clean.tsv"),
              columns({"indent_level", "2024 National Employment Matrix title", "2024 National Employment Matrix code",
                       "Occupation type", "Employment, 2024", "Employment, 2034",
                       "Employment distribution, percent, 2024", "Employment distribution, percent, 2034",
                       "Employment change, numeric, 2024\u201334", "Employment change, percent, 2024\u201334",
                       "Percent self employed, 2024", "Occupational openings, 2024\u201334 annual average",
                       "Median annual wage, dollars, 2024[1]", "Typical education needed for entry",
                       "Work experience in a related occupation",
                       "Typical on-the-job training needed to attain competency in the occupation",
                       "Related Occupational Outlook Handbook (OOH) content xlsx"}),
              error) ||
        !prepare(query,
                 QStringLiteral("INSERT INTO occupation_projection (occ_code, title, occupation_type, indent_level, "
                                "employment_2024, employment_2034, distribution_2024, distribution_2034, "
                                "change_number, change_percent, self_employed_percent, openings, "
                                "median_wage_2024, education, work_experience, training, source_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 tsv.name(), error))
        return false;
    // The top of the OEWS range, printed instead of a median wage above it.
    const QString topCoded = QStringLiteral(">=$239,200");
    QHash<QString, int> seen;
    while (!tsv.atEnd()) {
        if (!tsv.next(error))
            return false;
        const Row row = statisticRow(tsv, 2, error);
        if (row == Row::Bad)
            return false;
        if (row == Row::Skip)
            continue;
        const QStringView type = tsv.field(3);
        const QStringView wage = tsv.field(12);
        if (!expect(tsv, 0, OfficialFormat::isCount(tsv.field(0)), "a whole number", error) ||
            !expectFilled(tsv, 1, error) ||
            !expect(tsv, 3, type == u"Summary" || type == u"Line item", "Summary or Line item", error))
            return false;
        for (int column : {4, 5, 8, 9, 11}) {
            if (!expect(tsv, column, OfficialFormat::isDecimal(tsv.field(column)), "a number", error))
                return false;
        }
        for (int column : {6, 7, 10}) {
            if (!expect(tsv, column, isDecimalOrDash(tsv.field(column)), "a number or an em dash", error))
                return false;
        }
        if (!expect(tsv, 12, isDecimalOrDash(wage) || wage == topCoded, "a wage, >=$239,200 or an em dash", error) ||
            !expectFilled(tsv, 13, error) || !expectFilled(tsv, 14, error) || !expectFilled(tsv, 15, error) ||
            !unique(seen, tsv.text(2), tsv, error))
            return false;
        query.bindValue(0, tsv.text(2));
        query.bindValue(1, tsv.text(1));
        query.bindValue(2, type.toString());
        query.bindValue(3, tsv.field(0).toInt());
        int position = 4;
        for (int column = 4; column <= 15; ++column)
            query.bindValue(position++, tsv.text(column));
        query.bindValue(position, projectionSource());
        if (!executeRow(query, tsv, error))
            return false;
    }
    return true;
}

bool OfficialImporter::importSeparations(QString* error)
{
    TsvFile tsv;
    QSqlQuery query(m_db);
    if (!open(tsv, blsFile("table_1_10_openings_clean.tsv"),
              columns({"indent_level", "2024 National Employment Matrix title", "2024 National Employment Matrix code",
                       "Occupation type", "Employment, 2024", "Employment, 2034",
                       "Employment change, numeric, 2024\u201334", "Employment change, percent, 2024\u201334",
                       "Labor force exit rate, 2024\u201334 annual average",
                       "Occupational transfer rate, 2024\u201334 annual average",
                       "Total occupational separations rate, 2024\u201334 annual average",
                       "Labor force exits, 2024\u201334 annual average",
                       "Occupational transfers, 2024\u201334 annual average",
                       "Total occupational separations, 2024\u201334 annual average",
                       "Occupational openings, 2024\u201334 annual average"}),
              error) ||
        !prepare(query,
                 QStringLiteral("INSERT INTO occupation_separation (occ_code, labor_force_exit_rate, transfer_rate, "
                                "separation_rate, labor_force_exits, transfers, separations, source_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 tsv.name(), error))
        return false;
    QHash<QString, int> seen;
    while (!tsv.atEnd()) {
        if (!tsv.next(error))
            return false;
        const Row row = statisticRow(tsv, 2, error);
        if (row == Row::Bad)
            return false;
        if (row == Row::Skip)
            continue;
        const QStringView type = tsv.field(3);
        if (!expect(tsv, 0, OfficialFormat::isCount(tsv.field(0)), "a whole number", error) ||
            !expectFilled(tsv, 1, error) ||
            !expect(tsv, 3, type == u"Summary" || type == u"Line item", "Summary or Line item", error))
            return false;
        for (int column = 4; column <= 14; ++column) {
            if (!expect(tsv, column, OfficialFormat::isDecimal(tsv.field(column)), "a number", error))
                return false;
        }
        if (!unique(seen, tsv.text(2), tsv, error))
            return false;
        bindAll(query, {tsv.text(2), tsv.text(8), tsv.text(9), tsv.text(10), tsv.text(11), tsv.text(12), tsv.text(13),
                        projectionSource()});
        if (!executeRow(query, tsv, error))
            return false;
    }
    return true;
}

bool OfficialImporter::open(TsvFile& tsv, const QString& fileName, const QStringList& header, QString* error) const
{
    return tsv.open(QDir(m_directory).filePath(fileName), fileName, header, error);
}

bool OfficialImporter::prepare(QSqlQuery& query, const QString& sql, const QString& fileName, QString* error) const
{
    if (query.prepare(sql))
        return true;
    *error = QStringLiteral("%1: cannot prepare the insert (is schema-official.sql applied?): %2")
                 .arg(fileName, query.lastError().text());
    return false;
}

OfficialImporter::Row OfficialImporter::occupationRow(const TsvFile& tsv, QString* error) const
{
    const QStringView code = tsv.field(0);
    if (!expect(tsv, 0, OfficialFormat::isOnetSocCode(code), "an O*NET-SOC code like 15-1252.00", error))
        return Row::Bad;
    if (!m_allOccupations && !OfficialScope::isComputerOccupation(code))
        return Row::Skip;
    const auto title = m_titles.constFind(code.toString());
    if (title == m_titles.cend()) {
        *error =
            tsv.rowError(QStringLiteral("O*NET-SOC code %1 is not in %2").arg(code, onetFile("Occupation Data.txt")));
        return Row::Bad;
    }
    if (title.value() != tsv.field(1)) {
        *error = tsv.rowError(QStringLiteral("title \"%1\" of %2 differs from \"%3\" in %4")
                                  .arg(tsv.field(1), code, title.value(), onetFile("Occupation Data.txt")));
        return Row::Bad;
    }
    return Row::Import;
}

OfficialImporter::Row OfficialImporter::statisticRow(const TsvFile& tsv, int codeColumn, QString* error) const
{
    const QStringView code = tsv.field(codeColumn);
    if (!expect(tsv, codeColumn, OfficialFormat::isSocCode(code), "a SOC code like 15-1252", error))
        return Row::Bad;
    return m_allOccupations || OfficialScope::isComputerStatistic(code) ? Row::Import : Row::Skip;
}

} // namespace cg
