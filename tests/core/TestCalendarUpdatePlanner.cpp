// CalendarUpdatePlanner: what a calendar export says given what the previous export of the same plan said. SEQUENCE
// starts at 0 and grows only for changed events; events that left the plan or are done are cancelled once and stay
// cancelled; done items never exported are left out; a reminder is part of an event's content.
#include "plan/CalendarUpdatePlanner.h"
#include "plan/StudyPlanCalendar.h"
#include "plan/StudyPlanScheduler.h"

#include <QTest>

using cg::CalendarEvent;
using cg::CalendarExportRecord;
using cg::CalendarItem;
using cg::CalendarReminder;
using cg::CalendarUpdate;
using cg::CalendarUpdatePlanner;

namespace {

CalendarItem item(const QString& slug, const QDate& first, int days = 7, const QString& summary = {})
{
    CalendarItem i;
    i.kind = cg::StudyPlanCalendar::StepKind;
    i.slug = slug;
    i.uid = QStringLiteral("p-step-%1@careerguide").arg(slug);
    i.summary = summary.isEmpty() ? slug.toUpper() : summary;
    i.description = QStringLiteral("About ") + slug;
    i.firstDay = first;
    i.lastDay = first.addDays(days - 1);
    return i;
}

const CalendarEvent* eventFor(const CalendarUpdate& update, const QString& slug)
{
    for (const CalendarEvent& event : update.events) {
        if (event.uid == QStringLiteral("p-step-%1@careerguide").arg(slug))
            return &event;
    }
    return nullptr;
}

QMap<QString, int> sequences(const CalendarUpdate& update)
{
    QMap<QString, int> result;
    for (const CalendarEvent& event : update.events)
        result.insert(event.uid.section(QLatin1Char('-'), 2).section(QLatin1Char('@'), 0, 0), event.sequence);
    return result;
}

const QDate Monday(2026, 1, 5);

} // namespace

class TestCalendarUpdatePlanner final : public QObject
{
    Q_OBJECT

private slots:
    void firstExport();
    void unchangedKeepsSequence();
    void sequenceRaisedOnlyForChanged_data();
    void sequenceRaisedOnlyForChanged();
    void itemsGoneAreCancelled();
    void doneItems();
    void reminderChangeIsAChange();
    void repacedPlanKeepsUids();
    void recordsDescribeWhatWasWritten();
};

void TestCalendarUpdatePlanner::firstExport()
{
    const CalendarUpdate update = CalendarUpdatePlanner::plan(
        {item(QStringLiteral("a"), Monday), item(QStringLiteral("b"), Monday.addDays(7))}, {});
    QCOMPARE(update.events.size(), 2);
    QCOMPARE(update.liveCount(), 2);
    QCOMPARE(update.cancelledCount(), 0);
    QCOMPARE(update.events.at(0).sequence, 0);
    QCOMPARE(update.events.at(1).sequence, 0);
    QCOMPARE(update.events.at(0).summary, QStringLiteral("A"));
    QCOMPARE(update.records.size(), 2);
    QVERIFY(!update.records.at(0).cancelled);
}

void TestCalendarUpdatePlanner::unchangedKeepsSequence()
{
    const QList<CalendarItem> items{item(QStringLiteral("a"), Monday), item(QStringLiteral("b"), Monday.addDays(7))};
    CalendarUpdate update = CalendarUpdatePlanner::plan(items, {});
    for (int round = 0; round < 3; ++round) {
        const CalendarUpdate again = CalendarUpdatePlanner::plan(items, update.records);
        QCOMPARE(sequences(again), sequences(update));
        QCOMPARE(again.records, update.records);
        update = again;
    }
}

void TestCalendarUpdatePlanner::sequenceRaisedOnlyForChanged_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("start date") << 0;
    QTest::newRow("end date") << 1;
    QTest::newRow("summary") << 2;
    QTest::newRow("description") << 3;
}

