#include "ContentDatabase.h"

#include "ContentSchema.h"
#include "ReadQuery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace cg {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cg::ContentDatabase", text);
}

// What the 100-byte SQLite file header says (the SQLite file format, section 1.3).
struct FileHeader
{
    bool isSqlite = false;    // starts with the 16-byte header string
    qint64 recordedSize = -1; // page size times the page count the header records; -1 when it records none
};

// Checking the header string first gives a clearer reason than a driver error; the recorded size is a check of a
// damaged or cut-short file that costs one read of 100 bytes.
FileHeader readHeader(const QString& path)
{
    FileHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    header.isSqlite = bytes.startsWith(QByteArray("SQLite format 3\0", 16));
    if (!header.isSqlite || bytes.size() < 100)
        return header;
    const auto field = [&bytes](int offset) { return qFromBigEndian<quint32>(bytes.constData() + offset); };
    const quint32 pageSizeField = qFromBigEndian<quint16>(bytes.constData() + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : qint64(pageSizeField);
    // The page count (offset 28) is only to be trusted when the version-valid-for number (92) matches the change
    // counter (24); older writers left it stale.
    const quint32 pages = field(28);
    if (field(92) == field(24) && pages > 0 && pageSize >= 512)
        header.recordedSize = pageSize * pages;
    return header;
}

// quick_check reads every page of the file and checks its structure (not the indexes against their tables, which
// integrity_check adds at far greater cost).
QString runQuickCheck(const QSqlDatabase& db, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), query.lastError().text());
    if (query.value(0).toString() != QLatin1String("ok"))
        return tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(path), query.value(0).toString());
    return {};
}
} // namespace

ContentDatabase::ContentDatabase(const QString& connectionName) : m_connectionName(connectionName) {}

ContentDatabase::~ContentDatabase()
{
    close();
}

bool ContentDatabase::open(const QString& path, QuickCheck check)
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
    const FileHeader header = readHeader(path);
    if (!header.isSqlite)
        return fail(tr("%1 is not an SQLite database").arg(QDir::toNativeSeparators(path)));
    if (header.recordedSize >= 0 && header.recordedSize != info.size())
        return fail(tr("%1 is damaged: it holds %2 bytes, but its header records %3")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(info.size())
                        .arg(header.recordedSize));

    // Every handle on the connection lives inside openConnection(), so that a refusal can close and remove it at once
    // (Qt warns, on stderr, of a connection removed while still in use).
    const QString reason = openConnection(path, check);
    return reason.isEmpty() || fail(reason);
}

QString ContentDatabase::openConnection(const QString& path, QuickCheck check) const
{
    const QString name = QDir::toNativeSeparators(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return tr("cannot open %1: %2").arg(name, db.lastError().text());
    if (check == QuickCheck::Run) {
        const QString damage = runQuickCheck(db, path);
        if (!damage.isEmpty())
            return damage;
    }

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'")) ||
        !query.next())
        return tr("%1 cannot be read: %2").arg(name, query.lastError().text());
    if (query.value(0).toInt() != 1)
        return tr("%1 is not a Career Guide content database").arg(name);

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return tr("cannot read the schema version of %1").arg(name);
    const int version = query.value(0).toInt();
    if (version != SchemaVersion)
        return tr("%1 has content schema version %2, but this build reads version %3")
            .arg(name)
            .arg(version)
            .arg(SchemaVersion);

    // A table or column the app reads, missing, would otherwise show as empty pages without a word.
    ContentSchema::Missing missing;
    QString error;
    if (!ContentSchema::findMissing(db, &missing, &error))
        return tr("%1 cannot be read: %2").arg(name, error);
    if (!missing.isEmpty() && missing.column.isEmpty())
        return tr("%1 is not a complete content database: it has no table %2").arg(name, missing.table);
    if (!missing.isEmpty())
        return tr("%1 is not a complete content database: its table %2 has no column %3")
            .arg(name, missing.table, missing.column);

    if (!query.exec(QStringLiteral("PRAGMA query_only = ON")))
        return tr("%1 cannot be read: %2").arg(name, query.lastError().text());
    return {};
}

QString ContentDatabase::quickCheck(const QString& path)
{
    // Connection names are process-wide; this one is unique to the call.
    static QAtomicInt counter;
    const QString name = QStringLiteral("content-check-%1").arg(counter.fetchAndAddRelaxed(1));
    QString damage;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            damage = runQuickCheck(db, path);
        else
            damage = tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return damage;
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
    ReadQuery query(database());
    query.select(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return query.result(query.next() ? query.value(0).toString() : QString(), nullptr);
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
