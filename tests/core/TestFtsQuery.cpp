// FtsQuery turns any typed text into an FTS5 expression that is always valid and never uses FTS5 syntax.
#include "search/FtsQuery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestFtsQuery : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;

    static QString nul() { return QString(QChar(0)); }

private slots:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QSqlQuery query(m_db);
        QVERIFY2(query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(title, body, "
                                           "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')")),
                 qPrintable(query.lastError().text()));
        const QList<QPair<QString, QString>> rows{
            {QStringLiteral("PostgreSQL"), QStringLiteral("relational database")},
            {QStringLiteral("Node.js"), QStringLiteral("JavaScript on the server")},
            {QStringLiteral("C#"), QStringLiteral("language NEAR the metal AND more")},
            {QStringLiteral("Résumé writing"), QStringLiteral("prepare your resume")},
        };
        for (const auto& [title, body] : rows) {
            query.prepare(QStringLiteral("INSERT INTO t (title, body) VALUES (?, ?)"));
            query.addBindValue(title);
            query.addBindValue(body);
            QVERIFY(query.exec());
        }
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fts"));
    }

    void build_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one word") << "post"
                                  << "\"post\"*";
        QTest::newRow("two words") << "back end"
                                   << "\"back\"* \"end\"*";
        QTest::newRow("extra spaces") << "  post   gres "
                                      << "\"post\"* \"gres\"*";
        QTest::newRow("quote doubled") << "say\"hi"
                                       << "\"say\"\"hi\"*";
        QTest::newRow("lone quote dropped") << "\" post"
                                            << "\"post\"*";
        QTest::newRow("operators are words") << "a AND b OR NOT c"
                                             << "\"a\"* \"AND\"* \"b\"* \"OR\"* \"NOT\"* \"c\"*";
        QTest::newRow("NEAR group") << "NEAR(a b, 2)"
                                    << "\"NEAR(a\"* \"b,\"* \"2)\"*";
        QTest::newRow("column filter") << "title:post"
                                       << "\"title:post\"*";
        QTest::newRow("caret and star") << "^post*"
                                        << "\"^post*\"*";
        QTest::newRow("minus") << "-post"
                               << "\"-post\"*";
        QTest::newRow("punctuation only") << "- * ( ) : ^ + \"\""
                                          << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("tab and newline split") << "a\tb\nc"
                                               << "\"a\"* \"b\"* \"c\"*";
        QTest::newRow("emoji alone") << "\U0001F600"
                                     << "";
        QTest::newRow("emoji beside a word") << "\U0001F600post"
                                             << "\"\U0001F600post\"*";
        QTest::newRow("accents kept") << "résumé"
                                      << "\"résumé\"*";
        QTest::newRow("dotted word") << "node.js"
                                     << "\"node.js\"*";
    }

    void build()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(cg::FtsQuery::build(text), expected);
    }

    void controlCharactersSplitWords()
    {
        QCOMPARE(cg::FtsQuery::build(QStringLiteral("post") + nul() + QStringLiteral("gres")),
                 QStringLiteral("\"post\"* \"gres\"*"));
        // A lone surrogate half is no letter: it splits, and alone it leaves nothing to search.
        QCOMPARE(cg::FtsQuery::build(QString(QChar(0xD800))), QString());
        QCOMPARE(cg::FtsQuery::build(QStringLiteral("ab") + QChar(0xDC00) + QStringLiteral("cd")),
                 QStringLiteral("\"ab\"* \"cd\"*"));
    }

    void limitsWordsAndLength()
    {
        QStringList many;
        for (int i = 0; i < 100; ++i)
            many.append(QStringLiteral("w%1").arg(i));
        const QStringList words = cg::FtsQuery::words(many.join(u' '));
        QCOMPARE(words.size(), cg::FtsQuery::MaxWords);
        QCOMPARE(words.first(), QStringLiteral("w0"));

        const QStringList longWord = cg::FtsQuery::words(QString(10000, u'a'));
        QCOMPARE(longWord.size(), 1);
        QCOMPARE(longWord.first().size(), cg::FtsQuery::MaxWordLength);
        // Truncation never splits a surrogate pair.
        const QString faces = QString::fromUcs4(std::u32string(200, U'\U0001F600').c_str());
        const QString cut = cg::FtsQuery::words(QStringLiteral("a") + faces).value(0);
        QVERIFY(!cut.isEmpty());
        QVERIFY(!cut.back().isHighSurrogate());
    }

    // Whatever is typed, the expression runs: hits or none, never an error.
    void expressionAlwaysRuns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minimumHits");
        QTest::newRow("prefix") << "post" << 1;
        QTest::newRow("case") << "POSTGRES" << 1;
        QTest::newRow("accent folded") << "resume" << 1;
        QTest::newRow("operator as text") << "NEAR" << 1;
        QTest::newRow("and as text") << "AND metal" << 1;
        QTest::newRow("sharp") << "c#" << 1;
        QTest::newRow("dotted") << "node.js" << 1;
        QTest::newRow("unbalanced quote") << "\"post" << 1;
        QTest::newRow("unbalanced bracket") << "(post" << 0;
        QTest::newRow("star only") << "*" << 0;
        QTest::newRow("minus word") << "-post" << 0;
        QTest::newRow("column syntax") << "title:post" << 0;
        QTest::newRow("caret") << "^post" << 0;
        QTest::newRow("braces") << "{title body}: post" << 0;
        QTest::newRow("plus") << "post + gres" << 0;
        QTest::newRow("nonsense") << "zzzzqqq" << 0;
        QTest::newRow("sql") << "'; DROP TABLE t; --" << 0;
        QTest::newRow("long") << QString(10000, u'x') << 0;
        QTest::newRow("many words") << QString(5000, u' ').replace(u' ', QStringLiteral("a ")) << 0;
        QTest::newRow("emoji") << "\U0001F4A9\U0001F4A9" << 0;
    }

    void expressionAlwaysRuns()
    {
        QFETCH(QString, text);
        QFETCH(int, minimumHits);
        const QString match = cg::FtsQuery::build(text);
        if (match.isEmpty()) {
            QCOMPARE(minimumHits, 0);
            return;
        }
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?"));
        query.addBindValue(match);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text() + QStringLiteral(" for ") + match.left(80)));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toInt() >= minimumHits, qPrintable(match.left(80)));
    }

    // The "title starts with" expression: true only where the column's first word starts with the first typed word.
    void firstWordStarts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("first word") << "post" << QStringList{QStringLiteral("PostgreSQL")};
        QTest::newRow("not a later word") << "writing" << QStringList();
        QTest::newRow("later words ignored") << "r zzzz" << QStringList{QStringLiteral("Résumé writing")};
        QTest::newRow("one letter") << "n" << QStringList{QStringLiteral("Node.js")};
        QTest::newRow("hostile") << "^\"{body}: NEAR(" << QStringList();
        QTest::newRow("nothing to search") << "* -" << QStringList();
    }

    void firstWordStarts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, titles);
        const QString starts = cg::FtsQuery::firstWordStarts(text, QStringLiteral("title"));
        if (cg::FtsQuery::words(text).isEmpty()) {
            QVERIFY(starts.isEmpty());
            return;
        }
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT title FROM t WHERE t MATCH ? ORDER BY title"));
        query.addBindValue(starts);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text() + QStringLiteral(" for ") + starts));
        QStringList found;
        while (query.next())
            found.append(query.value(0).toString());
        QCOMPARE(found, titles);
    }
};

QTEST_GUILESS_MAIN(TestFtsQuery)
#include "TestFtsQuery.moc"
