// RoleComparisonDocument: two careers side by side (role and role, role and occupation, occupation and occupation)
// shade and mark what differs, cite the official figures with their dates, say which figures a side lacks, link both
// sides and every skill, and show text as text.
#include "DocumentSamples.h"
#include "documents/CareerPageSections.h"
#include "documents/RoleComparisonDocument.h"

#include <QPalette>
#include <QTest>

namespace {

cg::CareerPageSections sections(const QString& text)
{
    return cg::CareerPageSections(cg::test::sampleSources(text), {}, QPalette(), QLocale(QLocale::English));
}

// A side that is an official occupation alone, as the Roles tab's picker hands it over: no role, one occupation.
cg::RolePageData occupationAlone(const cg::Occupation& occupation)
{
    cg::RolePageData data;
    data.occupations = {occupation};
    return data;
}

// An occupation outside computing whose figures differ from the sample's in every row.
cg::Occupation nurses(const QString& text = QStringLiteral("Registered Nurses"))
{
    cg::Occupation occupation = cg::test::sampleOccupation(text, QStringLiteral("29-1141.00"));
    cg::OccupationWage& wage = occupation.wage;
    wage.annualP10 = QStringLiteral("66030");
    wage.annualP25 = QStringLiteral("79700");
    wage.annualMedian = QStringLiteral("93600");
    wage.annualP75 = QStringLiteral("113220");
    wage.annualP90 = QStringLiteral("135320");
    wage.hourlyMedian = QStringLiteral("45.00");
    occupation.projection.employment2024 = QStringLiteral("3391.0");
    occupation.projection.changePercent = QStringLiteral("5.2");
    occupation.projection.openings = QStringLiteral("189.1");
    occupation.projection.education = QStringLiteral("Bachelor's degree");
    occupation.jobZone = {3, QStringLiteral("Medium Preparation Needed"), {}, {}, {}};
    // One element both rate (less important here), one only this side rates; no knowledge ratings.
    occupation.ratings = {{QStringLiteral("skill"),
                           QStringLiteral("2.A.1.c"),
                           QStringLiteral("Active Listening"),
                           {},
                           QStringLiteral("4.25"),
                           QStringLiteral("4.00"),
                           false,
                           false},
                          {QStringLiteral("skill"),
                           QStringLiteral("2.A.1.a"),
                           text,
                           {},
                           QStringLiteral("3.00"),
                           QStringLiteral("3.10"),
                           false,
                           false}};
    occupation.technologies = {{QStringLiteral("Microsoft Excel"), QStringLiteral("Spreadsheet software"), true, true},
                               {QStringLiteral("Epic Systems"), QStringLiteral("Medical software"), true, false}};
    return occupation;
}

} // namespace

class TestRoleComparisonDocument : public QObject
{
    Q_OBJECT

private slots:
    void shadesWhatDiffersAndCitesFigures()
    {
        cg::RolePageData first = cg::test::sampleRole(QStringLiteral("Back"), QStringLiteral("backend-developer"));
        cg::RolePageData second = cg::test::sampleRole(QStringLiteral("Front"), QStringLiteral("frontend-developer"));
        second.occupations.first().wage.annualMedian = QStringLiteral("90000");
        second.occupations.first().projection.education = first.occupations.first().projection.education;
        second.role.skills.removeLast();
        const QString html = cg::RoleComparisonDocument::html(first, second, sections(QStringLiteral("X")));
        const QString text = cg::test::shownText(html);
        QVERIFY(text.contains(QStringLiteral("Back and Front side by side")));
        QVERIFY(text.contains(QStringLiteral("$132,270")));
        QVERIFY(text.contains(QStringLiteral("$90,000")));
        QVERIFY(text.contains(QStringLiteral("OEWS May 2024 (as of 2024-05)")));
        QVERIFY(text.contains(QStringLiteral("Employment Projections 2024-34 (as of 2025-08)")));
        QVERIFY(text.contains(QStringLiteral("Both need 1 skills; 1 only Back needs; 0 only Front needs.")));
        QVERIFY(text.contains(QStringLiteral("not listed")));
        QVERIFY(text.contains(QStringLiteral("Duties, pay and outlook in detail")));
        // Median pay differs and one skill is needed by one role only; growth and education are the same.
        QCOMPARE(html.count(QStringLiteral(" class=\"diff\"")), 2 + 1);
    }

