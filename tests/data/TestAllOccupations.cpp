// The catalogue of every occupation: the database the build makes from the committed official files (as a bare clone
// makes it) opens in the app's ContentDatabase and holds every occupation, and every row of the BLS files; and, when
// the full O*NET 29.3 / BLS release is at hand, the release builds the very same official rows.
#include "ContentGenerator.h"
#include "TestSupport.h"
#include "database/ContentDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The tables OfficialImporter fills (the exchange-rate tables come from elsewhere).
const char* const OfficialTables[] = {
    "occupation",
    "occupation_task",
    "occupation_rating",
    "occupation_technology",
    "skill_technology",
    "occupation_related",
    "occupation_alt_title",
    "occupation_education",
    "onet_element",
    "onet_scale",
    "job_zone",
    "occupation_wage",
    "occupation_projection",
    "occupation_separation",
    "occupation_reported_title",
};

QString committedFile(const char* name)
{
    return QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data/official/") + QString::fromUtf8(name));
}

// The data rows of a committed file, each split into its fields, and its header.
struct Table
{
    QList<QByteArray> header;
    QList<QList<QByteArray>> rows;

    int column(const char* name) const { return static_cast<int>(header.indexOf(QByteArray(name))); }

    // How many rows have `value` in the column (every row when `name` is null).
    int count(const char* name = nullptr, const QByteArray& value = {}) const
    {
        if (name == nullptr)
            return static_cast<int>(rows.size());
        const int field = column(name);
        int n = 0;
        for (const QList<QByteArray>& row : rows)
            n += row.value(field) == value ? 1 : 0;
        return n;
    }

    QSet<QByteArray> values(const char* name, const char* filterName = nullptr, const QByteArray& filter = {}) const
    {
        const int field = column(name);
        const int filterField = filterName == nullptr ? -1 : column(filterName);
        QSet<QByteArray> set;
        for (const QList<QByteArray>& row : rows) {
            if (filterField < 0 || row.value(filterField) == filter)
                set.insert(row.value(field));
        }
        return set;
    }
};

Table readTable(const char* name)
{
    Table table;
    QFile file(committedFile(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", name);
        return table;
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return table;
    table.header = lines.takeFirst().split('\t');
    table.rows.reserve(lines.size());
    for (const QByteArray& line : std::as_const(lines))
        table.rows.append(line.split('\t'));
    return table;
}

QSet<QByteArray> column(QSqlDatabase db, const QString& sql)
{
    QSet<QByteArray> set;
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return set;
    }
    while (query.next())
        set.insert(query.value(0).toString().toUtf8());
    return set;
}

int scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toInt();
}

// Every row a query gives, as one digest: two databases with equal digests hold the same rows.
QByteArray digest(QSqlDatabase db, const QString& sql)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            hash.addData(value.isNull() ? QByteArrayView("\x01NULL") : QByteArrayView(value.toString().toUtf8()));
            hash.addData(QByteArrayView("\t"));
        }
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result().toHex();
}

// A table's rows sorted on every column, so the order rows were stored in does not matter.
QString sortedRows(QSqlDatabase db, const char* table)
{
    const QString name = QString::fromLatin1(table);
    QStringList order;
    const int columns = db.record(name).count();
    for (int i = 1; i <= columns; ++i)
        order.append(QString::number(i));
    return QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(name, order.join(u','));
}

QString catalogueDatabasePath()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("CG_CONTENT_DB_FULL"));
}

} // namespace

