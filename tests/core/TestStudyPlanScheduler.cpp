#include "plan/StudyPlanScheduler.h"

#include <QDate>
#include <QTest>

#include <limits>

using cg::LearningPath;
using cg::LearningStep;
using cg::StudyPlanRequest;
using cg::StudyPlanResult;
using cg::StudyPlanScheduler;
using Error = cg::StudyPlanResult::Error;

Q_DECLARE_METATYPE(cg::StudyPlanResult::Error)

namespace {

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

// A path written compactly: "slug:hours:prerequisite,prerequisite". Position follows list order unless a fourth
// field gives it.
LearningPath pathFrom(const QStringList& spec)
{
    LearningPath path;
    path.slug = QStringLiteral("test-path");
    path.name = QStringLiteral("Test path");
    int position = 0;
    for (const QString& line : spec) {
        const QStringList fields = line.split(QLatin1Char(':'));
        LearningStep step;
        step.slug = fields.value(0);
        step.title = QStringLiteral("Title of ") + step.slug;
        step.hours = fields.value(1).toInt();
        const QString prerequisites = fields.value(2);
        if (!prerequisites.isEmpty())
            step.prerequisites = prerequisites.split(QLatin1Char(','));
        step.position = fields.size() > 3 ? fields.value(3).toInt() : ++position;
        path.steps.append(step);
    }
    return path;
}

StudyPlanRequest requestFor(const QStringList& spec, int hoursPerWeek = 10, const QStringList& skipped = {},
                            const QDate& start = QDate(2026, 1, 5))
{
    StudyPlanRequest request;
    request.planId = QStringLiteral("42");
    request.planTitle = QStringLiteral("My plan");
    request.targetRole = QStringLiteral("Back-end developer");
    request.path = pathFrom(spec);
    request.startDate = start;
    request.hoursPerWeek = hoursPerWeek;
    request.skippedSlugs = QSet<QString>(skipped.cbegin(), skipped.cend());
    return request;
}

// "slug:hours:flags" per block, flags S (starts) and F (finishes); blocks of a week separated by spaces.
QString describeWeek(const cg::StudyPlanWeek& week)
{
    QStringList blocks;
    for (const cg::StudyPlanBlock& block : week.blocks) {
        QString flags;
        if (block.starts)
            flags += QLatin1Char('S');
        if (block.finishes)
            flags += QLatin1Char('F');
        blocks.append(QStringLiteral("%1:%2:%3").arg(block.stepSlug).arg(block.hours).arg(flags));
    }
    return blocks.join(QLatin1Char(' '));
}

} // namespace

class TestStudyPlanScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void ordering_data();
    void ordering();
    void packing_data();
    void packing();
    void weekDates();
    void hoursBeyondIntAreNamed();
    void farFutureStartDate();
    void milestones_data();
    void milestones();
    void planCarriesRequest();
    void sameRequestSamePlan();
};

