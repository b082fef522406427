// The path matrix: whatever the user-database path names — a block or character device, a named pipe, a socket, a
// folder, a path through a file, a link to nothing, a circle of links, a name that is not valid text, no home folder
// at all — UserDatabase and the real app write nothing there (a byte-for-byte look at the folder before and after, no
// journal beside it), say why in exactly one line, and never hang. A file held locked by another process is never
// shown older than what was saved without saying so.
#include "TestSupport.h"
#include "database/UserDatabase.h"
#include "user/SkillAssessmentStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using cg::SkillAssessmentStore;
using cg::UserDatabase;

namespace {
constexpr int AppTimeoutMs = 30000;
constexpr unsigned WatchdogSeconds = 30; // an open() that blocks (a named pipe) ends the test instead of hanging it

// Everything about a folder's entries that a write would change, read without opening anything but regular files:
// names as raw bytes, type, size, times, inode, device numbers, link targets and file contents.
QByteArray snapshot(const QByteArray& folder)
{
    QByteArray out;
    DIR* dir = ::opendir(folder.constData());
    if (!dir)
        return QByteArray("(no folder)");
    QList<QByteArray> names;
    while (const dirent* entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    for (const QByteArray& name : names) {
        const QByteArray full = folder + '/' + name;
        struct stat status = {};
        if (::lstat(full.constData(), &status) != 0)
            continue;
        out += name + ' ' + QByteArray::number(quint32(status.st_mode), 8) + ' ' +
               QByteArray::number(qint64(status.st_size)) + ' ' + QByteArray::number(qint64(status.st_mtim.tv_sec)) +
               '.' + QByteArray::number(qint64(status.st_mtim.tv_nsec)) + ' ' +
               QByteArray::number(quint64(status.st_ino)) + ' ' + QByteArray::number(quint64(status.st_rdev));
        if (S_ISDIR(status.st_mode)) {
            out += " {\n" + snapshot(full) + '}';
        } else if (S_ISLNK(status.st_mode)) {
            QByteArray target(4096, '\0');
            const ssize_t length = ::readlink(full.constData(), target.data(), size_t(target.size()));
            out += " -> " + target.left(qsizetype(qMax<ssize_t>(length, 0)));
        } else if (S_ISREG(status.st_mode)) {
            const int fd = ::open(full.constData(), O_RDONLY | O_NONBLOCK);
            if (fd >= 0) {
                QByteArray bytes(qsizetype(status.st_size), '\0');
                const ssize_t read = ::read(fd, bytes.data(), size_t(bytes.size()));
                ::close(fd);
                out += " content " + QByteArray::number(qint64(read)) + ' ' + bytes.toHex().left(200) + ' ' +
                       QByteArray::number(qHash(bytes));
            }
        }
        out += '\n';
    }
    return out;
}

QByteArray snapshot(const QString& folder)
{
    return snapshot(QFile::encodeName(folder));
}

QStringList lines(const QString& text)
{
    QStringList result = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    result.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
    return result;
}

// The app's own lines ("careerguide: ...") and any other line that names the path; Qt's notes about the offscreen
// platform are neither.
QStringList reasonLines(const QString& standardError, const QString& about)
{
    QStringList result = lines(standardError);
    result.removeIf([&about](const QString& line) {
        return !line.startsWith(QLatin1String("careerguide: ")) && !line.contains(about);
    });
    return result;
}

struct AppResult
{
    bool finished = false;
    int exitCode = -1;
    QString standardError;
    qint64 elapsedMs = 0;
};

class Watchdog final
{
    Q_DISABLE_COPY_MOVE(Watchdog)

public:
    Watchdog() { ::alarm(WatchdogSeconds); }
    ~Watchdog() { ::alarm(0); }
};

// A Unix-domain socket bound at a path, as a running service leaves one.
class BoundSocket final
{
    Q_DISABLE_COPY_MOVE(BoundSocket)

public:
    explicit BoundSocket(const QString& path)
    {
        const QByteArray name = QFile::encodeName(path);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (size_t(name.size()) >= sizeof address.sun_path)
            return;
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        m_ok = m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }
    ~BoundSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isBound() const { return m_ok; }

private:
    int m_fd = -1;
    bool m_ok = false;
};
} // namespace

class TestUserDataPaths : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BoundSocket> m_socket;
    int m_pathsTried = 0;
    int m_appRuns = 0;

    QTemporaryDir m_runtime; // XDG_RUNTIME_DIR and the XDG homes for the app

    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString runtimeDir() const { return m_runtime.path(); }

