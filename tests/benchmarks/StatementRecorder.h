#pragma once

#include <QSqlDatabase>
#include <QStringList>

struct sqlite3;

namespace cg::bench {

// Records the SQL statements an open QSQLITE connection runs, with their bound values filled in, by tracing the
// SQLite handle underneath it. The search benchmark uses it to run exactly the app's queries straight through
// SQLite, however the repository builds them.
class StatementRecorder final
{
    Q_DISABLE_COPY_MOVE(StatementRecorder)

public:
    StatementRecorder() = default;
    // False when the connection is not an open QSQLITE one.
    bool attach(const QSqlDatabase& db);
    ~StatementRecorder();

    void start();
    // Stops recording and returns the statements run since start(), in order.
    QStringList stop();

private:
    static int onTrace(unsigned type, void* context, void* statement, void* text);

    sqlite3* m_handle = nullptr;
    QStringList m_statements;
};

} // namespace cg::bench