void TestStudyPlanScheduler::ordering_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("hoursPerWeek");
    QTest::addColumn<QStringList>("skipped");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QStringList>("expectedOrder");
    QTest::addColumn<QStringList>("involved");

    const QStringList none;
    QTest::newRow("simple chain") << strings({"a:5:", "b:5:a", "c:5:b"}) << 10 << none << Error::None
                                  << strings({"a", "b", "c"}) << none;
    QTest::newRow("no prerequisites keeps path order")
        << strings({"z:1:", "y:1:", "x:1:"}) << 10 << none << Error::None << strings({"z", "y", "x"}) << none;
    QTest::newRow("prerequisite listed later moves first")
        << strings({"api:5:sql", "sql:5:"}) << 10 << none << Error::None << strings({"sql", "api"}) << none;
    QTest::newRow("position is the tie-break, not list order")
        << strings({"late:1::30", "early:1::10", "middle:1::20"}) << 10 << none << Error::None
        << strings({"early", "middle", "late"}) << none;
    QTest::newRow("diamond") << strings({"top:2:", "left:2:top", "right:2:top", "bottom:2:left,right"}) << 10 << none
                             << Error::None << strings({"top", "left", "right", "bottom"}) << none;
    QTest::newRow("diamond, right branch first in path")
        << strings({"top:2:", "right:2:top", "left:2:top", "bottom:2:left,right"}) << 10 << none << Error::None
        << strings({"top", "right", "left", "bottom"}) << none;
    QTest::newRow("independent step waits only for its own prerequisites")
        << strings({"a:1:", "b:1:c", "c:1:", "d:1:"}) << 10 << none << Error::None << strings({"a", "c", "b", "d"})
        << none;
    QTest::newRow("duplicate prerequisite counted once")
        << strings({"a:1:", "b:1:a,a"}) << 10 << none << Error::None << strings({"a", "b"}) << none;
    QTest::newRow("skip middle step") << strings({"a:5:", "b:5:a", "c:5:b"}) << 10 << strings({"b"}) << Error::None
                                      << strings({"a", "c"}) << none;
    QTest::newRow("skip first step") << strings({"a:5:", "b:5:a", "c:5:b"}) << 10 << strings({"a"}) << Error::None
                                     << strings({"b", "c"}) << none;
    QTest::newRow("unknown skipped slug ignored")
        << strings({"a:5:", "b:5:a"}) << 10 << strings({"gone"}) << Error::None << strings({"a", "b"}) << none;
    QTest::newRow("skip all") << strings({"a:5:", "b:5:a", "c:5:b"}) << 10 << strings({"a", "b", "c"})
                              << Error::NothingToSchedule << none << none;
    QTest::newRow("empty path") << QStringList{} << 10 << none << Error::EmptyPath << none << none;

    QTest::newRow("cycle of 2") << strings({"a:5:b", "b:5:a"}) << 10 << none << Error::Cycle << none
                                << strings({"a", "b"});
    QTest::newRow("cycle of 3") << strings({"start:1:", "x:5:z", "y:5:x", "z:5:y"}) << 10 << none << Error::Cycle
                                << none << strings({"x", "y", "z"});
    QTest::newRow("cycle of 3 behind a dependant") << strings({"tail:1:x", "x:5:z,start", "y:5:x", "z:5:y", "start:1:"})
                                                   << 10 << none << Error::Cycle << none << strings({"x", "y", "z"});
    QTest::newRow("step requiring itself")
        << strings({"a:1:", "self:5:self"}) << 10 << none << Error::Cycle << none << strings({"self"});
    QTest::newRow("cycle broken by skipping")
        << strings({"a:5:b", "b:5:a"}) << 10 << strings({"a"}) << Error::None << strings({"b"}) << none;

    QTest::newRow("unknown prerequisite") << strings({"a:5:", "b:5:nosuch"}) << 10 << none << Error::UnknownPrerequisite
                                          << none << strings({"b", "nosuch"});
    QTest::newRow("unknown prerequisite of a skipped step")
        << strings({"a:5:", "b:5:nosuch"}) << 10 << strings({"b"}) << Error::UnknownPrerequisite << none
        << strings({"b", "nosuch"});
    QTest::newRow("duplicate step") << strings({"a:5:", "a:3:"}) << 10 << none << Error::DuplicateStep << none
                                    << strings({"a"});
    QTest::newRow("step with 0 hours") << strings({"a:5:", "empty:0:a"}) << 10 << none << Error::InvalidStepHours
                                       << none << strings({"empty"});
    QTest::newRow("step with negative hours")
        << strings({"neg:-3:"}) << 10 << none << Error::InvalidStepHours << none << strings({"neg"});
    QTest::newRow("step with 0 hours but skipped") << strings({"a:5:", "empty:0:a", "c:1:empty"}) << 10
                                                   << strings({"empty"}) << Error::None << strings({"a", "c"}) << none;

    QTest::newRow("0 hours per week") << strings({"a:5:"}) << 0 << none << Error::InvalidHoursPerWeek << none << none;
    QTest::newRow("-5 hours per week") << strings({"a:5:"}) << -5 << none << Error::InvalidHoursPerWeek << none << none;
    QTest::newRow("200 hours per week") << strings({"a:5:"}) << 200 << none << Error::InvalidHoursPerWeek << none
                                        << none;
    QTest::newRow("81 hours per week") << strings({"a:5:"}) << 81 << none << Error::InvalidHoursPerWeek << none << none;
    QTest::newRow("80 hours per week") << strings({"a:5:"}) << 80 << none << Error::None << strings({"a"}) << none;
    QTest::newRow("1 hour per week") << strings({"a:5:"}) << 1 << none << Error::None << strings({"a"}) << none;
    QTest::newRow("plan longer than ten years")
        << strings({"huge:600:"}) << 1 << none << Error::PlanTooLong << none << none;
}

