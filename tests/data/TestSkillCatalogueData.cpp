// The shipped catalogue behind the Skills tab's O*NET lists: every technology example of O*NET 29.3 once in
// technology_example with counts that add up to occupation_technology, and the 35 skills and 33 knowledge areas
// O*NET rates occupations on, once each in onet_element_summary with the count of occupations rating each important.
#include "TestSupport.h"
#include "database/ContentDatabase.h"

#include <QSqlQuery>
#include <QTest>

class TestSkillCatalogueData : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    QVariant scalar(const QString& sql) const
    {
        QSqlQuery query(m_content.database());
        if (!query.exec(sql) || !query.next()) {
            qWarning("cannot read %s", qPrintable(sql));
            return {};
        }
        return query.value(0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void everyTechnologyExampleOnce()
    {
        // O*NET 29.3's Technology Skills file names 8,775 distinct examples.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT example) FROM occupation_technology")).toInt(), 8775);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM technology_example")).toInt(), 8775);
        QCOMPARE(scalar(QStringLiteral("SELECT sum(occupation_count) FROM technology_example")).toInt(),
                 scalar(QStringLiteral("SELECT count(*) FROM occupation_technology")).toInt());
        QCOMPARE(scalar(QStringLiteral("SELECT sum(in_demand_count) FROM technology_example")).toInt(),
                 scalar(QStringLiteral("SELECT count(*) FROM occupation_technology WHERE in_demand = 1")).toInt());
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM technology_example WHERE hot = 1")).toInt(),
            scalar(QStringLiteral("SELECT count(DISTINCT example) FROM occupation_technology WHERE hot = 1")).toInt());
        // Each example's row agrees with its occupations' rows, and names a source.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM technology_example e LEFT JOIN "
                                       "(SELECT example, count(*) AS n, max(hot) AS hot FROM occupation_technology "
                                       " GROUP BY example) t ON t.example = e.example "
                                       "WHERE t.n IS NOT e.occupation_count OR t.hot IS NOT e.hot "
                                       "OR e.source_id NOT IN (SELECT id FROM source)"))
                     .toInt(),
                 0);
    }

    void skillsAndKnowledgeAreRated()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT element_id) FROM occupation_rating "
                                       "WHERE domain = 'skill'"))
                     .toInt(),
                 35);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT element_id) FROM occupation_rating "
                                       "WHERE domain = 'knowledge'"))
                     .toInt(),
                 33);
        // The importer's summary has one row for each, counted as the Skills tab's pages count.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM onet_element_summary")).toInt(), 68);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM onet_element_summary s LEFT JOIN "
                                       "(SELECT element_id, min(domain) AS domain, sum(suppressed = 0 AND "
                                       " coalesce(not_relevant, 0) = 0 AND CAST(importance AS REAL) >= 3) AS n "
                                       " FROM occupation_rating GROUP BY element_id) r ON r.element_id = s.element_id "
                                       "WHERE r.n IS NOT s.important_occupations OR r.domain IS NOT s.domain"))
                     .toInt(),
                 0);
        // Each has its name and description in O*NET's content model.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT r.element_id) FROM occupation_rating r "
                                       "JOIN onet_element e ON e.element_id = r.element_id WHERE e.description <> ''"))
                     .toInt(),
                 68);
    }
};

QTEST_GUILESS_MAIN(TestSkillCatalogueData)
#include "TestSkillCatalogueData.moc"
