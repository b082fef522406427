#include "ContentGenerator.h"

#include "JsonContentLoader.h"
#include "RegionalImporter.h"
#include "database/ContentDatabase.h"
#include "database/SqlScript.h"
#include "search/SearchIndexLayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#if __has_include("OfficialImporter.h")
#include "OfficialImporter.h"
#define CG_HAVE_OFFICIAL_IMPORTER 1
#endif
#if __has_include("FxImporter.h")
#include "FxImporter.h"
#define CG_HAVE_FX_IMPORTER 1
#endif

namespace cg {

namespace {
const QString connectionName()
{
    return QStringLiteral("careerguide-datagen");
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
    return false;
}

bool fill(QSqlDatabase& db, const ContentGenerator::Options& options, QString* error)
{
    // Fixed settings, so the file's bytes depend on the content alone.
    for (const QString& pragma :
         {QStringLiteral("PRAGMA page_size = 4096"), QStringLiteral("PRAGMA journal_mode = OFF"),
          QStringLiteral("PRAGMA synchronous = OFF"), QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!exec(db, pragma, error))
            return false;
    }
    const QDir dataDir(options.dataDir);
    QStringList schemas = dataDir.entryList({QStringLiteral("schema-*.sql")}, QDir::Files, QDir::Name);
    schemas.prepend(QStringLiteral("schema.sql"));
    for (const QString& schema : schemas) {
        if (!SqlScript::runFile(db, dataDir.filePath(schema), error))
            return false;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    JsonContentLoader loader(db, options.dataDir);
    if (!loader.load(error))
        return false;
    const QString officialDir =
        options.officialDir.isEmpty() ? dataDir.filePath(QStringLiteral("official")) : options.officialDir;
#ifdef CG_HAVE_OFFICIAL_IMPORTER
    if (!OfficialImporter().run(db, officialDir, options.allOccupations, error))
        return false;
#endif
#ifdef CG_HAVE_FX_IMPORTER
    if (!FxImporter().run(db, QDir(officialDir).filePath(QStringLiteral("fx")), error))
        return false;
#endif
    if (!RegionalImporter().run(db, officialDir, error))
        return false;
    if (!SearchIndexLayout::arrange(db, error) ||
        !exec(db, QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"), error))
        return false;
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(ContentDatabase::SchemaVersion), error) &&
           exec(db, QStringLiteral("VACUUM"), error);
}
} // namespace

bool ContentGenerator::generate(const Options& options, QString* error)
{
    const QString temporary = options.output + QStringLiteral(".partial");
    QFile::remove(temporary);
    QDir().mkpath(QFileInfo(options.output).absolutePath());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName());
        db.setDatabaseName(temporary);
        if (!db.open())
            *error = db.lastError().text();
        else
            ok = fill(db, options, error);
        if (!ok && db.isOpen())
            db.rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName());
    if (!ok) {
        QFile::remove(temporary);
        return false;
    }
    QFile::remove(options.output);
    if (!QFile::rename(temporary, options.output)) {
        *error = QStringLiteral("cannot move %1 to %2").arg(temporary, options.output);
        QFile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace cg
