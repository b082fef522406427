#include "TestSupport.h"
#include "plan/ICalendarWriter.h"
#include "plan/StudyPlanCalendar.h"
#include "plan/StudyPlanScheduler.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using cg::ICalendarWriter;

namespace {

struct ContentLine
{
    QString name; // with parameters: "DTSTART;VALUE=DATE"
    QString value;
};

// Just enough of an iCalendar reader to check what the writer wrote: unfold, split lines, split name from value.
QList<ContentLine> parse(const QByteArray& calendar)
{
    QList<ContentLine> lines;
    const QList<QByteArray> raw = ICalendarWriter::unfold(calendar).split('\n');
    for (QByteArray line : raw) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        lines.append({QString::fromUtf8(line.left(colon)), QString::fromUtf8(line.mid(colon + 1))});
    }
    return lines;
}

QStringList valuesOf(const QList<ContentLine>& lines, const QString& name)
{
    QStringList values;
    for (const ContentLine& line : lines) {
        if (line.name == name)
            values.append(line.value);
    }
    return values;
}

cg::LearningStep step(const QString& slug, const QString& title, int hours, const QStringList& prerequisites = {})
{
    cg::LearningStep s;
    s.slug = slug;
    s.title = title;
    s.hours = hours;
    s.prerequisites = prerequisites;
    return s;
}

cg::StudyPlan planWith(const QList<cg::LearningStep>& steps, int hoursPerWeek, const QString& id = QStringLiteral("7"))
{
    cg::StudyPlanRequest request;
    request.planId = id;
    request.planTitle = QStringLiteral("Back-end plan; first try, really");
    request.targetRole = QStringLiteral("Back-end developer");
    request.path.slug = QStringLiteral("self-taught");
    request.path.name = QStringLiteral("Self-taught");
    for (int i = 0; i < steps.size(); ++i) {
        cg::LearningStep s = steps.at(i);
        s.position = i + 1;
        request.path.steps.append(s);
    }
    request.startDate = QDate(2026, 1, 5);
    request.hoursPerWeek = hoursPerWeek;
    const cg::StudyPlanResult result = cg::StudyPlanScheduler().schedule(request);
    if (!result.ok())
        qFatal("test plan does not schedule: %s", qPrintable(result.errorMessage));
    return result.plan;
}

QDateTime stamp()
{
    return QDateTime(QDate(2026, 1, 2), QTime(9, 30, 15), Qt::UTC);
}

} // namespace

class TestICalendarWriter final : public QObject
{
    Q_OBJECT

private slots:
    void escaping_data();
    void escaping();
    void folding_data();
    void folding();
    void calendarStructure();
    void eventsPerStep();
    void summariesParseBack();
    void everyLineFoldedAndCrlf();
    void uidStableWithoutPlanId();
    void reminders_data();
    void reminders();
    void eventsFromTheUpdate();
    void stampConvertedToUtc();
    void writeFileAtomic();
};

void TestICalendarWriter::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::addColumn<QString>("readBack"); // what unescaping gives; differs only where line breaks are normalised

    auto row = [](const char* name, const QString& text, const QString& escaped, const QString& readBack) {
        QTest::newRow(name) << text << escaped << readBack;
    };
    const auto s = [](const char* utf8) { return QString::fromUtf8(utf8); };
    row("plain", s("Learn SQL"), s("Learn SQL"), s("Learn SQL"));
    row("empty", QString(), QString(), QString());
    row("comma", s("SQL, APIs"), s("SQL\\, APIs"), s("SQL, APIs"));
    row("semicolon", s("a;b"), s("a\\;b"), s("a;b"));
    row("backslash", s("C:\\path\\to"), s("C:\\\\path\\\\to"), s("C:\\path\\to"));
    row("backslash before n is not a newline", s("\\n"), s("\\\\n"), s("\\n"));
    row("newline", s("one\ntwo"), s("one\\ntwo"), s("one\ntwo"));
    row("crlf", s("one\r\ntwo"), s("one\\ntwo"), s("one\ntwo"));
    row("lone cr", s("one\rtwo"), s("one\\ntwo"), s("one\ntwo"));
    row("colon and quotes untouched", s("Week 3: \"SQL\""), s("Week 3: \"SQL\""), s("Week 3: \"SQL\""));
    row("tab kept", s("a\tb"), s("a\tb"), s("a\tb"));
    row("control dropped",
        s("a\x01"
          "b\x7f"
          "c"),
        s("abc"), s("abc"));
    row("everything", s("a\\b;c,d\ne"), s("a\\\\b\\;c\\,d\\ne"), s("a\\b;c,d\ne"));
    row("non-ASCII untouched", s("सीखें, SQL 🚀"), s("सीखें\\, SQL 🚀"), s("सीखें, SQL 🚀"));
}