void TestStudyPlanScheduler::ordering()
{
    QFETCH(QStringList, steps);
    QFETCH(int, hoursPerWeek);
    QFETCH(QStringList, skipped);
    QFETCH(Error, error);
    QFETCH(QStringList, expectedOrder);
    QFETCH(QStringList, involved);

    const StudyPlanResult result = StudyPlanScheduler().schedule(requestFor(steps, hoursPerWeek, skipped));
    QVERIFY2(result.error == error, qPrintable(QStringLiteral("error %1, expected %2: %3")
                                                   .arg(int(result.error))
                                                   .arg(int(error))
                                                   .arg(result.errorMessage)));
    QCOMPARE(result.ok(), error == Error::None);
    if (result.ok()) {
        QVERIFY(result.errorMessage.isEmpty());
        QCOMPARE(result.plan.orderedSlugs, expectedOrder);
        // Every scheduled step appears in the weeks in that order.
        QStringList seen;
        for (const cg::StudyPlanWeek& week : result.plan.weeks) {
            for (const cg::StudyPlanBlock& block : week.blocks) {
                if (block.starts)
                    seen.append(block.stepSlug);
            }
        }
        QCOMPARE(seen, expectedOrder);
        return;
    }
    QVERIFY2(!result.errorMessage.isEmpty(), "an error must come with a message");
    QVERIFY(result.plan.weeks.isEmpty());
    QCOMPARE(result.involvedSlugs, involved);
    for (const QString& slug : involved)
        QVERIFY2(result.errorMessage.contains(slug), qPrintable(result.errorMessage));
    if (error == Error::InvalidHoursPerWeek) {
        QVERIFY2(result.errorMessage.contains(QString::number(hoursPerWeek)), qPrintable(result.errorMessage));
        QVERIFY(result.errorMessage.contains(QString::number(StudyPlanScheduler::MaxHoursPerWeek)));
    }
}

void TestStudyPlanScheduler::packing_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("hoursPerWeek");
    QTest::addColumn<QStringList>("weeks");
    QTest::addColumn<int>("totalHours");

    QTest::newRow("12, 8, 30 at 10 h") << strings({"a:12:", "b:8:a", "c:30:b"}) << 10
                                       << strings({"a:10:S", "a:2:F b:8:SF", "c:10:S", "c:10:", "c:10:F"}) << 50;
    QTest::newRow("exact fit") << strings({"a:10:", "b:10:"}) << 10 << strings({"a:10:SF", "b:10:SF"}) << 20;
    QTest::newRow("several steps in one week")
        << strings({"a:2:", "b:3:", "c:4:"}) << 10 << strings({"a:2:SF b:3:SF c:4:SF"}) << 9;
    QTest::newRow("step split across three weeks with neighbours")
        << strings({"a:6:", "b:15:", "c:2:"}) << 8 << strings({"a:6:SF b:2:S", "b:8:", "b:5:F c:2:SF"}) << 23;
    QTest::newRow("one hour a week") << strings({"a:3:"}) << 1 << strings({"a:1:S", "a:1:", "a:1:F"}) << 3;
    QTest::newRow("partial last week") << strings({"a:11:"}) << 10 << strings({"a:10:S", "a:1:F"}) << 11;
}

void TestStudyPlanScheduler::packing()
{
    QFETCH(QStringList, steps);
    QFETCH(int, hoursPerWeek);
    QFETCH(QStringList, weeks);
    QFETCH(int, totalHours);

    const StudyPlanResult result = StudyPlanScheduler().schedule(requestFor(steps, hoursPerWeek));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.weekCount(), weeks.size());
    QStringList described;
    for (const cg::StudyPlanWeek& week : result.plan.weeks) {
        described.append(describeWeek(week));
        QVERIFY(week.hours() <= hoursPerWeek);
    }
    QCOMPARE(described, weeks);
    QCOMPARE(result.plan.totalHours, totalHours);
    // Only the last week may be less than full.
    for (int i = 0; i + 1 < result.plan.weeks.size(); ++i)
        QCOMPARE(result.plan.weeks.at(i).hours(), hoursPerWeek);
}

