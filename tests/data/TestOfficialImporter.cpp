// The official-data importer: a happy-path import of the committed subset checked against real published values and
// against counts taken from the subset files independently, the OEWS markers kept verbatim, and broken inputs that
// must each fail with the file and line named and leave no official rows behind.
#include "OfficialImporter.h"
#include "TestSupport.h"
#include "database/SqlScript.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using cg::OfficialImporter;

namespace {

const char* const OfficialTables[] = {
    "occupation",
    "occupation_task",
    "occupation_rating",
    "occupation_technology",
    "occupation_related",
    "occupation_alt_title",
    "occupation_reported_title",
    "occupation_education",
    "onet_element",
    "onet_scale",
    "job_zone",
    "occupation_wage",
    "occupation_projection",
    "occupation_separation",
};

QString subsetDir()
{
    return QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data/official"));
}

// Written apart from cg::OfficialScope on purpose, so a mistake there cannot hide in both places.
bool isComputerOccupation(const QByteArray& code)
{
    return code.startsWith("15-1") || code.startsWith("11-3021.") || code.startsWith("15-2051.");
}

// The columns of a committed file by header name: the files keep only the columns the importer reads.
int columnOf(const QByteArray& headerLine, const QByteArray& name)
{
    const int column = static_cast<int>(headerLine.split('\t').indexOf(name));
    if (column < 0)
        qWarning("no column \"%s\" in \"%s\"", name.constData(), headerLine.constData());
    return column;
}

QList<QByteArray> fileLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

int columnOf(const QString& path, const QByteArray& name)
{
    return columnOf(fileLines(path).value(0), name);
}

QList<QByteArray> dataRows(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (!lines.isEmpty())
        lines.removeFirst(); // header
    return lines;
}

// A file's lines as a list (the final line feed gives a last, empty element), edited and written back.
void editFile(const QString& path, const std::function<void(QList<QByteArray>&)>& edit)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    edit(lines);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n'));
}

QByteArray withField(const QByteArray& line, int column, const QByteArray& value)
{
    QList<QByteArray> fields = line.split('\t');
    fields[column] = value;
    return fields.join('\t');
}

QByteArray withoutField(const QByteArray& line, int column)
{
    QList<QByteArray> fields = line.split('\t');
    fields.removeAt(column);
    return fields.join('\t');
}

// The first row (0-based, 0 being the header) whose `column` is `value`.
int indexOfRow(const QList<QByteArray>& lines, const QByteArray& column, const QByteArray& value)
{
    const int field = columnOf(lines.value(0), column);
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).split('\t').value(field) == value)
            return i;
    }
    return -1;
}

// The first row of a computer occupation: the committed files hold every occupation, and an import of the computer
// occupations skips the others before looking at them.
int firstComputerRow(const QList<QByteArray>& lines)
{
    for (int i = 1; i < lines.size(); ++i) {
        if (isComputerOccupation(lines.at(i).left(lines.at(i).indexOf('\t'))))
            return i;
    }
    return -1;
}

enum class Breakage
{
    TruncatedRow,
    TruncatedFile,
    MissingColumn,
    RenamedColumn,
    SwappedColumns,
    NonNumericRating,
    DuplicateKey,
    EmptyFile,
    MissingFile,
    MalformedCode,
    UnknownOccupation,
    UnpairedRating,
    BadWage,
    BadProjection,
    OversizedText,
    OversizedTitle,
};

} // namespace

Q_DECLARE_METATYPE(Breakage)

class TestOfficialImporter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsCommittedSubset();
    void countsMatchTheSubsetFiles_data();
    void countsMatchTheSubsetFiles();
    void keepsRealValues();
    void pairsImportanceAndLevel();
    void marksUnratedOccupations();
    void keepsTopCodedWageMarker();
    void keepsNoEstimateMarkersVerbatim();
    void writesSourcesAndSearchRows();
    void indexesReportedTitlesForSearch();
    void rejectsBrokenInput_data();
    void rejectsBrokenInput();
    void rejectsMissingDirectory();
    void readsColumnsByName();

private:
    bool import(const QString& directory, QString* error);
    QString scalar(const QString& sql);
    QString rows(const QString& table); // every row, sorted, as text
    int count(const QString& sql) { return scalar(sql).toInt(); }
    int officialRowCount();
    void copySubset(const QString& target);
    // Sets *line to the line (1-based) the breakage is on, for a check that depends on which rows are read.
    static void breakFile(const QString& directory, Breakage breakage, int* line);

    QSqlDatabase m_db;
};

