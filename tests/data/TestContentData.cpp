// The shipped content: every figure sourced and dated, every role complete, and the counts the articles give.
#include "TestSupport.h"
#include "database/ContentDatabase.h"

#include <QSqlQuery>
#include <QTest>

class TestContentData : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    int count(const QString& sql) { return cg::test::countOf(m_content.database(), sql); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void everyFigureHasSourceAndDate_data()
    {
        QTest::addColumn<QString>("table");
        for (const char* table : {"salary_figure", "skill_premium", "outlook", "statistic", "learning_resource"})
            QTest::newRow(table) << QString::fromLatin1(table);
    }

    void everyFigureHasSourceAndDate()
    {
        QFETCH(QString, table);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM %1").arg(table)) > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 t LEFT JOIN source s ON s.id = t.source_id "
                                      "WHERE s.id IS NULL OR t.source_id = ''")
                           .arg(table)),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 t JOIN source s ON s.id = t.source_id "
                                      "WHERE t.as_of = '' AND s.published = '' AND s.as_of = ''")
                           .arg(table)),
                 0);
    }

    void quotedFiguresNameTheOrganisation()
    {
        // A figure an article attributes to an organisation cites both, and the origin must be a real source.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM salary_figure f LEFT JOIN source o ON o.id = f.origin_id "
                                      "WHERE f.origin_id IS NOT NULL AND o.id IS NULL")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM salary_figure WHERE origin_id = 'glassdoor'")) >= 15);
    }

    void everyRoleHasDutiesAndSkills()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM role r WHERE NOT EXISTS "
                                      "(SELECT 1 FROM role_duty d WHERE d.role_id = r.id)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM role r WHERE NOT EXISTS "
                                      "(SELECT 1 FROM role_skill s WHERE s.role_id = r.id)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM role_duty d WHERE NOT EXISTS "
                                      "(SELECT 1 FROM duty_source s WHERE s.duty_id = d.id)")),
                 0);
    }

    void everySkillHasCategory()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM skill WHERE category = ''")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM skill k WHERE NOT EXISTS "
                                      "(SELECT 1 FROM skill_source s WHERE s.skill_id = k.id)")),
                 0);
    }

    // Counted by hand from the five seed articles; a lost or duplicated row changes one of these.
    void countsMatchTheArticles_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("expected");
        QTest::newRow("articles") << "SELECT count(*) FROM source WHERE kind = 'article'" << 5;
        QTest::newRow("organisations") << "SELECT count(*) FROM source WHERE kind = 'organisation'" << 6;
        QTest::newRow("roles") << "SELECT count(*) FROM role" << 8;
        QTest::newRow("statistical groups") << "SELECT count(*) FROM role WHERE is_group = 1" << 2;
        QTest::newRow("duties") << "SELECT count(*) FROM role_duty" << 40;
        QTest::newRow("back-end duties")
            << "SELECT count(*) FROM role_duty d JOIN role r ON r.id = d.role_id WHERE r.slug = 'backend-developer'"
            << 27;
        QTest::newRow("facts") << "SELECT count(*) FROM role_fact" << 43;
        QTest::newRow("typical day") << "SELECT count(*) FROM role_fact WHERE kind = 'typical-day'" << 7;
        QTest::newRow("skills") << "SELECT count(*) FROM skill" << 102;
        QTest::newRow("soft skills") << "SELECT count(*) FROM skill WHERE kind = 'soft'" << 22;
        QTest::newRow("role skills") << "SELECT count(*) FROM role_skill" << 129;
        QTest::newRow("salary figures") << "SELECT count(*) FROM salary_figure" << 29;
        QTest::newRow("experience table, first and 15+ years")
            << "SELECT count(*) FROM salary_figure WHERE origin_id = 'glassdoor' AND experience IN ('0-1', '15+')"
            << 10;
        QTest::newRow("experience table roles")
            << "SELECT count(DISTINCT role_id) FROM salary_figure WHERE experience IN ('0-1', '15+')" << 5;
        QTest::newRow("country table") << "SELECT count(DISTINCT country) FROM salary_figure" << 5;
        QTest::newRow("skill premiums") << "SELECT count(*) FROM skill_premium" << 5;
        QTest::newRow("outlook") << "SELECT count(*) FROM outlook" << 3;
        QTest::newRow("statistics") << "SELECT count(*) FROM statistic" << 3;
        QTest::newRow("education routes") << "SELECT count(*) FROM education_route" << 7;
        QTest::newRow("learning steps") << "SELECT count(*) FROM learning_step" << 12;
        QTest::newRow("resources") << "SELECT count(*) FROM learning_resource" << 9;
        QTest::newRow("simulations") << "SELECT count(*) FROM learning_resource WHERE kind = 'simulation'" << 4;
        QTest::newRow("tips") << "SELECT count(*) FROM tip" << 22;
        QTest::newRow("interview tips") << "SELECT count(*) FROM tip WHERE topic = 'interview'" << 3;
        QTest::newRow("faqs") << "SELECT count(*) FROM faq" << 15;
    }

    void countsMatchTheArticles()
    {
        QFETCH(QString, sql);
        QFETCH(int, expected);
        QCOMPARE(count(sql), expected);
    }

    void doubtfulFiguresAreFlaggedAndExplained()
    {
        // The $3,000 new-graduate and $380,000 one-to-four-year figures are implausible side by side; they stay
        // exactly as stated, flagged, with the doubt explained.
        QSqlQuery query(m_content.database());
        QVERIFY(query.exec(QStringLiteral("SELECT doubtful, note FROM salary_figure "
                                          "WHERE amount_minor IN (300000, 38000000) AND currency = 'USD'")));
        int found = 0;
        while (query.next()) {
            ++found;
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(query.value(1).toString().size() > 40);
        }
        QCOMPARE(found, 2);
        for (const char* table : {"salary_figure", "skill_premium", "outlook", "statistic"})
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 WHERE doubtful = 1 AND note = ''")
                               .arg(QLatin1String(table))),
                     0);
        // Glassdoor $97,000 vs its own table, Payscale ₹486,091 vs its range, and the $3,000 / $380,000 pair.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM salary_figure WHERE doubtful = 1")), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM skill_premium WHERE doubtful = 1")), 2);
    }
};

QTEST_GUILESS_MAIN(TestContentData)
#include "TestContentData.moc"
