#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cg::bench {

// The lower bound a search keystroke can reach: the same SQL the app runs, prepared once on a connection of its own
// through the SQLite C API and then only stepped, every column of every row read as text. Nothing of Qt in between.
class DirectQuerySet final
{
    Q_DISABLE_COPY_MOVE(DirectQuerySet)

public:
    DirectQuerySet() = default;
    ~DirectQuerySet();

    bool open(const QString& path, QString* error);
    // Prepares one group of statements (what one keystroke runs); returns its index, or -1 with *error set.
    int add(const QStringList& statements, QString* error);
    // Runs group `index` to completion; returns the rows read, or -1 on an error.
    int run(int index);

private:
    sqlite3* m_db = nullptr;
    std::vector<std::vector<sqlite3_stmt*>> m_groups;
};

} // namespace cg::bench
