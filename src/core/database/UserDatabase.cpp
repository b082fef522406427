#include "UserDatabase.h"

#include "SqlScript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace cg {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cg::UserDatabase", text);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// SQLite's primary result codes that mean "these bytes are not a sound database", as opposed to a lock, a full
// disk or a permission problem, where the file itself is fine and must stay where it is.
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;
// Another connection holds the file: it is fine, only not readable now.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;

QStringList migrationFilesIn(const QString& directory)
{
    const QDir dir(directory);
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& file : files)
        file = dir.filePath(file);
    return files;
}

QString builtInMigrations()
{
    return QStringLiteral(":/user");
}

// A dated name, before + date + after, that does not exist yet: a second file moved within the same second gets a
// counter rather than overwriting the first. (Built by concatenation: a path may itself contain "%1".)
QString freshName(const QString& before, const QString& after)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = before + stamp + after;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal")); ++n)
        name = before + stamp + QLatin1Char('-') + QString::number(n) + after;
    return name;
}

enum class Header
{
    Sqlite,
    Other,
    Unreadable
};

Header readHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Header::Unreadable;
    return file.read(16) == QByteArray("SQLite format 3\0", 16) ? Header::Sqlite : Header::Other;
}

// True only for an empty regular file itself, never for a link or what it points to: the one thing we ever remove
// is an empty file we made.
bool isEmptyRegularFile(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat status = {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 && S_ISREG(status.st_mode) && status.st_size == 0;
#else
    const QFileInfo info(path);
    return info.isFile() && !info.isSymLink() && info.size() == 0;
#endif
}

// A journal beside the file holds committed changes the file itself may not have yet. (SQLite keeps the journal of
// a linked file beside the file the link leads to.)
bool hasJournalContent(const QString& path)
{
    const QString real = QFileInfo(path).canonicalFilePath();
    for (const QString& file : {path, real}) {
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            if (!file.isEmpty() && QFileInfo(file + suffix).size() > 0)
                return true;
        }
    }
    return false;
}

#ifdef Q_OS_UNIX
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return tr("a folder");
    if (S_ISBLK(mode))
        return tr("a block device (a disk or partition)");
    if (S_ISCHR(mode))
        return tr("a character device");
    if (S_ISFIFO(mode))
        return tr("a named pipe");
    if (S_ISSOCK(mode))
        return tr("a socket");
    return tr("not a regular file");
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
#endif

// VACUUM INTO does not sync the copy it writes; a backup that may still sit in the page cache is no backup.
void syncToDisk(const QString& path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        ::fsync(file.handle());
#else
    Q_UNUSED(path)
#endif
}
} // namespace

UserDatabase::UserDatabase(const QString& connectionName) : m_connectionName(connectionName) {}

UserDatabase::~UserDatabase()
{
    close();
}

int UserDatabase::latestVersion()
{
    return int(migrationFilesIn(builtInMigrations()).size());
}

QString UserDatabase::defaultPath(QString* problem)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Without XDG_DATA_HOME the data folder is built on HOME; unset, Qt would take "/" and write to /.local.
    const QString dataHome = QFile::decodeName(qgetenv("XDG_DATA_HOME"));
    if (dataHome.isEmpty() || QDir::isRelativePath(dataHome)) {
        const QByteArray home = qgetenv("HOME");
        QString why;
        if (home.isEmpty())
            why = tr("HOME is not set");
        else if (!QFileInfo(QFile::decodeName(home)).isDir() || QDir::isRelativePath(QFile::decodeName(home)))
            why = tr("HOME (%1) is not a folder").arg(QFile::decodeName(home));
        if (!why.isEmpty()) {
            if (problem)
                *problem = tr("There is no place to keep your data (%1), so nothing you do is saved this time; use "
                              "--user-db PATH to name a file.")
                               .arg(why);
            return QString();
        }
    }
#endif
    if (problem)
        problem->clear();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("user.sqlite"));
}

