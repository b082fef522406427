// User-schema versions: every fixture under tests/fixtures/user/ (one per released schema version, made by that
// version) upgrades to the current schema with its data intact and a backup of the old file; a file from a newer
// version opens read-only with an explanation; a failing upgrade leaves the file as it was.
#include "TestSupport.h"
#include "database/UserDatabase.h"
#include "user/SkillAssessmentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using cg::UserDatabase;

namespace {
// Table name -> its rows, each row the sorted "column=value" pairs, so tables compare whatever their column order.
using Contents = QMap<QString, QStringList>;

QString fixturesDir()
{
    return QDir(cg::test::sourceDir()).filePath(QStringLiteral("tests/fixtures/user"));
}

// Reads a database file through its own read-only connection, never through UserDatabase.
class RawReader final
{
public:
    explicit RawReader(const QString& path) : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~RawReader()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    QVariant pragma(const QString& name) const
    {
        QSqlQuery query(db());
        return query.exec(QStringLiteral("PRAGMA %1").arg(name)) && query.next() ? query.value(0) : QVariant();
    }

    Contents contents(const QStringList& onlyColumns = {}, const QString& onlyTable = {}) const
    {
        Contents contents;
        QSqlQuery tables(db());
        tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "ORDER BY name"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            if (!onlyTable.isEmpty() && table != onlyTable)
                continue;
            QSqlQuery rows(db());
            // The name comes from sqlite_schema of a test file, never from a person.
            rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            QStringList tableRows;
            while (rows.next()) {
                QStringList cells;
                const QSqlRecord record = rows.record();
                for (int i = 0; i < record.count(); ++i) {
                    if (onlyColumns.isEmpty() || onlyColumns.contains(record.fieldName(i)))
                        cells.append(record.fieldName(i) + QLatin1Char('=') + record.value(i).toString());
                }
                cells.sort();
                tableRows.append(cells.join(QLatin1Char('|')));
            }
            tableRows.sort();
            contents.insert(table, tableRows);
        }
        return contents;
    }

