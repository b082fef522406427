// A role's page data: duties linked to skills, outlook and figures with sources, related roles, official outlook.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "repositories/RoleRepository.h"

#include <QSqlQuery>
#include <QTest>

class TestRoleRepository : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void dutiesLinkToTheirSkills()
    {
        const cg::RoleDetail role =
            cg::RoleRepository(m_content.database()).detail(QStringLiteral("backend-developer"));
        QVERIFY(role.isValid());
        int linked = 0;
        QSqlQuery query(m_content.database());
        for (const cg::RoleDuty& duty : role.duties) {
            QCOMPARE(duty.skillSlugs.size(), duty.skillNames.size());
            for (int i = 0; i < duty.skillSlugs.size(); ++i) {
                query.prepare(QStringLiteral("SELECT name FROM skill WHERE slug = ?"));
                query.addBindValue(duty.skillSlugs.at(i));
                QVERIFY(query.exec() && query.next());
                QCOMPARE(query.value(0).toString(), duty.skillNames.at(i));
                ++linked;
            }
        }
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM duty_skill ds JOIN role_duty d ON d.id = ds.duty_id "
                                          "JOIN role r ON r.id = d.role_id WHERE r.slug = 'backend-developer'")));
        QVERIFY(query.next());
        QCOMPARE(linked, query.value(0).toInt());
        QVERIFY(linked > 0);
    }

    void outlookAndFiguresCarrySources()
    {
        const cg::RoleRepository roles(m_content.database());
        for (const cg::RoleSummary& summary : roles.all()) {
            const cg::RoleDetail role = roles.detail(summary.slug);
            for (const cg::RoleOutlook& outlook : role.outlooks) {
                QVERIFY(!outlook.growthPercent.isEmpty());
                QVERIFY(!outlook.period.isEmpty());
                QVERIFY(!outlook.source.sourceTitle.isEmpty());
                QVERIFY(!outlook.source.asOf.isEmpty());
                QVERIFY(!outlook.doubtful || !outlook.note.isEmpty());
            }
            for (const cg::RoleStatistic& statistic : role.statistics) {
                QVERIFY(!statistic.value.isEmpty());
                QVERIFY(!statistic.source.sourceTitle.isEmpty());
            }
        }
        QSqlQuery query(m_content.database());
        QVERIFY(query.exec(QStringLiteral("SELECT r.slug, count(*) FROM outlook o JOIN role r ON r.id = o.role_id "
                                          "GROUP BY r.slug LIMIT 1")));
        QVERIFY(query.next());
        QCOMPARE(roles.detail(query.value(0).toString()).outlooks.size(), query.value(1).toInt());
    }

    void relatedRolesShareAnOccupation()
    {
        const cg::RoleRepository roles(m_content.database());
        const cg::RoleDetail backend = roles.detail(QStringLiteral("backend-developer"));
        QVERIFY(!backend.relatedRoles.isEmpty());
        for (const cg::RoleLink& link : backend.relatedRoles) {
            QVERIFY(link.slug != backend.summary.slug);
            const cg::RoleDetail other = roles.detail(link.slug);
            const bool shares = std::any_of(other.occupationCodes.cbegin(), other.occupationCodes.cend(),
                                            [&](const QString& c) { return backend.occupationCodes.contains(c); });
            QVERIFY2(shares, qPrintable(link.slug));
        }
        QCOMPARE(backend.learningPathSlug.isEmpty(), false);
    }

    void summariesCarryTheOfficialOutlook()
    {
        const QList<cg::RoleSummary> roles = cg::RoleRepository(m_content.database()).all();
        const auto backend = std::find_if(roles.cbegin(), roles.cend(),
                                          [](const auto& r) { return r.slug == QLatin1String("backend-developer"); });
        QVERIFY(backend != roles.cend());
        QSqlQuery query(m_content.database());
        QVERIFY(query.exec(QStringLiteral("SELECT change_percent, education FROM occupation_projection "
                                          "WHERE occ_code = '15-1252'")));
        QVERIFY(query.next());
        QCOMPARE(backend->growthPercent, query.value(0).toString());
        QCOMPARE(backend->entryEducation, query.value(1).toString());
    }
};

QTEST_GUILESS_MAIN(TestRoleRepository)
#include "TestRoleRepository.moc"
