#include "DirectQuerySet.h"

#include <QFile>

#include <sqlite3.h>

namespace cg::bench {

DirectQuerySet::~DirectQuerySet()
{
    for (const auto& group : m_groups) {
        for (sqlite3_stmt* statement : group)
            sqlite3_finalize(statement);
    }
    if (m_db)
        sqlite3_close(m_db);
}

bool DirectQuerySet::open(const QString& path, QString* error)
{
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    return true;
}

int DirectQuerySet::add(const QStringList& statements, QString* error)
{
    std::vector<sqlite3_stmt*> group;
    for (const QString& sql : statements) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                               nullptr) != SQLITE_OK) {
            *error = QStringLiteral("cannot prepare %1: %2").arg(sql, QString::fromUtf8(sqlite3_errmsg(m_db)));
            for (sqlite3_stmt* prepared : group)
                sqlite3_finalize(prepared);
            return -1;
        }
        group.push_back(statement);
    }
    m_groups.push_back(std::move(group));
    return int(m_groups.size()) - 1;
}

int DirectQuerySet::run(int index)
{
    int rows = 0;
    for (sqlite3_stmt* statement : m_groups.at(std::size_t(index))) {
        const int columns = sqlite3_column_count(statement);
        int status = SQLITE_ROW;
        while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
            for (int column = 0; column < columns; ++column)
                sqlite3_column_text(statement, column);
            ++rows;
        }
        sqlite3_reset(statement);
        if (status != SQLITE_DONE)
            return -1;
    }
    return rows;
}

} // namespace cg::bench