void TestOfficialImporter::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-official"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    QSqlQuery pragma(m_db);
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"))); // as the generator runs it
    const QDir data(QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data")));
    QString error;
    QVERIFY2(cg::SqlScript::runFile(m_db, data.filePath(QStringLiteral("schema.sql")), &error), qPrintable(error));
    QVERIFY2(cg::SqlScript::runFile(m_db, data.filePath(QStringLiteral("schema-official.sql")), &error),
             qPrintable(error));
}

void TestOfficialImporter::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("test-official"));
}

bool TestOfficialImporter::import(const QString& directory, QString* error)
{
    // As ContentGenerator runs it: inside the one transaction of the whole build.
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    if (!OfficialImporter().run(m_db, directory, false, error)) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

QString TestOfficialImporter::rows(const QString& table)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(table))) {
        qWarning("%s: %s", qPrintable(table), qPrintable(query.lastError().text()));
        return QStringLiteral("<no rows>");
    }
    QString text;
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            text += (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString()) + u'\t';
        text += u'\n';
    }
    return text;
}

QString TestOfficialImporter::scalar(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return QStringLiteral("<no row>");
    }
    return query.value(0).toString();
}

int TestOfficialImporter::officialRowCount()
{
    int rows = 0;
    for (const char* table : OfficialTables)
        rows += count(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
    rows += count(QStringLiteral("SELECT count(*) FROM source WHERE id IN "
                                 "('onet-29-3', 'bls-oews-2024', 'bls-projections-2024-34')"));
    rows += count(QStringLiteral("SELECT count(*) FROM search_index WHERE kind = 'occupation'"));
    return rows;
}

void TestOfficialImporter::copySubset(const QString& target)
{
    const QDir from(subsetDir());
    QDirIterator files(subsetDir(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = from.relativeFilePath(path);
        const QString copy = QDir(target).filePath(relative);
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        QVERIFY2(QFile::copy(path, copy), qPrintable(copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    }
}

void TestOfficialImporter::importsCommittedSubset()
{
    QString error;
    QVERIFY2(import(subsetDir(), &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM occupation")), 32);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM occupation WHERE soc_code NOT LIKE '15-1%' "
                                  "AND soc_code NOT LIKE '11-3021.%' AND soc_code NOT LIKE '15-2051.%'")),
             0);
    // A second run on the same database must fail on the existing rows, not add to them.
    QVERIFY(!import(subsetDir(), &error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM occupation")), 32);
}

void TestOfficialImporter::countsMatchTheSubsetFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QByteArray>("scale"); // count only rows of this Scale ID, or of Hot Technology "Y" ("hot")

    QTest::newRow("occupations") << QStringLiteral("onet-29.3/Occupation Data.txt")
                                 << QStringLiteral("SELECT count(*) FROM occupation") << QByteArray();
    QTest::newRow("tasks") << QStringLiteral("onet-29.3/Task Statements.txt")
                           << QStringLiteral("SELECT count(*) FROM occupation_task") << QByteArray();
    QTest::newRow("technology skills") << QStringLiteral("onet-29.3/Technology Skills.txt")
                                       << QStringLiteral("SELECT count(*) FROM occupation_technology") << QByteArray();
    QTest::newRow("hot technologies") << QStringLiteral("onet-29.3/Technology Skills.txt")
                                      << QStringLiteral("SELECT count(*) FROM occupation_technology WHERE hot = 1")
                                      << QByteArray("hot");
    QTest::newRow("related") << QStringLiteral("onet-29.3/Related Occupations.txt")
                             << QStringLiteral("SELECT count(*) FROM occupation_related") << QByteArray();
    QTest::newRow("alternate titles") << QStringLiteral("onet-29.3/Alternate Titles.txt")
                                      << QStringLiteral("SELECT count(*) FROM occupation_alt_title") << QByteArray();
    QTest::newRow("reported titles") << QStringLiteral("onet-29.3/Sample of Reported Titles.txt")
                                     << QStringLiteral("SELECT count(*) FROM occupation_reported_title")
                                     << QByteArray();
    QTest::newRow("skill ratings (one per IM row)")
        << QStringLiteral("onet-29.3/Skills.txt")
        << QStringLiteral("SELECT count(*) FROM occupation_rating WHERE domain = 'skill'") << QByteArray("IM");
    QTest::newRow("knowledge ratings (one per LV row)")
        << QStringLiteral("onet-29.3/Knowledge.txt")
        << QStringLiteral("SELECT count(*) FROM occupation_rating WHERE domain = 'knowledge'") << QByteArray("LV");
    QTest::newRow("required education") << QStringLiteral("onet-29.3/Education, Training, and Experience.txt")
                                        << QStringLiteral("SELECT count(*) FROM occupation_education")
                                        << QByteArray("RL");
    QTest::newRow("job zones") << QStringLiteral("onet-29.3/Job Zones.txt")
                               << QStringLiteral("SELECT count(*) FROM occupation WHERE job_zone IS NOT NULL")
                               << QByteArray();
}

void TestOfficialImporter::countsMatchTheSubsetFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, sql);
    QFETCH(QByteArray, scale);

    const QString path = QDir(subsetDir()).filePath(file);
    const int hot = columnOf(path, "Hot Technology");
    const int scaleId = columnOf(path, "Scale ID");
    int expected = 0;
    for (const QByteArray& row : dataRows(path)) {
        const QList<QByteArray> fields = row.split('\t');
        if (!isComputerOccupation(fields.at(0)))
            continue;
        if (scale == "hot" ? fields.value(hot) == "Y" : (scale.isEmpty() || fields.value(scaleId) == scale))
            ++expected;
    }
    QVERIFY(expected > 0);

    QString error;
    QVERIFY2(import(subsetDir(), &error), qPrintable(error));
    QCOMPARE(count(sql), expected);
}

void TestOfficialImporter::keepsRealValues()
{
    QString error;
    QVERIFY2(import(subsetDir(), &error), qPrintable(error));

    // OEWS May 2024: Software Developers' annual median wage, exactly as published.
    QCOMPARE(scalar(QStringLiteral("SELECT annual_median FROM occupation_wage WHERE occ_code = '15-1252' "
                                   "AND o_group = 'detailed'")),
             QStringLiteral("133080"));
    QCOMPARE(scalar(QStringLiteral("SELECT hourly_median FROM occupation_wage WHERE occ_code = '15-1252'")),
             QStringLiteral("63.98"));
    QCOMPARE(scalar(QStringLiteral("SELECT employment FROM occupation_wage WHERE occ_code = '00-0000'")),
             QStringLiteral("154187380"));
    QCOMPARE(scalar(QStringLiteral("SELECT typeof(annual_median) FROM occupation_wage WHERE occ_code = '15-1252'")),
             QStringLiteral("text"));

    // Employment Projections 2024-34, Table 1.2 and 1.10.
    QCOMPARE(scalar(QStringLiteral("SELECT change_percent FROM occupation_projection WHERE occ_code = '15-1252'")),
             QStringLiteral("15.8"));
    QCOMPARE(scalar(QStringLiteral("SELECT change_percent FROM occupation_projection WHERE occ_code = '15-1232'")),
             QStringLiteral("-3.7"));
    QCOMPARE(scalar(QStringLiteral("SELECT education FROM occupation_projection WHERE occ_code = '15-1252'")),
             QStringLiteral("Bachelor's degree"));
    QCOMPARE(scalar(QStringLiteral("SELECT education FROM occupation_projection WHERE occ_code = '00-0000'")),
             QString(QChar(0x2014)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM occupation_separation")), QStringLiteral("24"));

    // O*NET: a task statement, a technology skill with its flags, a related occupation, education labels.
    QCOMPARE(scalar(QStringLiteral("SELECT title || '|' || job_zone FROM occupation WHERE soc_code = '15-1252.00'")),
             QStringLiteral("Software Developers|4"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM occupation WHERE job_zone IS NULL")), QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("SELECT task_id || '|' || type FROM occupation_task WHERE soc_code = '15-1211.00' "
                                   "ORDER BY position LIMIT 1")),
             QStringLiteral("20950|Core"));
    // The release gives no task type for Software Developers' tasks: unknown, not guessed.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM occupation_task WHERE soc_code = '15-1252.00' "
                                  "AND type IS NOT NULL")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT commodity_code || '|' || hot || '|' || in_demand FROM occupation_technology "
                                   "WHERE soc_code = '11-3021.00' AND example = 'Amazon Web Services AWS software'")),
             QStringLiteral("43232306|1|1"));
    QCOMPARE(scalar(QStringLiteral("SELECT related_code FROM occupation_related WHERE soc_code = '15-1252.00' "
                                   "ORDER BY position LIMIT 1")),
             QStringLiteral("15-1299.08"));
    QCOMPARE(scalar(QStringLiteral("SELECT category_label FROM occupation_education WHERE soc_code = '15-1211.00' "
                                   "AND category = 6")),
             QStringLiteral("Bachelor's Degree"));
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM onet_element WHERE element_id = '2.A.2.a'")),
             QStringLiteral("Critical Thinking"));
    QCOMPARE(scalar(QStringLiteral("SELECT maximum FROM onet_scale WHERE scale_id = 'LV'")), QStringLiteral("7"));
}