void TestICalendarWriter::escaping()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QFETCH(QString, readBack);
    QCOMPARE(ICalendarWriter::escapeText(text), escaped);
    QCOMPARE(ICalendarWriter::unescapeText(escaped), readBack);
}

void TestICalendarWriter::folding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expectedLines");

    const QString prefix = QStringLiteral("SUMMARY:"); // 8 octets
    QTest::newRow("short") << QStringLiteral("Week 1: Learn SQL") << 1;
    QTest::newRow("exactly 75 octets") << QString(75 - prefix.size(), QLatin1Char('x')) << 1;
    QTest::newRow("76 octets") << QString(76 - prefix.size(), QLatin1Char('x')) << 2;
    QTest::newRow("75 + 74 octets") << QString(75 + 74 - prefix.size(), QLatin1Char('x')) << 2;
    QTest::newRow("75 + 75 octets") << QString(75 + 75 - prefix.size(), QLatin1Char('x')) << 3;
    QTest::newRow("long ASCII") << QString(QStringLiteral("Build a REST API with tests. ")).repeated(20) << -1;
    QTest::newRow("long Hindi (3-octet characters)")
        << QString::fromUtf8("डेटाबेस डिज़ाइन और एसक्यूएल सीखें। ").repeated(12) << -1;
    QTest::newRow("long emoji (4-octet characters)") << QString::fromUtf8("🚀📚🧪").repeated(40) << -1;
    QTest::newRow("mixed widths") << QString::fromUtf8("aé€🚀").repeated(50) << -1;
    QTest::newRow("emoji at the fold") << QString(75 - prefix.size() - 2, QLatin1Char('x')) + QString::fromUtf8("🚀🚀🚀")
                                       << 2;
}

void TestICalendarWriter::folding()
{
    QFETCH(QString, value);
    QFETCH(int, expectedLines);

    const QByteArray line = "SUMMARY:" + value.toUtf8();
    const QByteArray folded = ICalendarWriter::foldLine(line);
    QVERIFY(folded.endsWith("\r\n"));

    QList<QByteArray> lines = folded.split('\n');
    QVERIFY(lines.takeLast().isEmpty());
    if (expectedLines > 0)
        QCOMPARE(lines.size(), expectedLines);
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray physical = lines.at(i);
        QVERIFY2(physical.endsWith('\r'), "every line ends in CRLF");
        physical.chop(1);
        QVERIFY2(physical.size() <= ICalendarWriter::MaxLineOctets,
                 qPrintable(QStringLiteral("line %1 has %2 octets").arg(i).arg(physical.size())));
        if (i > 0) {
            QVERIFY2(physical.startsWith(' '), "continuation lines start with a space");
            physical.remove(0, 1);
        }
        QVERIFY2(!physical.isEmpty(), "no empty line is produced");
        // Each physical line on its own is valid UTF-8: no character was cut in two.
        QVERIFY2(QString::fromUtf8(physical).toUtf8() == physical, qPrintable(QStringLiteral("line %1").arg(i)));
        QVERIFY((static_cast<unsigned char>(physical.at(0)) & 0xC0) != 0x80);
    }
    // Long lines use the room they have: only a multi-byte character can make a line shorter than the limit.
    if (lines.size() > 1)
        QVERIFY(lines.first().size() - 1 >= ICalendarWriter::MaxLineOctets - 3);
    QCOMPARE(ICalendarWriter::unfold(folded), line + "\r\n");
}

