#include "ImportSavepoint.h"

#include "InsertStatements.h"
#include "TsvRows.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {

namespace {
bool exec(const QSqlDatabase& db, const QString& sql, QString* reason)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *reason = query.lastError().text();
    return false;
}
} // namespace

bool importInSavepoint(QSqlDatabase& db, const QString& name, const QString& directory, const ImportWork& work,
                       QString* error)
{
    if (!QFileInfo(directory).isDir()) {
        *error = QStringLiteral("%1: no such directory").arg(directory);
        return false;
    }
    // The name is the importer's own, never the user's.
    QString reason;
    if (!exec(db, QStringLiteral("SAVEPOINT ") + name, &reason)) {
        *error = QStringLiteral("%1: cannot start the import: %2").arg(directory, reason);
        return false;
    }
    bool ok = false;
    {
        // The statements end before the savepoint does.
        InsertStatements inserts(db);
        TsvRows rows(directory, inserts);
        ok = work(inserts, rows, error);
    }
    if (ok && !exec(db, QStringLiteral("RELEASE ") + name, &reason)) {
        ok = false;
        *error = QStringLiteral("%1: cannot finish the import: %2").arg(directory, reason);
    }
    if (!ok && !(exec(db, QStringLiteral("ROLLBACK TO ") + name, &reason) &&
                 exec(db, QStringLiteral("RELEASE ") + name, &reason)))
        *error += QStringLiteral(" (and its rows could not be taken back: %1)").arg(reason);
    return ok;
}

} // namespace cg
