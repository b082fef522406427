// The global search over the real content database: grouping, ranking, limits, and hostile text.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "repositories/SearchRepository.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <tuple>

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

    // Names that are mostly punctuation are found as typed, not as every word starting with their letter.
    void punctuatedNamesAsTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("skill");
        QTest::addColumn<QString>("letter"); // what the text used to be searched as
        QTest::newRow("c#") << "c#"
                            << "csharp"
                            << "c";
        QTest::newRow("C# upper") << "C#"
                                  << "csharp"
                                  << "c";
        QTest::newRow("asp.net") << "asp.net"
                                 << "aspnet"
                                 << "asp";
        QTest::newRow(".net") << ".net"
                              << "aspnet"
                              << "net";
        QTest::newRow("node.js") << "node.js"
                                 << "nodejs"
                                 << "node";
        QTest::newRow("vue.js") << "vue.js"
                                << "vuejs"
                                << "vue";
    }

    void punctuatedNamesAsTyped()
    {
        QFETCH(QString, text);
        QFETCH(QString, skill);
        QFETCH(QString, letter);
        const cg::SearchRepository search(m_content.database());
        const auto result = search.search(text, 50);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(refsOf(result.hits, SearchHit::Kind::Skill).contains(skill), qPrintable(skill));
        // Fewer than its letters alone find: ".net" is not every word starting with "net".
        const auto loose = search.search(letter, 50);
        QVERIFY2(result.total() < loose.total(), qPrintable(text));
        // What it finds says it: the skill's own page or text names it.
        QSqlQuery query(m_content.database());
        QVERIFY(query.prepare(QStringLiteral("SELECT name || ' ' || description FROM skill WHERE slug = ?")));
        for (const QString& ref : refsOf(result.hits, SearchHit::Kind::Skill)) {
            query.addBindValue(ref);
            QVERIFY(query.exec() && query.next());
            QVERIFY2(query.value(0).toString().contains(text, Qt::CaseInsensitive), qPrintable(ref));
        }
    }

    void cPlusPlusFindsItsOccupationsOnly()
    {
        const cg::SearchRepository search(m_content.database());
        const auto cpp = search.search(QStringLiteral("c++"), 500);
        const auto c = search.search(QStringLiteral("c"), 500);
        QVERIFY2(cpp.error.isEmpty(), qPrintable(cpp.error));
        const QStringList occupations = refsOf(cpp.hits, SearchHit::Kind::Occupation);
        QVERIFY(occupations.contains(QStringLiteral("15-1252.00"))); // software developers list C++
        QVERIFY(cpp.total() < c.total() / 4);
        // Every occupation found lists C++ among its technology.
        QSqlQuery query(m_content.database());
        QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM occupation_technology WHERE soc_code = ? AND "
                                             "(example LIKE '%C++%')")));
        for (const QString& code : occupations) {
            query.addBindValue(code);
            QVERIFY(query.exec() && query.next());
            QVERIFY2(query.value(0).toInt() > 0, qPrintable(code));
        }
        // C# is not C++, and C++ is not C#.
        QVERIFY(!refsOf(search.search(QStringLiteral("c++"), 50).hits, SearchHit::Kind::Skill)
                     .contains(QStringLiteral("csharp")));
    }

    static QList<SearchHit> sorted(QList<SearchHit> hits)
    {
        std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
            return std::tie(a.kind, a.ref) < std::tie(b.kind, b.ref);
        });
        for (SearchHit& hit : hits)
            hit.context.clear(); // the context shows the typed words, which differ
        return hits;
    }

    // Written together, with a hyphen or apart: one search.
    void joinedHyphenatedAndApartAreOneSearch_data()
    {
        QTest::addColumn<QString>("joined"); // the forms, separated by |
        QTest::newRow("backend") << "backend|back-end|back end|Back-End|BACK END";
        QTest::newRow("frontend") << "frontend|front-end|front end";
        QTest::newRow("fullstack") << "fullstack|full-stack|full stack";
        QTest::newRow("devops") << "devops|dev-ops|dev ops";
        QTest::newRow("backend developer") << "backend developer|back-end developer|back end developer";
    }

    void joinedHyphenatedAndApartAreOneSearch()
    {
        QFETCH(QString, joined);
        const QStringList forms = joined.split(u'|');
        const cg::SearchRepository search(m_content.database());
        const auto first = search.search(forms.first(), 1000);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QVERIFY(first.total() > 0);
        for (const QString& form : forms) {
            const auto other = search.search(form, 1000);
            QVERIFY2(other.error.isEmpty(), qPrintable(other.error));
            QCOMPARE(other.total(), first.total());
            QCOMPARE(sorted(other.hits), sorted(first.hits));
        }
    }

    // The content's synonyms find an item by either form.
    void synonymsFindBothForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("ref");
        QTest::newRow("js") << "js" << int(SearchHit::Kind::Skill) << "javascript";
        QTest::newRow("k8s") << "k8s" << int(SearchHit::Kind::Occupation) << "15-2051.00";
        QTest::newRow("postgres") << "postgres" << int(SearchHit::Kind::Skill) << "postgresql";
        QTest::newRow("py") << "py" << int(SearchHit::Kind::Skill) << "python";
        QTest::newRow("ml") << "ml" << int(SearchHit::Kind::Skill) << "machine-learning";
        QTest::newRow("mongo") << "mongo" << int(SearchHit::Kind::Skill) << "mongodb";
        QTest::newRow("k8s with more") << "k8s data" << int(SearchHit::Kind::Occupation) << "15-2051.00";
    }

    void synonymsFindBothForms()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, ref);
        const cg::SearchRepository search(m_content.database());
        const auto result = search.search(text, 50);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(refsOf(result.hits, SearchHit::Kind(kind)).contains(ref), qPrintable(ref));
    }

    void longFormAlsoFindsTheShortForm()
    {
        // What says only "JS" is found for "javascript" too.
        const cg::SearchRepository search(m_content.database());
        QSqlQuery query(m_content.database());
        QVERIFY(query.exec(QStringLiteral("SELECT kind, ref FROM search_index WHERE search_index MATCH "
                                          "'\"js\" NOT \"javascript\"'")));
        QList<QPair<QString, QString>> onlyShort;
        while (query.next())
            onlyShort.append({query.value(0).toString(), query.value(1).toString()});
        QVERIFY(!onlyShort.isEmpty());
        const auto result = search.search(QStringLiteral("javascript"), 5000);
        QVERIFY(result.error.isEmpty());
        for (const auto& [kind, ref] : std::as_const(onlyShort)) {
            const bool found = std::any_of(result.hits.cbegin(), result.hits.cend(), [&](const SearchHit& hit) {
                return SearchHit::kindKey(hit.kind) == kind && hit.ref == ref;
            });
            QVERIFY2(found, qPrintable(ref));
        }
    }

    // An exact title first, then titles that start with the text, then the rest.
    void exactTitleThenTitleStartThenRest_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("sql") << "sql"
                             << "sql"
                             << "sql-server";
        QTest::newRow("SQL upper") << "SQL"
                                   << "sql"
                                   << "sql-server";
        QTest::newRow("java") << "java"
                              << "java"
                              << "javascript";
        QTest::newRow("c#") << "c#"
                            << "csharp" << QString();
        QTest::newRow("ruby") << "ruby"
                              << "ruby"
                              << "ruby-on-rails";
        QTest::newRow("spring") << "spring"
                                << "spring"
                                << "spring-boot";
    }

    void exactTitleThenTitleStartThenRest()
    {
        QFETCH(QString, text);
        QFETCH(QString, first);
        QFETCH(QString, second);
        const cg::SearchRepository search(m_content.database());
        for (int rankedLimit : {cg::SearchRepository::RankedLimit, 0}) {
            const auto result = search.search(text, 8, rankedLimit);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            const QStringList skills = refsOf(result.hits, SearchHit::Kind::Skill);
            QVERIFY(!skills.isEmpty());
            QCOMPARE(skills.first(), first);
            if (!second.isEmpty())
                QCOMPARE(skills.value(1), second);
        }
    }

    void titleStartsComeBeforeOtherMatches()
    {
        const cg::SearchRepository search(m_content.database());
        const auto result = search.search(QStringLiteral("data"), 50);
        bool others = false;
        for (const SearchHit& hit : result.hits) {
            if (hit.kind != SearchHit::Kind::Skill)
                continue;
            const bool starts = hit.title.startsWith(QStringLiteral("data"), Qt::CaseInsensitive);
            QVERIFY2(!(starts && others), qPrintable(hit.title));
            others = others || !starts;
        }
    }

    // Official titles and descriptions rank above the long tail of reported titles, tasks and technology.
    void officialBeforeLongTail()
    {
        const cg::SearchRepository search(m_content.database());
        const auto result = search.search(QStringLiteral("database"), 1000, 0);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QSqlQuery query(m_content.database());
        QVERIFY(
            query.prepare(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ? AND ref = ?")));
        bool tail = false;
        int tailCount = 0;
        for (const SearchHit& hit : result.hits) {
            if (hit.kind != SearchHit::Kind::Occupation)
                continue;
            query.addBindValue(QStringLiteral("{title body terms} : \"database\"*"));
            query.addBindValue(hit.ref);
            QVERIFY(query.exec() && query.next());
            const bool official = query.value(0).toInt() > 0;
            QVERIFY2(!(official && tail), qPrintable(hit.title + QStringLiteral(" after the long tail")));
            tail = tail || !official;
            tailCount += official ? 0 : 1;
        }
        QVERIFY(tailCount > 0);
        QVERIFY(tailCount < int(refsOf(result.hits, SearchHit::Kind::Occupation).size()));
    }

    void salaryFiguresAreSearchable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("country");
        QTest::newRow("salary india") << "salary india"
                                      << "IN";
        QTest::newRow("india salary") << "india salary"
                                      << "IN";
        QTest::newRow("uk salary") << "uk salary"
                                   << "GB";
        QTest::newRow("salary united kingdom") << "salary united kingdom"
                                               << "GB";
        QTest::newRow("australia") << "australia"
                                   << "AU";
        QTest::newRow("usa pay") << "usa pay"
                                 << "US";
    }

    void salaryFiguresAreSearchable()
    {
        QFETCH(QString, text);
        QFETCH(QString, country);
        const cg::SearchRepository search(m_content.database());
        const auto result = search.search(text, 50);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QStringList refs = refsOf(result.hits, SearchHit::Kind::Salary);
        QVERIFY2(!refs.isEmpty(), qPrintable(text));
        for (const QString& ref : refs)
            QVERIFY2(ref.section(u'/', 1, 1) == country, qPrintable(ref));
        QSqlQuery query(m_content.database());
        QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM salary_figure WHERE country = ?")));
        query.addBindValue(country);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(result.totals[int(SearchHit::Kind::Salary)], query.value(0).toInt());
    }

    void statesAreSearchable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("occupation"); // found besides, for the rest of the text
        QTest::newRow("california") << "california"
                                    << "CA" << QString();
        QTest::newRow("texas software developer") << "texas software developer"
                                                  << "TX"
                                                  << "15-1252.00";
        QTest::newRow("software developers in new york") << "software developers new york"
                                                         << "NY"
                                                         << "15-1252.00";
        QTest::newRow("west virginia nurse") << "west virginia registered nurses"
                                             << "WV"
                                             << "29-1141.00";
        QTest::newRow("california salary") << "california salary"
                                           << "CA" << QString();
    }

    void statesAreSearchable()
    {
        QFETCH(QString, text);
        QFETCH(QString, state);
        QFETCH(QString, occupation);
        const cg::SearchRepository search(m_content.database());
        const auto result = search.search(text, 50);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(refsOf(result.hits, SearchHit::Kind::State), QStringList{state});
        if (!occupation.isEmpty())
            QVERIFY(refsOf(result.hits, SearchHit::Kind::Occupation).contains(occupation));
    }

    void nothingFoundSuggestsTheNearestTitles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("suggested");
        QTest::newRow("kubernets") << "kubernets"
                                   << "Kubernetes";
        QTest::newRow("javscript") << "javscript"
                                   << "JavaScript";
        QTest::newRow("postgressql") << "postgressql"
                                     << "PostgreSQL";
        QTest::newRow("djagno") << "djagno"
                                << "Django";
        QTest::newRow("sofware developers") << "sofware developers"
                                            << "Software Developers";
    }

    void nothingFoundSuggestsTheNearestTitles()
    {
        QFETCH(QString, text);
        QFETCH(QString, suggested);
        const cg::SearchRepository search(m_content.database());
        const auto result = search.search(text);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.total(), 0);
        QVERIFY2(!result.suggestions.isEmpty(), qPrintable(text));
        QCOMPARE(result.suggestions.first(), suggested);
        QVERIFY(result.suggestions.size() <= cg::SearchSuggestions::MaxSuggestions);
        // The suggestion finds something.
        QVERIFY(search.search(result.suggestions.first()).total() > 0);
    }

    void foundOrFarOffSuggestsNothing()
    {
        const cg::SearchRepository search(m_content.database());
        QVERIFY(search.search(QStringLiteral("python")).suggestions.isEmpty());
        QVERIFY(search.search(QStringLiteral("zzzzqqqqxxxx")).suggestions.isEmpty());
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