void TestCalendarUpdatePlanner::sequenceRaisedOnlyForChanged()
{
    QFETCH(int, change);
    QList<CalendarItem> items{item(QStringLiteral("a"), Monday), item(QStringLiteral("b"), Monday.addDays(7)),
                              item(QStringLiteral("c"), Monday.addDays(14))};
    const CalendarUpdate first = CalendarUpdatePlanner::plan(items, {});
    CalendarItem& b = items[1];
    switch (change) {
    case 0:
        b.firstDay = b.firstDay.addDays(-7);
        break;
    case 1:
        b.lastDay = b.lastDay.addDays(7);
        break;
    case 2:
        b.summary = QStringLiteral("B, reworded");
        break;
    default:
        b.description += QStringLiteral(" and more");
    }
    const CalendarUpdate second = CalendarUpdatePlanner::plan(items, first.records);
    QCOMPARE(sequences(second),
             (QMap<QString, int>{{QStringLiteral("a"), 0}, {QStringLiteral("b"), 1}, {QStringLiteral("c"), 0}}));
    // Changed again: raised again; then unchanged: kept.
    b.summary = QStringLiteral("B, once more");
    const CalendarUpdate third = CalendarUpdatePlanner::plan(items, second.records);
    QCOMPARE(eventFor(third, QStringLiteral("b"))->sequence, 2);
    const CalendarUpdate fourth = CalendarUpdatePlanner::plan(items, third.records);
    QCOMPARE(sequences(fourth), sequences(third));
}

void TestCalendarUpdatePlanner::itemsGoneAreCancelled()
{
    QList<CalendarItem> items{item(QStringLiteral("a"), Monday), item(QStringLiteral("b"), Monday.addDays(7), 14),
                              item(QStringLiteral("c"), Monday.addDays(21))};
    CalendarUpdate update = CalendarUpdatePlanner::plan(items, {});
    items[1].summary = QStringLiteral("B changed"); // sequence 1
    update = CalendarUpdatePlanner::plan(items, update.records);
    QCOMPARE(eventFor(update, QStringLiteral("b"))->sequence, 1);

    const CalendarItem removed = items.takeAt(1);
    const CalendarUpdate cancelled = CalendarUpdatePlanner::plan(items, update.records);
    QCOMPARE(cancelled.liveCount(), 2);
    QCOMPARE(cancelled.cancelledCount(), 1);
    const CalendarEvent* b = eventFor(cancelled, QStringLiteral("b"));
    QVERIFY(b);
    QVERIFY(b->cancelled);
    QCOMPARE(b->sequence, 2);
    // Cancelled as it was last shown, so the calendar finds the event it holds; cancellations come last.
    QCOMPARE(b->summary, QStringLiteral("B changed"));
    QCOMPARE(b->firstDay, removed.firstDay);
    QCOMPARE(b->lastDay, removed.lastDay);
    QCOMPARE(b->reminder, CalendarReminder::None);
    QCOMPARE(&cancelled.events.last(), b);
    QCOMPARE(eventFor(cancelled, QStringLiteral("a"))->sequence, 0);

    // Exported again: still cancelled, same sequence (not raised on every export).
    const CalendarUpdate again = CalendarUpdatePlanner::plan(items, cancelled.records);
    QCOMPARE(eventFor(again, QStringLiteral("b"))->sequence, 2);
    QVERIFY(eventFor(again, QStringLiteral("b"))->cancelled);
    QCOMPARE(again.records, cancelled.records);

    // Back in the plan: live again with a higher sequence than the cancellation.
    items.insert(1, removed);
    const CalendarUpdate back = CalendarUpdatePlanner::plan(items, again.records);
    QVERIFY(!eventFor(back, QStringLiteral("b"))->cancelled);
    QCOMPARE(eventFor(back, QStringLiteral("b"))->sequence, 3);
    QCOMPARE(back.cancelledCount(), 0);
}

void TestCalendarUpdatePlanner::doneItems()
{
    // Decision under test: a done item is never a live event; if a calendar holds it (exported before) it is
    // cancelled, and if it was never exported it is left out: there is nothing to cancel.
    QList<CalendarItem> items{item(QStringLiteral("a"), Monday), item(QStringLiteral("b"), Monday.addDays(7))};
    items[1].done = true;
    const CalendarUpdate first = CalendarUpdatePlanner::plan(items, {});
    QCOMPARE(first.events.size(), 1);
    QVERIFY(!eventFor(first, QStringLiteral("b")));
    QCOMPARE(first.records.size(), 1);

    items[1].done = false;
    const CalendarUpdate second = CalendarUpdatePlanner::plan(items, first.records);
    QCOMPARE(eventFor(second, QStringLiteral("b"))->sequence, 0); // first time a calendar sees it

    items[0].done = true;
    const CalendarUpdate third = CalendarUpdatePlanner::plan(items, second.records);
    const CalendarEvent* a = eventFor(third, QStringLiteral("a"));
    QVERIFY(a);
    QVERIFY(a->cancelled);
    QCOMPARE(a->sequence, 1);
    QCOMPARE(third.liveCount(), 1);

    // Still done: the same cancellation; no longer done: live again, raised above the cancellation.
    const CalendarUpdate fourth = CalendarUpdatePlanner::plan(items, third.records);
    QCOMPARE(eventFor(fourth, QStringLiteral("a"))->sequence, 1);
    QVERIFY(eventFor(fourth, QStringLiteral("a"))->cancelled);
    items[0].done = false;
    const CalendarUpdate fifth = CalendarUpdatePlanner::plan(items, fourth.records);
    QVERIFY(!eventFor(fifth, QStringLiteral("a"))->cancelled);
    QCOMPARE(eventFor(fifth, QStringLiteral("a"))->sequence, 2);
}