bool UserDatabase::pathFromBytes(const QByteArray& bytes, QString* path, QString* problem)
{
    *path = QFile::decodeName(bytes);
    if (QFile::encodeName(*path) == bytes && !bytes.isEmpty() && !bytes.contains('\0'))
        return true;
    *problem = bytes.isEmpty()
                   ? tr("The path given for your data file is empty.")
                   : tr("The path given for your data file (%1) is not valid text in this system's encoding, so it "
                        "cannot be opened exactly as given; rename the file or a folder in its path.")
                         .arg(*path);
    return false;
}

void UserDatabase::setWritableCheck(WritableCheck check)
{
    m_writableCheck = std::move(check);
}

void UserDatabase::setMigrationsDirectory(const QString& directory)
{
    m_migrationsDirectory = directory;
}

QStringList UserDatabase::migrationFiles() const
{
    return migrationFilesIn(m_migrationsDirectory.isEmpty() ? builtInMigrations() : m_migrationsDirectory);
}

int UserDatabase::targetVersion() const
{
    return int(migrationFiles().size());
}

bool UserDatabase::isWritablePath(const QString& path) const
{
    return m_writableCheck ? m_writableCheck(path) : QFileInfo(path).isWritable();
}

QSqlDatabase UserDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int UserDatabase::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

void UserDatabase::close()
{
    m_mode = Mode::Closed;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void UserDatabase::noteError(const QSqlError& error)
{
    m_error = error.text();
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    m_lastErrorIsDamage = primary == SqliteCorrupt || primary == SqliteNotADatabase;
    m_lastErrorIsLock = primary == SqliteBusy || primary == SqliteLocked;
}

bool UserDatabase::openConnection(bool readOnly, bool immutable)
{
    close();
    m_lastErrorIsDamage = false;
    m_lastErrorIsLock = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (immutable) {
            // The last resort for a folder we may not write: SQLite cannot make the shared-memory file a WAL
            // database needs even for reading, so we promise it that nobody changes the file while we look.
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(m_path);
            // A read-only look is a fallback after a writable open has already waited: it waits only briefly.
            db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000")
                                          : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open()) {
            noteError(db.lastError());
            return false;
        }
    }
    // Nothing is written yet: a file is only switched to our journal mode once check() has found it is ours, so a
    // file that is not ours is moved aside exactly as it was found.
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        noteError(query.lastError());
        close();
        return false;
    }
    m_mode = readOnly ? Mode::ReadOnly : Mode::ReadWrite;
    return true;
}

