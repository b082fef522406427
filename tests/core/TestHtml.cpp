// html: the one helper set the documents build HTML with escapes every text it is given, so content and user text
// can never become markup, and builds links that stay inside the app or go to the web only.
#include "DocumentSamples.h"
#include "documents/Html.h"

#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

class TestHtml : public QObject
{
    Q_OBJECT

private slots:
    void escapeTurnsMarkupIntoText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("image") << QStringLiteral("<img src=x>") << QStringLiteral("&lt;img src=x&gt;");
        QTest::newRow("link") << QStringLiteral("<a href=\"file:///etc/passwd\">")
                              << QStringLiteral("&lt;a href=&quot;file:///etc/passwd&quot;&gt;");
        QTest::newRow("entity") << QStringLiteral("&amp;") << QStringLiteral("&amp;amp;");
        QTest::newRow("plain") << QStringLiteral("C++ & Go") << QStringLiteral("C++ &amp; Go");
    }

    void escapeTurnsMarkupIntoText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(cg::html::escape(text), escaped);
        QCOMPARE(cg::test::shownText(cg::html::paragraph(text)), text);
        QCOMPARE(cg::test::shownText(cg::html::heading(text, 1)), text);
        QCOMPARE(cg::test::shownText(cg::html::bold(text)), text);
    }

    void everyHelperEscapesHostileText()
    {
        const QString hostile = cg::test::HostileText;
        const QStringList pages{cg::html::paragraph(hostile),
                                cg::html::heading(hostile, 3),
                                cg::html::section(hostile, hostile),
                                cg::html::bold(hostile),
                                cg::html::muted(cg::html::escape(hostile)),
                                cg::html::list({cg::html::escape(hostile)}),
                                cg::html::link(QStringLiteral("role"), hostile, hostile),
                                cg::html::webLink(hostile),
                                cg::html::escapeLines(hostile + QLatin1Char('\n') + hostile)};
        for (const QString& page : pages) {
            QVERIFY2(cg::test::unsafeMarkup(page).isEmpty(), qPrintable(page));
            QVERIFY2(cg::test::shownText(page).contains(hostile), qPrintable(page));
        }
    }

    void linksStayInTheApp()
    {
        QCOMPARE(cg::html::link(QStringLiteral("skill"), QStringLiteral("c++"), QStringLiteral("C++ & more")),
                 QStringLiteral("<a href=\"skill:c++\">C++ &amp; more</a>"));
        const QString quoted = cg::html::link(QStringLiteral("role"), QStringLiteral("a\"b"), QStringLiteral("x"));
        QCOMPARE(cg::test::linkTargets(quoted), QStringList{QStringLiteral("role:a\"b")});
    }

    void webLinksOnlyForWebAddresses()
    {
        QCOMPARE(cg::html::webLink(QStringLiteral("https://www.onetcenter.org/?a=1&b=2")),
                 QStringLiteral("<a href=\"https://www.onetcenter.org/?a=1&amp;b=2\">"
                                "https://www.onetcenter.org/?a=1&amp;b=2</a>"));
        QCOMPARE(cg::test::linkTargets(cg::html::webLink(QStringLiteral("http://example.org"))),
                 QStringList{QStringLiteral("http://example.org")});
        for (const QString& address : {QStringLiteral("file:///etc/passwd"), QStringLiteral("javascript:alert(1)"),
                                       QStringLiteral("/etc/passwd"), QStringLiteral("FILE:///etc/passwd")}) {
            const QString page = cg::html::webLink(address);
            QVERIFY2(cg::test::linkTargets(page).isEmpty(), qPrintable(page));
            QCOMPARE(cg::test::shownText(page), address);
        }
    }

    void sectionsCarryAnAnchor()
    {
        QCOMPARE(cg::html::section(QStringLiteral("pay"), QStringLiteral("Pay & more")),
                 QStringLiteral("<h2><a name=\"pay\">&#8288;</a>Pay &amp; more</h2>"));
        QCOMPARE(cg::html::section(QStringLiteral("occ-1"), QStringLiteral("X"), 3),
                 QStringLiteral("<h3><a name=\"occ-1\">&#8288;</a>X</h3>"));
    }

    void aSectionTitleIsOneRunSoCombiningMarksKeepTheirBase()
    {
        // "वे क्या करते हैं" starts with व and the vowel sign े. Were the title split after its first character (as
        // an empty anchor does), the sign would be shaped alone and drawn on a dotted circle.
        const QString title = QStringLiteral("\u0935\u0947 \u0915\u094D\u092F\u093E \u0915\u0930\u0924\u0947 "
                                             "\u0939\u0948\u0902");
        QTextDocument document;
        document.setHtml(cg::html::section(QStringLiteral("duties"), title));
        const QTextBlock block = document.firstBlock();
        QCOMPARE(block.text(), QStringLiteral("\u2060") + title); // the anchor's invisible word joiner, then the title
        bool titleWhole = false;
        bool anchored = false;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            titleWhole = titleWhole || it.fragment().text() == title;
            anchored = anchored || it.fragment().charFormat().anchorNames().contains(QStringLiteral("duties"));
        }
        QVERIFY(titleWhole);
        QVERIFY(anchored);
    }

    void listsAndMutedText()
    {
        QCOMPARE(cg::html::list({}), QString());
        QCOMPARE(cg::html::list({QStringLiteral("a"), QStringLiteral("<b>b</b>")}),
                 QStringLiteral("<ul><li>a</li><li><b>b</b></li></ul>"));
        QCOMPARE(cg::html::muted(QStringLiteral("x")), QStringLiteral("<small><i class=\"muted\">x</i></small>"));
        QCOMPARE(cg::html::escapeLines(QStringLiteral("a<\nb")), QStringLiteral("a&lt;<br/>b"));
    }

    void mutedColourSitsBetweenTextAndBase()
    {
        QPalette palette;
        palette.setColor(QPalette::Text, Qt::black);
        palette.setColor(QPalette::Base, Qt::white);
        const QColor muted = cg::html::mutedColour(palette);
        QCOMPARE(muted.red(), 102);
        QCOMPARE(muted, cg::html::blend(Qt::black, Qt::white, 0.4));
        QVERIFY(cg::html::styleSheet(palette).contains(QStringLiteral(".muted { color: #666666;")));
        QCOMPARE(cg::html::blend(Qt::red, Qt::blue, 0.0), QColor(Qt::red));
        QCOMPARE(cg::html::blend(Qt::red, Qt::blue, 1.0), QColor(Qt::blue));
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestHtml)
#include "TestHtml.moc"
