// The Skills tab's O*NET lists as SkillRepository reads them: skills and knowledge areas with the occupations that
// rate them important, and technology examples page by page, filtered by text (LIKE, with the user's %, _ and \ taken
// literally) and ordered in the database. Every expectation is counted independently from O*NET's own rows.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "repositories/SkillRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

class TestOnetSkillRepository : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    int scalar(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery query(m_content.database());
        if (!query.prepare(sql)) {
            qWarning("cannot prepare %s", qPrintable(sql));
            return -1;
        }
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    cg::SkillRepository repository() const { return cg::SkillRepository(m_content.database()); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void elementsAreTheRatedSkillsAndKnowledge()
    {
        QString error;
        const QList<cg::OnetElement> elements = repository().onetElements(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(elements.size()),
                 scalar(QStringLiteral("SELECT count(DISTINCT element_id) FROM occupation_rating")));
        QSet<QString> ids;
        for (const cg::OnetElement& element : elements) {
            ids.insert(element.elementId);
            QVERIFY(!element.name.isEmpty());
            QVERIFY2(!element.description.isEmpty(), qPrintable(element.elementId));
            QVERIFY2(!element.group.isEmpty(), qPrintable(element.elementId));
            if (element.domain == QLatin1String("knowledge"))
                QVERIFY(element.elementId.startsWith(QLatin1String("2.C.")));
            else
                QVERIFY(element.elementId.startsWith(QLatin1String("2.A.")) ||
                        element.elementId.startsWith(QLatin1String("2.B.")));
            QCOMPARE(element.importantOccupations,
                     scalar(QStringLiteral("SELECT count(*) FROM occupation_rating WHERE element_id = ? AND "
                                           "suppressed = 0 AND coalesce(not_relevant, 0) = 0 AND "
                                           "CAST(importance AS REAL) >= 3"),
                            {element.elementId}));
        }
        QCOMPARE(ids.size(), elements.size());
        // The group is the element one level up in O*NET's content model.
        for (const cg::OnetElement& element : elements) {
            if (element.elementId == QLatin1String("2.A.1.a")) {
                QCOMPARE(element.name, QStringLiteral("Reading Comprehension"));
                QCOMPARE(element.group, QStringLiteral("Content"));
            }
        }
    }

    void elementOccupationsAreTheMostImportant()
    {
        const QString programming = QStringLiteral("2.B.3.e");
        QString error;
        const cg::ElementOccupations found = repository().elementOccupations(programming, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const int important = scalar(QStringLiteral("SELECT count(*) FROM occupation_rating WHERE element_id = ? AND "
                                                    "suppressed = 0 AND coalesce(not_relevant, 0) = 0 AND "
                                                    "CAST(importance AS REAL) >= 3"),
                                     {programming});
        QVERIFY(important > 10);
        QCOMPARE(found.total, important);
        QCOMPARE(int(found.top.size()), 10);
        double previous = 6;
        for (const cg::ElementOccupation& occupation : found.top) {
            const double importance = occupation.importance.toDouble();
            QVERIFY(importance <= previous);
            QVERIFY(importance >= cg::ElementOccupations::MinimumImportance);
            previous = importance;
            QCOMPARE(occupation.source.sourceId, QStringLiteral("onet-29-3"));
            QVERIFY(!occupation.title.isEmpty());
            QCOMPARE(scalar(QStringLiteral("SELECT suppressed FROM occupation_rating WHERE soc_code = ? AND "
                                           "element_id = ?"),
                            {occupation.socCode, programming}),
                     0);
        }
        // The first is the highest importance any unsuppressed rating gives.
        QSqlQuery top(m_content.database());
        QVERIFY(top.prepare(QStringLiteral("SELECT max(CAST(importance AS REAL)) FROM occupation_rating WHERE "
                                           "element_id = ? AND suppressed = 0")));
        top.addBindValue(programming);
        QVERIFY(top.exec() && top.next());
        QCOMPARE(found.top.first().importance.toDouble(), top.value(0).toDouble());

        QCOMPARE(repository().elementOccupations(QStringLiteral("9.Z.9"), 10).total, 0);
    }

    void technologiesPageByName()
    {
        const cg::SkillRepository skills = repository();
        QString error;
        const int all = skills.technologyCount({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all, scalar(QStringLiteral("SELECT count(DISTINCT example) FROM occupation_technology")));

        // Pages follow on from each other, in case-blind name order, with the counts O*NET's rows give.
        const QList<cg::TechnologyExample> first = skills.technologyPage({}, 0, 50, &error);
        const QList<cg::TechnologyExample> second = skills.technologyPage({}, 50, 50, &error);
        const QList<cg::TechnologyExample> both = skills.technologyPage({}, 0, 100, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(first.size()), 50);
        const auto names = [](const QList<cg::TechnologyExample>& technologies) {
            QStringList names;
            for (const cg::TechnologyExample& technology : technologies)
                names.append(technology.name);
            return names;
        };
        QCOMPARE(names(first) + names(second), names(both));
        for (qsizetype i = 1; i < both.size(); ++i)
            QVERIFY2(both.at(i - 1).name.compare(both.at(i).name, Qt::CaseInsensitive) <= 0,
                     qPrintable(both.at(i).name));
        for (const cg::TechnologyExample& technology : both) {
            QCOMPARE(technology.occupationCount,
                     scalar(QStringLiteral("SELECT count(*) FROM occupation_technology WHERE example = ?"),
                            {technology.name}));
            QCOMPARE(technology.inDemandCount,
                     scalar(QStringLiteral("SELECT count(*) FROM occupation_technology WHERE example = ? "
                                           "AND in_demand = 1"),
                            {technology.name}));
        }
        const QList<cg::TechnologyExample> last = skills.technologyPage({}, all - 10, 50, &error);
        QCOMPARE(int(last.size()), 10);
        QVERIFY(skills.technologyPage({}, all, 50, &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void technologiesFilterAndOrder()
    {
        const cg::SkillRepository skills = repository();
        cg::TechnologyQuery query;
        query.text = QStringLiteral("  kubernetes ");
        const QList<cg::TechnologyExample> found = skills.technologyPage(query, 0, 100);
        QCOMPARE(skills.technologyCount(query), int(found.size()));
        QVERIFY(std::any_of(found.cbegin(), found.cend(),
                            [](const cg::TechnologyExample& t) { return t.name == QLatin1String("Kubernetes"); }));
        for (const cg::TechnologyExample& technology : found)
            QVERIFY(technology.name.contains(QLatin1String("kubernetes"), Qt::CaseInsensitive));

        query = {};
        query.hotOnly = true;
        QCOMPARE(skills.technologyCount(query),
                 scalar(QStringLiteral("SELECT count(DISTINCT example) FROM occupation_technology WHERE hot = 1")));

        query = {};
        query.order = cg::TechnologyQuery::Order::Occupations;
        query.descending = true;
        const QList<cg::TechnologyExample> widest = skills.technologyPage(query, 0, 20);
        QCOMPARE(widest.first().occupationCount,
                 scalar(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM occupation_technology "
                                       "GROUP BY example)")));
        for (qsizetype i = 1; i < widest.size(); ++i)
            QVERIFY(widest.at(i - 1).occupationCount >= widest.at(i).occupationCount);

        query.order = cg::TechnologyQuery::Order::InDemand;
        const QList<cg::TechnologyExample> demanded = skills.technologyPage(query, 0, 20);
        QCOMPARE(demanded.first().inDemandCount,
                 scalar(QStringLiteral("SELECT max(n) FROM (SELECT sum(in_demand) AS n FROM occupation_technology "
                                       "GROUP BY example)")));
    }

    void likeWildcardsAreLiteral_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("plain") << QStringLiteral("SQL") << QStringLiteral("%SQL%");
        QTest::newRow("percent") << QStringLiteral("100%") << QStringLiteral("%100\\%%");
        QTest::newRow("underscore") << QStringLiteral("a_b") << QStringLiteral("%a\\_b%");
        QTest::newRow("backslash") << QStringLiteral("C:\\") << QStringLiteral("%C:\\\\%");
        QTest::newRow("quote") << QStringLiteral("O'Reilly") << QStringLiteral("%O'Reilly%");
        QTest::newRow("empty") << QString() << QStringLiteral("%%");
    }

    void likeWildcardsAreLiteral()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QCOMPARE(cg::SkillRepository::containsPattern(text), pattern);
    }

    void userWildcardsMatchOnlyThemselves_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text : {"%", "_", "\\", "'", "C++", "Microsoft_", "a%b"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void userWildcardsMatchOnlyThemselves()
    {
        QFETCH(QString, text);
        cg::TechnologyQuery query;
        query.text = text;
        const int expected =
            scalar(QStringLiteral("SELECT count(*) FROM technology_example WHERE instr(lower(example), lower(?)) > 0"),
                   {text});
        QString error;
        QCOMPARE(repository().technologyCount(query, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<cg::TechnologyExample> page = repository().technologyPage(query, 0, 10000, &error);
        QCOMPARE(int(page.size()), expected);
        for (const cg::TechnologyExample& technology : page)
            QVERIFY(technology.name.contains(text, Qt::CaseInsensitive));
    }

    void technologyOccupationsInDemandFirst()
    {
        QString error;
        const QList<cg::SkillTechnology> found =
            repository().technologyOccupations(QStringLiteral("kubernetes"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(found.size()),
                 scalar(QStringLiteral("SELECT count(*) FROM occupation_technology WHERE example = 'Kubernetes'")));
        bool seenListed = false;
        for (const cg::SkillTechnology& occupation : found) {
            QCOMPARE(occupation.example, QStringLiteral("Kubernetes"));
            QCOMPARE(occupation.source.sourceId, QStringLiteral("onet-29-3"));
            if (!occupation.inDemand)
                seenListed = true;
            QVERIFY2(!(seenListed && occupation.inDemand), qPrintable(occupation.socCode));
        }
        QVERIFY(repository().technologyOccupations(QStringLiteral("No such technology")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOnetSkillRepository)
#include "TestOnetSkillRepository.moc"
