// TipsDocument: Help → Tips groups the tips by topic in a fixed order, then the questions, each citing its sources
// by title, and shows text as text.
#include "DocumentSamples.h"
#include "documents/TipsDocument.h"

#include <QTest>

class TestTipsDocument : public QObject
{
    Q_OBJECT

private slots:
    void groupsTipsByTopicAndCitesSources()
    {
        cg::Source article;
        article.id = QStringLiteral("article");
        article.title = QStringLiteral("How to interview");
        const QList<cg::Tip> tips{
            {QStringLiteral("portfolio"), QStringLiteral("Show your code."), {QStringLiteral("article")}},
            {QStringLiteral("interview"),
             QStringLiteral("Practise aloud."),
             {QStringLiteral("article"), QStringLiteral("unknown-id")}}};
        const QList<cg::Faq> faqs{
            {QStringLiteral("Do I need a degree?"), QStringLiteral("Not always."), {QStringLiteral("article")}}};
        const QString text = cg::test::shownText(cg::TipsDocument::html(tips, faqs, {article}));
        const qsizetype interview = text.indexOf(QStringLiteral("Preparing for interviews"));
        const qsizetype portfolio = text.indexOf(QStringLiteral("Your portfolio"));
        const qsizetype questions = text.indexOf(QStringLiteral("Frequently asked questions"));
        QVERIFY(interview >= 0 && portfolio > interview && questions > portfolio);
        QVERIFY(!text.contains(QStringLiteral("Your résumé"))); // no tips on that topic
        QVERIFY(text.contains(QStringLiteral("Practise aloud. (How to interview; unknown-id)")));
        QVERIFY(text.contains(QStringLiteral("Show your code. (How to interview)")));
        QVERIFY(text.contains(QStringLiteral("Do I need a degree?\nNot always. (How to interview)")) ||
                text.contains(QStringLiteral("Do I need a degree?\u2028Not always. (How to interview)")));
    }

    void hostileTextIsShownAsText()
    {
        const QString hostile = cg::test::HostileText;
        cg::Source source;
        source.id = QStringLiteral("s");
        source.title = hostile;
        const QString html = cg::TipsDocument::html({{QStringLiteral("career"), hostile, {QStringLiteral("s")}}},
                                                    {{hostile, hostile, {QStringLiteral("s")}}}, {source});
        QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QCOMPARE(cg::test::shownText(html).count(hostile), 5);
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestTipsDocument)
#include "TestTipsDocument.moc"