void TestOfficialImporter::pairsImportanceAndLevel()
{
    QString error;
    QVERIFY2(import(subsetDir(), &error), qPrintable(error));

    // Computer Systems Analysts, Critical Thinking: the IM and LV rows of Skills.txt, read straight from the file.
    const QString skills = QDir(subsetDir()).filePath(QStringLiteral("onet-29.3/Skills.txt"));
    const QString knowledge = QDir(subsetDir()).filePath(QStringLiteral("onet-29.3/Knowledge.txt"));
    const int element = columnOf(skills, "Element ID");
    const int scale = columnOf(skills, "Scale ID");
    const int value = columnOf(skills, "Data Value");
    QByteArray importance;
    QByteArray level;
    for (const QByteArray& row : dataRows(skills)) {
        const QList<QByteArray> fields = row.split('\t');
        if (fields.at(0) == "15-1211.00" && fields.at(element) == "2.A.2.a")
            (fields.at(scale) == "IM" ? importance : level) = fields.at(value);
    }
    QVERIFY(!importance.isEmpty() && !level.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT importance || '|' || level FROM occupation_rating "
                                   "WHERE soc_code = '15-1211.00' AND domain = 'skill' AND element_id = '2.A.2.a'")),
             QString::fromLatin1(importance + '|' + level));

    // Every stored flag agrees with the file: suppressed exactly when either row says Recommend Suppress = Y.
    int suppressedInFile = 0;
    QSet<QByteArray> flagged;
    const int suppress = columnOf(knowledge, "Recommend Suppress");
    const int knowledgeElement = columnOf(knowledge, "Element ID");
    for (const QByteArray& row : dataRows(knowledge)) {
        const QList<QByteArray> fields = row.split('\t');
        if (isComputerOccupation(fields.at(0)) && fields.at(suppress) == "Y")
            flagged.insert(fields.at(0) + '|' + fields.at(knowledgeElement));
    }
    suppressedInFile = static_cast<int>(flagged.size());
    QVERIFY(suppressedInFile > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM occupation_rating WHERE domain = 'knowledge' "
                                  "AND suppressed = 1")),
             suppressedInFile);
    // Blank flags stay unknown (NULL), never 'N'.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM occupation_rating WHERE importance_suppressed IS NULL")) > 0);

    // "Not Relevant" comes from the level row.
    int notRelevantInFile = 0;
    const int notRelevant = columnOf(skills, "Not Relevant");
    for (const QByteArray& row : dataRows(skills)) {
        const QList<QByteArray> fields = row.split('\t');
        if (isComputerOccupation(fields.at(0)) && fields.at(scale) == "LV" && fields.at(notRelevant) == "Y")
            ++notRelevantInFile;
    }
    QVERIFY(notRelevantInFile > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM occupation_rating WHERE domain = 'skill' "
                                  "AND not_relevant = 1")),
             notRelevantInFile);
}