bool UserDatabase::configureForWriting()
{
    QSqlQuery query(database());
    for (const QString& pragma :
         {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL")}) {
        if (!query.exec(pragma)) {
            noteError(query.lastError());
            close();
            return false;
        }
    }
    return true;
}

// Looks at the path itself (lstat, then what a link leads to) and never opens it: opening a named pipe blocks, and
// SQLite would write its pages to a device.
UserDatabase::PathKind UserDatabase::checkPath(QString* reason) const
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(m_path);
    const QString shown = native(m_path);
    const auto refuse = [reason, &shown](const QString& what) {
        *reason =
            tr("%1 is %2, not a data file; Career Guide keeps your data only in a regular file.").arg(shown, what);
        return PathKind::Refused;
    };
    struct stat status = {};
    if (::lstat(name.constData(), &status) != 0) {
        const int error = errno;
        if (error == ENOTDIR)
            return refuse(tr("inside something that is not a folder"));
        if (error == ELOOP) {
            *reason = tr("The path to your data file %1 leads through a circle of links, so it was left as it is "
                         "and your progress cannot be saved this time.")
                          .arg(shown);
            return PathKind::Unusable;
        }
        if (error != ENOENT)
            return PathKind::Usable; // the open that follows reports it (a folder we may not enter, ...)
        const QString folder = QFileInfo(m_path).absolutePath();
        struct stat folderStatus = {};
        if (::stat(QFile::encodeName(folder).constData(), &folderStatus) == 0 && !S_ISDIR(folderStatus.st_mode))
            return refuse(tr("inside %1, which is %2").arg(native(folder), kindOf(folderStatus.st_mode)));
        return PathKind::Usable;
    }
    if (S_ISLNK(status.st_mode)) {
        // What the link says, as written in it (a relative target stays relative).
        QByteArray target(4096, Qt::Uninitialized);
        const ssize_t length = ::readlink(name.constData(), target.data(), size_t(target.size()));
        const QString pointsTo = length > 0 ? native(QFile::decodeName(target.left(qsizetype(length))))
                                            : native(QFile::symLinkTarget(m_path));
        if (::stat(name.constData(), &status) != 0) {
            const int error = errno;
            if (error == ELOOP)
                *reason = tr("Your data file %1 is a link that leads back to itself (through %2), so it was left as "
                             "it is and your progress cannot be saved this time.")
                              .arg(shown, pointsTo);
            else if (error == ENOENT || error == ENOTDIR)
                *reason = tr("Your data file %1 is a link to %2, which does not exist (perhaps on a drive that is "
                             "not connected), so the link was left as it is and your progress cannot be saved this "
                             "time.")
                              .arg(shown, pointsTo);
            else
                *reason = tr("Your data file %1 is a link to %2, which cannot be reached (%3), so the link was left "
                             "as it is and your progress cannot be saved this time.")
                              .arg(shown, pointsTo, systemError(error));
            return PathKind::Unusable;
        }
        if (!S_ISREG(status.st_mode))
            return refuse(tr("a link to %1, which is %2").arg(pointsTo, kindOf(status.st_mode)));
        return PathKind::Usable;
    }
    if (!S_ISREG(status.st_mode))
        return refuse(kindOf(status.st_mode));
    return PathKind::Usable;
#else
    const QFileInfo info(m_path);
    if (info.isSymLink() && !info.exists()) {
        *reason = tr("Your data file %1 is a link to %2, which does not exist, so the link was left as it is and "
                     "your progress cannot be saved this time.")
                      .arg(native(m_path), native(info.symLinkTarget()));
        return PathKind::Unusable;
    }
    if (info.exists() && !info.isFile()) {
        *reason =
            tr("%1 is not a regular file; Career Guide keeps your data only in a regular file.").arg(native(m_path));
        return PathKind::Refused;
    }
    return PathKind::Usable;
#endif
}

bool UserDatabase::openInMemory(const QString& reason)
{
    close();
    m_path.clear();
    m_error.clear();
    m_movedAside.clear();
    m_backup.clear();
    m_notices.clear();
    m_sessionOnly = false;
    return openSessionOnly(reason);
}

