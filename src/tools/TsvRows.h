#pragma once

#include "TsvFile.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariantList>

#include <functional>
#include <initializer_list>

namespace cg {

class InsertStatements;

// The one loop every official release file is read through. read() opens the file, checks its header and the
// length of every field (FieldLimits), and hands each row to the caller's function, which checks the row with
// expect(), name() and unique() and stores it with store(). Every problem reads "FILE:LINE: reason" (or
// "FILE: reason"), the first one stops the loop, and so an importer is one short function per table.
class TsvRows final
{
    Q_DISABLE_COPY_MOVE(TsvRows)

public:
    // False with the error set (through the checks below) stops the loop.
    using RowFunction = std::function<bool(TsvRows& row)>;

    TsvRows(const QString& directory, InsertStatements& inserts);
    ~TsvRows() = default;

    // fileName is relative to the directory and names the file in messages. `insert` is the statement store() runs;
    // empty for a file that is only read.
    bool read(const QString& fileName, const QStringList& header, const QString& insert, const RowFunction& row,
              QString* error);

    // The row being read.
    QStringView field(int column) const { return m_tsv.field(column); }
    QString text(int column) const { return m_tsv.text(column); }
    int line() const { return m_tsv.line(); }
    const QString& fileName() const { return m_tsv.name(); }

    // Checks of the row: each returns false with the error set when the row fails it. The messages are only built
    // then: the full release has some 250,000 rows to look at.
    bool expect(int column, bool ok, const char* expected);
    bool filled(int column) { return expect(column, !field(column).isEmpty(), "a value"); }
    bool name(int column); // filled, and no longer than a name may be
    // Records the key (the parts joined) as seen on this row; false when an earlier row had it.
    bool unique(std::initializer_list<QStringView> parts);
    bool fail(const QString& reason);
    // Runs the file's insert with these values.
    bool store(const QVariantList& values);

private:
    bool checkLengths();

    QString m_directory;
    InsertStatements& m_inserts;
    TsvFile m_tsv;
    QSqlQuery* m_insert = nullptr; // the file's insert statement, owned by m_inserts
    QHash<QString, int> m_seen;    // key -> the line it was first seen on
    QString* m_error = nullptr;
};

} // namespace cg
