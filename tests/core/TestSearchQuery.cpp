// What a person types, turned into an FTS5 expression: spelled forms, compounds, synonyms, and escaping.
#include "search/SearchQuery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using cg::SearchQuery;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private:
    const QSet<QString> m_compounds{QStringLiteral("backend"), QStringLiteral("frontend"), QStringLiteral("devops")};
    const SearchQuery::Synonyms m_synonyms{{QStringLiteral("js"), QStringLiteral("JavaScript")},
                                           {QStringLiteral("ml"), QStringLiteral("machine learning")},
                                           {QStringLiteral("cpp"), QStringLiteral("C++")}};

private slots:
    void match_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("match");
        QTest::newRow("word") << "post"
                              << R"("post"*)";
        QTest::newRow("two words") << "data base"
                                   << R"("data"* AND "base"*)";
        QTest::newRow("c++") << "c++"
                             << R"(("cplusplus"* OR "cpp"))";
        QTest::newRow("c#") << "C#"
                            << R"("csharp"*)";
        QTest::newRow(".net") << ".NET"
                              << R"("dotnet"*)";
        QTest::newRow("node.js") << "node.js"
                                 << R"("nodejs"*)";
        QTest::newRow("back-end") << "back-end"
                                  << R"("backend"*)";
        QTest::newRow("back end") << "back end"
                                  << R"("backend"*)";
        QTest::newRow("backend") << "Backend"
                                 << R"("backend"*)";
        QTest::newRow("back end developer") << "back end developer"
                                            << R"("backend"* AND "developer"*)";
        QTest::newRow("not a compound") << "back office"
                                        << R"("back"* AND "office"*)";
        QTest::newRow("synonym") << "js"
                                 << R"(("js"* OR "javascript"))";
        QTest::newRow("reverse synonym") << "javascript"
                                         << R"(("javascript"* OR "js"))";
        QTest::newRow("phrase synonym") << "ml"
                                        << R"(("ml"* OR "machine learning"))";
        QTest::newRow("quote") << "say\"hi"
                               << R"("say""hi"*)";
        QTest::newRow("operators") << "NOT sql OR"
                                   << R"("not"* AND "sql"* AND "or"*)";
        QTest::newRow("column") << "title:sql"
                                << R"("title:sql"*)";
        QTest::newRow("nothing") << "* - ^"
                                 << "";
    }

    void match()
    {
        QFETCH(QString, text);
        QFETCH(QString, match);
        QCOMPARE(SearchQuery(text, m_compounds, m_synonyms).match(), match);
    }

    void keysAndTitleExpressions()
    {
        const SearchQuery query(QStringLiteral("Back-End dev"), m_compounds, m_synonyms);
        QCOMPARE(query.key(), QStringLiteral("backend dev"));
        QCOMPARE(query.titleIs(), QStringLiteral(R"({title_key} : ^"backend dev")"));
        QCOMPARE(query.titleStarts(), QStringLiteral(R"({title_key} : ^"backend dev"*)"));
        QVERIFY(SearchQuery(QStringLiteral("*"), m_compounds).titleStarts().isEmpty());
    }

    void compoundCandidates()
    {
        QCOMPARE(SearchQuery::compoundCandidates(QStringLiteral("back end developer")),
                 (QStringList{QStringLiteral("backend"), QStringLiteral("enddeveloper")}));
        QCOMPARE(SearchQuery::compoundCandidates(QStringLiteral("in to")), QStringList());
    }

    // Every expression is valid FTS5, whatever the text: run them all against a real FTS5 table.
    void everyExpressionIsValid()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts"));
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(title, body, terms, title_key)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('C++', 'x', 'cplusplus', 'cplusplus')")));
            const QStringList texts{
                QStringLiteral("c++ \"NEAR(a b)\" OR"), QStringLiteral("{title}: x"), QStringLiteral("js ml back end"),
                QStringLiteral("'); DROP TABLE t; --"), QStringLiteral("a-b.c#d++"),  QStringLiteral("\"\"\"")};
            for (const QString& text : texts) {
                const SearchQuery search(text, m_compounds, m_synonyms);
                for (const QString& match : {search.match(), search.titleIs(), search.titleStarts()}) {
                    if (match.isEmpty())
                        continue;
                    QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?")));
                    query.addBindValue(match);
                    QVERIFY2(query.exec(), qPrintable(match + QStringLiteral(": ") + query.lastError().text()));
                }
            }
            QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?")));
            query.addBindValue(SearchQuery(QStringLiteral("c++"), {}).match());
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fts"));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "TestSearchQuery.moc"