void TestOfficialImporter::marksUnratedOccupations()
{
    QString error;
    QVERIFY2(import(subsetDir(), &error), qPrintable(error));
    // O*NET 29.3 has no skill ratings for Software Developers: the app must say so rather than show any.
    QCOMPARE(scalar(QStringLiteral("SELECT rated FROM occupation WHERE soc_code = '15-1252.00'")), QStringLiteral("0"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM occupation_rating WHERE soc_code = '15-1252.00'")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT rated FROM occupation WHERE soc_code = '15-1211.00'")), QStringLiteral("1"));

    QSet<QByteArray> ratedInFile;
    for (const QByteArray& row : dataRows(QDir(subsetDir()).filePath(QStringLiteral("onet-29.3/Skills.txt")))) {
        const QByteArray code = row.left(row.indexOf('\t'));
        if (isComputerOccupation(code))
            ratedInFile.insert(code);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM occupation WHERE rated = 1")),
             static_cast<int>(ratedInFile.size()));
}

void TestOfficialImporter::keepsTopCodedWageMarker()
{
    QString error;
    QVERIFY2(import(subsetDir(), &error), qPrintable(error));
    // Computer and Information Systems Managers: the 90th percentile is at or above $239,200, printed as '#'.
    QCOMPARE(scalar(QStringLiteral("SELECT annual_p90 || '|' || hourly_p90 FROM occupation_wage "
                                   "WHERE occ_code = '11-3021'")),
             QStringLiteral("#|#"));
    QCOMPARE(scalar(QStringLiteral("SELECT typeof(annual_p90) FROM occupation_wage WHERE occ_code = '11-3021'")),
             QStringLiteral("text"));
}

