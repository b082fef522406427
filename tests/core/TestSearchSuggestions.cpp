// The nearest titles to a text that found nothing: the bounded edit distance and the choice and order of titles.
#include "search/SearchSuggestions.h"

#include <QElapsedTimer>
#include <QTest>

using cg::SearchSuggestions;

class TestSearchSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void distance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("bound");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << "python"
                              << "python" << 3 << 0;
        QTest::newRow("missing letter") << "kubernets"
                                        << "kubernetes" << 3 << 1;
        QTest::newRow("swapped letters") << "djagno"
                                         << "django" << 3 << 1;
        QTest::newRow("wrong letter") << "pyhton"
                                      << "python" << 3 << 1;
        QTest::newRow("two edits") << "javscrpt"
                                   << "javascript" << 3 << 2;
        QTest::newRow("empty") << ""
                               << "abc" << 3 << 3;
        QTest::newRow("beyond the bound") << "abcdef"
                                          << "uvwxyz" << 2 << 3;
        QTest::newRow("length alone beyond") << "a"
                                             << "abcdefgh" << 3 << 4;
    }

    void distance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, bound);
        QFETCH(int, distance);
        QCOMPARE(SearchSuggestions::distance(a, b, bound), distance);
        QCOMPARE(SearchSuggestions::distance(b, a, bound), distance);
    }

    void nearestFirstThenShorterThenAlphabetical()
    {
        const SearchSuggestions suggestions({QStringLiteral("Kubernetes"), QStringLiteral("JavaScript"),
                                             QStringLiteral("Java"), QStringLiteral("Kubeflow"),
                                             QStringLiteral("TypeScript")});
        QCOMPARE(suggestions.nearest(QStringLiteral("kubernets")), QStringList{QStringLiteral("Kubernetes")});
        QCOMPARE(suggestions.nearest(QStringLiteral("JAVSCRIPT")), QStringList{QStringLiteral("JavaScript")});
        QCOMPARE(suggestions.nearest(QStringLiteral("jaav")), QStringList{QStringLiteral("Java")});
        QVERIFY(suggestions.nearest(QStringLiteral("zzzzzzzz")).isEmpty());
        QVERIFY(suggestions.nearest(QString()).isEmpty());
        QVERIFY(suggestions.nearest(QStringLiteral("   ")).isEmpty());
    }

    void atMostTheCountAsked()
    {
        const SearchSuggestions suggestions({QStringLiteral("cat"), QStringLiteral("car"), QStringLiteral("can"),
                                             QStringLiteral("cap"), QStringLiteral("cab")});
        const QStringList nearest = suggestions.nearest(QStringLiteral("caz"));
        QCOMPARE(nearest.size(), SearchSuggestions::MaxSuggestions);
        QCOMPARE(nearest, (QStringList{QStringLiteral("cab"), QStringLiteral("can"), QStringLiteral("cap")}));
        QCOMPARE(suggestions.nearest(QStringLiteral("caz"), 1), QStringList{QStringLiteral("cab")});
    }

    void boundGrowsWithTheText()
    {
        QCOMPARE(SearchSuggestions::boundFor(2), 1);
        QCOMPARE(SearchSuggestions::boundFor(6), 2);
        QCOMPARE(SearchSuggestions::boundFor(40), SearchSuggestions::MaxDistance);
    }

    // Ten thousand titles are searched well inside a keystroke's budget (a loose check; the benchmark measures).
    void tenThousandTitlesStayFast()
    {
        QStringList titles;
        for (int i = 0; i < 10000; ++i)
            titles.append(QStringLiteral("Technology example %1 with a longer name").arg(i));
        titles.append(QStringLiteral("Kubernetes"));
        const SearchSuggestions suggestions(titles);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(suggestions.nearest(QStringLiteral("kubernets")), QStringList{QStringLiteral("Kubernetes")});
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSearchSuggestions)
#include "TestSearchSuggestions.moc"