    void linksBothRolesAndEverySkill()
    {
        const QStringList links = cg::test::linkTargets(cg::RoleComparisonDocument::html(
            cg::test::sampleRole(QStringLiteral("Back"), QStringLiteral("backend-developer")),
            cg::test::sampleRole(QStringLiteral("Front"), QStringLiteral("frontend-developer")), sections({})));
        QVERIFY(links.contains(QStringLiteral("role:backend-developer")));
        QVERIFY(links.contains(QStringLiteral("role:frontend-developer")));
        QVERIFY(links.contains(QStringLiteral("skill:python")));
        QVERIFY(links.contains(QStringLiteral("skill:git")));
    }

    void comparesARoleWithAnOccupation()
    {
        const cg::RolePageData role = cg::test::sampleRole(QStringLiteral("Back"));
        const QString html = cg::RoleComparisonDocument::html(role, occupationAlone(nurses()), sections({}));
        const QString text = cg::test::shownText(html);
        QVERIFY(text.contains(QStringLiteral("Back and Registered Nurses side by side")));
        QVERIFY(text.contains(QStringLiteral("Curated role: the guide's articles and official data")));
        QVERIFY(text.contains(QStringLiteral("Official occupation: O*NET and BLS data only")));
        const QStringList links = cg::test::linkTargets(html);
        QVERIFY(links.contains(QStringLiteral("role:backend-developer")));
        QVERIFY(links.contains(QStringLiteral("occupation:29-1141.00")));
        // The role's main occupation supplies its official side; BLS's words for both growth rates.
        QVERIFY(text.contains(QStringLiteral("$132,270")));
        QVERIFY(text.contains(QStringLiteral("$93,600")));
        QVERIFY(text.contains(QStringLiteral("Much faster than average (+15.5%)")));
        QVERIFY(text.contains(QStringLiteral("Faster than average (+5.2%)")));
        QVERIFY(text.contains(QStringLiteral("1,895,500")));
        QVERIFY(text.contains(QStringLiteral("3,391,000")));
        QVERIFY(text.contains(QStringLiteral("189,100")));
        QVERIFY(text.contains(QStringLiteral("Job zone 4 of 5")));
        QVERIFY(text.contains(QStringLiteral("Job zone 3 of 5")));
        QVERIFY(text.contains(QStringLiteral("Bachelor's degree")));
        // Both pay ranges are drawn, each with its figures as text.
        QVERIFY(text.contains(QStringLiteral("10th percentile $66,030 · 25th $79,700 · median $93,600")));
        QVERIFY(text.contains(QStringLiteral("10th percentile $75,600")));
        // Every figure is cited with its date.
        QVERIFY(text.count(QStringLiteral("OEWS May 2024 (as of 2024-05)")) >= 2);
        QVERIFY(text.count(QStringLiteral("Employment Projections 2024-34 (as of 2025-08)")) >= 8);
        QVERIFY(text.contains(QStringLiteral("O*NET 29.3 Database (as of 2025-05)")));
        // Differences are shaded and marked in text; the larger figure says so.
        QVERIFY(text.contains(QStringLiteral("\u2260 differs")));
        // Pay, employment, growth, openings and one skill's importance, besides the legend.
        QCOMPARE(text.count(QStringLiteral("\u25B2 higher")), 1 + 5);
        // Kind, occupation, pay, employment, growth, openings, job zone and education all differ: two cells each.
        QVERIFY(html.count(QStringLiteral(" class=\"diff\"")) >= 2 * 8);
        // The guide's own skills belong to roles; O*NET's ratings compare both, element by element.
        QVERIFY(text.contains(QStringLiteral("The guide lists its own skills for curated roles only")));
        QVERIFY(!text.contains(QStringLiteral("Both need")));
        QVERIFY(text.contains(QStringLiteral("4.12 of 5")));
        QVERIFY(text.contains(QStringLiteral("3.00 of 5")));
        QVERIFY(text.contains(QStringLiteral("among the most important of Registered Nurses only")));
        QVERIFY(text.contains(QStringLiteral("among the most important of Back only")));
        QVERIFY(text.contains(QStringLiteral("no usable rating")));
        // The occupation side has no article content: O*NET's tasks stand in for duties.
        QVERIFY(text.contains(QStringLiteral("O*NET's first tasks:")));
        QVERIFY(text.contains(QStringLiteral("An official occupation: no article figures")));

        // The other way round works the same.
        const QString reversed =
            cg::test::shownText(cg::RoleComparisonDocument::html(occupationAlone(nurses()), role, sections({})));
        QVERIFY(reversed.contains(QStringLiteral("Registered Nurses and Back side by side")));
        QVERIFY(reversed.contains(QStringLiteral("Faster than average (+5.2%)")));
    }

