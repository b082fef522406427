#include "ContentSchema.h"

#include "ReadQuery.h"
#include "SqlScript.h"

#include <QAtomicInt>
#include <QDir>
#include <QHash>
#include <QSet>
#include <QSqlError>

namespace cg {

namespace {
// Tables and columns, in creation order. Shadow tables (FTS5 keeps its index in them) come with their virtual
// table and are left to it.
bool readTables(const QSqlDatabase& db, QList<ContentSchema::Table>* tables, QString* error)
{
    ReadQuery query(db);
    query.select(QStringLiteral("SELECT s.name, c.name FROM sqlite_schema s "
                                "JOIN pragma_table_list l ON l.schema = 'main' AND l.name = s.name "
                                "JOIN pragma_table_info(s.name) c "
                                "WHERE l.type IN ('table', 'virtual') ORDER BY s.rowid, c.cid"));
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (tables->isEmpty() || tables->constLast().name != table)
            tables->append({table, {}});
        tables->last().columns.append(query.value(1).toString());
    }
    return query.succeeded(error);
}

QList<ContentSchema::Table> expectedTables(QString* error)
{
    static QAtomicInt counter;
    const QString connection = QStringLiteral("content-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    QList<ContentSchema::Table> tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        // One transaction for all the statements: they run in some 3 ms instead of 5, on every start.
        bool ok = db.open() && db.transaction();
        if (!ok)
            *error = db.lastError().text();
        // schema.sql first, then the others by name, as the generator runs them.
        QStringList scripts =
            QDir(QStringLiteral(":/data")).entryList({QStringLiteral("schema-*.sql")}, QDir::Files, QDir::Name);
        scripts.prepend(QStringLiteral("schema.sql"));
        for (const QString& script : std::as_const(scripts))
            ok = ok && SqlScript::runFile(db, QStringLiteral(":/data/") + script, error);
        if (ok && !readTables(db, &tables, error))
            tables.clear();
        db.close(); // and the in-memory database with it, transaction and all
    }
    QSqlDatabase::removeDatabase(connection);
    return tables;
}
} // namespace

const QList<ContentSchema::Table>& ContentSchema::tables(QString* error)
{
    static QString failure;
    static const QList<Table> tables = expectedTables(&failure);
    if (error && tables.isEmpty())
        *error = failure.isEmpty() ? QStringLiteral("the content schema lists no tables") : failure;
    return tables;
}

bool ContentSchema::findMissing(const QSqlDatabase& db, Missing* missing, QString* error)
{
    *missing = {};
    const QList<Table>& expected = tables(error);
    QList<Table> actual;
    if (expected.isEmpty() || !readTables(db, &actual, error))
        return false;
    QHash<QString, QSet<QString>> columns;
    for (const Table& table : std::as_const(actual))
        columns.insert(table.name, QSet<QString>(table.columns.cbegin(), table.columns.cend()));
    for (const Table& table : expected) {
        const auto found = columns.constFind(table.name);
        if (found == columns.cend()) {
            *missing = {table.name, {}};
            return true;
        }
        for (const QString& column : table.columns) {
            if (!found->contains(column)) {
                *missing = {table.name, column};
                return true;
            }
        }
    }
    return true;
}

} // namespace cg