void TestOfficialImporter::keepsNoEstimateMarkersVerbatim()
{
    // The subset happens to have no '*' or '**'; an annual-only occupation as BLS prints one (teachers, pilots).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    copySubset(dir.path());
    editFile(dir.filePath(QStringLiteral("bls/national_M2024_dl.tsv")), [](QList<QByteArray>& lines) {
        const int row = indexOfRow(lines, "OCC_CODE", "15-1299");
        QVERIFY(row > 0);
        const QByteArray& header = lines.at(0);
        QByteArray line = lines.at(row);
        line = withField(line, columnOf(header, "TOT_EMP"), "**");
        line = withField(line, columnOf(header, "H_MEAN"), "*");
        for (const char* column : {"H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"})
            line = withField(line, columnOf(header, column), "*");
        line = withField(line, columnOf(header, "A_PCT90"), "#");
        line = withField(line, columnOf(header, "ANNUAL"), "TRUE");
        lines[row] = line;
    });

    QString error;
    QVERIFY2(import(dir.path(), &error), qPrintable(error));
    QCOMPARE(scalar(QStringLiteral("SELECT employment || '|' || hourly_mean || '|' || hourly_p10 || '|' || "
                                   "hourly_median || '|' || hourly_p90 || '|' || annual_median || '|' || annual_p90 "
                                   "|| '|' || annual_only || '|' || hourly_only FROM occupation_wage "
                                   "WHERE occ_code = '15-1299'")),
             QStringLiteral("**|*|*|*|*|108970|#|1|0"));
}

void TestOfficialImporter::writesSourcesAndSearchRows()
{
    QString error;
    QVERIFY2(import(subsetDir(), &error), qPrintable(error));

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM source WHERE kind = 'dataset' AND id IN "
                                  "('onet-29-3', 'bls-oews-2024', 'bls-projections-2024-34')")),
             3);
    const QString attribution = scalar(QStringLiteral("SELECT licence FROM source WHERE id = 'onet-29-3'"));
    QVERIFY(attribution.contains(QStringLiteral(
        "This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment "
        "and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.")));
    QVERIFY(attribution.contains(QStringLiteral("Modified")));
    QVERIFY(scalar(QStringLiteral("SELECT licence FROM source WHERE id = 'bls-oews-2024'"))
                .contains(QStringLiteral("Occupational Employment and Wage Statistics, May 2024")));

    // No figure without a source.
    for (const char* table : OfficialTables) {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 WHERE source_id NOT IN (SELECT id FROM source)")
                           .arg(QString::fromLatin1(table))),
                 0);
    }

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_index WHERE kind = 'occupation'")), 32);
    // Found by an alternate title that is not in its name or description.
    QCOMPARE(scalar(QStringLiteral("SELECT ref FROM search_index WHERE search_index MATCH '\"certified hacker\"' "
                                   "AND kind = 'occupation'")),
             QStringLiteral("15-1299.04"));

    // Every reported title is in its occupation's search row (O*NET lists them as alternate titles too, and they
    // are not indexed twice).
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM occupation_reported_title")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM occupation_reported_title r JOIN search_index s "
                                  "ON s.kind = 'occupation' AND s.ref = r.soc_code "
                                  "WHERE instr(lower(s.body), lower(r.title)) = 0")),
             0);
}

