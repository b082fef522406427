// The context line of a search hit: the words around the first match, folded as the index's tokenizer folds.
#include "search/SearchSnippet.h"

#include <QTest>

class TestSearchSnippet : public QObject
{
    Q_OBJECT

private slots:
    void around_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("searched");
        QTest::addColumn<int>("words");
        QTest::addColumn<QString>("expected");
        const QString twelve = QStringLiteral("one two three four five six seven eight nine ten eleven twelve");
        QTest::newRow("match at the start")
            << twelve << QStringList{QStringLiteral("one")} << 4 << QStringLiteral("one two three four\u2026");
        QTest::newRow("words before the match") << twelve << QStringList{QStringLiteral("seven")} << 5
                                                << QStringLiteral("\u2026five six seven eight nine\u2026");
        QTest::newRow("match near the end keeps the window full")
            << twelve << QStringList{QStringLiteral("twelve")} << 4 << QStringLiteral("\u2026nine ten eleven twelve");
        QTest::newRow("prefix") << twelve << QStringList{QStringLiteral("elev")} << 3
                                << QStringLiteral("\u2026ten eleven twelve");
        QTest::newRow("first of several searched words")
            << twelve << QStringList{QStringLiteral("nine"), QStringLiteral("th")} << 2
            << QStringLiteral("\u2026three four\u2026");
        QTest::newRow("no match shows the start")
            << twelve << QStringList{QStringLiteral("zebra")} << 3 << QStringLiteral("one two three\u2026");
        QTest::newRow("case and accents aside")
            << QStringLiteral("Write a clear R\u00C9SUM\u00C9 for the role") << QStringList{QStringLiteral("resum")}
            << 2 << QStringLiteral("\u2026R\u00C9SUM\u00C9 for\u2026");
        QTest::newRow("hyphenated word") << QStringLiteral("builds the back-end services")
                                         << QStringList{QStringLiteral("end")} << 10
                                         << QStringLiteral("builds the back-end services");
        QTest::newRow("typed punctuation")
            << QStringLiteral("runs node.js daily") << QStringList{QStringLiteral("\"js")} << 1
            << QStringLiteral("\u2026node.js\u2026");
        QTest::newRow("c++ is not every c")
            << QStringLiteral("Codes in C, C# and C++ daily") << QStringList{QStringLiteral("c++")} << 1
            << QStringLiteral("\u2026C++\u2026");
        QTest::newRow("joined form finds the hyphenated")
            << QStringLiteral("a team for the back-end work") << QStringList{QStringLiteral("backend")} << 1
            << QStringLiteral("\u2026back-end\u2026");
        QTest::newRow("short text whole")
            << QStringLiteral("  spaced   out\ttext ") << QStringList{QStringLiteral("out")} << 10
            << QStringLiteral("spaced out text");
        QTest::newRow("empty text") << QString() << QStringList{QStringLiteral("a")} << 10 << QString();
    }

    void around()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, searched);
        QFETCH(int, words);
        QFETCH(QString, expected);
        QCOMPARE(cg::SearchSnippet::around(text, searched, words), expected);
    }
};

QTEST_GUILESS_MAIN(TestSearchSnippet)
#include "TestSearchSnippet.moc"