bool UserDatabase::open(const QString& path)
{
    close();
    m_path = path;
    m_error.clear();
    m_movedAside.clear();
    m_backup.clear();
    m_notices.clear();
    m_sessionOnly = false;

    QString pathProblem;
    switch (checkPath(&pathProblem)) {
    case PathKind::Refused:
        m_error = pathProblem;
        return false;
    case PathKind::Unusable:
        return openSessionOnly(pathProblem);
    case PathKind::Usable:
        break;
    }

    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return openSessionOnly(
            tr("The folder %1 cannot be created, so your progress cannot be saved this time.").arg(native(folder)));
    const bool folderWritable = isWritablePath(folder);
    m_folderWritable = folderWritable;

    const QFileInfo journal(path + QStringLiteral("-wal"));
    if (!info.exists() && isEmptyRegularFile(journal.filePath()) && folderWritable) {
        // An empty journal holds nothing (a reader of a since-removed file leaves one behind): not worth a notice.
        QFile::remove(journal.filePath());
        QFile::remove(path + QStringLiteral("-shm"));
    } else if (!info.exists() && journal.exists() && folderWritable) {
        // A journal without its database cannot be applied to anything, and SQLite would replay it into the new
        // file; keep it, but out of the way.
        const QString target = freshName(path + QStringLiteral("-wal."), QStringLiteral(".orphan"));
        if (QFile::rename(path + QStringLiteral("-wal"), target)) {
            QFile::remove(path + QStringLiteral("-shm")); // an index into the journal, no data of its own
            m_notices.append(
                tr("A leftover journal file without its database was found and moved to %1.").arg(native(target)));
        } else {
            return openSessionOnly(tr("A leftover journal file %1 without its database is in the way and cannot "
                                      "be moved, so your progress cannot be saved this time.")
                                       .arg(native(path + QStringLiteral("-wal"))));
        }
    }

    const bool existed = info.exists();
    // An empty file is what a crash between creating the file and writing its first page leaves; to SQLite it is
    // an empty database, and there is nothing in it to keep, so it is simply started.
    if (existed && info.size() > 0) {
        switch (readHeader(path)) {
        case Header::Unreadable:
            return openSessionOnly(tr("Your data file %1 cannot be read, so it was left as it is and your progress "
                                      "cannot be saved this time.")
                                       .arg(native(path)));
        case Header::Other:
            return startFresh(tr("it is not a database"));
        case Header::Sqlite:
            break;
        }
    }
    if (existed) {
        if (!isWritablePath(path))
            return openReadOnly(tr("Your data file %1 is read-only, so changes cannot be saved. "
                                   "Everything you saved before is shown.")
                                    .arg(native(path)));
        if (!folderWritable)
            return openReadOnly(tr("The folder %1 that holds your data file is read-only, so changes cannot be "
                                   "saved. Everything you saved before is shown.")
                                    .arg(native(folder)));
    } else if (!folderWritable) {
        return openSessionOnly(
            tr("The folder %1 is read-only, so your progress cannot be saved this time.").arg(native(folder)));
    }

    const auto cannotWrite = [this, existed, &path] {
        if (!existed) {
            // Only an empty file we made ourselves is removed; it holds nothing of anyone's.
            if (isEmptyRegularFile(path))
                QFile::remove(path);
            return openSessionOnly(tr("Your data file %1 cannot be created (%2), so your progress cannot be saved "
                                      "this time.")
                                       .arg(native(path), m_error));
        }
        return openReadOnly(tr("Your data file %1 cannot be opened for changes (%2), so changes cannot be saved. "
                               "Everything you saved before is shown.")
                                .arg(native(path), m_error));
    };
    if (!openConnection(false)) {
        if (existed && m_lastErrorIsDamage)
            return startFresh(tr("it cannot be opened (%1)").arg(m_error));
        return cannotWrite();
    }

    QString reason;
    switch (check(&reason)) {
    case Verdict::NotOurs:
        close();
        return startFresh(reason);
    case Verdict::Unreadable:
        close();
        return openReadOnly(
            tr("Your data file %1 cannot be checked (%2), so changes cannot be saved.").arg(native(path), reason));
    case Verdict::Ours:
        break;
    }
    const int version = schemaVersion();
    if (version > targetVersion()) {
        close();
        return openReadOnly(tr("Your data file was written by a newer version of Career Guide (data version %1; "
                               "this version knows up to %2). It is opened read-only so nothing in it is lost; "
                               "update Career Guide to make changes.")
                                .arg(version)
                                .arg(targetVersion()));
    }
    if (!configureForWriting())
        return cannotWrite();
    if (version < targetVersion() && !migrate(version)) {
        const QString why = m_error;
        close();
        const QString kept = m_backup.isEmpty() ? QString() : tr(" (a copy is also at %1)").arg(native(m_backup));
        return openSessionOnly(tr("Your data file %1 could not be upgraded to this version's format: %2. It was "
                                  "left as it was%3, and your changes cannot be saved this time.")
                                   .arg(native(path), why, kept));
    }
    m_mode = Mode::ReadWrite;
    return true;
}