    // Every table, index and view with its SQL, as SQLite keeps it.
    QStringList schema() const
    {
        QStringList entries;
        QSqlQuery query(db());
        query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"));
        while (query.next())
            entries.append(QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                       query.value(3).toString()}
                               .join(QLatin1Char('|')));
        return entries;
    }

    QStringList columns(const QString& table) const
    {
        QStringList result;
        const QSqlRecord record = db().record(table);
        for (int i = 0; i < record.count(); ++i)
            result.append(record.fieldName(i));
        return result;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

QString integrity(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return query.lastError().text();
    return query.value(0).toString();
}

bool copyFile(const QString& from, const QString& to)
{
    if (!QFile::copy(from, to))
        return false;
    // Files from the source tree may be read-only; the copy is the test's own.
    return QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The built-in migrations plus one more step, in a folder of their own, to exercise the upgrade machinery beyond
// the versions the app has today.
bool writeMigrations(const QString& dir, const QString& extraStep)
{
    const QDir builtIn(QStringLiteral(":/user"));
    const QStringList files = builtIn.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        if (!QFile::copy(builtIn.filePath(file), QDir(dir).filePath(file)))
            return false;
    }
    QFile next(QDir(dir).filePath(QStringLiteral("%1-test-step.sql").arg(files.size() + 1, 4, 10, QLatin1Char('0'))));
    if (!next.open(QIODevice::WriteOnly))
        return false;
    return next.write(extraStep.toUtf8()) > 0;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path() const { return m_dir->filePath(QStringLiteral("user.sqlite")); }
    QString originalPath() const { return m_dir->filePath(QStringLiteral("original/user.sqlite")); }

    static void addFixtureRows()
    {
        QTest::addColumn<QString>("fixture");
        const QStringList fixtures =
            QDir(fixturesDir()).entryList({QStringLiteral("user-v*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY2(!fixtures.isEmpty(), qPrintable(fixturesDir()));
        for (const QString& fixture : fixtures)
            QTest::newRow(qPrintable(fixture)) << QDir(fixturesDir()).filePath(fixture);
    }

    // The upgraded file holds every row of the fixture in every column the fixture had.
    static void verifyDataKept(const Contents& before, const RawReader& fixture, const RawReader& after)
    {
        for (auto table = before.cbegin(); table != before.cend(); ++table) {
            const QStringList oldColumns = fixture.columns(table.key());
            const Contents now = after.contents(oldColumns, table.key());
            QVERIFY2(now.contains(table.key()), qPrintable(table.key() + QStringLiteral(" is gone")));
            QCOMPARE(now.value(table.key()), table.value());
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(QFileInfo(originalPath()).absolutePath()));
    }

    void fixturesHoldRealisticData_data() { addFixtureRows(); }
    void fixturesHoldRealisticData()
    {
        QFETCH(QString, fixture);
        // A self-contained file: no journal left beside it.
        QVERIFY(!QFileInfo::exists(fixture + QStringLiteral("-wal")));
        QVERIFY(copyFile(fixture, path()));
        RawReader reader(path()); // even a reader leaves journal files beside a file: never beside the source tree's
        QVERIFY(reader.isOpen());
        QCOMPARE(reader.pragma(QStringLiteral("application_id")).toInt(), UserDatabase::ApplicationId);
        QCOMPARE(integrity(reader.db()), QStringLiteral("ok"));
        const int version = reader.pragma(QStringLiteral("user_version")).toInt();
        QVERIFY(version >= 1 && version <= UserDatabase::latestVersion());
        QVERIFY2(fixture.endsWith(QStringLiteral("user-v%1.sqlite").arg(version)), "file name and version disagree");
        // An empty table would make "its data survived the upgrade" say nothing about that table.
        const Contents contents = reader.contents();
        QVERIFY(!contents.isEmpty());
        for (auto table = contents.cbegin(); table != contents.cend(); ++table)
            QVERIFY2(!table.value().isEmpty(), qPrintable(table.key() + QStringLiteral(" is empty in the fixture")));
    }

    void everyFixtureUpgrades_data() { addFixtureRows(); }
    void everyFixtureUpgrades()
    {
        QFETCH(QString, fixture);
        QVERIFY(copyFile(fixture, path()));
        QVERIFY(copyFile(fixture, originalPath()));
        RawReader original(originalPath());
        const int oldVersion = original.pragma(QStringLiteral("user_version")).toInt();
        const Contents before = original.contents();

        {
            UserDatabase db;
            QVERIFY2(db.open(path()), qPrintable(db.errorString()));
            QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
            QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion());
            QCOMPARE(integrity(db.database()), QStringLiteral("ok"));
            QSqlQuery keys(db.database());
            QVERIFY(keys.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY2(!keys.next(), "a row lost its parent in the upgrade");
            if (oldVersion < UserDatabase::latestVersion()) {
                QVERIFY(QFileInfo::exists(db.backupPath()));
                QVERIFY(db.notices().join(QLatin1Char(' ')).contains(QDir::toNativeSeparators(db.backupPath())));
                RawReader backup(db.backupPath());
                QCOMPARE(backup.pragma(QStringLiteral("user_version")).toInt(), oldVersion);
                QCOMPARE(integrity(backup.db()), QStringLiteral("ok"));
                QCOMPARE(backup.contents(), before);
            } else {
                QVERIFY(db.backupPath().isEmpty());
                QVERIFY(db.notices().isEmpty());
            }
        }
        RawReader after(path());
        verifyDataKept(before, original, after);

        // An upgraded file has exactly the schema of a file made new by this version.
        const QString freshPath = m_dir->filePath(QStringLiteral("fresh/user.sqlite"));
        {
            UserDatabase fresh(QStringLiteral("fresh"));
            QVERIFY(fresh.open(freshPath));
        }
        QCOMPARE(after.schema(), RawReader(freshPath).schema());
    }

    // The step after today's latest: proves the backup, the single transaction and the data carry-over on the
    // machinery itself, so the first real migration is not its first test.
    void upgradesThroughAnExtraStepWithBackup_data() { addFixtureRows(); }
    void upgradesThroughAnExtraStepWithBackup()
    {
        QFETCH(QString, fixture);
        QVERIFY(copyFile(fixture, path()));
        const QString migrations = m_dir->filePath(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(migrations));
        QVERIFY(
            writeMigrations(migrations, QStringLiteral("ALTER TABLE study_plan ADD COLUMN colour TEXT NOT NULL "
                                                       "DEFAULT 'blue';\nCREATE TABLE note (id INTEGER PRIMARY KEY, "
                                                       "body TEXT NOT NULL);\n")));
        QVERIFY(copyFile(fixture, originalPath()));
        RawReader original(originalPath());
        const int oldVersion = original.pragma(QStringLiteral("user_version")).toInt();
        const Contents before = original.contents();

        UserDatabase db;
        db.setMigrationsDirectory(migrations);
        QCOMPARE(db.targetVersion(), UserDatabase::latestVersion() + 1);
        QVERIFY2(db.open(path()), qPrintable(db.errorString()));
        QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
        QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion() + 1);
        QCOMPARE(integrity(db.database()), QStringLiteral("ok"));
        QSqlQuery query(db.database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM study_plan WHERE colour = 'blue'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), before.value(QStringLiteral("study_plan")).size());

        // The backup is a valid database of the old version holding exactly the old data, and the person is told.
        QVERIFY(!db.backupPath().isEmpty());
        QVERIFY(db.backupPath().startsWith(path() + QStringLiteral(".v%1-backup-").arg(oldVersion)));
        QVERIFY(db.notices().join(QLatin1Char(' ')).contains(QDir::toNativeSeparators(db.backupPath())));
        RawReader backup(db.backupPath());
        QVERIFY(backup.isOpen());
        QCOMPARE(backup.pragma(QStringLiteral("application_id")).toInt(), UserDatabase::ApplicationId);
        QCOMPARE(backup.pragma(QStringLiteral("user_version")).toInt(), oldVersion);
        QCOMPARE(integrity(backup.db()), QStringLiteral("ok"));
        QCOMPARE(backup.contents(), before);

        RawReader after(path());
        verifyDataKept(before, original, after);

        // Opening again upgrades nothing and copies nothing.
        db.close();
        UserDatabase again;
        again.setMigrationsDirectory(migrations);
        QVERIFY(again.open(path()));
        QVERIFY(again.backupPath().isEmpty());
        QVERIFY(again.notices().isEmpty());
    }

    void failedUpgradeLeavesTheFileAsItWas_data() { addFixtureRows(); }
    void failedUpgradeLeavesTheFileAsItWas()
    {
        QFETCH(QString, fixture);
        QVERIFY(copyFile(fixture, path()));
        const QString migrations = m_dir->filePath(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(migrations));
        // A step that fails on this file's data only (as a rebuilt table's new CHECK would), after a statement that
        // succeeded: one transaction for all steps must keep even that first statement out.
        QVERIFY(
            writeMigrations(migrations, QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL "
                                                       "CHECK (length(body) > 100));\n"
                                                       "INSERT INTO note (body) SELECT skill_slug FROM "
                                                       "skill_assessment;\n")));
        QVERIFY(copyFile(fixture, originalPath()));
        RawReader original(originalPath());
        const int oldVersion = original.pragma(QStringLiteral("user_version")).toInt();
        const Contents before = original.contents();

        {
            UserDatabase db;
            db.setMigrationsDirectory(migrations);
            QVERIFY2(db.open(path()), qPrintable(db.errorString())); // the app still starts
            QCOMPARE(db.mode(), UserDatabase::Mode::ReadOnly);
            QVERIFY(db.isSessionOnly());
            const QString notices = db.notices().join(QLatin1Char(' '));
            QVERIFY2(notices.contains(QStringLiteral("could not be upgraded")), qPrintable(notices));
            QVERIFY2(notices.contains(QDir::toNativeSeparators(path())), qPrintable(notices));
            // Nothing typed this session can pretend to be saved.
            cg::SkillAssessmentStore store(db.database());
            QString error;
            QVERIFY(!store.setStatus(QStringLiteral("go"), cg::SkillAssessmentStore::Status::Know, &error));
            QVERIFY(!error.isEmpty());
        }
        RawReader after(path());
        QCOMPARE(after.pragma(QStringLiteral("user_version")).toInt(), oldVersion);
        QCOMPARE(after.contents(), before);
        QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.corrupt")}, QDir::Files).isEmpty());

        // The same file still opens normally with the app's own migrations.
        UserDatabase db;
        QVERIFY(db.open(path()));
        QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
    }

    void newerVersionOpensReadOnly_data() { addFixtureRows(); }
    void newerVersionOpensReadOnly()
    {
        QFETCH(QString, fixture);
        QVERIFY(copyFile(fixture, path()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(UserDatabase::latestVersion() + 1)));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE from_the_future (x TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray hash = sha256(path());
        const Contents before = RawReader(path()).contents();

        {
            UserDatabase db;
            QVERIFY(db.open(path()));
            QCOMPARE(db.mode(), UserDatabase::Mode::ReadOnly);
            QVERIFY(!db.isSessionOnly());
            QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion() + 1);
            QCOMPARE(db.notices().size(), 1);
            QVERIFY(db.notices().first().contains(QStringLiteral("newer version of Career Guide")));
            cg::SkillAssessmentStore store(db.database());
            QCOMPARE(store.all().size(), before.value(QStringLiteral("skill_assessment")).size()); // shown
            QString error;
            QVERIFY(!store.setStatus(QStringLiteral("go"), cg::SkillAssessmentStore::Status::Know, &error));
            QVERIFY(db.backupPath().isEmpty());
        }
        QCOMPARE(sha256(path()), hash);
        QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.corrupt")}, QDir::Files).isEmpty());

        // The real app starts on it and says why nothing can be changed.
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
        app.setProcessEnvironment(env);
        app.start(QDir(cg::test::binaryDir()).filePath(QStringLiteral("bin/careerguide")),
                  {QStringLiteral("--exit-after-startup"), QStringLiteral("--content-db"),
                   cg::test::contentDatabasePath(), QStringLiteral("--user-db"), path()});
        QVERIFY(app.waitForFinished(60000));
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("newer version of Career Guide")), qPrintable(err));
        QCOMPARE(sha256(path()), hash);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