    void comparesTwoOccupations()
    {
        cg::Occupation developers = cg::test::sampleOccupation(QStringLiteral("Software Developers"));
        developers.technologies.append(
            {QStringLiteral("microsoft excel"), QStringLiteral("Spreadsheet software"), true, false});
        const QString html =
            cg::RoleComparisonDocument::html(occupationAlone(developers), occupationAlone(nurses()), sections({}));
        const QString text = cg::test::shownText(html);
        QVERIFY(text.contains(QStringLiteral("Software Developers and Registered Nurses side by side")));
        QCOMPARE(text.count(QStringLiteral("Official occupation: O*NET and BLS data only")), 2);
        const QStringList links = cg::test::linkTargets(html);
        QVERIFY(links.contains(QStringLiteral("occupation:15-1252.00")));
        QVERIFY(links.contains(QStringLiteral("occupation:29-1141.00")));
        QVERIFY(text.contains(QStringLiteral("O*NET's first tasks:")));
        // Hot or In Demand technology both list, matched whatever the case, with where it is in demand.
        QVERIFY(text.contains(
            QStringLiteral("Hot or In Demand technologies O*NET lists for both (1): microsoft excel (in demand for "
                           "Registered Nurses)")));
        QVERIFY(text.contains(QStringLiteral("Only Software Developers: 1 more; only Registered Nurses: 1 more.")));
        // The shared skill is rated by both; the one rated only by the nurses is marked.
        QVERIFY(text.contains(QStringLiteral("4.25 of 5")));
        QVERIFY(html.count(QStringLiteral(" class=\"diff\"")) > 0);
    }

    void saysWhichFiguresASideLacks()
    {
        cg::Occupation bare = cg::test::sampleOccupation(QStringLiteral("Bare"), QStringLiteral("15-1299.05"));
        bare.wage = {};
        bare.projection = {};
        bare.jobZone = {};
        bare.rated = false;
        bare.ratings.clear();
        const QString html =
            cg::RoleComparisonDocument::html(occupationAlone(nurses()), occupationAlone(bare), sections({}));
        const QString text = cg::test::shownText(html);
        QVERIFY(text.contains(QStringLiteral("No estimate: BLS publishes no national wage estimate")));
        QVERIFY(text.count(QStringLiteral("No projection: BLS projects no figures for this occupation.")) >= 4);
        QVERIFY(text.contains(QStringLiteral("No job zone in this release of O*NET.")));
        QVERIFY(text.contains(QStringLiteral("Bare (15-1299.05): skills and knowledge not rated in this release")));
        QCOMPARE(text.count(QStringLiteral("\u25B2 higher")), 1); // the legend only

        // A role with no official occupation says so in every official row.
        cg::RolePageData role = cg::test::sampleRole(QStringLiteral("Back"));
        role.occupations.clear();
        const QString unlinked =
            cg::test::shownText(cg::RoleComparisonDocument::html(role, occupationAlone(nurses()), sections({})));
        QVERIFY(unlinked.count(QStringLiteral("The guide links this role to no official occupation.")) >= 7);

        // An occupation whose percentiles BLS does not publish: no chart, and a note saying why.
        cg::Occupation noRange = nurses();
        noRange.wage.annualP10 = QStringLiteral("*");
        noRange.wage.hourlyP10 = QStringLiteral("*");
        const QString partial = cg::test::shownText(
            cg::RoleComparisonDocument::html(occupationAlone(noRange), occupationAlone(nurses()), sections({})));
        QVERIFY(partial.contains(QStringLiteral("No range chart: BLS publishes no estimate")));
    }

    void hostileTextInEveryPairing()
    {
        const QString hostile = cg::test::HostileText;
        const cg::RolePageData role = cg::test::sampleRole(hostile, hostile);
        const cg::RolePageData occupation = occupationAlone(nurses(hostile));
        const cg::RolePageData other = occupationAlone(cg::test::sampleOccupation(hostile));
        for (const auto& [first, second] :
             {std::pair{&role, &occupation}, std::pair{&occupation, &role}, std::pair{&occupation, &other}}) {
            const QString html = cg::RoleComparisonDocument::html(*first, *second, sections(hostile));
            QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
            QVERIFY(!html.contains(QStringLiteral("<img")));
            QVERIFY(cg::test::shownText(html).startsWith(hostile + QStringLiteral(" and ") + hostile));
            QVERIFY(cg::test::shownText(html).count(hostile) > 10);
        }
    }

    void hostileTextIsShownAsText()
    {
        const QString hostile = cg::test::HostileText;
        const QString html = cg::RoleComparisonDocument::html(cg::test::sampleRole(hostile, hostile),
                                                              cg::test::sampleRole(hostile), sections(hostile));
        QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(cg::test::shownText(html).count(hostile) > 10);
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestRoleComparisonDocument)
#include "TestRoleComparisonDocument.moc"