class TestAllOccupations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString path = catalogueDatabasePath();
        QVERIFY2(!path.isEmpty() && QFile::exists(path),
                 "CG_CONTENT_DB_FULL names no file: the build makes it (content_database_full) before this test");
        QVERIFY2(m_content.open(path), qPrintable(m_content.errorString()));
    }

    void cleanupTestCase() { m_content.close(); }

    void holdsEveryOccupation()
    {
        QSqlDatabase db = m_content.database();
        const Table occupations = readTable("onet-29.3/Occupation Data.txt");
        // O*NET 29.3 describes 1,016 occupations, and the committed file has them all.
        QCOMPARE(occupations.count(), 1016);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM occupation")), 1016);
        QCOMPARE(column(db, QStringLiteral("SELECT soc_code FROM occupation")), occupations.values("O*NET-SOC Code"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE kind = 'occupation'")), 1016);
        // Occupations outside computing: every major group of the SOC the release has.
        QSet<QByteArray> majorGroups;
        for (const QByteArray& code : occupations.values("O*NET-SOC Code"))
            majorGroups.insert(code.left(2));
        QVERIFY(majorGroups.size() > 20);
        QCOMPARE(column(db, QStringLiteral("SELECT DISTINCT substr(soc_code, 1, 2) FROM occupation")), majorGroups);
        // Article content is still there beside the official data.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM role")) > 0);
    }

    void holdsEveryOnetRow_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QByteArray>("scale"); // count only rows of this Scale ID, when set
        QTest::newRow("tasks") << QStringLiteral("onet-29.3/Task Statements.txt")
                               << QStringLiteral("SELECT count(*) FROM occupation_task") << QByteArray();
        QTest::newRow("technology") << QStringLiteral("onet-29.3/Technology Skills.txt")
                                    << QStringLiteral("SELECT count(*) FROM occupation_technology") << QByteArray();
        QTest::newRow("related") << QStringLiteral("onet-29.3/Related Occupations.txt")
                                 << QStringLiteral("SELECT count(*) FROM occupation_related") << QByteArray();
        QTest::newRow("alternate titles")
            << QStringLiteral("onet-29.3/Alternate Titles.txt")
            << QStringLiteral("SELECT count(*) FROM occupation_alt_title") << QByteArray();
        QTest::newRow("job zones") << QStringLiteral("onet-29.3/Job Zones.txt")
                                   << QStringLiteral("SELECT count(*) FROM occupation WHERE job_zone IS NOT NULL")
                                   << QByteArray();
        QTest::newRow("reported titles") << QStringLiteral("onet-29.3/Sample of Reported Titles.txt")
                                         << QStringLiteral("SELECT count(*) FROM occupation_reported_title")
                                         << QByteArray();
        QTest::newRow("skill ratings") << QStringLiteral("onet-29.3/Skills.txt")
                                       << QStringLiteral(
                                              "SELECT count(*) FROM occupation_rating WHERE domain = 'skill'")
                                       << QByteArray("IM");
        QTest::newRow("knowledge ratings")
            << QStringLiteral("onet-29.3/Knowledge.txt")
            << QStringLiteral("SELECT count(*) FROM occupation_rating WHERE domain = 'knowledge'") << QByteArray("LV");
        QTest::newRow("required education")
            << QStringLiteral("onet-29.3/Education, Training, and Experience.txt")
            << QStringLiteral("SELECT count(*) FROM occupation_education") << QByteArray("RL");
    }

    void holdsEveryOnetRow()
    {
        QFETCH(QString, file);
        QFETCH(QString, sql);
        QFETCH(QByteArray, scale);
        const Table table = readTable(file.toUtf8().constData());
        const int expected = scale.isEmpty() ? table.count() : table.count("Scale ID", scale);
        QVERIFY(expected > 0);
        QCOMPARE(scalar(m_content.database(), sql), expected);
    }

    void holdsWagesForEveryOewsCode()
    {
        QSqlDatabase db = m_content.database();
        const Table oews = readTable("bls/national_M2024_dl.tsv");
        QVERIFY(oews.count() > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM occupation_wage")), oews.count());
        // Every detailed occupation the file covers has its national wages, and so does every group row.
        const QSet<QByteArray> detailed = oews.values("OCC_CODE", "O_GROUP", "detailed");
        QVERIFY(!detailed.isEmpty());
        QCOMPARE(column(db, QStringLiteral("SELECT occ_code FROM occupation_wage WHERE o_group = 'detailed' "
                                           "AND annual_median <> '' AND hourly_median <> ''")),
                 detailed);
        QCOMPARE(column(db, QStringLiteral("SELECT occ_code FROM occupation_wage")), oews.values("OCC_CODE"));
        // An O*NET occupation finds its wages under its 6-digit SOC code whenever OEWS publishes that code.
        int withWages = 0;
        for (const QByteArray& code : readTable("onet-29.3/Occupation Data.txt").values("O*NET-SOC Code"))
            withWages += oews.values("OCC_CODE").contains(code.left(7)) ? 1 : 0;
        QVERIFY(withWages > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM occupation o WHERE EXISTS (SELECT 1 FROM "
                                           "occupation_wage w WHERE w.occ_code = substr(o.soc_code, 1, 7))")),
                 withWages);
    }

    void holdsProjectionsForEveryCode()
    {
        QSqlDatabase db = m_content.database();
        const Table projections = readTable("bls/table_1_2_projections_clean.tsv");
        const Table separations = readTable("bls/table_1_10_openings_clean.tsv");
        const char* const code = "2024 National Employment Matrix code";
        QVERIFY(projections.count() > 0 && separations.count() > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM occupation_projection")), projections.count());
        QCOMPARE(column(db, QStringLiteral("SELECT occ_code FROM occupation_projection")), projections.values(code));
        QCOMPARE(column(db, QStringLiteral("SELECT occ_code FROM occupation_projection WHERE occupation_type = "
                                           "'Line item'")),
                 projections.values(code, "Occupation type", "Line item"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM occupation_separation")), separations.count());
        QCOMPARE(column(db, QStringLiteral("SELECT occ_code FROM occupation_separation")), separations.values(code));
    }

    void fullReleaseBuildsTheSameRows()
    {
        QString full = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CG_OFFICIAL_DATA_DIR"));
        if (full.isEmpty() || !QDir(full).exists(QStringLiteral("onet-29.3")))
            QSKIP(qPrintable(QStringLiteral("The full O*NET/BLS release is not at '%1'; the committed files stand "
                                            "in for it.")
                                 .arg(full)));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        cg::ContentGenerator::Options options;
        options.dataDir = QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data"));
        options.officialDir = full;
        options.allOccupations = true;
        options.output = dir.filePath(QStringLiteral("full.sqlite"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(cg::ContentGenerator::generate(options, &error), qPrintable(error));
        qInfo("all-occupations build from the full release: %lld ms", timer.elapsed());

        cg::ContentDatabase release(QStringLiteral("release"));
        QVERIFY2(release.open(options.output), qPrintable(release.errorString()));
        QSqlQuery query(release.database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM occupation")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1016);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM occupation_task")) && query.next());
        QCOMPARE(query.value(0).toInt(), 18796);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM occupation_technology")) && query.next());
        QCOMPARE(query.value(0).toInt(), 32681);
        // Sample of Reported Titles: 7,796 rows, for 901 of the occupations.
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*), count(DISTINCT soc_code) FROM occupation_reported_title")) &&
            query.next());
        QCOMPARE(query.value(0).toInt(), 7796);
        QCOMPARE(query.value(1).toInt(), 901);
        // Article content is still there beside the official data.
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM role")) && query.next());
        QVERIFY(query.value(0).toInt() > 0);

        // The committed files are the release cut to what the importer reads: the same official rows, in the same
        // order, as the database built from the committed files.
        QStringList queries{QStringLiteral("SELECT kind, ref, title, body FROM search_index WHERE kind = 'occupation' "
                                           "ORDER BY ref"),
                            QStringLiteral("SELECT * FROM source WHERE id IN ('onet-29-3', 'bls-oews-2024', "
                                           "'bls-projections-2024-34') ORDER BY id")};
        for (const char* table : OfficialTables)
            queries.append(sortedRows(release.database(), table));
        for (const QString& sql : std::as_const(queries)) {
            const QByteArray fromRelease = digest(release.database(), sql);
            QVERIFY2(!fromRelease.isEmpty(), qPrintable(sql));
            QVERIFY2(fromRelease == digest(m_content.database(), sql), qPrintable(sql));
        }
        query.finish();
        release.close();
    }

private:
    cg::ContentDatabase m_content{QStringLiteral("catalogue")};
};

QTEST_GUILESS_MAIN(TestAllOccupations)
#include "TestAllOccupations.moc"
