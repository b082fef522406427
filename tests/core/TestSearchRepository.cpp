// The global search over the real content database: grouping, ranking, limits, and hostile text.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "repositories/SearchRepository.h"

#include <QTest>

using cg::SearchHit;

class TestSearchRepository : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    static QStringList refsOf(const QList<SearchHit>& hits, SearchHit::Kind kind)
    {
        QStringList refs;
        for (const SearchHit& hit : hits) {
            if (hit.kind == kind)
                refs.append(hit.ref);
        }
        return refs;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void prefixFindsPostgreSql()
    {
        const cg::SearchRepository search(m_content.database());
        const auto result = search.search(QStringLiteral("post"));
        QVERIFY(result.error.isEmpty());
        const QStringList skills = refsOf(result.hits, SearchHit::Kind::Skill);
        QVERIFY(!skills.isEmpty());
        QCOMPARE(skills.first(), QStringLiteral("postgresql"));
        for (const SearchHit& hit : result.hits) {
            QVERIFY(!hit.title.isEmpty());
            QVERIFY(!hit.ref.isEmpty());
            QVERIFY(!hit.context.isEmpty());
        }
        // A skill's context is its description, not the stored category key the index body starts with.
        QVERIFY(!result.hits.at(int(refsOf(result.hits, SearchHit::Kind::Role).size()))
                     .context.startsWith(QStringLiteral("database ")));
    }

    void everyKindIsSearchable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("ref");
        QTest::newRow("role") << "back-end dev" << int(SearchHit::Kind::Role) << "backend-developer";
        QTest::newRow("role by alias") << "server-side" << int(SearchHit::Kind::Role) << "backend-developer";
        QTest::newRow("skill") << "djan" << int(SearchHit::Kind::Skill) << "django";
        QTest::newRow("occupation") << "software developers" << int(SearchHit::Kind::Occupation) << "15-1252.00";
        QTest::newRow("occupation outside computing")
            << "registered nurses" << int(SearchHit::Kind::Occupation) << "29-1141.00";
        QTest::newRow("occupation by alternate title")
            << "charge nurse" << int(SearchHit::Kind::Occupation) << "29-1141.00";
        QTest::newRow("occupation by reported title") << "staff rn" << int(SearchHit::Kind::Occupation) << "29-1141.00";
        QTest::newRow("occupation by task") << "vital signs" << int(SearchHit::Kind::Occupation) << "29-1141.03";
        QTest::newRow("occupation by technology") << "kubernetes" << int(SearchHit::Kind::Occupation) << "15-2051.00";
        QTest::newRow("step") << "data structures" << int(SearchHit::Kind::Step)
                              << "backend-developer/learn-data-structures-and-algorithms";
        // A step is found by the titles of its topics too.
        QTest::newRow("step by topic") << "kubernetes orchestration" << int(SearchHit::Kind::Step)
                                       << "backend-developer/learn-hosting-and-deployment";
        QTest::newRow("resource") << "meta back" << int(SearchHit::Kind::Resource)
                                  << "meta-back-end-developer-certificate";
    }

    void everyKindIsSearchable()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, ref);
        const cg::SearchRepository search(m_content.database());
        const auto result = search.search(text, 50);
        QVERIFY(result.error.isEmpty());
        QVERIFY2(refsOf(result.hits, SearchHit::Kind(kind)).contains(ref), qPrintable(ref));
    }

    void groupedByKindAndLimited()
    {
        const cg::SearchRepository search(m_content.database());
        const auto result = search.search(QStringLiteral("d"), 3);
        QVERIFY(result.error.isEmpty());
        int previous = -1;
        int inKind = 0;
        for (const SearchHit& hit : result.hits) {
            QVERIFY2(int(hit.kind) >= previous, "hits are grouped in kind order");
            inKind = int(hit.kind) == previous ? inKind + 1 : 1;
            previous = int(hit.kind);
            QVERIFY(inKind <= 3);
        }
        // The totals count every match, beyond the three shown per kind.
        QVERIFY(result.totals[int(SearchHit::Kind::Skill)] > 3);
        QCOMPARE(refsOf(result.hits, SearchHit::Kind::Skill).size(), 3);
        QVERIFY(result.total() > int(result.hits.size()));
    }

    void allWordsMustMatch()
    {
        const cg::SearchRepository search(m_content.database());
        const auto one = search.search(QStringLiteral("data"), 100);
        const auto two = search.search(QStringLiteral("data zzzznotaword"), 100);
        QVERIFY(!one.hits.isEmpty());
        QVERIFY(two.hits.isEmpty());
        QCOMPARE(two.total(), 0);
    }

    void hostileTextNeverFails_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("double quote") << "\"";
        QTest::newRow("two quotes") << "\"\"";
        QTest::newRow("unbalanced phrase") << "\"back end";
        QTest::newRow("star") << "*";
        QTest::newRow("star word") << "post*";
        QTest::newRow("minus") << "-";
        QTest::newRow("minus word") << "-sql";
        QTest::newRow("near") << "NEAR";
        QTest::newRow("near group") << "NEAR(sql python, 3)";
        QTest::newRow("boolean") << "sql AND OR NOT python";
        QTest::newRow("trailing operator") << "sql AND";
        QTest::newRow("caret") << "^sql";
        QTest::newRow("colon") << "title:sql";
        QTest::newRow("column braces") << "{title}: sql";
        QTest::newRow("open bracket") << "(sql";
        QTest::newRow("close bracket") << "sql)";
        QTest::newRow("plus") << "c++";
        QTest::newRow("sql injection") << "'); DROP TABLE search_index; --";
        QTest::newRow("percent") << "100%";
        QTest::newRow("backslash") << "\\";
        QTest::newRow("emoji") << "\U0001F680 rocket";
        QTest::newRow("right to left") << "\u0645\u0637\u0648\u0631";
        QTest::newRow("long") << QString(10000, u'q');
        QTest::newRow("long words") << QString(10000, u' ').replace(u' ', QStringLiteral("sql "));
    }

    void hostileTextNeverFails()
    {
        QFETCH(QString, text);
        const cg::SearchRepository search(m_content.database());
        const auto result = search.search(text);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    }

    void controlCharactersNeverFail()
    {
        const cg::SearchRepository search(m_content.database());
        const QString withNul = QStringLiteral("post") + QChar(0) + QStringLiteral("gres");
        QVERIFY(search.search(withNul).error.isEmpty());
        QVERIFY(search.search(QString(QChar(0xD83D))).error.isEmpty()); // lone surrogate half
        QVERIFY(search.search(QString(QChar(0x1B)) + QStringLiteral("[31m")).error.isEmpty());
        // The index survived every attempt above.
        QVERIFY(!search.search(QStringLiteral("post")).hits.isEmpty());
    }

    void nothingToSearch()
    {
        const cg::SearchRepository search(m_content.database());
        for (const QString& text : {QString(), QStringLiteral("   "), QStringLiteral("*"), QStringLiteral("\"")}) {
            const auto result = search.search(text);
            QVERIFY(result.hits.isEmpty());
            QVERIFY(result.error.isEmpty());
        }
    }

    // Past rankedLimit matches a kind lists titles starting with the first word, then the other matches, each part
    // alphabetically; the same matches are found and counted either way.
    void manyMatchesListTitleStartsFirst()
    {
        const cg::SearchRepository search(m_content.database());
        const auto ranked = search.search(QStringLiteral("d"), 1000);
        const auto listed = search.search(QStringLiteral("d"), 1000, 0);
        QVERIFY(ranked.error.isEmpty());
        QVERIFY(listed.error.isEmpty());
        for (int k = 0; k < SearchHit::KindCount; ++k)
            QCOMPARE(listed.totals[k], ranked.totals[k]);
        QStringList rankedRefs = refsOf(ranked.hits, SearchHit::Kind::Skill);
        QStringList listedRefs = refsOf(listed.hits, SearchHit::Kind::Skill);
        QCOMPARE(listedRefs.size(), ranked.totals[int(SearchHit::Kind::Skill)]);
        QVERIFY(listedRefs != rankedRefs); // really another order
        rankedRefs.sort();
        listedRefs.sort();
        QCOMPARE(listedRefs, rankedRefs);

        QStringList starting;
        QStringList others;
        for (const SearchHit& hit : listed.hits) {
            if (hit.kind != SearchHit::Kind::Skill)
                continue;
            const bool starts = hit.title.startsWith(u'd', Qt::CaseInsensitive);
            QVERIFY2(!starts || others.isEmpty(), qPrintable(hit.title + QStringLiteral(" after other matches")));
            (starts ? starting : others).append(hit.title);
        }
        QVERIFY(starting.size() >= 2);
        QVERIFY(others.size() >= 2);
        for (const QStringList& part : {starting, others}) {
            for (qsizetype i = 1; i < part.size(); ++i)
                QVERIFY2(part.at(i - 1).compare(part.at(i), Qt::CaseInsensitive) <= 0,
                         qPrintable(part.at(i - 1) + QStringLiteral(" before ") + part.at(i)));
        }
    }

    void manyMatchesRespectTheLimit()
    {
        const cg::SearchRepository search(m_content.database());
        const auto result = search.search(QStringLiteral("d"), 3, 0);
        QVERIFY(result.error.isEmpty());
        const QStringList skills = refsOf(result.hits, SearchHit::Kind::Skill);
        QCOMPARE(skills.size(), 3);
        // Every one of the three starts with the letter: there are more than three such skills.
        for (const SearchHit& hit : result.hits) {
            if (hit.kind == SearchHit::Kind::Skill)
                QVERIFY2(hit.title.startsWith(u'd', Qt::CaseInsensitive), qPrintable(hit.title));
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchRepository)
#include "TestSearchRepository.moc"
