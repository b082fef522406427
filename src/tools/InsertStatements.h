#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <unordered_map>

namespace cg {

// The insert statements of one import, each prepared once and kept for the rows that follow, so an importer states
// a row as its statement and its values. Failures come back as a reason in the driver's words, for the importer to
// put after the file and the entry or line it was reading.
class InsertStatements final
{
    Q_DISABLE_COPY_MOVE(InsertStatements)

public:
    explicit InsertStatements(QSqlDatabase db);
    ~InsertStatements() = default;

    // The statement for `sql`, prepared on first use; null with *reason set when it cannot be prepared.
    QSqlQuery* statement(const QString& sql, QString* reason);
    // Binds `values` in order to `sql` and runs it.
    bool insert(const QString& sql, const QVariantList& values, QString* reason);
    static bool insert(QSqlQuery& statement, const QVariantList& values, QString* reason);

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, QSqlQuery> m_statements; // node-based: a statement stays where it is
};

} // namespace cg
