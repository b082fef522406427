// PremiumsDocument: the skill premiums page says what a premium compares, groups the premiums under their role, each
// with its source and as-of date and its note, says when there are none, and shows text as text.
#include "DocumentSamples.h"
#include "documents/PremiumsDocument.h"

#include <QTest>

namespace {

cg::PremiumStatement premium(const QString& role, const QString& skill, const QString& percent, const QString& text)
{
    cg::PremiumStatement result;
    result.roleName = role;
    result.skillName = skill;
    result.percent = percent;
    result.source.sourceId = QStringLiteral("article");
    result.source.sourceTitle = text;
    result.source.sourcePublisher = text;
    result.source.asOf = QStringLiteral("2022-06");
    result.note = text;
    return result;
}

} // namespace

class TestPremiumsDocument : public QObject
{
    Q_OBJECT

private slots:
    void groupsPremiumsByRoleWithSources()
    {
        const QString words = QStringLiteral("Words");
        cg::PremiumStatement doubtful =
            premium(QStringLiteral("Data analyst"), QStringLiteral("SQL"), QStringLiteral("-4.5"), words);
        doubtful.doubtful = true;
        const QString text = cg::test::shownText(cg::PremiumsDocument::html(
            {premium(QStringLiteral("Back-end developer"), QStringLiteral("Linux"), QStringLiteral("91"), words),
             premium(QStringLiteral("Back-end developer"), QStringLiteral("Go"), QStringLiteral("9.5"), words),
             doubtful}));
        QVERIFY(text.startsWith(QStringLiteral("Skill premiums, as stated\n")));
        QVERIFY(text.contains(QStringLiteral("never added up")));
        QVERIFY(!text.contains(QStringLiteral("The content states no skill premiums.")));
        const qsizetype backEnd = text.indexOf(QStringLiteral("Back-end developer\n"));
        const qsizetype analyst = text.indexOf(QStringLiteral("Data analyst\n"));
        QVERIFY(backEnd > 0 && analyst > backEnd);
        QCOMPARE(text.count(QStringLiteral("Back-end developer\n")), 1); // one heading per role
        // Each premium with who states it and as of when, then its note.
        const qsizetype linuxPremium = text.indexOf(QStringLiteral("+91% vs peers without Linux — Words, 2022-06"));
        const qsizetype goPremium = text.indexOf(QStringLiteral("+9.5% vs peers without Go — Words, 2022-06"));
        QVERIFY(linuxPremium > backEnd && goPremium > linuxPremium && analyst > goPremium);
        QVERIFY(text.indexOf(QStringLiteral("-4.5% vs peers without SQL — Words, 2022-06 ⚠ doubtful")) > analyst);
        QCOMPARE(text.count(QStringLiteral("2022-06")), 3);
    }

    void saysWhenThereAreNone()
    {
        const QString text = cg::test::shownText(cg::PremiumsDocument::html({}));
        QVERIFY(text.contains(QStringLiteral("The content states no skill premiums.")));
    }

    void hostileTextIsShownAsText()
    {
        const QString hostile = cg::test::HostileText;
        const QString html = cg::PremiumsDocument::html({premium(hostile, hostile, hostile, hostile)});
        QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        // The role, the percent, the skill, the source and the note.
        QCOMPARE(cg::test::shownText(html).count(hostile), 5);
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestPremiumsDocument)
#include "TestPremiumsDocument.moc"
