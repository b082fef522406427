#pragma once

#include <QSqlError>
#include <QString>

namespace cg {

// How one change to the user database ended. A stale change (the row changed in another window since this one read
// it) and a busy database (another program holds the write lock) are told apart from other failures: the first makes
// the view reload, the second is retried later without blocking the window.
struct SaveResult
{
    enum class Outcome
    {
        Saved,
        Stale,
        Busy,
        Failed
    };

    Outcome outcome = Outcome::Failed;
    QString error; // empty when saved

    bool ok() const { return outcome == Outcome::Saved; }
    bool isStale() const { return outcome == Outcome::Stale; }
    bool isBusy() const { return outcome == Outcome::Busy; }

    static SaveResult saved() { return {Outcome::Saved, {}}; }
    static SaveResult stale(const QString& error) { return {Outcome::Stale, error}; }
    static SaveResult failed(const QString& error) { return {Outcome::Failed, error}; }
    // Busy when SQLite says the database is locked by another connection; failed otherwise.
    static SaveResult fromError(const QSqlError& sqlError, const QString& message);
    static bool isBusyError(const QSqlError& sqlError);
};

} // namespace cg
