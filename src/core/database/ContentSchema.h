#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cg {

// The tables and columns of the content database as resources/data/schema*.sql define them — the same files the
// generator builds the database from, compiled into the app — so that ContentDatabase can refuse a file that lacks
// any of them instead of showing empty pages. The list is made once per process, by running the scripts into an
// in-memory database and asking SQLite what they created.
class ContentSchema final
{
public:
    struct Table
    {
        QString name;
        QStringList columns;
    };

    // What a check found missing: a whole table (column empty) or one column of a table.
    struct Missing
    {
        QString table;
        QString column;

        bool isEmpty() const { return table.isEmpty(); }
    };

    ContentSchema() = delete;

    // In the order the scripts create them; empty, with *error set, when the scripts cannot be run (a build fault).
    static const QList<Table>& tables(QString* error = nullptr);
    // The first table or column of tables() that `db` lacks; empty when it has them all. False with *error set when
    // the schema of `db`, or the expected one, cannot be read.
    static bool findMissing(const QSqlDatabase& db, Missing* missing, QString* error);
};

} // namespace cg