void TestICalendarWriter::calendarStructure()
{
    const cg::StudyPlan plan = planWith({step(QStringLiteral("sql"), QStringLiteral("Learn SQL"), 12),
                                         step(QStringLiteral("api"), QStringLiteral("Build an API"), 8)},
                                        10);
    const QByteArray calendar = ICalendarWriter().write(plan, stamp());
    QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Career Guide//"));
    QVERIFY(calendar.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    const QList<ContentLine> lines = parse(calendar);
    QCOMPARE(valuesOf(lines, QStringLiteral("VERSION")), QStringList{QStringLiteral("2.0")});
    QCOMPARE(valuesOf(lines, QStringLiteral("CALSCALE")), QStringList{QStringLiteral("GREGORIAN")});
    QCOMPARE(valuesOf(lines, QStringLiteral("METHOD")), QStringList{QStringLiteral("PUBLISH")});
    QCOMPARE(valuesOf(lines, QStringLiteral("PRODID")).size(), 1);

    // One event per step, over the weeks it is studied: SQL in weeks 1-2, the API in week 2.
    QCOMPARE(valuesOf(lines, QStringLiteral("DTSTART;VALUE=DATE")),
             (QStringList{QStringLiteral("20260105"), QStringLiteral("20260112")}));
    // DTEND of an all-day event is exclusive: the Monday after the last week's Sunday.
    QCOMPARE(valuesOf(lines, QStringLiteral("DTEND;VALUE=DATE")),
             (QStringList{QStringLiteral("20260119"), QStringLiteral("20260119")}));
    QCOMPARE(valuesOf(lines, QStringLiteral("UID")),
             (QStringList{QStringLiteral("7-step-sql@careerguide"), QStringLiteral("7-step-api@careerguide")}));
    QCOMPARE(valuesOf(lines, QStringLiteral("SEQUENCE")), (QStringList{QStringLiteral("0"), QStringLiteral("0")}));
    QCOMPARE(valuesOf(lines, QStringLiteral("STATUS")),
             (QStringList{QStringLiteral("CONFIRMED"), QStringLiteral("CONFIRMED")}));
    QCOMPARE(valuesOf(lines, QStringLiteral("SUMMARY")),
             (QStringList{QStringLiteral("Learn SQL"), QStringLiteral("Build an API")}));
    QCOMPARE(valuesOf(lines, QStringLiteral("DTSTAMP")),
             (QStringList{QStringLiteral("20260102T093015Z"), QStringLiteral("20260102T093015Z")}));
    QVERIFY2(!calendar.contains("VALARM"), "no reminder unless asked for");

    const QStringList descriptions = valuesOf(lines, QStringLiteral("DESCRIPTION"));
    QCOMPARE(descriptions.size(), 2);
    const QString first = ICalendarWriter::unescapeText(descriptions.at(0));
    QVERIFY2(first.contains(QStringLiteral("12 h in total")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("Week 1 (from 2026-01-05): 10 h")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("Week 2 (from 2026-01-12): 2 h")), qPrintable(first));
    QVERIFY2(first.contains(QLatin1Char('\n')), "one line per week");
    QVERIFY2(first.contains(QStringLiteral("Back-end plan; first try, really")), qPrintable(first));

    // Every component that begins ends, in order.
    QStringList nesting;
    for (const ContentLine& line : lines) {
        if (line.name == QLatin1String("BEGIN"))
            nesting.append(line.value);
        else if (line.name == QLatin1String("END"))
            QCOMPARE(nesting.takeLast(), line.value);
    }
    QVERIFY(nesting.isEmpty());
}

void TestICalendarWriter::eventsPerStep()
{
    // Whatever the pace, one event per step with the same UIDs: a re-paced plan updates the events it exported.
    QStringList firstUids;
    for (int hoursPerWeek : {1, 3, 10, 80}) {
        const cg::StudyPlan plan = planWith({step(QStringLiteral("a"), QStringLiteral("A"), 12),
                                             step(QStringLiteral("b"), QStringLiteral("B"), 8),
                                             step(QStringLiteral("c"), QStringLiteral("C"), 30)},
                                            hoursPerWeek);
        const QList<ContentLine> lines = parse(ICalendarWriter().write(plan, stamp()));
        const QStringList begins = valuesOf(lines, QStringLiteral("BEGIN"));
        QCOMPARE(begins.count(QStringLiteral("VEVENT")), 3);
        QCOMPARE(valuesOf(lines, QStringLiteral("END")).count(QStringLiteral("VEVENT")), 3);
        const QStringList uids = valuesOf(lines, QStringLiteral("UID"));
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), 3);
        if (firstUids.isEmpty())
            firstUids = uids;
        QCOMPARE(uids, firstUids);
        // The last event ends with the plan.
        QCOMPARE(valuesOf(lines, QStringLiteral("DTEND;VALUE=DATE")).last(),
                 plan.endDate.addDays(1).toString(QStringLiteral("yyyyMMdd")));
    }
}

