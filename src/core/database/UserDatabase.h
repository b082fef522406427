#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cg {

// The read-write user database (self-assessment, study plans, progress, saved comparisons).
// It never loses a committed change: WAL journal, synchronous=FULL, every change in one transaction. A file that is
// not ours or fails its check is moved aside under a dated name, never deleted, and a fresh database is started;
// a database written by a newer version of the app, or a file we may not write, is opened read-only.
class UserDatabase final
{
    Q_DISABLE_COPY_MOVE(UserDatabase)

public:
    enum class Mode { Closed, ReadWrite, ReadOnly };

    // Marks our files in the SQLite header ('CGUD') so another application's database is never mistaken for ours.
    static constexpr int ApplicationId = 0x43475544;

    explicit UserDatabase(const QString& connectionName = QStringLiteral("user"));
    ~UserDatabase();

    // Opens (creating or upgrading as needed). Returns false only when no database at all could be opened.
    bool open(const QString& path);
    void close();

    Mode mode() const { return m_mode; }
    bool isWritable() const { return m_mode == Mode::ReadWrite; }
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;

    // Plain-words notices for the person using the app: a file moved aside, a backup made, read-only mode.
    QStringList notices() const { return m_notices; }
    QString errorString() const { return m_error; }
    QString movedAsidePath() const { return m_movedAside; }
    QString backupPath() const { return m_backup; }

    static int latestVersion();
    static QString defaultPath();

private:
    bool openConnection(bool readOnly);
    bool isOurs(QString* reason);
    bool migrate(int fromVersion);
    bool moveAside(const QString& reason);
    bool openReadOnly(const QString& notice);
    bool fail(const QString& reason);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_movedAside;
    QString m_backup;
    QStringList m_notices;
    Mode m_mode = Mode::Closed;
};

} // namespace cg
