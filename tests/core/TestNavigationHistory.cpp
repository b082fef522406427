// Back and Forward over the places shown: visiting, stepping back and forward, dropping what lies ahead, the cap.
#include "session/NavigationHistory.h"

#include <QTest>

using Location = cg::NavigationHistory::Location;

namespace {
Location role(const QString& slug)
{
    return {QStringLiteral("role"), slug};
}
} // namespace

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty()
    {
        cg::NavigationHistory history;
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        QVERIFY(!history.back());
        QVERIFY(!history.forward());
        QVERIFY(!history.current());
        QCOMPARE(history.size(), 0);
    }

    void firstVisitHasNowhereToGo()
    {
        cg::NavigationHistory history;
        QVERIFY(history.visit(role(QStringLiteral("a"))));
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        QVERIFY(!history.back());
        QCOMPARE(*history.current(), role(QStringLiteral("a")));
    }

    void backAndForward()
    {
        cg::NavigationHistory history;
        history.visit(role(QStringLiteral("a")));
        history.visit({QStringLiteral("skill"), QStringLiteral("sql")});
        history.visit({QStringLiteral("tab"), QStringLiteral("salaries")});
        QCOMPARE(history.size(), 3);
        QVERIFY(history.canGoBack());
        QVERIFY(!history.canGoForward());

        QCOMPARE(*history.back(), (Location{QStringLiteral("skill"), QStringLiteral("sql")}));
        QVERIFY(history.canGoBack());
        QVERIFY(history.canGoForward());
        QCOMPARE(*history.back(), role(QStringLiteral("a")));
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.back());
        QCOMPARE(*history.current(), role(QStringLiteral("a")));

        QCOMPARE(*history.forward(), (Location{QStringLiteral("skill"), QStringLiteral("sql")}));
        QCOMPARE(*history.forward(), (Location{QStringLiteral("tab"), QStringLiteral("salaries")}));
        QVERIFY(!history.canGoForward());
        QVERIFY(!history.forward());
        QCOMPARE(history.currentIndex(), 2);
    }

    void visitAfterBackDropsWhatLayAhead()
    {
        cg::NavigationHistory history;
        for (const QString& slug : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
            history.visit(role(slug));
        history.back();
        history.back();
        QVERIFY(history.visit(role(QStringLiteral("d"))));
        QCOMPARE(history.size(), 2);
        QVERIFY(!history.canGoForward());
        QCOMPARE(*history.current(), role(QStringLiteral("d")));
        QCOMPARE(*history.back(), role(QStringLiteral("a")));
        QCOMPARE(*history.forward(), role(QStringLiteral("d")));
    }

    void repeatOfCurrentIsIgnored()
    {
        cg::NavigationHistory history;
        history.visit(role(QStringLiteral("a")));
        history.visit(role(QStringLiteral("b")));
        QVERIFY(!history.visit(role(QStringLiteral("b"))));
        QCOMPARE(history.size(), 2);

        // Showing the place Back went to again (say, the page redrawn) keeps the way forward.
        history.back();
        QVERIFY(!history.visit(role(QStringLiteral("a"))));
        QVERIFY(history.canGoForward());
        QCOMPARE(history.size(), 2);

        // The same reference of another kind is another place.
        QVERIFY(history.visit({QStringLiteral("occupation"), QStringLiteral("a")}));
        QCOMPARE(history.size(), 2);
        QVERIFY(!history.canGoForward());
    }

    void invalidPlaceIsIgnored()
    {
        cg::NavigationHistory history;
        QVERIFY(!history.visit({}));
        QVERIFY(!history.visit({QString(), QStringLiteral("a")}));
        QCOMPARE(history.size(), 0);
    }

    void capForgetsTheOldest()
    {
        cg::NavigationHistory history(3);
        QCOMPARE(history.capacity(), 3);
        for (const QString& slug :
             {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")})
            history.visit(role(slug));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.currentIndex(), 2);
        QCOMPARE(*history.back(), role(QStringLiteral("d")));
        QCOMPARE(*history.back(), role(QStringLiteral("c")));
        QVERIFY(!history.canGoBack());
    }

    void defaultCapIsOneHundred()
    {
        cg::NavigationHistory history;
        for (int i = 0; i < 250; ++i)
            history.visit(role(QString::number(i)));
        QCOMPARE(history.size(), cg::NavigationHistory::DefaultCapacity);
        QCOMPARE(history.size(), 100);
        int steps = 0;
        while (history.back())
            ++steps;
        QCOMPARE(steps, 99);
        QCOMPARE(*history.current(), role(QStringLiteral("150")));
    }

    void replaceCurrentKeepsTheWayBackAndForward()
    {
        cg::NavigationHistory history;
        QVERIFY(history.replaceCurrent(role(QStringLiteral("a")))); // nothing yet: a first visit
        QCOMPARE(history.size(), 1);
        history.visit({QStringLiteral("tab"), QStringLiteral("skills")});
        history.visit(role(QStringLiteral("c")));
        history.back();
        QVERIFY(history.replaceCurrent({QStringLiteral("skill"), QStringLiteral("sql")}));
        QVERIFY(!history.replaceCurrent({}));
        QCOMPARE(history.size(), 3);
        QCOMPARE(*history.current(), (Location{QStringLiteral("skill"), QStringLiteral("sql")}));
        QVERIFY(history.canGoForward());
        QCOMPARE(*history.back(), role(QStringLiteral("a")));
        QCOMPARE(*history.forward(), (Location{QStringLiteral("skill"), QStringLiteral("sql")}));
        QCOMPARE(*history.forward(), role(QStringLiteral("c")));
    }

    void clearForgetsEverything()
    {
        cg::NavigationHistory history;
        history.visit(role(QStringLiteral("a")));
        history.visit(role(QStringLiteral("b")));
        history.clear();
        QCOMPARE(history.size(), 0);
        QVERIFY(!history.canGoBack());
        QVERIFY(history.visit(role(QStringLiteral("b"))));
        QVERIFY(!history.canGoBack());
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "TestNavigationHistory.moc"
