#include "InsertStatements.h"

#include <QSqlError>

namespace cg {

InsertStatements::InsertStatements(QSqlDatabase db) : m_db(std::move(db)) {}

bool InsertStatements::insert(const QString& sql, const QVariantList& values, QString* reason)
{
    QSqlQuery* query = statement(sql, reason);
    return query != nullptr && insert(*query, values, reason);
}

bool InsertStatements::insert(QSqlQuery& statement, const QVariantList& values, QString* reason)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        statement.bindValue(int(i), values.at(i));
    if (statement.exec())
        return true;
    *reason = QStringLiteral("cannot store the row: %1").arg(statement.lastError().text());
    return false;
}

QSqlQuery* InsertStatements::statement(const QString& sql, QString* reason)
{
    const auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return &found->second;
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        *reason =
            QStringLiteral("cannot prepare the insert (is the schema applied?): %1").arg(query.lastError().text());
        return nullptr;
    }
    return &m_statements.emplace(sql, std::move(query)).first->second;
}

} // namespace cg
