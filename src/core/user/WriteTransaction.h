#pragma once

#include "user/SaveResult.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace cg {

// One compare-and-set change to the user database: BEGIN IMMEDIATE takes the write lock before anything is read, so
// the row compared is the row changed, and no other connection can slip a write in between. Rolled back unless
// commit() succeeded. Every statement's result is checked; the first failure is kept as the SaveResult.
class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    // `what` names the change for messages, e.g. "Could not save your progress".
    WriteTransaction(QSqlDatabase db, QString what);
    ~WriteTransaction();

    bool isOpen() const { return m_open; }
    // Prepares `sql` and binds `values` in order; false (and result() set) on failure.
    bool exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {});
    bool commit();
    // Marks the change as refused because the row changed since it was read.
    void refuseStale(const QString& message);

    SaveResult result() const { return m_result; }

private:
    void fail(const QSqlError& error);

    QSqlDatabase m_db;
    QString m_what;
    SaveResult m_result;
    bool m_open = false;
};

} // namespace cg