    QProcessEnvironment appEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString home = m_runtime.filePath(QStringLiteral("home")); // outside the folder that is compared
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
        return env;
    }

    AppResult run(const QString& program, const QStringList& arguments, const QProcessEnvironment& env)
    {
        ++m_appRuns;
        QProcess app;
        app.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        app.start(program, arguments);
        AppResult result;
        result.finished = app.waitForFinished(AppTimeoutMs) && app.exitStatus() == QProcess::NormalExit;
        result.elapsedMs = timer.elapsed();
        if (app.state() != QProcess::NotRunning) {
            app.kill();
            app.waitForFinished();
        }
        result.exitCode = app.exitCode();
        result.standardError = QString::fromUtf8(app.readAllStandardError());
        return result;
    }

    static QString appPath() { return QDir(cg::test::binaryDir()).filePath(QStringLiteral("bin/careerguide")); }

    AppResult runApp(const QStringList& userDb, const QProcessEnvironment& env)
    {
        return run(appPath(),
                   QStringList{QStringLiteral("--exit-after-startup"), QStringLiteral("--content-db"),
                               cg::test::contentDatabasePath()} +
                       userDb,
                   env);
    }

    AppResult runApp(const QString& userDb) { return runApp({QStringLiteral("--user-db"), userDb}, appEnvironment()); }

    // Builds what a row names at user.sqlite (or below); returns the path to open, or an empty string with *skip set.
    QString prepare(const QString& kind, QString* skip)
    {
        const QString file = path(QStringLiteral("user.sqlite"));
        const QByteArray name = QFile::encodeName(file);
        if (kind == QLatin1String("block device")) {
            if (::geteuid() != 0) {
                *skip = QStringLiteral("making a block device node needs root");
                return QString();
            }
            // A loop device number nothing is attached to: it must be refused before anything opens it.
            if (::mknod(name.constData(), S_IFBLK | 0600, makedev(7, 200)) != 0) {
                *skip = QStringLiteral("mknod of a block device is not permitted here: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(errno)));
                return QString();
            }
        } else if (kind == QLatin1String("character device")) {
            if (::geteuid() != 0 || ::mknod(name.constData(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
                // Without root: the system's own null device, named directly.
                return QStringLiteral("/dev/null");
            }
        } else if (kind == QLatin1String("named pipe")) {
            if (::mkfifo(name.constData(), 0600) != 0)
                return QString();
        } else if (kind == QLatin1String("socket")) {
            m_socket = std::make_unique<BoundSocket>(file);
            if (!m_socket->isBound())
                return QString();
        } else if (kind == QLatin1String("folder")) {
            if (!QDir().mkpath(file))
                return QString();
        } else if (kind == QLatin1String("path through a file")) {
            QFile plain(path(QStringLiteral("notes.txt")));
            if (!plain.open(QIODevice::WriteOnly) || plain.write("a file, not a folder\n") < 0)
                return QString();
            return path(QStringLiteral("notes.txt/user.sqlite"));
        } else if (kind == QLatin1String("link to a named pipe")) {
            if (::mkfifo(QFile::encodeName(path(QStringLiteral("pipe"))).constData(), 0600) != 0 ||
                ::symlink("pipe", name.constData()) != 0)
                return QString();
        } else if (kind == QLatin1String("link to a folder")) {
            if (!QDir().mkpath(path(QStringLiteral("elsewhere"))) || ::symlink("elsewhere", name.constData()) != 0)
                return QString();
        } else if (kind == QLatin1String("link to nothing")) {
            // A drive that is not mounted: its mount point is there, the file is not. SQLite would create it.
            if (!QDir().mkpath(path(QStringLiteral("mnt"))) ||
                ::symlink(QFile::encodeName(path(QStringLiteral("mnt/user.sqlite"))).constData(), name.constData()) !=
                    0)
                return QString();
        } else if (kind == QLatin1String("circle of links")) {
            if (::symlink("user.sqlite.other", name.constData()) != 0 ||
                ::symlink("user.sqlite", QFile::encodeName(path(QStringLiteral("user.sqlite.other"))).constData()) != 0)
                return QString();
        }
        return file;
    }

    static void addPathRows()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("refused");   // refused: open() fails, the app exits 1; else an in-memory session
        QTest::addColumn<QString>("reason"); // words the one line must hold
        QTest::newRow("block device") << QStringLiteral("block device") << true << QStringLiteral("block device");
        QTest::newRow("character device")
            << QStringLiteral("character device") << true << QStringLiteral("character device");
        QTest::newRow("named pipe") << QStringLiteral("named pipe") << true << QStringLiteral("named pipe");
        QTest::newRow("socket") << QStringLiteral("socket") << true << QStringLiteral("socket");
        QTest::newRow("folder") << QStringLiteral("folder") << true << QStringLiteral("a folder");
        QTest::newRow("path through a file")
            << QStringLiteral("path through a file") << true << QStringLiteral("not a folder");
        QTest::newRow("link to a named pipe")
            << QStringLiteral("link to a named pipe") << true << QStringLiteral("named pipe");
        QTest::newRow("link to a folder") << QStringLiteral("link to a folder") << true << QStringLiteral("a folder");
        QTest::newRow("link to nothing") << QStringLiteral("link to nothing") << false
                                         << QStringLiteral("mnt/user.sqlite");
        QTest::newRow("circle of links") << QStringLiteral("circle of links") << false
                                         << QStringLiteral("user.sqlite.other");
    }

private slots:
    void init()
    {
        m_socket.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanupTestCase()
    {
        const QString summary =
            QStringLiteral("user-database paths tried: %1\nruns of the app: %2\n").arg(m_pathsTried).arg(m_appRuns);
        qInfo("%s", qPrintable(summary));
        QFile file(cg::test::artifactPath(QStringLiteral("reliability-user-data-paths.txt")));
        if (file.open(QIODevice::WriteOnly | QIODevice::Text))
            file.write(summary.toUtf8());
    }

    void pathThroughUserDatabase_data() { addPathRows(); }
    void pathThroughUserDatabase()
    {
        QFETCH(QString, kind);
        QFETCH(bool, refused);
        QFETCH(QString, reason);
        QString skip;
        const QString target = prepare(kind, &skip);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY2(!target.isEmpty(), "cannot build the case");
        ++m_pathsTried;
        const QString folder = target.startsWith(m_dir->path()) ? m_dir->path() : QFileInfo(target).absolutePath();
        const QByteArray before = snapshot(folder);

        UserDatabase db;
        bool opened = false;
        {
            const Watchdog watchdog;
            opened = db.open(target);
        }
        if (refused) {
            QVERIFY(!opened);
            QCOMPARE(db.mode(), UserDatabase::Mode::Closed);
            QVERIFY2(db.errorString().contains(reason), qPrintable(db.errorString()));
            QVERIFY2(db.errorString().contains(QDir::toNativeSeparators(target)), qPrintable(db.errorString()));
            QCOMPARE(lines(db.errorString()).size(), 1);
        } else {
            QVERIFY2(opened, qPrintable(db.errorString()));
            QVERIFY(db.isSessionOnly());
            QCOMPARE(db.mode(), UserDatabase::Mode::ReadOnly);
            QCOMPARE(db.notices().size(), 1);
            QVERIFY2(db.notices().first().contains(reason), qPrintable(db.notices().first()));
            QCOMPARE(lines(db.notices().first()).size(), 1);
            QString error;
            QVERIFY(!SkillAssessmentStore(db.database())
                         .setStatus(QStringLiteral("go"), SkillAssessmentStore::Status::Know, &error));
        }
        db.close();
        QCOMPARE(snapshot(folder), before);
        if (kind == QLatin1String("link to nothing"))
            QCOMPARE(snapshot(path(QStringLiteral("mnt"))), QByteArray()); // nothing made through the link
    }

    void pathThroughApp_data() { addPathRows(); }
    void pathThroughApp()
    {
        QFETCH(QString, kind);
        QFETCH(bool, refused);
        QFETCH(QString, reason);
        QString skip;
        const QString target = prepare(kind, &skip);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY2(!target.isEmpty(), "cannot build the case");
        ++m_pathsTried;
        const QString folder = target.startsWith(m_dir->path()) ? m_dir->path() : QFileInfo(target).absolutePath();
        const QByteArray before = snapshot(folder);

        const AppResult result = runApp(target);
        QVERIFY2(result.finished, qPrintable(QStringLiteral("no exit within %1 ms").arg(AppTimeoutMs)));
        QCOMPARE(result.exitCode, refused ? 1 : 0);
        const QStringList said = reasonLines(result.standardError, target);
        QVERIFY2(said.size() == 1, qPrintable(result.standardError));
        QVERIFY2(said.first().contains(reason), qPrintable(said.first()));
        QCOMPARE(snapshot(folder), before);
        if (kind == QLatin1String("link to nothing"))
            QCOMPARE(snapshot(path(QStringLiteral("mnt"))), QByteArray());
    }

    // A link to a file of ours is simply followed: the data behind it is used, the link stays a link.
    void linkToOurFileIsFollowed()
    {
        ++m_pathsTried;
        const QString real = path(QStringLiteral("real.sqlite"));
        const QString link = path(QStringLiteral("user.sqlite"));
        {
            UserDatabase db;
            QVERIFY(db.open(real));
            QString error;
            QVERIFY2(SkillAssessmentStore(db.database())
                         .setStatus(QStringLiteral("sql"), SkillAssessmentStore::Status::Know, &error),
                     qPrintable(error));
        }
        QVERIFY(QFile::link(QStringLiteral("real.sqlite"), link));
        {
            UserDatabase db;
            QVERIFY(db.open(link));
            QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
            QVERIFY(db.notices().isEmpty());
            SkillAssessmentStore store(db.database());
            QCOMPARE(store.status(QStringLiteral("sql")), SkillAssessmentStore::Status::Know);
            QString error;
            QVERIFY2(store.setStatus(QStringLiteral("go"), SkillAssessmentStore::Status::Want, &error),
                     qPrintable(error));
        }
        QVERIFY(QFileInfo(link).isSymLink());
        UserDatabase db;
        QVERIFY(db.open(real));
        QCOMPARE(SkillAssessmentStore(db.database()).status(QStringLiteral("go")), SkillAssessmentStore::Status::Want);
    }

    void nameThatIsNotText()
    {
        const QByteArray valid = QFile::encodeName(path(QStringLiteral("us\u00e9r.sqlite")));
        QString decoded;
        QString problem;
        QVERIFY(UserDatabase::pathFromBytes(valid, &decoded, &problem));
        QCOMPARE(QFile::encodeName(decoded), valid);

        const QByteArray invalid = QFile::encodeName(m_dir->path()) + "/user\xff.sqlite";
        QVERIFY(!UserDatabase::pathFromBytes(invalid, &decoded, &problem));
        QCOMPARE(lines(problem).size(), 1);
        QVERIFY2(problem.contains(QStringLiteral("not valid text")), qPrintable(problem));
        QVERIFY(!UserDatabase::pathFromBytes(QByteArray(), &decoded, &problem));
    }

    // The file with that exact name holds saved marks; a file named with U+FFFD instead must not appear.
    void nameThatIsNotTextThroughApp()
    {
        ++m_pathsTried;
        const QByteArray folder = QFile::encodeName(m_dir->path());
        {
            UserDatabase db;
            QVERIFY(db.open(path(QStringLiteral("made.sqlite"))));
            QString error;
            QVERIFY(SkillAssessmentStore(db.database())
                        .setStatus(QStringLiteral("sql"), SkillAssessmentStore::Status::Know, &error));
        }
        QVERIFY(::rename(QFile::encodeName(path(QStringLiteral("made.sqlite"))).constData(),
                         (folder + "/user\xff.sqlite").constData()) == 0);
        const QByteArray before = snapshot(folder);
        // QProcess passes arguments as text, so the shell builds the byte.
        const QString script = QStringLiteral("exec \"$0\" --exit-after-startup --content-db \"$1\" "
                                              "--user-db \"$(printf '%s/user\\377.sqlite' \"$2\")\"");
        const AppResult result =
            run(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), script, appPath(), cg::test::contentDatabasePath(), m_dir->path()},
                appEnvironment());
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 1);
        const QStringList said = reasonLines(result.standardError, m_dir->path());
        QVERIFY2(said.size() == 1, qPrintable(result.standardError));
        QVERIFY2(said.first().contains(QStringLiteral("not valid text")), qPrintable(said.first()));
        QCOMPARE(snapshot(folder), before);
        ::unlink((folder + "/user\xff.sqlite").constData()); // QTemporaryDir cannot name it to remove it
    }

    void noHomeFolder_data()
    {
        QTest::addColumn<QByteArray>("home"); // empty: unset
        QTest::newRow("HOME unset") << QByteArray();
        QTest::newRow("HOME empty") << QByteArray("");
        QTest::newRow("HOME is a file") << QByteArray("file");
    }
    void noHomeFolder()
    {
        QFETCH(QByteArray, home);
        ++m_pathsTried;
        const bool unset = home.isNull();
        QByteArray homeValue = home;
        if (home == "file") {
            homeValue = QFile::encodeName(path(QStringLiteral("home-file")));
            QFile file(QFile::decodeName(homeValue));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }

        // UserDatabase alone: no default path is guessed.
        const QByteArray savedHome = qgetenv("HOME");
        const QByteArray savedDataHome = qgetenv("XDG_DATA_HOME");
        const bool hadHome = qEnvironmentVariableIsSet("HOME");
        const bool hadDataHome = qEnvironmentVariableIsSet("XDG_DATA_HOME");
        qunsetenv("XDG_DATA_HOME");
        if (unset)
            qunsetenv("HOME");
        else
            qputenv("HOME", homeValue);
        QString problem;
        const QString guessed = UserDatabase::defaultPath(&problem);
        if (hadHome)
            qputenv("HOME", savedHome);
        else
            qunsetenv("HOME");
        if (hadDataHome)
            qputenv("XDG_DATA_HOME", savedDataHome);
        QVERIFY2(guessed.isEmpty(), qPrintable(guessed));
        QVERIFY2(problem.contains(QStringLiteral("HOME")), qPrintable(problem));
        QCOMPARE(lines(problem).size(), 1);

        // The app with no home and no XDG folders: an in-memory session, one line, nothing written to /.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
        for (const QString& name : {QStringLiteral("HOME"), QStringLiteral("XDG_DATA_HOME"),
                                    QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("XDG_CACHE_HOME")})
            env.remove(name);
        if (!unset)
            env.insert(QStringLiteral("HOME"), QFile::decodeName(homeValue));
        const QByteArray rootData = snapshot(QByteArray("/.local/share/careerguide"));
        const QByteArray rootConfig = snapshot(QByteArray("/.config/careerguide"));
        const QByteArray rootCache = snapshot(QByteArray("/.cache/careerguide"));
        const QByteArray folder = snapshot(m_dir->path());
        const AppResult result = runApp({}, env);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0);
        const QStringList said = reasonLines(result.standardError, QStringLiteral("HOME"));
        QVERIFY2(said.size() == 1, qPrintable(result.standardError));
        QCOMPARE(snapshot(QByteArray("/.local/share/careerguide")), rootData);
        QCOMPARE(snapshot(QByteArray("/.config/careerguide")), rootConfig);
        QCOMPARE(snapshot(QByteArray("/.cache/careerguide")), rootCache);
        QCOMPARE(snapshot(m_dir->path()), folder);
    }

    // A folder that cannot be written, holding the file and a journal with a committed change but no index for it:
    // reading the file alone (immutable) would show the state before that change. Either the journal is read (SQLite
    // builds its index in memory) or nothing is shown, with a notice saying why.
    void journalInReadOnlyFolderIsNeverSkipped()
    {
        ++m_pathsTried;
        const QString folder = path(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = QDir(folder).filePath(QStringLiteral("user.sqlite"));
        {
            UserDatabase db;
            QVERIFY(db.open(file));
            QString error;
            QVERIFY(SkillAssessmentStore(db.database())
                        .setStatus(QStringLiteral("python"), SkillAssessmentStore::Status::Learning, &error));
        }
        QByteArray journal;
        {
            QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            writer.setDatabaseName(file);
            QVERIFY(writer.open());
            QSqlQuery query(writer);
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QString error;
            QVERIFY(SkillAssessmentStore(writer).setStatus(QStringLiteral("python"), SkillAssessmentStore::Status::Know,
                                                           &error));
            QFile wal(file + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::ReadOnly));
            journal = wal.readAll();
            writer.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        QVERIFY(journal.size() > 32);
        QFile::remove(file + QStringLiteral("-shm"));
        {
            QFile wal(file + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly | QIODevice::Truncate) && wal.write(journal) == journal.size());
        }
        if (::geteuid() != 0) {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        } else if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) != 0) {
            QSKIP("cannot make a folder read-only for root here (chattr +i)");
        }
        const auto restore = qScopeGuard([&folder] {
            if (::geteuid() == 0)
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
            else
                QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });
        if (QFileInfo(folder).isWritable() && ::geteuid() != 0)
            QSKIP("the folder stays writable");
        const QByteArray before = snapshot(folder);
        {
            UserDatabase db;
            QVERIFY(db.open(file));
            const auto shown = SkillAssessmentStore(db.database()).status(QStringLiteral("python"));
            const QString notices = db.notices().join(QLatin1Char(' '));
            QVERIFY2(shown != SkillAssessmentStore::Status::Learning, qPrintable(notices));
            if (shown != SkillAssessmentStore::Status::Know) {
                QVERIFY(db.isSessionOnly());
                QVERIFY2(notices.contains(QStringLiteral("out-of-date")), qPrintable(notices));
            }
        }
        QCOMPARE(snapshot(folder), before);
    }

    // Another process holds the file exclusively, with a committed change still in its journal. What is shown is
    // either that change or nothing, with a notice saying so; never the older state in the main file as current.
    void exclusiveLockNeverShowsOlderData()
    {
        ++m_pathsTried;
        const QString file = path(QStringLiteral("user.sqlite"));
        {
            UserDatabase db;
            QVERIFY(db.open(file));
            QString error;
            QVERIFY(SkillAssessmentStore(db.database())
                        .setStatus(QStringLiteral("python"), SkillAssessmentStore::Status::Learning, &error));
        }
        // Another process: within one process, closing any descriptor of the file drops its POSIX locks.
        QProcess holder;
        QProcessEnvironment holderEnv = QProcessEnvironment::systemEnvironment();
        holderEnv.insert(QStringLiteral("CG_HOLD_LOCK_ON"), file);
        holder.setProcessEnvironment(holderEnv);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForStarted());
        const auto stopHolder = qScopeGuard([&holder] {
            if (holder.state() != QProcess::NotRunning) {
                holder.kill();
                holder.waitForFinished();
            }
        });
        QVERIFY2(holder.waitForReadyRead(20000) && holder.readLine().trimmed() == "holding",
                 qPrintable(QString::fromUtf8(holder.readAllStandardError())));
        QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0);

        // The trap: the main file alone still says "learning".
        {
            QSqlDatabase stale = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stale"));
            stale.setDatabaseName(QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded) +
                                  QStringLiteral("?immutable=1"));
            stale.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            QVERIFY(stale.open());
            QCOMPARE(SkillAssessmentStore(stale).status(QStringLiteral("python")),
                     SkillAssessmentStore::Status::Learning);
            stale.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("stale"));

        QElapsedTimer timer;
        timer.start();
        {
            UserDatabase db;
            QVERIFY(db.open(file));
            const qint64 waited = timer.elapsed();
            const auto shown = SkillAssessmentStore(db.database()).status(QStringLiteral("python"));
            const QString notices = db.notices().join(QLatin1Char(' '));
            QVERIFY2(shown == SkillAssessmentStore::Status::Know || db.isSessionOnly(), qPrintable(notices));
            QVERIFY(shown != SkillAssessmentStore::Status::Learning);
            if (db.isSessionOnly())
                QVERIFY2(notices.contains(QStringLiteral("locked")) && notices.contains(QStringLiteral("not shown")),
                         qPrintable(notices));
            QVERIFY2(waited < 10000, qPrintable(QString::number(waited)));
            qInfo("UserDatabase gave up on the locked file after %lld ms", waited);
        }

        // The real app, a second process, while the lock is held.
        const AppResult result = runApp(file);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.standardError.contains(QStringLiteral("locked")), qPrintable(result.standardError));
        qInfo("the app started on the locked file in %lld ms", result.elapsedMs);

        holder.closeWriteChannel(); // the holder lets go and ends
        QVERIFY(holder.waitForFinished(20000));
        QCOMPARE(holder.exitCode(), 0);
        UserDatabase db;
        QVERIFY(db.open(file));
        QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
        QCOMPARE(SkillAssessmentStore(db.database()).status(QStringLiteral("python")),
                 SkillAssessmentStore::Status::Know);
    }
};

// The lock holder the locked-file case starts: this same program, told by its environment to take the file
// exclusively, commit one change that stays in the journal, say so, and hold on until its input closes.
int holdLock(const QString& file)
{
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(file);
        if (!holder.open())
            return 2;
        QSqlQuery query(holder);
        QString error;
        if (!query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) ||
            !query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")) ||
            !SkillAssessmentStore(holder).setStatus(QStringLiteral("python"), SkillAssessmentStore::Status::Know,
                                                    &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
        std::printf("holding\n");
        std::fflush(stdout);
        char buffer[64];
        while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
        }
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    return 0;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("CG_HOLD_LOCK_ON"))
        return holdLock(qEnvironmentVariable("CG_HOLD_LOCK_ON"));
    TestUserDataPaths test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestUserDataPaths.moc"
