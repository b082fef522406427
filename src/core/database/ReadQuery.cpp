#include "ReadQuery.h"

#include "QueryErrors.h"

#include <QSqlError>

namespace cg {

ReadQuery::ReadQuery(const QSqlDatabase& db) : m_query(db)
{
    m_query.setForwardOnly(true);
}

bool ReadQuery::select(const QString& sql, const QVariantList& values)
{
    if (failed())
        return false;
    if (sql != m_sql) {
        m_sql.clear();
        if (!m_query.prepare(sql))
            return fail();
        m_sql = sql;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), values.at(i));
    return m_query.exec() || fail();
}

bool ReadQuery::next()
{
    if (failed())
        return false;
    if (m_query.next())
        return true;
    // SQLite reports a page it cannot read while stepping through rows, not when the statement starts.
    if (m_query.lastError().isValid())
        fail();
    return false;
}

bool ReadQuery::succeeded(QString* error) const
{
    if (!failed())
        return true;
    report(error);
    return false;
}

void ReadQuery::report(QString* error) const
{
    if (error)
        *error = m_error;
    else
        QueryErrors::report(m_error);
}

bool ReadQuery::fail()
{
    const QSqlError error = m_query.lastError();
    m_error = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (m_error.isEmpty())
        m_error = QStringLiteral("the query failed");
    m_query.finish();
    return false;
}

} // namespace cg