void TestOfficialImporter::indexesReportedTitlesForSearch()
{
    // A reported title O*NET does not also list as an alternate title is added to the search row.
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    copySubset(copy.path());
    editFile(copy.filePath(QStringLiteral("onet-29.3/Sample of Reported Titles.txt")),
             [](QList<QByteArray>& lines) { lines.insert(1, "15-1252.00\tQuillwright of Code"); });
    QString error;
    QVERIFY2(import(copy.path(), &error), qPrintable(error));
    QCOMPARE(scalar(QStringLiteral("SELECT ref FROM search_index WHERE search_index MATCH '\"quillwright\"' "
                                   "AND kind = 'occupation'")),
             QStringLiteral("15-1252.00"));
    QCOMPARE(scalar(QStringLiteral("SELECT position FROM occupation_reported_title WHERE soc_code = '15-1252.00' "
                                   "AND title = 'Quillwright of Code'")),
             QStringLiteral("1"));
    // Listed once per occupation: a second row of the same title fails with the file and line.
    editFile(copy.filePath(QStringLiteral("onet-29.3/Sample of Reported Titles.txt")),
             [](QList<QByteArray>& lines) { lines.insert(2, "15-1252.00\tQuillwright of Code"); });
    cleanup();
    init();
    QVERIFY(!import(copy.path(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("onet-29.3/Sample of Reported Titles.txt:3:")), qPrintable(error));
}

void TestOfficialImporter::rejectsBrokenInput_data()
{
    QTest::addColumn<Breakage>("breakage");
    // The error must start with this: "FILE:LINE:" or "FILE:"; %1 stands for the line breakFile() reports.
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("reason");

    const QString skills = QStringLiteral("onet-29.3/Skills.txt");
    const QString tasks = QStringLiteral("onet-29.3/Task Statements.txt");
    const QList<QByteArray> taskLines = fileLines(QDir(subsetDir()).filePath(tasks));
    const int taskColumns = static_cast<int>(taskLines.value(0).split('\t').size());
    QTest::newRow("truncated row")
        << Breakage::TruncatedRow << tasks + QStringLiteral(":5:")
        << QStringLiteral("expected %1 fields, found %2").arg(taskColumns).arg(taskColumns - 1);
    QTest::newRow("truncated file") << Breakage::TruncatedFile << tasks + QStringLiteral(":%1:").arg(taskLines.size())
                                    << QStringLiteral("no line end");
    QTest::newRow("missing column") << Breakage::MissingColumn << skills + QStringLiteral(":1:")
                                    << QStringLiteral("missing column \"Data Value\"");
    QTest::newRow("wrong header") << Breakage::RenamedColumn << tasks + QStringLiteral(":1:")
                                  << QStringLiteral("missing column \"Task Type\" (found \"Task Kind\"");
    QTest::newRow("columns out of order") << Breakage::SwappedColumns << tasks + QStringLiteral(":1:")
                                          << QStringLiteral("column %1 is \"Task\", expected \"Task ID\"")
                                                 .arg(columnOf(taskLines.value(0), "Task ID") + 1);
    QTest::newRow("non-numeric rating") << Breakage::NonNumericRating << skills + QStringLiteral(":%1:")
                                        << QStringLiteral("\"Data Value\" is \"high\"");
    QTest::newRow("duplicate key") << Breakage::DuplicateKey << tasks + QStringLiteral(":%1:")
                                   << QStringLiteral("duplicate key (");
    QTest::newRow("empty file") << Breakage::EmptyFile << QStringLiteral("onet-29.3/Occupation Data.txt:")
                                << QStringLiteral("empty file");
    QTest::newRow("missing file") << Breakage::MissingFile << QStringLiteral("bls/table_1_2_projections_clean.tsv:")
                                  << QStringLiteral("missing file");
    QTest::newRow("malformed code") << Breakage::MalformedCode << tasks + QStringLiteral(":4:")
                                    << QStringLiteral("expected an O*NET-SOC code");
    QTest::newRow("unknown occupation") << Breakage::UnknownOccupation
                                        << QStringLiteral("onet-29.3/Technology Skills.txt:3:")
                                        << QStringLiteral("15-1999.00 is not in onet-29.3/Occupation Data.txt");
    QTest::newRow("level without importance") << Breakage::UnpairedRating << skills + QStringLiteral(":%1:")
                                              << QStringLiteral("has a level (LV) row but no importance (IM) row");
    QTest::newRow("bad wage") << Breakage::BadWage << QStringLiteral("bls/national_M2024_dl.tsv:%1:")
                              << QStringLiteral("\"A_MEDIAN\" is \"133,080\"");
    QTest::newRow("bad projection") << Breakage::BadProjection
                                    << QStringLiteral("bls/table_1_2_projections_clean.tsv:%1:")
                                    << QStringLiteral("\"Employment, 2024\" is \"n/a\"");
    // resources/data/README.md, "Sizes": every field at most a paragraph, titles at most a name.
    QTest::newRow("oversized text") << Breakage::OversizedText << tasks + QStringLiteral(":5:")
                                    << QStringLiteral("\"Task\" is 20,001 characters long; the limit for a paragraph "
                                                      "is 20,000");
    QTest::newRow("oversized title") << Breakage::OversizedTitle << QStringLiteral("onet-29.3/Alternate Titles.txt:%1:")
                                     << QStringLiteral("\"Alternate Title\" is 201 characters long; the limit for a "
                                                       "name is 200");
}

void TestOfficialImporter::breakFile(const QString& directory, Breakage breakage, int* line)
{
    const QDir dir(directory);
    const QString skills = dir.filePath(QStringLiteral("onet-29.3/Skills.txt"));
    const QString tasks = dir.filePath(QStringLiteral("onet-29.3/Task Statements.txt"));
    // Lines are 0-based in the list, 1-based in messages: lines[4] is line 5.
    switch (breakage) {
    case Breakage::TruncatedRow:
        editFile(tasks, [](QList<QByteArray>& lines) {
            QList<QByteArray> fields = lines.at(4).split('\t');
            fields.removeLast();
            lines[4] = fields.join('\t');
        });
        break;
    case Breakage::TruncatedFile:
        editFile(tasks, [](QList<QByteArray>& lines) {
            lines.removeLast(); // the empty element after the final line feed
            lines.last().chop(lines.last().size() / 2);
        });
        break;
    case Breakage::MissingColumn:
        editFile(skills, [](QList<QByteArray>& lines) {
            const int column = columnOf(lines.at(0), "Data Value");
            QVERIFY(column >= 0);
            for (QByteArray& text : lines) {
                if (!text.isEmpty())
                    text = withoutField(text, column);
            }
        });
        break;
    case Breakage::RenamedColumn:
        editFile(tasks, [](QList<QByteArray>& lines) {
            lines[0] = withField(lines.at(0), columnOf(lines.at(0), "Task Type"), "Task Kind");
        });
        break;
    case Breakage::SwappedColumns:
        editFile(tasks, [](QList<QByteArray>& lines) {
            QList<QByteArray> header = lines.at(0).split('\t');
            header.swapItemsAt(header.indexOf("Task ID"), header.indexOf("Task"));
            lines[0] = header.join('\t');
        });
        break;
    case Breakage::NonNumericRating:
        editFile(skills, [line](QList<QByteArray>& lines) {
            const int row = firstComputerRow(lines) + 5;
            QVERIFY(row > 5);
            lines[row] = withField(lines.at(row), columnOf(lines.at(0), "Data Value"), "high");
            *line = row + 1;
        });
        break;
    case Breakage::DuplicateKey:
        editFile(tasks, [line](QList<QByteArray>& lines) {
            const int row = firstComputerRow(lines);
            QVERIFY(row > 0);
            lines.insert(row + 1, lines.at(row));
            *line = row + 2;
        });
        break;
    case Breakage::EmptyFile:
        editFile(dir.filePath(QStringLiteral("onet-29.3/Occupation Data.txt")),
                 [](QList<QByteArray>& lines) { lines = {QByteArray()}; });
        break;
    case Breakage::MissingFile:
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("bls/table_1_2_projections_clean.tsv"))));
        break;
    case Breakage::MalformedCode:
        editFile(tasks, [](QList<QByteArray>& lines) { lines[3] = withField(lines.at(3), 0, "15-1252"); });
        break;
    case Breakage::UnknownOccupation:
        editFile(dir.filePath(QStringLiteral("onet-29.3/Technology Skills.txt")),
                 [](QList<QByteArray>& lines) { lines[2] = withField(lines.at(2), 0, "15-1999.00"); });
        break;
    case Breakage::UnpairedRating:
        // The first computer occupation's first importance row; without it, its level row moves up into its place.
        editFile(skills, [line](QList<QByteArray>& lines) {
            const int row = firstComputerRow(lines);
            QVERIFY(row > 0);
            const int scale = columnOf(lines.at(0), "Scale ID");
            QVERIFY(lines.at(row).split('\t').at(scale) == "IM");
            QVERIFY(lines.at(row + 1).split('\t').at(scale) == "LV");
            lines.removeAt(row);
            *line = row + 1;
        });
        break;
    case Breakage::BadWage:
        editFile(dir.filePath(QStringLiteral("bls/national_M2024_dl.tsv")), [line](QList<QByteArray>& lines) {
            const int row = indexOfRow(lines, "OCC_CODE", "15-1252");
            QVERIFY(row > 0);
            lines[row] = withField(lines.at(row), columnOf(lines.at(0), "A_MEDIAN"), "133,080");
            *line = row + 1;
        });
        break;
    case Breakage::OversizedText:
        editFile(tasks, [](QList<QByteArray>& lines) {
            lines[4] = withField(lines.at(4), columnOf(lines.at(0), "Task"), QByteArray(20001, 'x'));
        });
        break;
    case Breakage::OversizedTitle:
        editFile(dir.filePath(QStringLiteral("onet-29.3/Alternate Titles.txt")), [line](QList<QByteArray>& lines) {
            const int row = firstComputerRow(lines);
            QVERIFY(row > 0);
            lines[row] = withField(lines.at(row), columnOf(lines.at(0), "Alternate Title"), QByteArray(201, 'x'));
            *line = row + 1;
        });
        break;
    case Breakage::BadProjection:
        editFile(dir.filePath(QStringLiteral("bls/table_1_2_projections_clean.tsv")), [line](QList<QByteArray>& lines) {
            const int row = indexOfRow(lines, "2024 National Employment Matrix code", "15-1252");
            QVERIFY(row > 0);
            lines[row] = withField(lines.at(row), columnOf(lines.at(0), "Employment, 2024"), "n/a");
            *line = row + 1;
        });
        break;
    }
}

