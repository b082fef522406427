// SourcesDocument: Help → Sources lists every source under its kind with its publisher, date, contribution, citation
// and licence, links only web addresses, and shows text as text.
#include "DocumentSamples.h"
#include "documents/SourcesDocument.h"

#include <QTest>

namespace {

cg::Source source(const QString& id, const QString& kind, const QString& text, const QString& url)
{
    cg::Source s;
    s.id = id;
    s.kind = kind;
    s.title = text;
    s.publisher = text;
    s.author = text + QStringLiteral(" (author)");
    s.published = QStringLiteral("2023-08-01");
    s.url = url;
    s.licence = text;
    s.contributes = text;
    s.citation = text;
    return s;
}

} // namespace

class TestSourcesDocument : public QObject
{
    Q_OBJECT

private slots:
    void listsEverySourceUnderItsKind()
    {
        const QString text = cg::test::shownText(cg::SourcesDocument::html(
            {source(QStringLiteral("a"), QStringLiteral("article"), QStringLiteral("Article A"),
                    QStringLiteral("https://example.org/a")),
             source(QStringLiteral("d"), QStringLiteral("dataset"), QStringLiteral("Dataset D"), {})}));
        const qsizetype articles = text.indexOf(QStringLiteral("Articles"));
        const qsizetype official = text.indexOf(QStringLiteral("Official data"));
        QVERIFY(articles >= 0 && official > articles);
        QVERIFY(text.indexOf(QStringLiteral("Article A")) > articles);
        QVERIFY(text.indexOf(QStringLiteral("Dataset D")) > official);
        QVERIFY(text.contains(QStringLiteral("Article A — Article A (author), Article A (2023-08-01)")));
        QVERIFY(text.contains(QStringLiteral("Contributed: Dataset D")));
        QVERIFY(text.contains(QStringLiteral("Cite as: Dataset D")));
        QVERIFY(text.contains(QStringLiteral("Organisations quoted")));
    }

    void linksOnlyWebAddresses()
    {
        const QString html =
            cg::SourcesDocument::html({source(QStringLiteral("a"), QStringLiteral("article"), QStringLiteral("A"),
                                              QStringLiteral("https://example.org/a?x=1&y=2")),
                                       source(QStringLiteral("b"), QStringLiteral("article"), QStringLiteral("B"),
                                              QStringLiteral("file:///etc/passwd"))});
        QCOMPARE(cg::test::linkTargets(html), QStringList{QStringLiteral("https://example.org/a?x=1&y=2")});
        QVERIFY(cg::test::shownText(html).contains(QStringLiteral("file:///etc/passwd")));
    }

    void hostileTextIsShownAsText()
    {
        const QString hostile = cg::test::HostileText;
        const QString html =
            cg::SourcesDocument::html({source(QStringLiteral("a"), QStringLiteral("article"), hostile, hostile),
                                       source(QStringLiteral("o"), QStringLiteral("organisation"), hostile, hostile)});
        QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(cg::test::shownText(html).count(hostile) >= 2 * 7);
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestSourcesDocument)
#include "TestSourcesDocument.moc"
