// The damaged-file matrix: whatever sits at the user database's path — truncated, empty, random, another
// application's, a journal without its database, read-only, on a full disk — UserDatabase and the real app start,
// a damaged file is moved aside byte for byte under a dated name the person is told, and read-only files and
// folders are shown read-only with a notice.
#include "TestSupport.h"
#include "database/UserDatabase.h"
#include "user/SkillAssessmentStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using cg::SkillAssessmentStore;
using cg::UserDatabase;

namespace {
constexpr int SourceMarks = 300; // enough rows to spread the source database over several pages

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray randomBytes(quint32 seed, int size)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

QString integrity(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return QStringLiteral("cannot run integrity_check");
    return query.value(0).toString();
}

QString markFor(int index)
{
    return QStringLiteral("skill-%1").arg(index, 4, 10, QLatin1Char('0'));
}

// Makes a file or folder truly unwritable for the running user and undoes it afterwards. Permission bits do not bind
// root, so as root the immutable attribute is used (ext4, xfs, btrfs; needs CAP_LINUX_IMMUTABLE).
class ReadOnlyGuard final
{
    Q_DISABLE_COPY_MOVE(ReadOnlyGuard)

public:
    explicit ReadOnlyGuard(const QString& path) : m_path(path), m_root(geteuid() == 0)
    {
        if (m_root) {
            m_ok = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        } else {
            m_permissions = QFile::permissions(path);
            m_ok = QFile::setPermissions(path, m_permissions & ~(QFileDevice::WriteOwner | QFileDevice::WriteUser |
                                                                 QFileDevice::WriteGroup | QFileDevice::WriteOther));
        }
        m_ok = m_ok && !QFileInfo(path).isWritable();
    }
    ~ReadOnlyGuard()
    {
        if (m_root)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        else
            QFile::setPermissions(m_path, m_permissions);
    }
    bool isReadOnly() const { return m_ok; }
    static QString why()
    {
        return QStringLiteral("cannot make a file read-only for root here: `chattr +i` is missing, not permitted "
                              "(CAP_LINUX_IMMUTABLE) or not supported by this file system; the same code path is "
                              "covered by the injected writability check");
    }

private:
    QString m_path;
    bool m_root = false;
    bool m_ok = false;
    QFileDevice::Permissions m_permissions;
};

// Limits the size of any file this process (or a child) writes, so writes fail the way they do on a full disk.
class FileSizeLimit final
{
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_old); }
    bool isSet() const { return m_ok; }

private:
    rlimit m_old{};
    bool m_ok = false;
};

struct AppResult
{
    bool finished = false;
    int exitCode = -1;
    QString standardError;
};
} // namespace

class TestDamagedFiles : public QObject
{
    Q_OBJECT

private:
    QByteArray m_source; // a real user database of the current version holding SourceMarks marks
    int m_pageSize = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_filesTried = 0;
    int m_appRuns = 0;

    QString path() const { return m_dir->filePath(QStringLiteral("user.sqlite")); }

    QStringList movedAside() const
    {
        return QDir(m_dir->path()).entryList({QStringLiteral("user.sqlite.*.corrupt")}, QDir::Files);
    }