void TestICalendarWriter::summariesParseBack()
{
    const QString hindi = QString::fromUtf8("डेटाबेस डिज़ाइन और एसक्यूएल: एक लंबा और विस्तृत परिचय, उदाहरणों के साथ");
    const QString emoji = QString::fromUtf8("Ship it 🚀 with tests 🧪; deploy, monitor & repeat 🔁");
    const QString tricky = QStringLiteral("Paths like C:\\work, and; semicolons");
    const cg::StudyPlan plan =
        planWith({step(QStringLiteral("sql"), QStringLiteral("Learn SQL"), 6),
                  step(QStringLiteral("api"), QStringLiteral("Build an API"), 4), step(QStringLiteral("hi"), hindi, 10),
                  step(QStringLiteral("emoji"), emoji, 5), step(QStringLiteral("tricky"), tricky, 5)},
                 10);
    QCOMPARE(plan.weekCount(), 3);
    const QList<ContentLine> lines = parse(ICalendarWriter().write(plan, stamp()));
    QStringList summaries;
    for (const QString& value : valuesOf(lines, QStringLiteral("SUMMARY")))
        summaries.append(ICalendarWriter::unescapeText(value));
    QCOMPARE(summaries,
             (QStringList{QStringLiteral("Learn SQL"), QStringLiteral("Build an API"), hindi, emoji, tricky}));
}

void TestICalendarWriter::everyLineFoldedAndCrlf()
{
    const QString longTitle = QString::fromUtf8("एसक्यूएल और डेटा मॉडलिंग 🚀, ").repeated(6);
    const cg::StudyPlan plan = planWith(
        {step(QStringLiteral("long"), longTitle, 25), step(QStringLiteral("short"), QStringLiteral("Short"), 3)}, 7);
    const QByteArray calendar = ICalendarWriter().write(plan, stamp());

    // CRLF everywhere: no bare LF and no bare CR.
    for (qsizetype i = 0; i < calendar.size(); ++i) {
        if (calendar.at(i) == '\n')
            QVERIFY2(i > 0 && calendar.at(i - 1) == '\r', qPrintable(QStringLiteral("bare LF at %1").arg(i)));
        if (calendar.at(i) == '\r')
            QVERIFY2(i + 1 < calendar.size() && calendar.at(i + 1) == '\n', "bare CR");
    }
    int folds = 0;
    for (const QByteArray& line : calendar.split('\n')) {
        QVERIFY(line.size() - 1 <= ICalendarWriter::MaxLineOctets); // minus the CR
        QVERIFY(QString::fromUtf8(line).toUtf8() == line);
        if (line.startsWith(' '))
            ++folds;
    }
    QVERIFY2(folds > 0, "the long title must have been folded");
    QVERIFY(QString::fromUtf8(calendar).toUtf8() == calendar);
}

