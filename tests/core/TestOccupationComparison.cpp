// OccupationComparison: O*NET ratings lined up by element (shared, first only, second only), with both published
// importances and the too-imprecise ones left out, and the Hot or In Demand technologies both occupations list.
#include "compare/OccupationComparison.h"

#include <QTest>

using cg::Occupation;
using cg::OccupationComparison;
using cg::OccupationRating;

namespace {

OccupationRating skill(const char* id, const char* name, const char* importance, bool suppressed = false)
{
    return {QStringLiteral("skill"),
            QString::fromLatin1(id),
            QString::fromLatin1(name),
            {},
            QString::fromLatin1(importance),
            QStringLiteral("3.00"),
            suppressed,
            false};
}

Occupation withRatings(const QList<OccupationRating>& ratings)
{
    Occupation occupation;
    occupation.socCode = QStringLiteral("29-1141.00");
    occupation.rated = true;
    occupation.ratings = ratings;
    return occupation;
}

} // namespace

class TestOccupationComparison : public QObject
{
    Q_OBJECT

private slots:
    void linesUpRatingsByElement()
    {
        const Occupation first = withRatings({skill("2.A.1.a", "Reading", "4.00"), skill("2.A.1.b", "Writing", "3.50"),
                                              skill("2.A.1.c", "Speaking", "2.00", true)});
        const Occupation second = withRatings({skill("2.A.1.b", "Writing", "2.75"), skill("2.A.1.d", "Math", "4.50")});
        const OccupationComparison comparison(first, second);
        const QList<OccupationComparison::RatingRow>& rows = comparison.ratings(QStringLiteral("skill"));
        QCOMPARE(rows.size(), 3);
        // Shared first, with both importances as published.
        QCOMPARE(rows.at(0).elementId, QStringLiteral("2.A.1.b"));
        QVERIFY(rows.at(0).shared());
        QCOMPARE(rows.at(0).firstImportance, QStringLiteral("3.50"));
        QCOMPARE(rows.at(0).secondImportance, QStringLiteral("2.75"));
        // Then the first's only, then the second's only; the suppressed estimate is not listed.
        QCOMPARE(rows.at(1).name, QStringLiteral("Reading"));
        QVERIFY(rows.at(1).firstTop && !rows.at(1).secondTop);
        QVERIFY(rows.at(1).secondImportance.isEmpty());
        QCOMPARE(rows.at(2).name, QStringLiteral("Math"));
        QVERIFY(!rows.at(2).firstTop && rows.at(2).secondTop);
        QVERIFY(comparison.ratings(QStringLiteral("knowledge")).isEmpty());
    }

    void onlyTheMostImportantCount()
    {
        QList<OccupationRating> many;
        for (int i = 0; i < OccupationComparison::TopSkills + 3; ++i)
            many.append({QStringLiteral("skill"),
                         QStringLiteral("2.A.%1").arg(i),
                         QStringLiteral("Skill %1").arg(i),
                         {},
                         QString::number(4.5 - i * 0.1, 'f', 2),
                         QStringLiteral("3.00"),
                         false,
                         false});
        // The second rates the least important of the first's elements highest.
        const Occupation second = withRatings({{QStringLiteral("skill"),
                                                QStringLiteral("2.A.12"),
                                                QStringLiteral("Skill 12"),
                                                {},
                                                QStringLiteral("4.90"),
                                                QStringLiteral("3.00"),
                                                false,
                                                false}});
        const OccupationComparison comparison(withRatings(many), second);
        const QList<OccupationComparison::RatingRow>& rows = comparison.ratings(QStringLiteral("skill"));
        QCOMPARE(rows.size(), OccupationComparison::TopSkills + 1);
        const OccupationComparison::RatingRow& last = rows.constLast();
        QCOMPARE(last.elementId, QStringLiteral("2.A.12"));
        QVERIFY(!last.firstTop && last.secondTop);
        // Outside the first's top ten, yet its rating is still shown beside the second's.
        QCOMPARE(last.firstImportance, QStringLiteral("3.30"));
    }

    void findsTechnologiesInCommon()
    {
        Occupation first;
        first.technologies = {{QStringLiteral("Microsoft Excel"), {}, true, false},
                              {QStringLiteral("Python"), {}, true, true},
                              {QStringLiteral("Notepad"), {}, false, false},
                              {QStringLiteral("Kubernetes"), {}, true, false}};
        Occupation second;
        second.technologies = {{QStringLiteral("microsoft excel"), {}, true, true},
                               {QStringLiteral("Python"), {}, true, true},
                               {QStringLiteral("Notepad"), {}, false, false},
                               {QStringLiteral("Epic Systems"), {}, true, false}};
        const OccupationComparison comparison(first, second);
        const QList<OccupationComparison::TechnologyRow>& common = comparison.commonTechnologies();
        QCOMPARE(common.size(), 2);
        // In demand on both sides first; a technology neither flags is not counted.
        QCOMPARE(common.at(0).example, QStringLiteral("Python"));
        QVERIFY(common.at(0).firstInDemand && common.at(0).secondInDemand);
        QCOMPARE(common.at(1).example, QStringLiteral("Microsoft Excel"));
        QVERIFY(!common.at(1).firstInDemand && common.at(1).secondInDemand);
        QCOMPARE(comparison.firstOnlyTechnologies(), 1);
        QCOMPARE(comparison.secondOnlyTechnologies(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOccupationComparison)
#include "TestOccupationComparison.moc"