void TestOfficialImporter::rejectsBrokenInput()
{
    QFETCH(Breakage, breakage);
    QFETCH(QString, where);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    copySubset(dir.path());
    int line = 0;
    breakFile(dir.path(), breakage, &line);
    if (QTest::currentTestFailed())
        return;
    if (where.contains(QStringLiteral("%1"))) {
        QVERIFY(line > 0);
        where = where.arg(line);
    }

    QVERIFY(m_db.transaction());
    QString error;
    QVERIFY(!OfficialImporter().run(m_db, dir.path(), false, &error));
    QVERIFY2(error.startsWith(where), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    // The importer took back its own rows before returning, whatever the caller does next ...
    QCOMPARE(officialRowCount(), 0);
    // ... and the caller's rollback leaves the database as it was.
    QVERIFY(m_db.rollback());
    QCOMPARE(officialRowCount(), 0);

    // Without an outer transaction the importer's savepoint is the transaction: still nothing left behind.
    QVERIFY(!OfficialImporter().run(m_db, dir.path(), false, &error));
    QCOMPARE(officialRowCount(), 0);
}

void TestOfficialImporter::rejectsMissingDirectory()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-release"));
    QString error;
    QVERIFY(!OfficialImporter().run(m_db, missing, false, &error));
    QVERIFY2(error.startsWith(missing), qPrintable(error));
    QCOMPARE(officialRowCount(), 0);
}