void TestICalendarWriter::uidStableWithoutPlanId()
{
    const QList<cg::LearningStep> steps{step(QStringLiteral("a"), QStringLiteral("A"), 12),
                                        step(QStringLiteral("b"), QStringLiteral("B"), 4)};
    const cg::StudyPlan first = planWith(steps, 10, QString());
    const cg::StudyPlan again = planWith(steps, 10, QString());
    const cg::StudyPlan faster = planWith(steps, 12, QString());
    cg::StudyPlan later = planWith(steps, 10, QString());
    later.startDate = later.startDate.addDays(14);
    const QString step = cg::StudyPlanCalendar::StepKind;
    const QString uid = ICalendarWriter::uid(first, step, QStringLiteral("a"));
    QVERIFY2(uid.startsWith(QLatin1String("plan-")), qPrintable(uid));
    QVERIFY(uid.endsWith(QLatin1String("-step-a@careerguide")));
    QCOMPARE(ICalendarWriter::uid(again, step, QStringLiteral("a")), uid);
    QVERIFY(ICalendarWriter::uid(first, step, QStringLiteral("b")) != uid);
    // Neither the pace nor the start date is part of an item's identity.
    QCOMPARE(ICalendarWriter::uid(faster, step, QStringLiteral("a")), uid);
    QCOMPARE(ICalendarWriter::uid(later, step, QStringLiteral("a")), uid);
    // A topic with the same slug as a step is another item.
    QVERIFY(ICalendarWriter::uid(first, QStringLiteral("topic"), QStringLiteral("a")) != uid);
    // Another plan is another calendar's worth of events.
    cg::StudyPlan renamed = first;
    renamed.title = QStringLiteral("Another plan");
    QVERIFY(ICalendarWriter::uid(renamed, step, QStringLiteral("a")) != uid);

    cg::StudyPlan odd = first;
    odd.id = QStringLiteral("a b,c;d");
    QCOMPARE(ICalendarWriter::uid(odd, step, QStringLiteral("x/y")),
             QStringLiteral("a%20b%2Cc%3Bd-step-x%2Fy@careerguide"));
}

void TestICalendarWriter::reminders_data()
{
    QTest::addColumn<int>("reminder");
    QTest::addColumn<QString>("trigger");
    QTest::newRow("none") << int(cg::CalendarReminder::None) << QString();
    QTest::newRow("09:00 on the first day") << int(cg::CalendarReminder::MorningOfFirstDay) << "PT9H";
    QTest::newRow("09:00 the day before") << int(cg::CalendarReminder::DayBefore) << "-PT15H";
    QTest::newRow("09:00 a week before") << int(cg::CalendarReminder::WeekBefore) << "-P6DT15H";
}

void TestICalendarWriter::reminders()
{
    QFETCH(int, reminder);
    QFETCH(QString, trigger);
    const cg::StudyPlan plan = planWith({step(QStringLiteral("sql"), QStringLiteral("Learn SQL"), 12),
                                         step(QStringLiteral("api"), QStringLiteral("Build an API"), 8)},
                                        10);
    const QList<ContentLine> lines =
        parse(ICalendarWriter().write(plan, stamp(), static_cast<cg::CalendarReminder>(reminder)));
    if (trigger.isEmpty()) {
        QVERIFY(!valuesOf(lines, QStringLiteral("BEGIN")).contains(QStringLiteral("VALARM")));
        return;
    }
    // One alarm inside each event, after its properties: a DISPLAY alarm with the step as its text.
    QCOMPARE(valuesOf(lines, QStringLiteral("TRIGGER")), (QStringList{trigger, trigger}));
    QCOMPARE(valuesOf(lines, QStringLiteral("ACTION")),
             (QStringList{QStringLiteral("DISPLAY"), QStringLiteral("DISPLAY")}));
    QStringList nesting;
    int alarms = 0;
    for (const ContentLine& line : lines) {
        if (line.name == QLatin1String("BEGIN")) {
            if (line.value == QLatin1String("VALARM")) {
                QCOMPARE(nesting.value(nesting.size() - 1), QStringLiteral("VEVENT"));
                ++alarms;
            }
            nesting.append(line.value);
        } else if (line.name == QLatin1String("END")) {
            QCOMPARE(nesting.takeLast(), line.value);
        } else if (line.name == QLatin1String("DESCRIPTION") && nesting.last() == QLatin1String("VALARM")) {
            QVERIFY(line.value == QLatin1String("Learn SQL") || line.value == QLatin1String("Build an API"));
        }
    }
    QCOMPARE(alarms, 2);
    QCOMPARE(cg::calendarReminder::trigger(static_cast<cg::CalendarReminder>(reminder)), trigger);
    QCOMPARE(cg::calendarReminder::fromKey(cg::calendarReminder::toKey(static_cast<cg::CalendarReminder>(reminder))),
             static_cast<cg::CalendarReminder>(reminder));
}