void TestStudyPlanScheduler::weekDates()
{
    const StudyPlanResult result =
        StudyPlanScheduler().schedule(requestFor(strings({"a:12:", "b:8:a", "c:30:b"}), 10, {}, QDate(2026, 1, 5)));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.weekCount(), 5);
    const cg::StudyPlan& plan = result.plan;
    QCOMPARE(plan.startDate, QDate(2026, 1, 5));
    QCOMPARE(plan.weeks.at(0).index, 1);
    QCOMPARE(plan.weeks.at(0).startDate, QDate(2026, 1, 5));
    QCOMPARE(plan.weeks.at(0).endDate, QDate(2026, 1, 11));
    QCOMPARE(plan.weeks.at(1).index, 2);
    QCOMPARE(plan.weeks.at(1).startDate, QDate(2026, 1, 12));
    QCOMPARE(plan.weeks.at(1).endDate, QDate(2026, 1, 18));
    QCOMPARE(plan.weeks.at(4).startDate, QDate(2026, 2, 2));
    QCOMPARE(plan.weeks.at(4).endDate, QDate(2026, 2, 8));
    QCOMPARE(plan.endDate, QDate(2026, 2, 8));
    for (const cg::StudyPlanWeek& week : plan.weeks) {
        QCOMPARE(week.startDate, plan.startDate.addDays(7 * (week.index - 1)));
        QCOMPARE(week.startDate.daysTo(week.endDate), 6);
    }

    // Across a year end and a leap day.
    const StudyPlanResult leap =
        StudyPlanScheduler().schedule(requestFor(strings({"a:90:"}), 10, {}, QDate(2027, 12, 30)));
    QVERIFY(leap.ok());
    QCOMPARE(leap.weekCount(), 9);
    QCOMPARE(leap.plan.weeks.at(1).startDate, QDate(2028, 1, 6));
    QCOMPARE(leap.plan.weeks.at(8).startDate, QDate(2028, 2, 24));
    QCOMPARE(leap.plan.endDate, QDate(2028, 3, 1));
}

// A pace read from a crafted file is reported as stored, not as what a cast to int makes of it.
void TestStudyPlanScheduler::hoursBeyondIntAreNamed()
{
    StudyPlanRequest request = requestFor(strings({"a:12:"}));
    for (const qint64 hours : {std::numeric_limits<qint64>::max(), qint64(std::numeric_limits<int>::max()) + 1,
                               qint64(4294967297), std::numeric_limits<qint64>::min()}) {
        request.hoursPerWeek = hours;
        const StudyPlanResult result = StudyPlanScheduler().schedule(request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, StudyPlanResult::Error::InvalidHoursPerWeek);
        QVERIFY2(result.errorMessage.contains(QString::number(hours)), qPrintable(result.errorMessage));
    }
}

// The year 9999 is the last a plan can reach (ISO dates have four-digit years): a plan that fits is dated as usual,
// one that would run past it is refused with a reason, and nothing overflows.
void TestStudyPlanScheduler::farFutureStartDate()
{
    const StudyPlanResult fits =
        StudyPlanScheduler().schedule(requestFor(strings({"a:20:"}), 10, {}, QDate(9999, 12, 13)));
    QVERIFY2(fits.ok(), qPrintable(fits.errorMessage));
    QCOMPARE(fits.weekCount(), 2);
    QCOMPARE(fits.plan.startDate, QDate(9999, 12, 13));
    QCOMPARE(fits.plan.endDate, QDate(9999, 12, 26));
    QCOMPARE(fits.plan.weeks.at(1).startDate, QDate(9999, 12, 20));

    const StudyPlanResult tooLate =
        StudyPlanScheduler().schedule(requestFor(strings({"a:30:"}), 10, {}, QDate(9999, 12, 13)));
    QVERIFY(!tooLate.ok());
    QCOMPARE(tooLate.error, StudyPlanResult::Error::InvalidStartDate);
    QVERIFY2(tooLate.errorMessage.contains(QStringLiteral("9999-12-13")), qPrintable(tooLate.errorMessage));
    QVERIFY2(tooLate.errorMessage.contains(QStringLiteral("9999-12-31")), qPrintable(tooLate.errorMessage));

    // The longest plan allowed, from the last day there is, and dates no QDate-based calendar can store.
    for (const QDate& start : {QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(99, 12, 31), QDate(-5, 1, 1)}) {
        const StudyPlanResult result = StudyPlanScheduler().schedule(requestFor(strings({"a:800:"}), 1, {}, start));
        QVERIFY(!result.ok());
        QVERIFY2(result.error == StudyPlanResult::Error::InvalidStartDate ||
                     result.error == StudyPlanResult::Error::PlanTooLong,
                 qPrintable(result.errorMessage));
    }
    QCOMPARE(StudyPlanScheduler::latestDate(), QDate(9999, 12, 31));
    QVERIFY(StudyPlanScheduler::earliestStartDate() < QDate(2000, 1, 1));
}

