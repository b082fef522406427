// PlainText: user text as a tooltip that shows it literally, and the short first line a table cell shows.
#include "text/PlainText.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTextDocument>

using cg::PlainText;

namespace {
const QChar Ellipsis(0x2026);
} // namespace

class TestPlainText final : public QObject
{
    Q_OBJECT

private slots:
    void toolTipShowsMarkupLiterally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("image and link") << QStringLiteral(
            "<img src=\"/tmp/x.png\"><a href=\"file:///etc/passwd\">link</a><b>bold</b> & \"quotes\"");
        QTest::newRow("ampersand only") << QStringLiteral("R&D & more");
        QTest::newRow("entity") << QStringLiteral("&lt;b&gt; stays as typed");
        QTest::newRow("plain") << QStringLiteral("Just a note");
    }

    void toolTipShowsMarkupLiterally()
    {
        QFETCH(QString, text);
        const QString tip = PlainText::toolTip(text);
        // Shown as Qt shows a tooltip (rich when it guesses so), it reads as typed.
        QTextDocument document;
        if (Qt::mightBeRichText(tip))
            document.setHtml(tip);
        else
            document.setPlainText(tip);
        QCOMPARE(document.toPlainText().trimmed(), text);
        QVERIFY(!tip.contains(QLatin1String("<img")));
        QVERIFY(!tip.contains(QLatin1String("<a ")));
    }

    void toolTipKeepsLinesAndIsBounded()
    {
        QTextDocument document;
        document.setHtml(PlainText::toolTip(QStringLiteral("a&b\nsecond")));
        const QString plain = document.toPlainText();
        QVERIFY2(plain == QStringLiteral("a&b\nsecond") || plain == QStringLiteral("a&b\u2028second"),
                 qPrintable(plain));
        const QString tip = PlainText::toolTip(QString(100000, QLatin1Char('a')));
        QVERIFY(tip.size() < PlainText::MaxToolTipLength + 100);
        QVERIFY(tip.contains(Ellipsis));
        QVERIFY(PlainText::toolTip(QString()).isEmpty());
    }

    void firstLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short") << "a note" << 200 << "a note";
        QTest::newRow("two lines") << "first\nsecond" << 200 << QStringLiteral("first");
        QTest::newRow("trailing newline") << "first\n  \n" << 200 << "first";
        QTest::newRow("crlf") << "first\r\nsecond" << 200 << QStringLiteral("first");
        QTest::newRow("long") << QString(300, QLatin1Char('x')) << 10 << QString(9, QLatin1Char('x')) + Ellipsis;
        QTest::newRow("exactly") << QString(10, QLatin1Char('x')) << 10 << QString(10, QLatin1Char('x'));
        QTest::newRow("empty") << QString() << 10 << QString();
        // A surrogate pair is never split.
        QTest::newRow("surrogate") << QStringLiteral("abcdefgh\U0001F600xyz") << 10
                                   << QStringLiteral("abcdefgh") + Ellipsis;
    }

    void firstLine()
    {
        QFETCH(QString, text);
        QFETCH(int, maxLength);
        QFETCH(QString, expected);
        QCOMPARE(PlainText::firstLine(text, maxLength), expected);
    }

    // A 10 MB note costs a cell what a short one does.
    void firstLineOfAHugeTextIsCheap()
    {
        const QString huge = QString(10 * 1024 * 1024, QLatin1Char('x'));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(PlainText::firstLine(huge).size(), PlainText::MaxCellLength);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPlainText)
#include "TestPlainText.moc"
