// The gap towards a role: the skills it needs that the person does not mark as known, most important first.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "repositories/RoleRepository.h"
#include "user/SkillGap.h"

#include <QTest>

using Status = cg::SkillAssessmentStore::Status;

class TestSkillGap : public QObject
{
    Q_OBJECT

private:
    static cg::RoleDetail role()
    {
        cg::RoleDetail detail;
        detail.summary.slug = QStringLiteral("r");
        detail.summary.name = QStringLiteral("Tester");
        for (const auto& [slug, importance] : QList<QPair<QString, int>>{{QStringLiteral("a"), 5},
                                                                         {QStringLiteral("b"), 4},
                                                                         {QStringLiteral("c"), 4},
                                                                         {QStringLiteral("d"), 1}})
            detail.skills.append({slug, slug.toUpper(), QStringLiteral("language"), importance});
        return detail;
    }

private slots:
    void summarise_data()
    {
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<QStringList>("learning");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing known") << QStringList() << QStringList()
                                       << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                      QStringLiteral("d")}
                                       << "Tester: 0 of 4 skills known, 4 to go";
        QTest::newRow("one known") << QStringList{QStringLiteral("b")} << QStringList()
                                   << QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}
                                   << "Tester: 1 of 4 skills known, 3 to go";
        QTest::newRow("learning is still a gap")
            << QStringList{QStringLiteral("a")} << QStringList{QStringLiteral("b")}
            << QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}
            << "Tester: 1 of 4 skills known, 3 to go";
        QTest::newRow("all known") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                  QStringLiteral("d")}
                                   << QStringList() << QStringList() << "Tester: all 4 skills known";
        QTest::newRow("skills of other roles do not count")
            << QStringList{QStringLiteral("zzz")} << QStringList()
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}
            << "Tester: 0 of 4 skills known, 4 to go";
    }

    void summarise()
    {
        QFETCH(QStringList, known);
        QFETCH(QStringList, learning);
        QFETCH(QStringList, missing);
        QFETCH(QString, text);
        QHash<QString, Status> statuses;
        for (const QString& slug : known)
            statuses.insert(slug, Status::Know);
        for (const QString& slug : learning)
            statuses.insert(slug, Status::Learning);
        const cg::SkillGap::Summary summary = cg::SkillGap::summarise(role(), statuses);
        QCOMPARE(summary.missing, missing);
        QCOMPARE(cg::SkillGap::missing(role(), statuses), missing);
        QCOMPARE(summary.total, 4);
        QCOMPARE(summary.toGo(), missing.size());
        QCOMPARE(summary.learning, learning.size());
        QCOMPARE(cg::SkillGap::describe(QStringLiteral("Tester"), summary), text);
    }

    // Weighted by importance (a 5, b 4, c 4, d 1: 14 in all); the counts stay as they were.
    void weighted_data()
    {
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<int>("knownWeight");
        QTest::addColumn<int>("percent");
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing") << QStringList() << 0 << 0
                                 << "0% of what the role needs, weighted by importance; 0 of 1 essential skills known";
        // 4/14 = 28.57% -> 29%
        QTest::newRow("b") << QStringList{QStringLiteral("b")} << 4 << 29
                           << "29% of what the role needs, weighted by importance; 0 of 1 essential skills known";
        // The essential skill alone: 5/14 = 35.71% -> 36%, where the unweighted share would be 1 of 4, 25%.
        QTest::newRow("a") << QStringList{QStringLiteral("a")} << 5 << 36
                           << "36% of what the role needs, weighted by importance; 1 of 1 essential skills known";
        // The useful skill alone: 1/14 = 7.14% -> 7%, also 1 of 4 skills.
        QTest::newRow("d") << QStringList{QStringLiteral("d")} << 1 << 7
                           << "7% of what the role needs, weighted by importance; 0 of 1 essential skills known";
        QTest::newRow("all") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                            QStringLiteral("d")}
                             << 14 << 100
                             << "100% of what the role needs, weighted by importance; 1 of 1 essential skills known";
    }

    void weighted()
    {
        QFETCH(QStringList, known);
        QFETCH(int, knownWeight);
        QFETCH(int, percent);
        QFETCH(QString, text);
        QHash<QString, Status> statuses;
        for (const QString& slug : known)
            statuses.insert(slug, Status::Know);
        const cg::SkillGap::Summary summary = cg::SkillGap::summarise(role(), statuses);
        QCOMPARE(summary.totalWeight, 14);
        QCOMPARE(summary.knownWeight, knownWeight);
        QCOMPARE(summary.known, known.size());
        QCOMPARE(summary.essential, 1);
        QCOMPARE(summary.percentKnown(), percent);
        QCOMPARE(cg::SkillGap::describeWeighted(summary), text);
    }

    void emptyRole()
    {
        const cg::SkillGap::Summary summary = cg::SkillGap::summarise(cg::RoleDetail(), {});
        QCOMPARE(summary.total, 0);
        QCOMPARE(summary.percentKnown(), 0);
        QVERIFY(summary.missing.isEmpty());
        QVERIFY(cg::SkillGap::describe(QStringLiteral("Nobody"), summary).contains(QStringLiteral("no skills")));
    }

    void realRoleShrinksByOne()
    {
        cg::ContentDatabase content;
        QVERIFY(content.open(cg::test::contentDatabasePath()));
        const cg::RoleDetail backend =
            cg::RoleRepository(content.database()).detail(QStringLiteral("backend-developer"));
        QHash<QString, Status> statuses;
        const auto before = cg::SkillGap::summarise(backend, statuses);
        QCOMPARE(before.total, int(backend.skills.size()));
        QCOMPARE(before.toGo(), before.total);
        statuses.insert(before.missing.first(), Status::Know);
        const auto after = cg::SkillGap::summarise(backend, statuses);
        QCOMPARE(after.toGo(), before.toGo() - 1);
        QVERIFY(!after.missing.contains(before.missing.first()));
    }
};

QTEST_GUILESS_MAIN(TestSkillGap)
#include "TestSkillGap.moc"
