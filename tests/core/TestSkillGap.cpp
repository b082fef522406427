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

    void emptyRole()
    {
        const cg::SkillGap::Summary summary = cg::SkillGap::summarise(cg::RoleDetail(), {});
        QCOMPARE(summary.total, 0);
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
