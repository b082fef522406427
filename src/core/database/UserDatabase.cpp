#include "UserDatabase.h"

#include "SqlScript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

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

// Migrations are resources/user/NNNN-name.sql; file NNNN takes the schema from version NNNN-1 to NNNN.
QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/user"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& file : files)
        file = dir.filePath(file);
    return files;
}

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

UserDatabase::UserDatabase(const QString& connectionName)
    : m_connectionName(connectionName)
{
}

UserDatabase::~UserDatabase()
{
    close();
}

int UserDatabase::latestVersion()
{
    return int(migrationFiles().size());
}

QString UserDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("user.sqlite"));
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

bool UserDatabase::openConnection(bool readOnly)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            m_error = db.lastError().text();
            return false;
        }
    }
    QSqlQuery query(database());
    const QStringList pragmas = readOnly ? QStringList{QStringLiteral("PRAGMA foreign_keys = ON")}
                                         : QStringList{QStringLiteral("PRAGMA journal_mode = WAL"),
                                                       QStringLiteral("PRAGMA synchronous = FULL"),
                                                       QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            m_error = query.lastError().text();
            return false;
        }
    }
    m_mode = readOnly ? Mode::ReadOnly : Mode::ReadWrite;
    return true;
}

bool UserDatabase::open(const QString& path)
{
    m_path = path;
    m_error.clear();
    m_movedAside.clear();
    m_backup.clear();
    m_notices.clear();

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()) && !info.exists())
        return openReadOnly(tr("The folder %1 cannot be created, so your progress cannot be saved this time.")
                                .arg(native(info.absolutePath())));

    if (!info.exists() && QFileInfo::exists(path + QStringLiteral("-wal"))) {
        // A journal without its database cannot be applied to anything; keep it, but out of the new file's way.
        const QString target = QStringLiteral("%1-wal.%2.orphan").arg(path, stamp());
        QFile::rename(path + QStringLiteral("-wal"), target);
        QFile::remove(path + QStringLiteral("-shm"));
        m_notices.append(tr("A leftover journal file without its database was found and moved to %1.")
                             .arg(native(target)));
    }

    if (info.exists()) {
        if (!hasSqliteHeader(path)) {
            if (!moveAside(tr("it is not a database")))
                return false;
        } else if (!info.isWritable()) {
            return openReadOnly(tr("Your data file %1 is read-only, so changes cannot be saved. "
                                   "Everything you saved before is shown.")
                                    .arg(native(path)));
        }
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        return openReadOnly(tr("The folder %1 is read-only, so your progress cannot be saved this time.")
                                .arg(native(info.absolutePath())));
    }

    if (!openConnection(false)) {
        if (!QFileInfo::exists(path))
            return fail(tr("cannot create %1: %2").arg(native(path), m_error));
        if (!moveAside(tr("it cannot be opened (%1)").arg(m_error)) || !openConnection(false))
            return fail(tr("cannot create %1: %2").arg(native(path), m_error));
    }

    QString reason;
    if (!isOurs(&reason)) {
        close();
        if (!moveAside(reason) || !openConnection(false))
            return fail(tr("cannot create %1: %2").arg(native(path), m_error));
    }

    const int version = schemaVersion();
    if (version > latestVersion()) {
        return openReadOnly(tr("Your data file was written by a newer version of Career Guide (data version %1; "
                               "this version knows up to %2). It is opened read-only so nothing in it is lost; "
                               "update Career Guide to make changes.")
                                .arg(version)
                                .arg(latestVersion()));
    }
    if (version < latestVersion() && !migrate(version))
        return fail(m_error);
    return true;
}

// An empty file (a new database) is ours; otherwise the application id must match and quick_check pass.
bool UserDatabase::isOurs(QString* reason)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        *reason = tr("it cannot be read (%1)").arg(query.lastError().text());
        return false;
    }
    if (query.value(0).toString() != QLatin1String("ok")) {
        *reason = tr("it is damaged (%1)").arg(query.value(0).toString());
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        *reason = query.lastError().text();
        return false;
    }
    const int applicationId = query.value(0).toInt();
    if (applicationId == ApplicationId)
        return true;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
        *reason = query.lastError().text();
        return false;
    }
    if (applicationId == 0 && query.value(0).toInt() == 0)
        return true;
    *reason = tr("it belongs to another application");
    return false;
}

bool UserDatabase::migrate(int fromVersion)
{
    QSqlDatabase db = database();
    if (fromVersion > 0) {
        // A consistent copy taken through SQLite itself, so the WAL's committed pages are included.
        const QString backup = QStringLiteral("%1.v%2-backup-%3").arg(m_path).arg(fromVersion).arg(stamp());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        if (!query.exec()) {
            m_error = tr("cannot back up %1 before upgrading it: %2").arg(native(m_path), query.lastError().text());
            return false;
        }
        m_backup = backup;
        m_notices.append(tr("Your data was upgraded to the new format; a copy of the old file was kept at %1.")
                             .arg(native(backup)));
    }
    const QStringList files = migrationFiles();
    for (int version = fromVersion + 1; version <= files.size(); ++version) {
        if (!db.transaction()) {
            m_error = db.lastError().text();
            return false;
        }
        QString error;
        QSqlQuery query(db);
        const bool ok = SqlScript::runFile(db, files.at(version - 1), &error)
            && query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
            && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!ok || !db.commit()) {
            if (error.isEmpty())
                error = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
            db.rollback();
            m_error = tr("cannot upgrade %1 to data version %2: %3").arg(native(m_path)).arg(version).arg(error);
            return false;
        }
    }
    return true;
}

bool UserDatabase::moveAside(const QString& reason)
{
    close();
    const QString target = QStringLiteral("%1.%2.corrupt").arg(m_path, stamp());
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
    m_notices.append(tr("Your data file could not be used because %1. It was moved to %2 and a new, empty one "
                        "was started.")
                         .arg(reason, native(target)));
    return true;
}

bool UserDatabase::openReadOnly(const QString& notice)
{
    m_notices.append(notice);
    if (QFileInfo::exists(m_path) && openConnection(true))
        return true;
    // Nothing to read: an in-memory database keeps the app working for this session only.
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return fail(db.lastError().text());
    }
    if (!migrate(0))
        return fail(m_error);
    m_mode = Mode::ReadOnly;
    return true;
}

bool UserDatabase::fail(const QString& reason)
{
    m_error = reason;
    close();
    return false;
}

} // namespace cg