    AppResult runApp(const QString& userDb, rlim_t fileSizeLimit = RLIM_INFINITY)
    {
        ++m_appRuns;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString home = m_dir->filePath(QStringLiteral("home"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        app.setProcessEnvironment(env);
        if (fileSizeLimit != RLIM_INFINITY) {
            app.setChildProcessModifier([fileSizeLimit] {
                ::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG instead of killing
                rlimit limit{};
                getrlimit(RLIMIT_FSIZE, &limit);
                limit.rlim_cur = fileSizeLimit;
                setrlimit(RLIMIT_FSIZE, &limit);
            });
        }
        app.start(QDir(cg::test::binaryDir()).filePath(QStringLiteral("bin/careerguide")),
                  {QStringLiteral("--exit-after-startup"), QStringLiteral("--content-db"),
                   cg::test::contentDatabasePath(), QStringLiteral("--user-db"), userDb});
        AppResult result;
        result.finished = app.waitForFinished(60000) && app.exitStatus() == QProcess::NormalExit;
        result.exitCode = app.exitCode();
        result.standardError = QString::fromUtf8(app.readAllStandardError());
        return result;
    }

    static int marks(const UserDatabase& db) { return int(SkillAssessmentStore(db.database()).all().size()); }

    void addDamageRows()
    {
        QTest::addColumn<QByteArray>("bytes");
        const int size = int(m_source.size());
        const int page = m_pageSize;
        QTest::newRow("truncated inside the magic string (10 bytes)") << m_source.left(10);
        QTest::newRow("truncated inside the header (99 bytes)") << m_source.left(99);
        QTest::newRow("truncated after the header (100 bytes)") << m_source.left(100);
        QTest::newRow("truncated to its first page") << m_source.left(page);
        QTest::newRow("truncated inside the second page") << m_source.left(page + 300);
        QTest::newRow("truncated to half") << m_source.left(size / 2);
        QTest::newRow("truncated by its last page") << m_source.left(size - page);
        QTest::newRow("random bytes, 4 KiB") << randomBytes(1, 4096);
        QTest::newRow("random bytes, 64 KiB") << randomBytes(2, 65536);
        QTest::newRow("a SQLite header over random pages") << m_source.left(100) + randomBytes(3, size - 100);
        QByteArray secondPage = m_source;
        secondPage.replace(page, page, randomBytes(4, page));
        QTest::newRow("second page overwritten with random bytes") << secondPage;
        QByteArray lastPage = m_source;
        lastPage.replace(size - page, page, QByteArray(page, '\0'));
        QTest::newRow("last page zeroed") << lastPage;
        QByteArray pageSize = m_source;
        pageSize[16] = '\x00';
        pageSize[17] = '\x07'; // 7 is no power of two
        QTest::newRow("page size field damaged") << pageSize;
        QTest::newRow("a text file") << QByteArray("skill,status\npython,know\n");
        QTest::newRow("another application's database") << foreignDatabase();
    }

    QByteArray foreignDatabase()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(file);
            other.open();
            QSqlQuery query(other);
            query.exec(QStringLiteral("PRAGMA application_id = 1234"));
            query.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"));
            query.exec(QStringLiteral("INSERT INTO contacts VALUES ('Ada', '555-0100')"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        return readAll(file);
    }

    // A write-ahead log with committed changes, copied while its database was still open.
    QByteArray liveJournal()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("live.sqlite"));
        writeAll(file, m_source);
        QByteArray journal;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("live"));
            db.setDatabaseName(file);
            db.open();
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
            query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            query.exec(
                QStringLiteral("INSERT INTO skill_assessment VALUES ('from-the-journal', 'know', '2025-01-01')"));
            journal = readAll(file + QStringLiteral("-wal"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("live"));
        return journal;
    }

private slots:
    void initTestCase()
    {
        ::signal(SIGXFSZ, SIG_IGN); // the full-disk cases limit file sizes; past the limit a write must just fail
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("source.sqlite"));
        {
            UserDatabase db;
            QVERIFY(db.open(file));
            SkillAssessmentStore store(db.database());
            const QStringList keys{QStringLiteral("know"), QStringLiteral("learning"), QStringLiteral("want")};
            for (int i = 0; i < SourceMarks; ++i) {
                QString error;
                QVERIFY2(store.setStatus(markFor(i), SkillAssessmentStore::fromKey(keys.at(i % 3)), &error),
                         qPrintable(error));
            }
        }
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal"))); // checkpointed into one file
        m_source = readAll(file);
        m_pageSize = (uchar(m_source.at(16)) << 8) | uchar(m_source.at(17));
        QVERIFY(m_pageSize >= 512);
        QVERIFY2(m_source.size() >= 6 * m_pageSize, "the source database should span several pages");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanupTestCase()
    {
        const QString summary =
            QStringLiteral("user database files tried: %1\nruns of the app: %2\n").arg(m_filesTried).arg(m_appRuns);
        qInfo("%s", qPrintable(summary));
        QFile file(cg::test::artifactPath(QStringLiteral("reliability-damaged-files.txt")));
        if (file.open(QIODevice::WriteOnly | QIODevice::Text))
            file.write(summary.toUtf8());
    }

    void damagedFileIsMovedAside_data() { addDamageRows(); }
    void damagedFileIsMovedAside()
    {
        QFETCH(QByteArray, bytes);
        ++m_filesTried;
        QVERIFY(writeAll(path(), bytes));

        UserDatabase db;
        QVERIFY2(db.open(path()), qPrintable(db.errorString()));
        QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
        QVERIFY(!db.isSessionOnly());
        QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion());
        QCOMPARE(integrity(db.database()), QStringLiteral("ok"));
        QCOMPARE(marks(db), 0); // a fresh start, not a half-read old file

        const QStringList moved = movedAside();
        QCOMPARE(moved.size(), 1);
        const QString target = m_dir->filePath(moved.first());
        QCOMPARE(db.movedAsidePath(), target);
        QVERIFY(readAll(target) == bytes); // never changed, never deleted
        QVERIFY(moved.first().contains(QRegularExpression(QStringLiteral("\\.\\d{8}-\\d{6}\\.corrupt$"))));
        QCOMPARE(db.notices().size(), 1);
        QVERIFY2(db.notices().first().contains(QDir::toNativeSeparators(target)), qPrintable(db.notices().first()));

        // Work goes on in the new file.
        QString error;
        QVERIFY2(SkillAssessmentStore(db.database())
                     .setStatus(QStringLiteral("go"), SkillAssessmentStore::Status::Want, &error),
                 qPrintable(error));
    }

