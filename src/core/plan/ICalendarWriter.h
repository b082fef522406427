#pragma once

#include "plan/StudyPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cg {

// Writes a StudyPlan as an RFC 5545 iCalendar file, so the plan can be imported into any calendar application.
//
// One all-day VEVENT per week of the plan (not one per step): a week is the unit the plan promises, and a calendar
// with one banner per week stays readable where one per step-part would pile up. Each event's UID is derived from the
// plan id and the week index, so importing a re-exported plan updates the events instead of duplicating them.
class ICalendarWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarWriter)

public:
    static constexpr int MaxLineOctets = 75; // RFC 5545 3.1, not counting the CRLF

    // The whole calendar: UTF-8, CRLF line endings, folded. stamp becomes every event's DTSTAMP (it is passed in
    // rather than read from the clock so the output is reproducible); it is converted to UTC.
    QByteArray write(const StudyPlan& plan, const QDateTime& stamp) const;

    // write() to a file, atomically: on failure any existing file is left untouched and *error says why.
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

    // "<plan id>-week-<index>@careerguide". Without a plan id (an unsaved plan) the id is a hash of what defines the
    // plan, which is stable across exports of the same plan.
    static QString uid(const StudyPlan& plan, int weekIndex);
};

} // namespace cg
