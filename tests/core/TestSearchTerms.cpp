// How search reads words, the same when indexing and when searching: spelled forms of punctuated names, hyphen and
// dot joins, compounds of neighbouring words, and the title keys exact-title ranking compares.
#include "search/SearchTerms.h"

#include <QTest>

using cg::SearchTerms;

class TestSearchTerms : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tokens"); // separated by spaces
        QTest::newRow("plain") << "Software Developers"
                               << "software developers";
        QTest::newRow("c++") << "C++ and C#"
                             << "cplusplus and csharp";
        QTest::newRow("notepad++") << "Notepad++"
                                   << "notepadplusplus";
        QTest::newRow("hyphen") << "Back-End developer"
                                << "back end developer";
        QTest::newRow("dots") << "ASP.NET, Node.js"
                              << "asp net node js";
        QTest::newRow("diacritics") << "Résumé naïve"
                                    << "resume naive";
        QTest::newRow("punctuation only") << "+ # - ."
                                          << "";
        QTest::newRow("single plus") << "c+"
                                     << "c";
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QString, tokens);
        QCOMPARE(SearchTerms::tokens(text).join(u' '), tokens);
    }

    void specialOf_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("special");
        QTest::newRow("c++") << "c++"
                             << "cplusplus";
        QTest::newRow("C++ upper") << "C++"
                                   << "cplusplus";
        QTest::newRow("c#") << "c#"
                            << "csharp";
        QTest::newRow("f#") << "F#"
                            << "fsharp";
        QTest::newRow(".net") << ".net"
                              << "dotnet";
        QTest::newRow("node.js") << "node.js"
                                 << "nodejs";
        QTest::newRow("asp.net") << "ASP.NET"
                                 << "aspnet";
        QTest::newRow("back-end") << "back-end"
                                  << "backend";
        QTest::newRow("end-to-end") << "end-to-end"
                                    << "endtoend";
        QTest::newRow("plain") << "python"
                               << "";
        QTest::newRow("version") << "3.5"
                                 << "";
        QTest::newRow("comma") << "sql,"
                               << "";
        QTest::newRow("slash is not a join") << "ci/cd"
                                             << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void specialOf()
    {
        QFETCH(QString, word);
        QFETCH(QString, special);
        QCOMPARE(SearchTerms::specialOf(word), special);
    }

    void specialsOfAText()
    {
        const QStringList specials = SearchTerms::specials(QStringLiteral("Builds ASP.NET and .NET apps in C#."));
        QVERIFY(specials.contains(QStringLiteral("aspnet")));
        QVERIFY(specials.contains(QStringLiteral("dotnet")));
        QVERIFY(specials.contains(QStringLiteral("csharp")));
        QVERIFY(!specials.contains(QStringLiteral("c")));
    }

    void compoundsComeFromTheTexts()
    {
        const QSet<QString> compounds = SearchTerms::compounds(
            {QStringLiteral("Back End Developer"), QStringLiteral("a backend service"), QStringLiteral("full-stack"),
             QStringLiteral("in to the data base"), QStringLiteral("a database"), QStringLiteral("on line")});
        QVERIFY(compounds.contains(QStringLiteral("backend")));   // written both ways
        QVERIFY(compounds.contains(QStringLiteral("fullstack"))); // hyphen join
        QVERIFY(compounds.contains(QStringLiteral("database")));
        QVERIFY(!compounds.contains(QStringLiteral("into")));   // "in" is too short a part
        QVERIFY(!compounds.contains(QStringLiteral("online"))); // never written as one word here
        QVERIFY(!compounds.contains(QStringLiteral("cplusplus")));
    }

    void keysJoinCompounds()
    {
        const QSet<QString> compounds{QStringLiteral("backend"), QStringLiteral("devops")};
        for (const QString& title : {QStringLiteral("Back-End Developer"), QStringLiteral("back end developer"),
                                     QStringLiteral("Backend developer")})
            QCOMPARE(SearchTerms::key(SearchTerms::tokens(title), compounds), QStringLiteral("backend developer"));
        QCOMPARE(SearchTerms::key(SearchTerms::tokens(u"Dev Ops"), compounds), QStringLiteral("devops"));
        QCOMPARE(SearchTerms::key(SearchTerms::tokens(u"C++"), compounds), QStringLiteral("cplusplus"));
        QCOMPARE(SearchTerms::key(SearchTerms::tokens(u"SQL Server"), compounds), QStringLiteral("sql server"));
    }

    void indexTermsHoldSpecialsAndJoins()
    {
        const QSet<QString> compounds{QStringLiteral("backend")};
        const QStringList terms = SearchTerms::indexTerms(u"Back end work with C++ and node.js", compounds);
        QCOMPARE(terms, (QStringList{QStringLiteral("cplusplus"), QStringLiteral("dotjs"), QStringLiteral("nodejs"),
                                     QStringLiteral("backend")}));
    }
};

QTEST_GUILESS_MAIN(TestSearchTerms)
#include "TestSearchTerms.moc"
