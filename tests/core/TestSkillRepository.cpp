// What the catalogue says about each skill: O*NET technology flags (only on an exact name match), premiums, steps.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "repositories/SkillRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

class TestSkillRepository : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    // What O*NET's own rows say for a skill's names (its name and those mapped to it), counted independently.
    struct Expected
    {
        QStringList names; // lower case
        int rows = 0;
        bool hot = false;
        int inDemandOccupations = 0;
    };

    Expected expectedFlags(const cg::Skill& found) const
    {
        Expected expected;
        expected.names.append(found.name.toLower());
        QSqlQuery names(m_content.database());
        names.prepare(QStringLiteral("SELECT n.example FROM skill_onet_name n JOIN skill k ON k.id = n.skill_id "
                                     "WHERE k.slug = ?"));
        names.addBindValue(found.slug);
        names.exec();
        while (names.next())
            expected.names.append(names.value(0).toString().toLower());
        QSet<QString> inDemand;
        for (const QString& name : std::as_const(expected.names)) {
            QSqlQuery rows(m_content.database());
            rows.prepare(QStringLiteral("SELECT soc_code, hot, in_demand FROM occupation_technology "
                                        "WHERE lower(example) = ?"));
            rows.addBindValue(name);
            rows.exec();
            while (rows.next()) {
                ++expected.rows;
                expected.hot = expected.hot || rows.value(1).toBool();
                if (rows.value(2).toBool())
                    inDemand.insert(rows.value(0).toString());
            }
        }
        expected.inDemandOccupations = int(inDemand.size());
        return expected;
    }

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
        QTest::addColumn<QString>("example");
        QTest::newRow("PostgreSQL") << "postgresql" << true << "PostgreSQL";
        QTest::newRow("Python") << "python" << true << "Python";
        QTest::newRow("SQL by the O*NET name mapped to it") << "sql" << true << "Structured query language SQL";
        QTest::newRow("Express is only part of O*NET names") << "express" << false << "";
        QTest::newRow("soft skill") << "communication" << false << "";
    }

    void technologyFlagsOnlyOnExactNames()
    {
        QFETCH(QString, slug);
        QFETCH(bool, matched);
        QFETCH(QString, example);
        const cg::Skill found = skill(slug);
        QCOMPARE(found.slug, slug);
        QCOMPARE(found.technologyMatched, matched);

        const Expected expected = expectedFlags(found);
        QCOMPARE(found.hot, expected.hot);
        QCOMPARE(found.inDemandOccupations, expected.inDemandOccupations);
        const QList<cg::SkillTechnology> rows = cg::SkillRepository(m_content.database()).technologies(slug);
        QCOMPARE(int(rows.size()), expected.rows);
        QCOMPARE(rows.isEmpty(), !matched);
        bool exampleSeen = false;
        for (const cg::SkillTechnology& row : rows) {
            QVERIFY2(expected.names.contains(row.example.toLower()), qPrintable(row.example));
            exampleSeen = exampleSeen || row.example == example;
            QVERIFY(!row.occupationTitle.isEmpty());
            QCOMPARE(row.source.sourceId, QStringLiteral("onet-29-3"));
            QVERIFY(!row.source.asOf.isEmpty());
        }
        QCOMPARE(exampleSeen, matched);
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

    // The flags the generator derived agree, for every skill, with O*NET's rows of exactly one of its names.
    void derivedFlagsAgreeForEverySkill()
    {
        const QList<cg::Skill> skills = cg::SkillRepository(m_content.database()).all();
        QVERIFY(skills.size() > 50);
        int matched = 0;
        for (const cg::Skill& found : skills) {
            const Expected expected = expectedFlags(found);
            QVERIFY2(found.technologyMatched == (expected.rows > 0), qPrintable(found.slug));
            QVERIFY2(found.hot == expected.hot, qPrintable(found.slug));
            QVERIFY2(found.inDemandOccupations == expected.inDemandOccupations, qPrintable(found.slug));
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