void TestICalendarWriter::eventsFromTheUpdate()
{
    // What CalendarUpdatePlanner decided is written as it is: sequence, status, and no alarm on a cancellation.
    cg::CalendarEvent live;
    live.uid = QStringLiteral("p-step-a@careerguide");
    live.sequence = 4;
    live.summary = QStringLiteral("A");
    live.firstDay = QDate(2026, 3, 2);
    live.lastDay = QDate(2026, 3, 15);
    live.reminder = cg::CalendarReminder::DayBefore;
    cg::CalendarEvent cancelled = live;
    cancelled.uid = QStringLiteral("p-step-b@careerguide");
    cancelled.sequence = 2;
    cancelled.cancelled = true;
    const QList<ContentLine> lines = parse(ICalendarWriter().write({live, cancelled}, stamp()));
    QCOMPARE(valuesOf(lines, QStringLiteral("METHOD")), QStringList{QStringLiteral("PUBLISH")});
    QCOMPARE(valuesOf(lines, QStringLiteral("SEQUENCE")), (QStringList{QStringLiteral("4"), QStringLiteral("2")}));
    QCOMPARE(valuesOf(lines, QStringLiteral("STATUS")),
             (QStringList{QStringLiteral("CONFIRMED"), QStringLiteral("CANCELLED")}));
    QCOMPARE(valuesOf(lines, QStringLiteral("TRIGGER")).size(), 1);
    QCOMPARE(valuesOf(lines, QStringLiteral("DTSTART;VALUE=DATE")),
             (QStringList{QStringLiteral("20260302"), QStringLiteral("20260302")}));
    QCOMPARE(valuesOf(lines, QStringLiteral("DTEND;VALUE=DATE")),
             (QStringList{QStringLiteral("20260316"), QStringLiteral("20260316")}));
}

void TestICalendarWriter::stampConvertedToUtc()
{
    const cg::StudyPlan plan = planWith({step(QStringLiteral("a"), QStringLiteral("A"), 2)}, 10);
    const QDateTime local(QDate(2026, 1, 2), QTime(11, 30, 15), QTimeZone(2 * 3600));
    const QList<ContentLine> lines = parse(ICalendarWriter().write(plan, local));
    QCOMPARE(valuesOf(lines, QStringLiteral("DTSTAMP")), QStringList{QStringLiteral("20260102T093015Z")});
}

void TestICalendarWriter::writeFileAtomic()
{
    const cg::StudyPlan plan = planWith({step(QStringLiteral("a"), QStringLiteral("A"), 2)}, 10);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.ics"));
    QString error;
    QVERIFY2(ICalendarWriter().writeFile(path, plan, stamp(), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ICalendarWriter().write(plan, stamp()));
    file.close();
    // study-plan.ics is the real plan exported by the GUI test; this small sample has its own name.
    const QString artifact = cg::test::artifactPath(QStringLiteral("icalendar-writer-sample.ics"));
    QFile::remove(artifact);
    QFile::copy(path, artifact);

    const QString missing = dir.filePath(QStringLiteral("no/such/dir/plan.ics"));
    QVERIFY(!ICalendarWriter().writeFile(missing, plan, stamp(), &error));
    QVERIFY(error.contains(missing));
}

QTEST_GUILESS_MAIN(TestICalendarWriter)
#include "TestICalendarWriter.moc"
