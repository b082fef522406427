// RolePageDocument: a role's page has every section with its anchor, cites a source and date for every figure, links
// skills, roles and occupations in the app, and shows any content text as text, never as markup.
#include "DocumentSamples.h"
#include "documents/CareerPageSections.h"
#include "documents/RolePageDocument.h"

#include <QPalette>
#include <QTest>

class TestRolePageDocument : public QObject
{
    Q_OBJECT

private slots:
    void everySectionIsThereWithItsAnchor()
    {
        const QString html =
            cg::RolePageDocument::html(cg::test::sampleRole(QStringLiteral("Words")), cg::test::sampleSections({}));
        const QString text = cg::test::shownText(html);
        for (const QString& heading :
             {QStringLiteral("What they do"), QStringLiteral("Skills they need"), QStringLiteral("Pay"),
              QStringLiteral("Outlook"), QStringLiteral("Education and ways in"), QStringLiteral("The work"),
              QStringLiteral("Related roles"), QStringLiteral("Official occupation data"), QStringLiteral("Sources"),
              QStringLiteral("A typical day"), QStringLiteral("Who they work with"),
              QStringLiteral("Ways in the guide describes"), QStringLiteral("Official projection, 2024–34")})
            QVERIFY2(text.contains(heading), qPrintable(heading));
        for (const QString& anchor : {QStringLiteral("duties"), QStringLiteral("skills"), QStringLiteral("pay"),
                                      QStringLiteral("outlook"), QStringLiteral("education"), QStringLiteral("work"),
                                      QStringLiteral("related"), QStringLiteral("official"), QStringLiteral("sources"),
                                      QStringLiteral("occ-15-1252.00"), QStringLiteral("occ-15-1254.00")}) {
            QVERIFY2(html.contains(QStringLiteral("<a name=\"%1\">").arg(anchor)), qPrintable(anchor));
            if (!anchor.startsWith(QLatin1String("occ-")))
                QVERIFY2(html.contains(QStringLiteral("<a href=\"#%1\">").arg(anchor)), qPrintable(anchor));
        }
    }

    void figuresCarryTheirSourceAndDate()
    {
        const QString text = cg::test::shownText(cg::RolePageDocument::html(
            cg::test::sampleRole(QStringLiteral("Survey")), cg::test::sampleSections(QStringLiteral("X"))));
        // The article's figures: pay, outlook and the other statistics.
        QVERIFY(text.contains(QStringLiteral("$105,366")));
        QCOMPARE(text.count(QStringLiteral("Source: Survey (as of 2023-08)")), 3);
        QVERIFY(text.contains(QStringLiteral("\u26A0 Doubtful figure:")));
        // The official figures: wages, projection, ratings, each with the dataset and its date.
        QVERIFY(text.contains(QStringLiteral("$132,270")));
        QVERIFY(text.contains(QStringLiteral("Source: OEWS May 2024 (as of 2024-05)")));
        QVERIFY(text.contains(QStringLiteral("Source: Employment Projections 2024-34 (as of 2025-08)")));
        QVERIFY(text.contains(QStringLiteral("Source: O*NET 29.3 Database (as of 2025-05)")));
        QVERIFY(text.contains(QStringLiteral("+15.5%")));
        QVERIFY(text.contains(QStringLiteral("all occupations +3.1%")));
        // The glance table names the date beside each figure too.
        QVERIFY(text.contains(QStringLiteral("Median pay, U.S.")));
        QVERIFY(text.contains(QStringLiteral("Job zone 4 of 5")));
    }

    void linksAreWellFormed()
    {
        const QStringList links = cg::test::linkTargets(
            cg::RolePageDocument::html(cg::test::sampleRole(QStringLiteral("Words")), cg::test::sampleSections({})));
        QVERIFY(links.contains(QStringLiteral("skill:python")));
        QVERIFY(links.contains(QStringLiteral("skill:git")));
        QVERIFY(links.contains(QStringLiteral("role:frontend-developer")));
        QVERIFY(links.contains(QStringLiteral("occupation:15-1251.00")));
        // A related occupation missing from this build is named, not linked.
        QVERIFY(!links.contains(QStringLiteral("occupation:15-1299.08")));
        QVERIFY(links.contains(QStringLiteral("#sources")));
        for (const QString& link : links)
            QVERIFY2(link.startsWith(QLatin1String("skill:")) || link.startsWith(QLatin1String("role:")) ||
                         link.startsWith(QLatin1String("occupation:")) || link.startsWith(QLatin1Char('#')),
                     qPrintable(link));
    }

    void hostileTextIsShownAsText()
    {
        const QString hostile = cg::test::HostileText;
        const QString html =
            cg::RolePageDocument::html(cg::test::sampleRole(hostile, hostile), cg::test::sampleSections(hostile));
        QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("href=\"file:")));
        QVERIFY(!html.contains(QStringLiteral("<b>bold</b>")));
        // Every free-text field shows the text itself: names, summary, duties, facts, notes, occupation data.
        QVERIFY(cg::test::shownText(html).count(hostile) > 40);
    }

    void aRoleWithoutOfficialDataSaysSo()
    {
        cg::RolePageData data = cg::test::sampleRole(QStringLiteral("Words"));
        data.occupations.clear();
        data.pay.clear();
        data.role.duties.clear();
        const QString text = cg::test::shownText(cg::RolePageDocument::html(data, cg::test::sampleSections({})));
        QVERIFY(text.contains(QStringLiteral("The guide links this role to no official occupation.")));
        QVERIFY(text.contains(QStringLiteral("No pay figures for this role.")));
        QVERIFY(text.contains(QStringLiteral("The articles describe no duties for this role")));
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestRolePageDocument)
#include "TestRolePageDocument.moc"