// An empty file (a new database) is ours; otherwise the application id must match and quick_check pass.
UserDatabase::Verdict UserDatabase::check(QString* reason)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        noteError(query.lastError());
        *reason = tr("it cannot be read (%1)").arg(m_error);
        return m_lastErrorIsDamage ? Verdict::NotOurs : Verdict::Unreadable;
    }
    if (query.value(0).toString() != QLatin1String("ok")) {
        *reason = tr("it is damaged (%1)").arg(query.value(0).toString());
        return Verdict::NotOurs;
    }
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        noteError(query.lastError());
        *reason = m_error;
        return m_lastErrorIsDamage ? Verdict::NotOurs : Verdict::Unreadable;
    }
    const int applicationId = query.value(0).toInt();
    if (applicationId == ApplicationId)
        return Verdict::Ours;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
        noteError(query.lastError());
        *reason = m_error;
        return m_lastErrorIsDamage ? Verdict::NotOurs : Verdict::Unreadable;
    }
    if (applicationId == 0 && query.value(0).toInt() == 0)
        return Verdict::Ours;
    *reason = tr("it belongs to another application");
    return Verdict::NotOurs;
}

// All steps run in one transaction, so the file is either fully upgraded or exactly as it was.
bool UserDatabase::migrate(int fromVersion)
{
    QSqlDatabase db = database();
    if (fromVersion > 0) {
        // A consistent copy taken through SQLite itself, so the WAL's committed pages are included.
        // Written under a temporary name and renamed once complete and on disk, so a file with the backup's name
        // is never a half-made copy, whatever stopped the app.
        const QString backup = freshName(m_path + QStringLiteral(".v%1-backup-").arg(fromVersion), QString());
        const QString partial = backup + QStringLiteral(".partial");
        // Unfinished copies an interrupted upgrade left behind: the original they were copied from is still here.
        // (Matched by hand: the file's own name may hold wildcard characters.)
        const QFileInfo self(m_path);
        for (const QString& name : self.dir().entryList(QDir::Files)) {
            if (name.startsWith(self.fileName() + QStringLiteral(".v")) && name.contains(QLatin1String("-backup-")) &&
                name.contains(QLatin1String(".partial"))) // and its journal
                QFile::remove(self.dir().filePath(name));
        }
        QSqlQuery query(db);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(partial);
        const bool copied = query.exec();
        if (copied)
            syncToDisk(partial);
        if (!copied || !QFile::rename(partial, backup)) {
            m_error =
                tr("cannot back it up first (%1)").arg(copied ? tr("cannot name the copy") : query.lastError().text());
            QFile::remove(partial); // an unfinished copy; the original is untouched
            return false;
        }
        m_backup = backup;
    }
    const QStringList files = migrationFiles();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    for (int version = fromVersion + 1; version <= files.size(); ++version) {
        QString error;
        if (!SqlScript::runFile(db, files.at(version - 1), &error)) {
            db.rollback();
            m_error = tr("step %1 failed (%2)").arg(version).arg(error);
            return false;
        }
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) ||
        !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(files.size())) || !db.commit()) {
        m_error = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        return false;
    }
    if (fromVersion > 0)
        m_notices.append(tr("Your data was upgraded to the new format; a copy of the old file was kept at %1.")
                             .arg(native(m_backup)));
    return true;
}

bool UserDatabase::moveAside(const QString& reason)
{
    close();
    const QString target = freshName(m_path + QLatin1Char('.'), QStringLiteral(".corrupt"));
    if (!QFile::rename(m_path, target)) {
        m_error = tr("%1 cannot be used because %2, and it cannot be moved aside").arg(native(m_path), reason);
        return false;
    }
    // The journal files belong to the moved file; a fresh database must not pick them up.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_movedAside = target;
    return true;
}

