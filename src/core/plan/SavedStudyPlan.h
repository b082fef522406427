#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cg {

// What the person chose for one named study plan, as the user database keeps it. The dated weeks are not stored:
// they are scheduled again from these choices and the current content, so a newer content database re-plans the
// same choices instead of showing stale steps.
struct SavedStudyPlan
{
    qint64 id = 0; // 0 until the plan is saved
    QString name;
    QString roleSlug;
    QString pathSlug;
    QString routeSlug;
    QDate startDate;
    qint64 hoursPerWeek = 10; // as stored: a crafted value out of range is reported, never truncated
    bool skipKnown = true;
    QDateTime createdAt; // UTC

    // A stable identifier for exports (iCalendar UIDs): the row id alone would repeat across two user databases.
    QString exportId() const
    {
        if (id <= 0)
            return {};
        return QStringLiteral("plan-%1-%2").arg(id).arg(createdAt.toUTC().toString(QStringLiteral("yyyyMMddTHHmmss")));
    }
};

} // namespace cg