void TestCalendarUpdatePlanner::reminderChangeIsAChange()
{
    const QList<CalendarItem> items{item(QStringLiteral("a"), Monday)};
    const CalendarUpdate plain = CalendarUpdatePlanner::plan(items, {});
    const CalendarUpdate reminded = CalendarUpdatePlanner::plan(items, plain.records, CalendarReminder::DayBefore);
    QCOMPARE(reminded.events.first().sequence, 1);
    QCOMPARE(reminded.events.first().reminder, CalendarReminder::DayBefore);
    QCOMPARE(CalendarUpdatePlanner::plan(items, reminded.records, CalendarReminder::DayBefore).events.first().sequence,
             1);
    QVERIFY(CalendarUpdatePlanner::contentHash(items.first(), CalendarReminder::None) !=
            CalendarUpdatePlanner::contentHash(items.first(), CalendarReminder::WeekBefore));
}

void TestCalendarUpdatePlanner::repacedPlanKeepsUids()
{
    cg::StudyPlanRequest request;
    request.planId = QStringLiteral("plan-3-20260101T080000");
    request.planTitle = QStringLiteral("Evenings");
    request.path.slug = QStringLiteral("self-taught");
    const QList<QPair<QString, int>> steps{{QStringLiteral("basics"), 20},
                                           {QStringLiteral("sql"), 12},
                                           {QStringLiteral("api"), 30},
                                           {QStringLiteral("deploy"), 6}};
    for (int i = 0; i < steps.size(); ++i) {
        cg::LearningStep step;
        step.slug = steps.at(i).first;
        step.title = steps.at(i).first.toUpper();
        step.hours = steps.at(i).second;
        step.position = i + 1;
        request.path.steps.append(step);
    }
    request.startDate = Monday;
    request.hoursPerWeek = 10;
    const cg::StudyPlan slow = cg::StudyPlanScheduler().schedule(request).plan;
    request.hoursPerWeek = 20;
    request.startDate = Monday.addDays(7);
    const cg::StudyPlan fast = cg::StudyPlanScheduler().schedule(request).plan;

    QStringList slowUids;
    for (const CalendarItem& i : cg::StudyPlanCalendar::items(slow))
        slowUids.append(i.uid);
    QStringList fastUids;
    for (const CalendarItem& i : cg::StudyPlanCalendar::items(fast))
        fastUids.append(i.uid);
    QCOMPARE(slowUids.size(), steps.size());
    QCOMPARE(fastUids, slowUids);
    QCOMPARE(slowUids.first(), QStringLiteral("plan-3-20260101T080000-step-basics@careerguide"));

    // Every item moved, so every event is raised once.
    const CalendarUpdate before = CalendarUpdatePlanner::plan(cg::StudyPlanCalendar::items(slow), {});
    const CalendarUpdate after = CalendarUpdatePlanner::plan(cg::StudyPlanCalendar::items(fast), before.records);
    for (const CalendarEvent& event : after.events)
        QCOMPARE(event.sequence, 1);
}

void TestCalendarUpdatePlanner::recordsDescribeWhatWasWritten()
{
    QList<CalendarItem> items{item(QStringLiteral("a"), Monday, 14, QStringLiteral("Alpha"))};
    const CalendarUpdate update = CalendarUpdatePlanner::plan(items, {}, CalendarReminder::MorningOfFirstDay);
    QCOMPARE(update.records.size(), 1);
    const CalendarExportRecord& record = update.records.first();
    QCOMPARE(record.uid, items.first().uid);
    QCOMPARE(record.summary, QStringLiteral("Alpha"));
    QCOMPARE(record.firstDay, Monday);
    QCOMPARE(record.lastDay, Monday.addDays(13));
    QCOMPARE(record.contentHash,
             CalendarUpdatePlanner::contentHash(items.first(), CalendarReminder::MorningOfFirstDay));
    QCOMPARE(record.contentHash.size(), 40);
}

QTEST_GUILESS_MAIN(TestCalendarUpdatePlanner)
#include "TestCalendarUpdatePlanner.moc"
