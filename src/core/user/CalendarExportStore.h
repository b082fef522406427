#pragma once

#include "plan/CalendarExportRecord.h"
#include "user/SaveResult.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace cg {

// The memory of each saved plan's last calendar export (table calendar_export): per event UID its SEQUENCE, content
// hash, dates and summary, so the next export can raise SEQUENCE only for what changed and cancel what left the plan.
// The rows go with their plan when it is removed (ON DELETE CASCADE).
class CalendarExportStore final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExportStore)

public:
    using Next = std::function<QList<CalendarExportRecord>(const QList<CalendarExportRecord>& previous)>;

    explicit CalendarExportStore(QSqlDatabase db);

    // The records of the plan's last export, ordered by UID; empty for a plan never exported.
    QList<CalendarExportRecord> records(qint64 planId, QString* error = nullptr) const;

    // Reads the plan's records, asks `next` for the new ones and replaces them, all in one write transaction, so two
    // windows exporting the same plan at once never both build on the same old sequence. Nothing changes on failure.
    SaveResult update(qint64 planId, const Next& next);

private:
    QSqlDatabase m_db;
};

} // namespace cg
