// OccupationPageDocument: an official occupation on its own shows O*NET's and BLS's data with their sources and
// dates, links the guide's roles filed under it, says when it is not in this build, and shows text as text.
#include "DocumentSamples.h"
#include "documents/CareerPageSections.h"
#include "documents/OccupationPageDocument.h"

#include <QPalette>
#include <QTest>

class TestOccupationPageDocument : public QObject
{
    Q_OBJECT

private slots:
    void showsTheOfficialDataWithSourcesAndDates()
    {
        const cg::Occupation occupation = cg::test::sampleOccupation(QStringLiteral("Software Developers"));
        const QString html =
            cg::OccupationPageDocument::html(occupation, {}, cg::test::sampleSections(QStringLiteral("X")));
        const QString text = cg::test::shownText(html);
        QVERIFY(text.contains(QStringLiteral("Official occupation, O*NET-SOC 15-1252.00")));
        QVERIFY(text.contains(QStringLiteral("No role in this guide is filed under this occupation")));
        for (const QString& heading :
             {QStringLiteral("Tasks"), QStringLiteral("Supplemental tasks"),
              QStringLiteral("Most important skills (O*NET ratings)"),
              QStringLiteral("Most important knowledge (O*NET ratings)"), QStringLiteral("Pay"),
              QStringLiteral("Outlook"), QStringLiteral("Education"), QStringLiteral("Related roles")})
            QVERIFY2(text.contains(heading), qPrintable(heading));
        QVERIFY(!text.contains(QStringLiteral("Education and ways in")));
        QVERIFY(html.contains(QStringLiteral("<a name=\"education\"></a>")));
        QVERIFY(text.contains(QStringLiteral("Source: OEWS May 2024 (as of 2024-05)")));
        QVERIFY(text.contains(QStringLiteral("Source: Employment Projections 2024-34 (as of 2025-08)")));
        QVERIFY(text.contains(QStringLiteral("Source: O*NET 29.3 Database (as of 2025-05)")));
        // The '#' marker: BLS states only a floor for the top wages.
        QVERIFY(text.contains(QStringLiteral("BLS reports only that the wage is at least")));
        // O*NET flags the third rating as too imprecise: named, not ranked.
        QVERIFY(text.contains(QStringLiteral("Left out: 1 ratings")));
    }

    void linksTheRolesFiledUnderIt()
    {
        const QString html = cg::OccupationPageDocument::html(
            cg::test::sampleOccupation(QStringLiteral("Software Developers")),
            {{QStringLiteral("backend-developer"), QStringLiteral("Back-end")}}, cg::test::sampleSections({}));
        const QStringList links = cg::test::linkTargets(html);
        QVERIFY(links.contains(QStringLiteral("role:backend-developer")));
        QVERIFY(links.contains(QStringLiteral("occupation:15-1251.00")));
        QVERIFY(cg::test::shownText(html).contains(QStringLiteral("Roles in this guide filed under it: Back-end")));
    }

    void anOccupationNotInThisBuildSaysSo()
    {
        const QString text =
            cg::test::shownText(cg::OccupationPageDocument::html({}, {}, cg::test::sampleSections({})));
        QCOMPARE(text, QStringLiteral("This occupation is not part of this build's official data."));
    }

    void hostileTextIsShownAsText()
    {
        const QString hostile = cg::test::HostileText;
        const QString html = cg::OccupationPageDocument::html(cg::test::sampleOccupation(hostile), {{hostile, hostile}},
                                                              cg::test::sampleSections(hostile));
        QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(cg::test::shownText(html).count(hostile) > 15);
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestOccupationPageDocument)
#include "TestOccupationPageDocument.moc"
