// Two roles' skills lined up: shared first, then each role's own, with importance side by side.
#include "TestSupport.h"
#include "compare/RoleComparison.h"
#include "database/ContentDatabase.h"
#include "repositories/RoleRepository.h"

#include <QSet>
#include <QTest>

using Presence = cg::RoleComparison::Presence;

class TestRoleComparison : public QObject
{
    Q_OBJECT

private:
    static cg::RoleDetail role(const QList<QPair<QString, int>>& skills)
    {
        cg::RoleDetail detail;
        for (const auto& [slug, importance] : skills)
            detail.skills.append({slug, slug, QStringLiteral("language"), importance});
        return detail;
    }

private slots:
    void linesUpSkills()
    {
        const cg::RoleComparison comparison(
            role({{QStringLiteral("sql"), 5}, {QStringLiteral("java"), 3}, {QStringLiteral("git"), 2}}),
            role({{QStringLiteral("css"), 4}, {QStringLiteral("git"), 4}, {QStringLiteral("sql"), 5}}));
        QCOMPARE(comparison.sharedCount(), 2);
        QCOMPARE(comparison.firstOnlyCount(), 1);
        QCOMPARE(comparison.secondOnlyCount(), 1);
        const auto& rows = comparison.skills();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).slug, QStringLiteral("sql"));
        QVERIFY(!rows.at(0).differs());
        QCOMPARE(rows.at(1).slug, QStringLiteral("git"));
        QCOMPARE(rows.at(1).firstImportance, 2);
        QCOMPARE(rows.at(1).secondImportance, 4);
        QVERIFY(rows.at(1).differs());
        QCOMPARE(rows.at(2).slug, QStringLiteral("java"));
        QCOMPARE(rows.at(2).presence(), Presence::FirstOnly);
        QCOMPARE(rows.at(3).slug, QStringLiteral("css"));
        QCOMPARE(rows.at(3).presence(), Presence::SecondOnly);
    }

    void backEndAgainstFrontEnd()
    {
        cg::ContentDatabase content;
        QVERIFY(content.open(cg::test::contentDatabasePath()));
        const cg::RoleRepository roles(content.database());
        const cg::RoleDetail back = roles.detail(QStringLiteral("backend-developer"));
        const cg::RoleDetail front = roles.detail(QStringLiteral("frontend-developer"));
        const cg::RoleComparison comparison(back, front);
        QSet<QString> backSlugs;
        for (const auto& skill : back.skills)
            backSlugs.insert(skill.skillSlug);
        QSet<QString> frontSlugs;
        for (const auto& skill : front.skills)
            frontSlugs.insert(skill.skillSlug);
        QCOMPARE(comparison.sharedCount(), int((backSlugs & frontSlugs).size()));
        QCOMPARE(comparison.firstOnlyCount(), int((backSlugs - frontSlugs).size()));
        QCOMPARE(comparison.secondOnlyCount(), int((frontSlugs - backSlugs).size()));
        QCOMPARE(comparison.skills().size(), (backSlugs | frontSlugs).size());
        QVERIFY(comparison.firstOnlyCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestRoleComparison)
#include "TestRoleComparison.moc"
