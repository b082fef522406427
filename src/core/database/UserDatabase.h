#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>

namespace cg {

// The read-write user database (self-assessment, study plans, progress, saved comparisons).
// It never loses a committed change: WAL journal, synchronous=FULL, every change in one transaction. A file that is
// not ours or is damaged is moved aside under a dated name, never deleted, and a fresh database is started; a
// database written by a newer version of the app, or a file or folder we may not write, is opened read-only; when
// nothing can be opened or created (a full disk, a folder that cannot be made) the session runs on an in-memory
// database that is marked read-only, so the app still starts and says why nothing will be saved. Only a regular file
// (or a link to one) or a missing path is ever opened: a folder, device, pipe or socket is refused before SQLite sees
// it, and a link to nothing or a circle of links is left as it is, the session running in memory. Nothing is deleted.
class UserDatabase final
{
    Q_DISABLE_COPY_MOVE(UserDatabase)

public:
    enum class Mode
    {
        Closed,
        ReadWrite,
        ReadOnly
    };

    // Marks our files in the SQLite header ('CGUD') so another application's database is never mistaken for ours.
    static constexpr int ApplicationId = 0x43475544;

    // Answers "may this file or folder be written?". Permission bits do not bind the root user, so tests replace
    // the check to reach the read-only paths; the app keeps the default (the operating system's answer).
    using WritableCheck = std::function<bool(const QString& path)>;

    explicit UserDatabase(const QString& connectionName = QStringLiteral("user"));
    ~UserDatabase();

    // Opens (creating or upgrading as needed). Returns false when the path is refused (not a regular file nor a
    // missing path; errorString() says why in one line) or when no database at all, not even an in-memory one, could
    // be opened.
    bool open(const QString& path);
    // Runs this session on an in-memory database marked read-only, with the reason as the notice.
    bool openInMemory(const QString& reason);
    void close();

    Mode mode() const { return m_mode; }
    bool isWritable() const { return m_mode == Mode::ReadWrite; }
    // True when this session runs on an in-memory database: nothing is read from or written to a file.
    bool isSessionOnly() const { return m_sessionOnly; }
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;

    // Plain-words notices for the person using the app: a file moved aside, a backup made, read-only mode.
    QStringList notices() const { return m_notices; }
    QString errorString() const { return m_error; }
    QString movedAsidePath() const { return m_movedAside; }
    QString backupPath() const { return m_backup; }

    // The schema version the built-in migrations (resources/user/NNNN-*.sql) lead to.
    static int latestVersion();
    // Empty, with the reason in *problem, when there is no usable place for it (no usable home folder): the app
    // never guesses one.
    static QString defaultPath(QString* problem = nullptr);
    // A path given as bytes (the command line): false, with the reason, when those bytes cannot be named exactly
    // through this system's file-name encoding, so that no other file is opened in its place.
    static bool pathFromBytes(const QByteArray& bytes, QString* path, QString* problem);

    // How long a statement waits for another connection's write lock before it reports "busy". The window sets a
    // short wait and retries from its event loop, so it never freezes on another program's lock.
    static constexpr int InteractiveBusyTimeoutMs = 20;
    bool setBusyTimeout(int milliseconds);
    // True once since the last call when another connection (another process, or another connection in this one)
    // has committed a change to the file: PRAGMA data_version. The first call only takes note of the current value.
    bool changedByAnotherConnection();

    // Seams for tests; call before open(). An empty directory means the built-in migrations.
    void setWritableCheck(WritableCheck check);
    void setMigrationsDirectory(const QString& directory);
    int targetVersion() const;

private:
    enum class Verdict
    {
        Ours,
        NotOurs,
        Unreadable
    };
    enum class PathKind
    {
        Usable,  // a regular file, a link to one, or a missing path
        Refused, // never ours to open: a folder, device, pipe, socket, or a path through a file
        Unusable // a link to nothing or a circle of links: left as it is, the session runs in memory
    };

    PathKind checkPath(QString* reason) const;

    bool openConnection(bool readOnly, bool immutable = false);
    bool configureForWriting();
    Verdict check(QString* reason);
    bool migrate(int fromVersion);
    bool moveAside(const QString& reason);
    bool startFresh(const QString& reason);
    bool openReadOnly(const QString& notice);
    bool openSessionOnly(const QString& notice);
    bool isWritablePath(const QString& path) const;
    QStringList migrationFiles() const;
    void noteError(const QSqlError& error);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_movedAside;
    QString m_backup;
    QString m_migrationsDirectory;
    QStringList m_notices;
    WritableCheck m_writableCheck;
    Mode m_mode = Mode::Closed;
    bool m_sessionOnly = false;
    bool m_folderWritable = true;     // a damaged file is only moved aside where we may write
    bool m_lastErrorIsDamage = false; // the last SQLite error says the file is not a (sound) database
    qint64 m_dataVersion = -1;        // PRAGMA data_version when changedByAnotherConnection() last looked
    bool m_lastErrorIsLock = false;   // the last SQLite error says another connection holds the file
};

} // namespace cg
