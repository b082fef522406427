#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cg {

// Runs a file of SQL statements through Qt Sql, which executes one statement per query. The splitter understands
// quotes and comments; it does not understand trigger bodies, which our schemas do not use.
class SqlScript final
{
public:
    static QStringList split(const QString& script);
    // Executes every statement; on failure returns false and sets *error to the statement's number and reason.
    static bool run(QSqlDatabase& db, const QString& script, QString* error);
    static bool runFile(QSqlDatabase& db, const QString& fileName, QString* error);
};

} // namespace cg
