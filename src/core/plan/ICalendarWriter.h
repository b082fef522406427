#pragma once

#include "plan/CalendarEvent.h"
#include "plan/CalendarReminder.h"
#include "plan/StudyPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cg {

// Writes a StudyPlan as an RFC 5545 iCalendar file (METHOD:PUBLISH, RFC 5546), so the plan can be imported into any
// calendar application, and imported again after a change without adding copies.
//
// One all-day VEVENT per step (StudyPlanCalendar), whose UID comes from the plan's export id and the step's slug:
// it stays the same when the pace, the start date or the export time change, so a re-imported file updates the
// events. SEQUENCE, cancellations and leaving out done steps come from CalendarUpdatePlanner, which compares with
// what the previous export said; write(plan, …) on its own is a first export.
class ICalendarWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarWriter)

public:
    static constexpr int MaxLineOctets = 75; // RFC 5545 3.1, not counting the CRLF

    // The whole calendar: UTF-8, CRLF line endings, folded. stamp becomes every event's DTSTAMP (it is passed in
    // rather than read from the clock so the output is reproducible); it is converted to UTC.
    QByteArray write(const QList<CalendarEvent>& events, const QDateTime& stamp) const;
    // The plan as a first export: every step not done is a live event with SEQUENCE 0.
    QByteArray write(const StudyPlan& plan, const QDateTime& stamp,
                     CalendarReminder reminder = CalendarReminder::None) const;

    // write() to a file, atomically: on failure any existing file is left untouched and *error says why.
    bool writeFile(const QString& path, const QList<CalendarEvent>& events, const QDateTime& stamp,
                   QString* error) const;
    bool writeFile(const QString& path, const StudyPlan& plan, const QDateTime& stamp, QString* error) const;

    // TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon and comma are backslash-escaped, line breaks become
    // "\n", other control characters (which TEXT may not contain) are dropped.
    static QString escapeText(const QString& text);
    // The reverse of escapeText(), for reading values back (tests, future import).
    static QString unescapeText(const QString& text);

    // One content line (no line ending) folded into lines of at most MaxLineOctets octets, each ending in CRLF,
    // continuation lines starting with one space. Folds only between UTF-8 characters, never inside one.
    static QByteArray foldLine(const QByteArray& line);
    // Undoes folding (CRLF followed by one space or tab is removed), for reading back.
    static QByteArray unfold(const QByteArray& text);

    // What identifies the plan in UIDs: its export id, or, for a plan never saved, a hash of what names it (title,
    // target role, path) — never of its pace or start date, so re-pacing an unsaved plan keeps its UIDs too.
    static QString planKey(const StudyPlan& plan);
    // "<plan key>-<kind>-<slug>@careerguide", e.g. "plan-7-20260102T093015-step-learn-sql@careerguide"; characters
    // outside [A-Za-z0-9-._~] are percent-encoded so the UID needs no TEXT escaping.
    static QString uid(const StudyPlan& plan, const QString& kind, const QString& slug);
};

} // namespace cg
