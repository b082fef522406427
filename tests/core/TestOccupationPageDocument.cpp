// OccupationPageDocument: an official occupation on its own shows O*NET's and BLS's data with their sources and
// dates, links the guide's roles filed under it, says when it is not in this build, and shows text as text.
#include "DocumentSamples.h"
#include "documents/CareerPageSections.h"
#include "documents/OccupationPageDocument.h"

#include <QPalette>
#include <QRegularExpression>
#include <QTest>

namespace {

// The widths of the pay-range bar's cells, in percent of the bar, in order.
QList<double> barWidths(const QString& html)
{
    QList<double> widths;
    static const QRegularExpression cell(QStringLiteral("<td width=\"([0-9.]+)%\" bgcolor="));
    for (auto it = cell.globalMatch(html); it.hasNext();)
        widths.append(it.next().captured(1).toDouble());
    return widths;
}

double sum(const QList<double>& values)
{
    double total = 0;
    for (const double value : values)
        total += value;
    return total;
}

} // namespace

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
        QVERIFY(html.contains(QStringLiteral("<a name=\"education\">")));
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

    void showsReportedTitlesUnderAlternateTitles()
    {
        cg::Occupation occupation = cg::test::sampleOccupation(QStringLiteral("Registered Nurses"));
        occupation.alternateTitles = {QStringLiteral("Staff Nurse")};
        occupation.reportedTitles = {QStringLiteral("Charge Nurse"),
                                     QStringLiteral("Staff RN (Staff Registered Nurse)")};
        const QString text =
            cg::test::shownText(cg::OccupationPageDocument::html(occupation, {}, cg::test::sampleSections({})));
        const qsizetype alternate = text.indexOf(QStringLiteral("Also titled: Staff Nurse"));
        const qsizetype reported =
            text.indexOf(QStringLiteral("Titles people report: Charge Nurse, Staff RN (Staff Registered Nurse)"));
        QVERIFY(alternate >= 0);
        QVERIFY(reported > alternate);

        occupation.reportedTitles.clear();
        QVERIFY(!cg::test::shownText(cg::OccupationPageDocument::html(occupation, {}, cg::test::sampleSections({})))
                     .contains(QStringLiteral("Titles people report")));
    }

    void drawsThePayRangeOpenEndedAtTheTop()
    {
        // The sample's 90th percentile is '#': at least $239,200, the end of the scale.
        const QString html = cg::OccupationPageDocument::html(
            cg::test::sampleOccupation(QStringLiteral("Software Developers")), {}, cg::test::sampleSections({}));
        const QString text = cg::test::shownText(html);
        QVERIFY(text.contains(QStringLiteral("10th percentile $75,600 · 25th $100,190 · median $132,270 · 75th "
                                             "$175,390 · 90th \u2265 $239,200")));
        QVERIFY(text.contains(QStringLiteral("the bar is open-ended")));
        QVERIFY(text.contains(QStringLiteral("Annual wages, scale $0 to $239,200 a year")));
        // $0 to $75,600 is empty track, then the bands; nothing is left after an open end.
        const QList<double> widths = barWidths(html);
        QCOMPARE(widths.size(), 6);
        // The scale takes 99.2% of the bar, the median mark the rest.
        QCOMPARE(widths.first(), 31.4); // 75,600 of 239,200
        QCOMPARE(widths.at(1), 10.2);   // 25th - 10th: 24,590 of 239,200
        QCOMPARE(widths.at(3), 0.8);    // the median mark
        QVERIFY(qAbs(sum(widths) - 100.0) <= 0.3);
        QVERIFY(html.contains(QStringLiteral("\u25B8")));
    }

    void pointsAtTheOpenEndWhenTheMiddleHalfReachesTheTop()
    {
        cg::Occupation occupation = cg::test::sampleOccupation(QStringLiteral("Chief Executives"));
        occupation.wage.annualP75 = QStringLiteral("#");
        const QString html = cg::OccupationPageDocument::html(occupation, {}, cg::test::sampleSections({}));
        QVERIFY(cg::test::shownText(html).contains(QStringLiteral("75th \u2265 $239,200 · 90th \u2265 $239,200")));
        // No 75th-to-90th band is left to draw: the middle half carries the arrow to the end of the bar.
        const QList<double> widths = barWidths(html);
        QCOMPARE(widths.size(), 5);
        QVERIFY(qAbs(sum(widths) - 100.0) <= 0.3);
        QCOMPARE(html.count(QStringLiteral("\u25B8")), 1);
        QVERIFY(html.indexOf(QStringLiteral("\u25B8")) > html.lastIndexOf(QStringLiteral("<td width=")));
    }

    void drawsAClosedPayRange()
    {
        cg::Occupation occupation = cg::test::sampleOccupation(QStringLiteral("Registered Nurses"));
        occupation.wage.annualP90 = QStringLiteral("200000");
        occupation.wage.hourlyP90 = QStringLiteral("96.15");
        const QString html = cg::OccupationPageDocument::html(occupation, {}, cg::test::sampleSections({}));
        const QString text = cg::test::shownText(html);
        QVERIFY(text.contains(QStringLiteral("90th $200,000")));
        QVERIFY(!text.contains(QStringLiteral("open-ended")));
        const QList<double> widths = barWidths(html);
        QCOMPARE(widths.size(), 7);
        QCOMPARE(widths.last(), 16.3); // $200,000 to $239,200 is empty track
        QVERIFY(qAbs(sum(widths) - 100.0) <= 0.3);
    }

    void saysWhyThereIsNoPayRange()
    {
        // No annual estimate for a percentile, but every hourly one: drawn by the hour.
        cg::Occupation hourly = cg::test::sampleOccupation(QStringLiteral("Actors"));
        hourly.wage.annualP10 = QStringLiteral("*");
        hourly.wage.hourlyOnly = true;
        QString html = cg::OccupationPageDocument::html(hourly, {}, cg::test::sampleSections({}));
        QVERIFY(cg::test::shownText(html).contains(QStringLiteral("Hourly wages, scale $0 to $115.00 an hour")));
        QVERIFY(!barWidths(html).isEmpty());

        // Neither: no chart, and a note instead of an empty or zero bar.
        hourly.wage.hourlyP25 = QStringLiteral("*");
        html = cg::OccupationPageDocument::html(hourly, {}, cg::test::sampleSections({}));
        QVERIFY(cg::test::shownText(html).contains(QStringLiteral("No range chart: BLS publishes no estimate")));
        QVERIFY(barWidths(html).isEmpty());
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
        cg::Occupation occupation = cg::test::sampleOccupation(hostile);
        occupation.reportedTitles = {hostile};
        const QString html =
            cg::OccupationPageDocument::html(occupation, {{hostile, hostile}}, cg::test::sampleSections(hostile));
        QVERIFY(cg::test::shownText(html).contains(QStringLiteral("Titles people report: ") + hostile));
        QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(cg::test::shownText(html).count(hostile) > 15);
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestOccupationPageDocument)
#include "TestOccupationPageDocument.moc"