void TestStudyPlanScheduler::milestones_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("hoursPerWeek");
    QTest::addColumn<QStringList>("skipped");
    QTest::addColumn<QStringList>("slugs");
    QTest::addColumn<QList<int>>("weekIndexes");
    QTest::addColumn<QList<QDate>>("dates");

    QTest::newRow("12, 8, 30 at 10 h") << strings({"a:12:", "b:8:a", "c:30:b"}) << 10 << QStringList{}
                                       << strings({"a", "b", "c"}) << QList<int>{2, 2, 5}
                                       << QList<QDate>{QDate(2026, 1, 18), QDate(2026, 1, 18), QDate(2026, 2, 8)};
    QTest::newRow("skipped step is no milestone")
        << strings({"a:12:", "b:8:a", "c:30:b"}) << 10 << strings({"b"}) << strings({"a", "c"}) << QList<int>{2, 5}
        << QList<QDate>{QDate(2026, 1, 18), QDate(2026, 2, 8)};
    QTest::newRow("one step per week") << strings({"a:5:", "b:5:", "c:5:"}) << 5 << QStringList{}
                                       << strings({"a", "b", "c"}) << QList<int>{1, 2, 3}
                                       << QList<QDate>{QDate(2026, 1, 11), QDate(2026, 1, 18), QDate(2026, 1, 25)};
}

void TestStudyPlanScheduler::milestones()
{
    QFETCH(QStringList, steps);
    QFETCH(int, hoursPerWeek);
    QFETCH(QStringList, skipped);
    QFETCH(QStringList, slugs);
    QFETCH(QList<int>, weekIndexes);
    QFETCH(QList<QDate>, dates);

    const StudyPlanResult result = StudyPlanScheduler().schedule(requestFor(steps, hoursPerWeek, skipped));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    const QList<cg::StudyPlanMilestone>& milestones = result.plan.milestones;
    QCOMPARE(milestones.size(), slugs.size());
    for (int i = 0; i < milestones.size(); ++i) {
        QCOMPARE(milestones.at(i).stepSlug, slugs.at(i));
        QCOMPARE(milestones.at(i).title, QStringLiteral("Title of ") + slugs.at(i));
        QCOMPARE(milestones.at(i).weekIndex, weekIndexes.at(i));
        QCOMPARE(milestones.at(i).date, dates.at(i));
    }
    QCOMPARE(result.plan.endDate, dates.last());
}

void TestStudyPlanScheduler::planCarriesRequest()
{
    const StudyPlanResult result =
        StudyPlanScheduler().schedule(requestFor(strings({"a:5:", "b:5:a", "c:5:b"}), 10, strings({"b"})));
    QVERIFY(result.ok());
    QCOMPARE(result.plan.id, QStringLiteral("42"));
    QCOMPARE(result.plan.title, QStringLiteral("My plan"));
    QCOMPARE(result.plan.targetRole, QStringLiteral("Back-end developer"));
    QCOMPARE(result.plan.pathSlug, QStringLiteral("test-path"));
    QCOMPARE(result.plan.pathName, QStringLiteral("Test path"));
    QCOMPARE(result.plan.hoursPerWeek, 10);
    QCOMPARE(result.plan.skippedSlugs, QStringList{QStringLiteral("b")});
    QCOMPARE(result.plan.weeks.first().blocks.first().title, QStringLiteral("Title of a"));
}

void TestStudyPlanScheduler::sameRequestSamePlan()
{
    const StudyPlanRequest request =
        requestFor(strings({"top:7:", "left:9:top", "right:4:top", "bottom:13:left,right"}), 6);
    const StudyPlanResult first = StudyPlanScheduler().schedule(request);
    const StudyPlanResult second = StudyPlanScheduler().schedule(request);
    QVERIFY(first.ok());
    QCOMPARE(first.plan.orderedSlugs, second.plan.orderedSlugs);
    QCOMPARE(first.weekCount(), second.weekCount());
    for (int i = 0; i < first.weekCount(); ++i)
        QCOMPARE(describeWeek(first.plan.weeks.at(i)), describeWeek(second.plan.weeks.at(i)));
}

QTEST_GUILESS_MAIN(TestStudyPlanScheduler)
#include "TestStudyPlanScheduler.moc"
