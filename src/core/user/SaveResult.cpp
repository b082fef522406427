#include "user/SaveResult.h"

namespace cg {

namespace {
// SQLite's primary result codes for "another connection holds a lock" (SQLITE_BUSY, SQLITE_LOCKED). The Qt driver
// passes the extended code on as the native error code; its low byte is the primary code.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
} // namespace

bool SaveResult::isBusyError(const QSqlError& sqlError)
{
    bool ok = false;
    const int primary = sqlError.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (primary == SqliteBusy || primary == SqliteLocked);
}

SaveResult SaveResult::fromError(const QSqlError& sqlError, const QString& message)
{
    return {isBusyError(sqlError) ? Outcome::Busy : Outcome::Failed, message};
}

} // namespace cg
