#include "ContentDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cg::ContentDatabase", text);
}

// SQLite files start with this 16-byte header string; checking it first gives a clearer reason than a driver error.
bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

ContentDatabase::ContentDatabase(const QString& connectionName)
    : m_connectionName(connectionName)
{
}

ContentDatabase::~ContentDatabase()
{
    close();
}

bool ContentDatabase::open(const QString& path)
{
    close();
    m_path = path;
    m_error.clear();

    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(tr("no content database was given"));
    if (!info.exists())
        return fail(tr("the content database %1 does not exist").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile() || !info.isReadable())
        return fail(tr("the content database %1 is not a readable file").arg(QDir::toNativeSeparators(path)));
    if (!looksLikeSqlite(path))
        return fail(tr("%1 is not an SQLite database").arg(QDir::toNativeSeparators(path)));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return fail(tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
    }
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return fail(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), query.lastError().text()));
    if (query.value(0).toString() != QLatin1String("ok"))
        return fail(tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(path), query.value(0).toString()));

    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'"))
        || !query.next() || query.value(0).toInt() != 1)
        return fail(tr("%1 is not a Career Guide content database").arg(QDir::toNativeSeparators(path)));

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(tr("cannot read the schema version of %1").arg(QDir::toNativeSeparators(path)));
    const int version = query.value(0).toInt();
    if (version != SchemaVersion)
        return fail(tr("%1 has content schema version %2, but this build reads version %3")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(version)
                        .arg(SchemaVersion));
    if (!query.exec(QStringLiteral("PRAGMA query_only = ON")))
        return fail(query.lastError().text());
    return true;
}

void ContentDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ContentDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase ContentDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString ContentDatabase::metaValue(const QString& key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool ContentDatabase::fail(const QString& reason)
{
    m_error = reason;
    close();
    return false;
}

QString ContentDatabase::locate(const QString& explicitPath, const QString& applicationDir)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnv = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREERGUIDE_CONTENT_DB"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QStringList candidates = defaultCandidates(applicationDir);
    for (const QString& candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return candidates.constFirst();
}

QStringList ContentDatabase::defaultCandidates(const QString& applicationDir)
{
    const QString fileName = QStringLiteral("careerguide-content.sqlite");
    return {QDir::cleanPath(QDir(applicationDir).filePath(fileName)),
            QDir::cleanPath(QDir(applicationDir).filePath(QStringLiteral("../share/careerguide/") + fileName))};
}

} // namespace cg
