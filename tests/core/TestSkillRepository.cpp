// What the catalogue says about each skill: O*NET technology flags (only on an exact name match), premiums, steps.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "repositories/SkillRepository.h"

#include <QSqlQuery>
#include <QTest>

class TestSkillRepository : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    cg::Skill skill(const QString& slug) const
    {
        for (const cg::Skill& s : cg::SkillRepository(m_content.database()).all()) {
            if (s.slug == slug)
                return s;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void technologyFlagsOnlyOnExactNames_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<bool>("matched");
        QTest::newRow("PostgreSQL") << "postgresql" << true;
        QTest::newRow("Python") << "python" << true;
        QTest::newRow("SQL is only part of an O*NET name") << "sql" << false;
        QTest::newRow("soft skill") << "communication" << false;
    }

    void technologyFlagsOnlyOnExactNames()
    {
        QFETCH(QString, slug);
        QFETCH(bool, matched);
        const cg::Skill found = skill(slug);
        QCOMPARE(found.slug, slug);
        QCOMPARE(found.technologyMatched, matched);

        // The flags agree with O*NET's rows of exactly that name, case aside.
        QSqlQuery query(m_content.database());
        query.prepare(QStringLiteral("SELECT coalesce(max(hot), 0), coalesce(sum(in_demand), 0), count(*) "
                                     "FROM occupation_technology WHERE lower(example) = lower(?)"));
        query.addBindValue(found.name);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(found.hot, query.value(0).toBool());
        QCOMPARE(found.inDemandOccupations, query.value(1).toInt());
        const QList<cg::SkillTechnology> rows = cg::SkillRepository(m_content.database()).technologies(slug);
        QCOMPARE(rows.size(), query.value(2).toInt());
        for (const cg::SkillTechnology& row : rows) {
            QCOMPARE(row.example.toLower(), found.name.toLower());
            QVERIFY(!row.occupationTitle.isEmpty());
            QCOMPARE(row.source.sourceId, QStringLiteral("onet-29-3"));
            QVERIFY(!row.source.asOf.isEmpty());
        }
    }

    void premiumsCarryTheirSource()
    {
        QSqlQuery query(m_content.database());
        QVERIFY(
            query.exec(QStringLiteral("SELECT k.slug, p.percent FROM skill_premium p JOIN skill k ON k.id = p.skill_id "
                                      "ORDER BY p.id LIMIT 1")));
        QVERIFY(query.next());
        const QString slug = query.value(0).toString();
        const cg::Skill found = skill(slug);
        QVERIFY(found.hasPremium);
        const QList<cg::SkillPremium> premiums = cg::SkillRepository(m_content.database()).premiums(slug);
        QVERIFY(!premiums.isEmpty());
        QCOMPARE(premiums.first().percent, query.value(1).toString());
        QVERIFY(!premiums.first().source.citation().isEmpty());
        QVERIFY(!premiums.first().source.asOf.isEmpty());
        QVERIFY(!premiums.first().roleName.isEmpty());
        QVERIFY(!skill(QStringLiteral("communication")).hasPremium);
    }

    void stepsTeachingASkill()
    {
        const QList<cg::SkillStep> steps =
            cg::SkillRepository(m_content.database()).stepsTeaching(QStringLiteral("sql"));
        QVERIFY(!steps.isEmpty());
        for (const cg::SkillStep& step : steps) {
            QVERIFY(step.ref.contains(u'/'));
            QVERIFY(!step.title.isEmpty());
        }
        QVERIFY(cg::SkillRepository(m_content.database()).stepsTeaching(QStringLiteral("' OR 1=1 --")).isEmpty());
    }

    // The flags the generator derived agree, for every skill, with O*NET's rows of exactly its name.
    void derivedFlagsAgreeForEverySkill()
    {
        const QList<cg::Skill> skills = cg::SkillRepository(m_content.database()).all();
        QVERIFY(skills.size() > 50);
        int matched = 0;
        for (const cg::Skill& found : skills) {
            QSqlQuery query(m_content.database());
            query.prepare(QStringLiteral("SELECT count(*), coalesce(max(hot), 0), coalesce(sum(in_demand), 0) "
                                         "FROM occupation_technology WHERE lower(example) = lower(?)"));
            query.addBindValue(found.name);
            QVERIFY(query.exec() && query.next());
            QVERIFY2(found.technologyMatched == (query.value(0).toInt() > 0), qPrintable(found.slug));
            QVERIFY2(found.hot == query.value(1).toBool(), qPrintable(found.slug));
            QVERIFY2(found.inDemandOccupations == query.value(2).toInt(), qPrintable(found.slug));
            matched += found.technologyMatched ? 1 : 0;
        }
        QVERIFY(matched >= 5);
    }

    void namesTaughtByStepsAreExactlyTheStepSkills()
    {
        const cg::SkillRepository repository(m_content.database());
        const QHash<QString, QString> names = repository.namesTaughtBySteps();
        QVERIFY(!names.isEmpty());
        int taught = 0;
        for (const cg::Skill& found : repository.all()) {
            const bool isTaught = !repository.stepsTeaching(found.slug).isEmpty();
            QVERIFY2(names.contains(found.slug) == isTaught, qPrintable(found.slug));
            if (isTaught) {
                QCOMPARE(names.value(found.slug), found.name);
                ++taught;
            }
        }
        QCOMPARE(int(names.size()), taught);
    }
};

QTEST_GUILESS_MAIN(TestSkillRepository)
#include "TestSkillRepository.moc"