bool UserDatabase::startFresh(const QString& reason)
{
    if (!m_folderWritable || !moveAside(reason))
        return openSessionOnly(tr("Your data file %1 cannot be used because %2, and it cannot be moved out of the "
                                  "way, so it was left as it is and your progress cannot be saved this time.")
                                   .arg(native(m_path), reason));
    const QString moved = tr("Your data file could not be used because %1. It was moved, unchanged, to %2")
                              .arg(reason, native(m_movedAside));
    if (!openConnection(false) || !configureForWriting() || !migrate(0)) {
        const QString why = m_error;
        close();
        return openSessionOnly(tr("%1, but a new one cannot be created (%2), so your progress cannot be saved "
                                  "this time.")
                                   .arg(moved, why));
    }
    m_notices.append(tr("%1, and a new, empty one was started.").arg(moved));
    m_mode = Mode::ReadWrite;
    return true;
}

bool UserDatabase::openReadOnly(const QString& notice)
{
    if (!QFileInfo::exists(m_path))
        return openSessionOnly(notice);
    Verdict verdict = Verdict::Unreadable;
    QString reason;
    bool locked = false;
    bool journalSkipped = false;
    for (const bool immutable : {false, true}) {
        // Immutable reading ignores the journal: with committed changes still in it (another process holding the
        // file, or a folder where the journal's index cannot be made) it would show an older state as the current
        // one. Showing nothing, and saying so, is better than showing that.
        if (immutable && hasJournalContent(m_path)) {
            journalSkipped = true;
            break;
        }
        if (!openConnection(true, immutable)) {
            reason = m_error;
            locked = locked || m_lastErrorIsLock;
            continue;
        }
        verdict = check(&reason);
        if (verdict != Verdict::Unreadable)
            break;
        locked = locked || m_lastErrorIsLock;
        close();
    }
    if (verdict == Verdict::Unreadable && locked)
        return openSessionOnly(tr("%1 Another program holds it locked, so what you saved cannot be read now and is "
                                  "not shown (rather than an out-of-date copy); close the other program and start "
                                  "Career Guide again.")
                                   .arg(notice));
    if (verdict == Verdict::Unreadable && journalSkipped)
        return openSessionOnly(tr("%1 It cannot be read with its journal (%2), and without it an out-of-date copy "
                                  "would be shown, so what you saved is not shown this time; it was left as it is.")
                                   .arg(notice, reason));
    if (verdict == Verdict::Unreadable)
        return openSessionOnly(tr("%1 It cannot be read either (%2), so it was left as it is.").arg(notice, reason));
    if (verdict == Verdict::NotOurs) {
        close();
        return openSessionOnly(
            tr("%1 It cannot be used (%2), and as it cannot be changed it was left where it is.").arg(notice, reason));
    }
    const int version = schemaVersion();
    if (version < targetVersion()) {
        close();
        return openSessionOnly(tr("%1 It was written by an older version and cannot be upgraded while it cannot be "
                                  "changed, so it was left as it is.")
                                   .arg(notice));
    }
    m_notices.append(notice);
    m_mode = Mode::ReadOnly;
    return true;
}

// Keeps the app working when no file can be used: the same schema in memory, and any attempt to write refused
// rather than silently lost when the app closes.
bool UserDatabase::openSessionOnly(const QString& notice)
{
    m_notices.append(notice);
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            m_error = db.lastError().text();
            close();
            return false;
        }
    }
    QSqlQuery query(database());
    if (!migrate(0) || !query.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !query.exec(QStringLiteral("PRAGMA query_only = ON"))) {
        if (m_error.isEmpty())
            m_error = query.lastError().text();
        close();
        return false;
    }
    m_mode = Mode::ReadOnly;
    m_sessionOnly = true;
    return true;
}

bool UserDatabase::setBusyTimeout(int milliseconds)
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, milliseconds))))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool UserDatabase::changedByAnotherConnection()
{
    if (m_mode == Mode::Closed || m_sessionOnly)
        return false;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        m_error = query.lastError().text();
        return false;
    }
    const qint64 version = query.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

} // namespace cg
