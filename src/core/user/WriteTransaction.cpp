#include "user/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

namespace cg {

WriteTransaction::WriteTransaction(QSqlDatabase db, QString what) : m_db(std::move(db)), m_what(std::move(what))
{
    QSqlQuery begin(m_db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_open = true;
    else
        fail(begin.lastError());
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        qWarning("user database: rollback failed: %s", qUtf8Printable(rollback.lastError().text()));
}

void WriteTransaction::fail(const QSqlError& error)
{
    if (!m_result.error.isEmpty())
        return; // keep the first failure
    m_result = SaveResult::isBusyError(error)
                   ? SaveResult{SaveResult::Outcome::Busy,
                                QCoreApplication::translate(
                                    "cg::WriteTransaction",
                                    "%1: the user database is locked by another program; try again in a "
                                    "moment.")
                                    .arg(m_what)}
                   : SaveResult::failed(QStringLiteral("%1: %2").arg(m_what, error.text()));
}

bool WriteTransaction::exec(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!m_open)
        return false;
    if (!query.prepare(sql)) {
        fail(query.lastError());
        return false;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(query.lastError());
        return false;
    }
    return true;
}

void WriteTransaction::refuseStale(const QString& message)
{
    m_result = SaveResult::stale(message);
}

bool WriteTransaction::commit()
{
    if (!m_open || m_result.isStale())
        return false;
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        fail(commit.lastError());
        return false; // the destructor rolls back what is still open
    }
    m_open = false;
    m_result = SaveResult::saved();
    return true;
}

} // namespace cg