void TestOfficialImporter::readsColumnsByName()
{
    // The full release has columns the committed files leave out, before, between and after the ones read; the
    // import must not notice them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    copySubset(dir.path());
    const auto widen = [](const QString& path, int column, const QByteArray& name, const QByteArray& value) {
        editFile(path, [&](QList<QByteArray>& lines) {
            for (int i = 0; i < lines.size(); ++i) {
                if (lines.at(i).isEmpty())
                    continue;
                QList<QByteArray> fields = lines.at(i).split('\t');
                fields.insert(column < 0 ? fields.size() : column, i == 0 ? name : value);
                lines[i] = fields.join('\t');
            }
        });
    };
    const QDir release(dir.path());
    for (const char* file : {"onet-29.3/Task Statements.txt", "onet-29.3/Skills.txt", "onet-29.3/Job Zones.txt"}) {
        const QString path = release.filePath(QString::fromUtf8(file));
        widen(path, 1, "Title", "Some Title");
        widen(path, 3, "Incumbents Responding", "12");
        widen(path, -1, "Domain Source", "Analyst");
    }
    widen(release.filePath(QStringLiteral("bls/national_M2024_dl.tsv")), 0, "AREA", "99");
    widen(release.filePath(QStringLiteral("bls/table_1_10_openings_clean.tsv")), 0, "indent_level", "2");

    const QStringList tables{QStringLiteral("occupation"), QStringLiteral("occupation_task"),
                             QStringLiteral("occupation_rating"), QStringLiteral("occupation_wage"),
                             QStringLiteral("occupation_separation")};
    QString error;
    QVERIFY2(import(dir.path(), &error), qPrintable(error));
    QStringList wide;
    for (const QString& table : tables)
        wide.append(rows(table));

    cleanup();
    init();
    QVERIFY2(import(subsetDir(), &error), qPrintable(error));
    for (int i = 0; i < tables.size(); ++i) {
        QVERIFY2(wide.at(i).count(u'\n') > 0, qPrintable(tables.at(i)));
        QVERIFY2(rows(tables.at(i)) == wide.at(i), qPrintable(tables.at(i)));
    }
}

QTEST_GUILESS_MAIN(TestOfficialImporter)
#include "TestOfficialImporter.moc"
