#include "StatementRecorder.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>
#include <utility>

namespace cg::bench {

bool StatementRecorder::attach(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return false;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    return m_handle != nullptr;
}

StatementRecorder::~StatementRecorder()
{
    if (m_handle)
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
}

void StatementRecorder::start()
{
    m_statements.clear();
    if (m_handle)
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementRecorder::onTrace, this);
}

QStringList StatementRecorder::stop()
{
    if (m_handle)
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    return std::exchange(m_statements, {});
}

int StatementRecorder::onTrace(unsigned type, void* context, void* statement, void* text)
{
    // Trigger programs are reported with their text starting "--"; the search runs none, and they are not statements
    // one could prepare on their own.
    if (type != SQLITE_TRACE_STMT || (text && qstrncmp(static_cast<const char*>(text), "--", 2) == 0))
        return 0;
    char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (expanded) {
        static_cast<StatementRecorder*>(context)->m_statements.append(QString::fromUtf8(expanded));
        sqlite3_free(expanded);
    }
    return 0;
}

} // namespace cg::bench
