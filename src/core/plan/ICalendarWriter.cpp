#include "plan/ICalendarWriter.h"

#include "plan/CalendarUpdatePlanner.h"
#include "plan/StudyPlanCalendar.h"

#include <QCryptographicHash>
#include <QSaveFile>
#include <QStringList>
#include <QUrl>

namespace cg {

namespace {

const QByteArray Crlf = QByteArrayLiteral("\r\n");

QString safe(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral("-._~")));
}

QString dateValue(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

class LineWriter final
{
public:
    void add(const QString& name, const QString& value)
    {
        m_out += ICalendarWriter::foldLine(name.toUtf8() + ':' + value.toUtf8());
    }
    void addText(const QString& name, const QString& text) { add(name, ICalendarWriter::escapeText(text)); }
    QByteArray result() const { return m_out; }

private:
    QByteArray m_out;
};

} // namespace

QString ICalendarWriter::escapeText(const QString& text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    QString escaped;
    escaped.reserve(normalised.size() + normalised.size() / 8);
    for (const QChar c : std::as_const(normalised)) {
        switch (c.unicode()) {
        case '\\':
            escaped += QLatin1String("\\\\");
            break;
        case ';':
            escaped += QLatin1String("\\;");
            break;
        case ',':
            escaped += QLatin1String("\\,");
            break;
        case '\n':
            escaped += QLatin1String("\\n");
            break;
        case '\t':
            escaped += c; // HTAB is allowed in TEXT
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                break; // CONTROL characters are not allowed in TEXT
            escaped += c;
        }
    }
    return escaped;
}

QString ICalendarWriter::unescapeText(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            plain += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            plain += QLatin1Char('\n');
        else
            plain += next;
    }
    return plain;
}

QByteArray ICalendarWriter::foldLine(const QByteArray& line)
{
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 32 + 2);
    qsizetype position = 0;
    qsizetype room = MaxLineOctets; // continuation lines give one octet to their leading space
    while (line.size() - position > room) {
        qsizetype cut = position + room;
        // Step back to the start of the UTF-8 character that would be split (continuation bytes are 10xxxxxx).
        while (cut > position && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        if (cut == position)
            cut = position + room; // not UTF-8 at all; a fold in the middle beats an endless loop
        folded += line.mid(position, cut - position);
        folded += Crlf;
        folded += ' ';
        position = cut;
        room = MaxLineOctets - 1;
    }
    folded += line.mid(position);
    folded += Crlf;
    return folded;
}

QByteArray ICalendarWriter::unfold(const QByteArray& text)
{
    QByteArray unfolded = text;
    unfolded.replace(QByteArrayLiteral("\r\n "), QByteArray());
    unfolded.replace(QByteArrayLiteral("\r\n\t"), QByteArray());
    return unfolded;
}

QString ICalendarWriter::planKey(const StudyPlan& plan)
{
    if (!plan.id.isEmpty())
        return plan.id;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QStringList parts{plan.title, plan.targetRole, plan.pathSlug};
    hash.addData(parts.join(QLatin1Char('\n')).toUtf8());
    return QStringLiteral("plan-") + QString::fromLatin1(hash.result().toHex().left(16));
}

QString ICalendarWriter::uid(const StudyPlan& plan, const QString& kind, const QString& slug)
{
    return QStringLiteral("%1-%2-%3@careerguide").arg(safe(planKey(plan)), safe(kind), safe(slug));
}

QByteArray ICalendarWriter::write(const StudyPlan& plan, const QDateTime& stamp, CalendarReminder reminder) const
{
    return write(CalendarUpdatePlanner::plan(StudyPlanCalendar::items(plan), {}, reminder).events, stamp);
}

QByteArray ICalendarWriter::write(const QList<CalendarEvent>& events, const QDateTime& stamp) const
{
    const QString stampValue = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));

    LineWriter out;
    out.add(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    out.add(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    out.add(QStringLiteral("PRODID"),
            QStringLiteral("-//Career Guide//Career Guide %1//EN").arg(QLatin1String(CG_VERSION)));
    out.add(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    out.add(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));

    for (const CalendarEvent& event : events) {
        out.add(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        out.addText(QStringLiteral("UID"), event.uid);
        // The export time, as RFC 5545 wants; the UID never carries it.
        out.add(QStringLiteral("DTSTAMP"), stampValue);
        out.add(QStringLiteral("SEQUENCE"), QString::number(event.sequence));
        // All-day events: DATE values are floating (no time zone), so the step shows on the same days wherever the
        // calendar is opened. DTEND is exclusive, hence the day after the last day.
        out.add(QStringLiteral("DTSTART;VALUE=DATE"), dateValue(event.firstDay));
        out.add(QStringLiteral("DTEND;VALUE=DATE"), dateValue(event.lastDay.addDays(1)));
        out.addText(QStringLiteral("SUMMARY"), event.summary);
        if (!event.description.isEmpty())
            out.addText(QStringLiteral("DESCRIPTION"), event.description);
        // CONFIRMED on live events too: an event cancelled before and back in the plan is live again.
        out.add(QStringLiteral("STATUS"), event.cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED"));
        // Study time is planned, not booked: do not show the days as busy.
        out.add(QStringLiteral("TRANSP"), QStringLiteral("TRANSPARENT"));
        const QString trigger = calendarReminder::trigger(event.reminder);
        if (!event.cancelled && !trigger.isEmpty()) {
            out.add(QStringLiteral("BEGIN"), QStringLiteral("VALARM"));
            out.add(QStringLiteral("ACTION"), QStringLiteral("DISPLAY"));
            out.addText(QStringLiteral("DESCRIPTION"), event.summary); // DISPLAY alarms must have one
            out.add(QStringLiteral("TRIGGER"), trigger);
            out.add(QStringLiteral("END"), QStringLiteral("VALARM"));
        }
        out.add(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }

    out.add(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out.result();
}

bool ICalendarWriter::writeFile(const QString& path, const StudyPlan& plan, const QDateTime& stamp,
                                QString* error) const
{
    return writeFile(path, CalendarUpdatePlanner::plan(StudyPlanCalendar::items(plan), {}).events, stamp, error);
}

bool ICalendarWriter::writeFile(const QString& path, const QList<CalendarEvent>& events, const QDateTime& stamp,
                                QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write the calendar file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = write(events, stamp);
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write the calendar file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cg