    void appStartsOnDamagedFile_data() { addDamageRows(); }
    void appStartsOnDamagedFile()
    {
        QFETCH(QByteArray, bytes);
        ++m_filesTried;
        QVERIFY(writeAll(path(), bytes));
        const AppResult result = runApp(path());
        QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.standardError));
        const QStringList moved = movedAside();
        QCOMPARE(moved.size(), 1);
        QVERIFY(readAll(m_dir->filePath(moved.first())) == bytes);
        QVERIFY2(result.standardError.contains(QDir::toNativeSeparators(m_dir->filePath(moved.first()))),
                 qPrintable(result.standardError));
        QVERIFY(QFileInfo(path()).size() > 0); // the new database
    }

    // What a crash between creating the file and writing its first page leaves (the kill test meets it): SQLite reads
    // an empty file as an empty database, there is nothing to keep, so it is started in place without alarm.
    void emptyFileIsStartedInPlace()
    {
        ++m_filesTried;
        QVERIFY(writeAll(path(), QByteArray()));
        {
            UserDatabase db;
            QVERIFY(db.open(path()));
            QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
            QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion());
            QVERIFY(db.notices().isEmpty());
        }
        QVERIFY(movedAside().isEmpty());

        init();
        ++m_filesTried;
        QVERIFY(writeAll(path(), QByteArray()));
        const AppResult result = runApp(path());
        QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY(movedAside().isEmpty());
        QVERIFY(QFileInfo(path()).size() > 0);
    }

    void journalWithoutDatabase()
    {
        ++m_filesTried;
        const QByteArray journal = liveJournal();
        QVERIFY(journal.size() > 32);
        const QString wal = path() + QStringLiteral("-wal");
        QVERIFY(writeAll(wal, journal));
        {
            UserDatabase db;
            QVERIFY(db.open(path()));
            QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
            QCOMPARE(marks(db), 0); // the stray journal was not replayed into the new file
            const QStringList orphans = QDir(m_dir->path()).entryList({QStringLiteral("*.orphan")}, QDir::Files);
            QCOMPARE(orphans.size(), 1);
            QVERIFY(readAll(m_dir->filePath(orphans.first())) == journal);
            QCOMPARE(db.notices().size(), 1);
            QVERIFY(db.notices().first().contains(QDir::toNativeSeparators(m_dir->filePath(orphans.first()))));
        }

        // The app, from a clean folder holding only the journal.
        init();
        ++m_filesTried;
        QVERIFY(writeAll(path() + QStringLiteral("-wal"), journal));
        const AppResult result = runApp(path());
        QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.standardError));
        const QStringList orphans = QDir(m_dir->path()).entryList({QStringLiteral("*.orphan")}, QDir::Files);
        QCOMPARE(orphans.size(), 1);
        QVERIFY(readAll(m_dir->filePath(orphans.first())) == journal);
        QVERIFY2(result.standardError.contains(QDir::toNativeSeparators(m_dir->filePath(orphans.first()))),
                 qPrintable(result.standardError));
    }

    void readOnlyFile_data()
    {
        QTest::addColumn<bool>("injected");
        QTest::newRow("file really read-only") << false;
        QTest::newRow("writability check says no") << true;
    }
    void readOnlyFile()
    {
        QFETCH(bool, injected);
        ++m_filesTried;
        QVERIFY(writeAll(path(), m_source));
        std::unique_ptr<ReadOnlyGuard> guard;
        if (!injected) {
            guard = std::make_unique<ReadOnlyGuard>(path());
            if (!guard->isReadOnly())
                QSKIP(qPrintable(ReadOnlyGuard::why()));
        }
        {
            UserDatabase db;
            if (injected)
                db.setWritableCheck([this](const QString& file) { return file != path(); });
            QVERIFY(db.open(path()));
            QCOMPARE(db.mode(), UserDatabase::Mode::ReadOnly);
            QVERIFY(!db.isSessionOnly());
            QCOMPARE(marks(db), SourceMarks); // everything saved before is shown
            QCOMPARE(db.notices().size(), 1);
            QVERIFY(db.notices().first().contains(QStringLiteral("read-only")));
            QVERIFY(db.notices().first().contains(QDir::toNativeSeparators(path())));
            QString error;
            QVERIFY(!SkillAssessmentStore(db.database())
                         .setStatus(QStringLiteral("go"), SkillAssessmentStore::Status::Know, &error));
            QVERIFY(!error.isEmpty()); // reported, not swallowed
        }
        QVERIFY(readAll(path()) == m_source);
        QVERIFY(movedAside().isEmpty());

        if (!injected) {
            ++m_filesTried;
            const AppResult result = runApp(path());
            QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.standardError));
            QVERIFY2(result.standardError.contains(QStringLiteral("read-only")), qPrintable(result.standardError));
            QVERIFY(readAll(path()) == m_source);
            QVERIFY(movedAside().isEmpty());
        }
    }

    void readOnlyFolder_data()
    {
        QTest::addColumn<bool>("injected");
        QTest::addColumn<QString>("content"); // "ours", "none" or "damaged"
        QTest::newRow("folder really read-only, with the data file") << false << "ours";
        QTest::newRow("folder really read-only, no data file yet") << false << "none";
        QTest::newRow("folder really read-only, damaged data file") << false << "damaged";
        QTest::newRow("writability check says no, with the data file") << true << "ours";
        QTest::newRow("writability check says no, no data file yet") << true << "none";
        QTest::newRow("writability check says no, damaged data file") << true << "damaged";
    }
    void readOnlyFolder()
    {
        QFETCH(bool, injected);
        QFETCH(QString, content);
        ++m_filesTried;
        const QString folder = m_dir->filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = QDir(folder).filePath(QStringLiteral("user.sqlite"));
        const QByteArray bytes = content == QLatin1String("ours") ? m_source : randomBytes(5, 8192);
        if (content != QLatin1String("none"))
            QVERIFY(writeAll(file, bytes));
        std::unique_ptr<ReadOnlyGuard> guard;
        if (!injected) {
            guard = std::make_unique<ReadOnlyGuard>(folder);
            if (!guard->isReadOnly())
                QSKIP(qPrintable(ReadOnlyGuard::why()));
        }
        {
            UserDatabase db;
            if (injected)
                db.setWritableCheck(
                    [folder](const QString& path) { return QFileInfo(path).absoluteFilePath() != folder; });
            QVERIFY(db.open(file));
            QCOMPARE(db.mode(), UserDatabase::Mode::ReadOnly);
            QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion()); // the app's queries find their tables
            QCOMPARE(db.isSessionOnly(), content != QLatin1String("ours"));
            QCOMPARE(marks(db), content == QLatin1String("ours") ? SourceMarks : 0);
            QVERIFY(!db.notices().isEmpty());
            QVERIFY2(db.notices()
                         .join(QLatin1Char(' '))
                         .contains(QDir::toNativeSeparators(content == QLatin1String("damaged") ? file : folder)),
                     qPrintable(db.notices().join(QLatin1Char(' '))));
            QString error;
            QVERIFY(!SkillAssessmentStore(db.database())
                         .setStatus(QStringLiteral("go"), SkillAssessmentStore::Status::Know, &error));
            QVERIFY(!error.isEmpty());
        }
        // Nothing created, nothing moved: a damaged file in a folder we may not change stays where it is. (Where the
        // folder is in truth writable, SQLite may leave its journal files beside a file it read.)
        const QStringList expected =
            content == QLatin1String("none") ? QStringList() : QStringList{QStringLiteral("user.sqlite")};
        const auto dataFiles = [&folder] {
            QStringList files = QDir(folder).entryList(QDir::Files);
            files.removeIf([](const QString& name) {
                return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
            });
            return files;
        };
        QCOMPARE(injected ? dataFiles() : QDir(folder).entryList(QDir::Files), expected);
        if (content != QLatin1String("none"))
            QVERIFY(readAll(file) == bytes);

        if (!injected) {
            ++m_filesTried;
            const AppResult result = runApp(file);
            QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.standardError));
            QVERIFY2(result.standardError.contains(QStringLiteral("read-only")) ||
                         result.standardError.contains(QStringLiteral("cannot be moved")),
                     qPrintable(result.standardError));
            QCOMPARE(QDir(folder).entryList(QDir::Files), expected);
        }
    }

    // SQLite's own limit on the file: the write that does not fit fails with SQLITE_FULL and says so.
    void fullDatabaseReportsTheError()
    {
        ++m_filesTried;
        QVERIFY(writeAll(path(), m_source));
        int committed = 0;
        QString error;
        {
            UserDatabase db;
            QVERIFY(db.open(path()));
            QSqlQuery query(db.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
            const int pages = query.value(0).toInt();
            QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
            SkillAssessmentStore store(db.database());
            while (committed < 5000 &&
                   store.setStatus(QStringLiteral("full-%1").arg(committed, 5, 10, QLatin1Char('0')),
                                   SkillAssessmentStore::Status::Want, &error))
                ++committed;
            QVERIFY2(committed < 5000, "the page limit never took effect");
            QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
            QCOMPARE(store.all().size(), SourceMarks + committed); // the connection goes on working
        }
        UserDatabase db;
        QVERIFY(db.open(path()));
        QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
        QCOMPARE(integrity(db.database()), QStringLiteral("ok"));
        const auto all = SkillAssessmentStore(db.database()).all();
        QCOMPARE(all.size(), SourceMarks + committed);
        QVERIFY(all.contains(markFor(SourceMarks - 1)));
        QVERIFY(!all.contains(QStringLiteral("full-%1").arg(committed, 5, 10, QLatin1Char('0'))));
        QVERIFY(movedAside().isEmpty());
    }

    // The operating system refuses to grow any file (RLIMIT_FSIZE): the same failures a full disk gives.
    void fullDisk_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("no data file yet") << false;
        QTest::newRow("data file with saved marks") << true;
    }
    void fullDisk()
    {
        QFETCH(bool, existing);
        ++m_filesTried;
        if (existing)
            QVERIFY(writeAll(path(), m_source));
        bool opened = false;
        bool sessionOnly = false;
        bool wrote = false;
        int shown = -1;
        QString notices;
        QString error;
        {
            UserDatabase db;
            const FileSizeLimit limit(0); // no file may grow by a single byte
            QVERIFY(limit.isSet());
            opened = db.open(path());
            sessionOnly = db.isSessionOnly();
            notices = db.notices().join(QLatin1Char(' '));
            shown = marks(db);
            wrote = SkillAssessmentStore(db.database())
                        .setStatus(QStringLiteral("go"), SkillAssessmentStore::Status::Know, &error);
            db.close();
        }
        QVERIFY(opened);
        QVERIFY2(!wrote, "a write on a full disk cannot have succeeded");
        QVERIFY(!error.isEmpty());
        QVERIFY(movedAside().isEmpty()); // a full disk is no reason to take a sound file for damaged
        if (existing) {
            QCOMPARE(shown, SourceMarks);
            UserDatabase db;
            QVERIFY(db.open(path()));
            QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
            QCOMPARE(integrity(db.database()), QStringLiteral("ok"));
            QCOMPARE(marks(db), SourceMarks);
        } else {
            QVERIFY(sessionOnly);
            QVERIFY2(notices.contains(QStringLiteral("cannot be created")), qPrintable(notices));
            QVERIFY(!QFileInfo::exists(path()) || QFileInfo(path()).size() == 0);
        }

        // The real app under the same limit.
        init();
        ++m_filesTried;
        if (existing)
            QVERIFY(writeAll(path(), m_source));
        const AppResult result = runApp(path(), existing ? rlim_t(m_source.size()) : rlim_t(0));
        QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(!result.standardError.isEmpty() || existing, "the person is told nothing will be saved");
        QVERIFY(movedAside().isEmpty());
        if (existing) {
            UserDatabase db;
            QVERIFY(db.open(path()));
            QCOMPARE(marks(db), SourceMarks);
        }
    }
};

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "TestDamagedFiles.moc"
