// The career catalogue's core: the Handbook's growth wording, exact annual pay, and the catalogue read from the
// shipped database, checked against the repositories that read the same figures one occupation at a time.
#include "TestSupport.h"
#include "content/AnnualPay.h"
#include "content/CatalogueFacets.h"
#include "content/GrowthCategory.h"
#include "database/ContentDatabase.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/OccupationRepository.h"
#include "repositories/RoleRepository.h"

#include <QSet>
#include <QTest>

using cg::AnnualPay;
using cg::GrowthCategory;

class TestCatalogue : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    int count(const QString& sql) { return cg::test::countOf(m_content.database(), sql); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void growthCategory_data()
    {
        QTest::addColumn<QString>("percent");
        QTest::addColumn<int>("category");
        QTest::newRow("much faster") << "15.8" << int(GrowthCategory::MuchFasterThanAverage);
        QTest::newRow("6.5 rounds to 7") << "6.5" << int(GrowthCategory::MuchFasterThanAverage);
        QTest::newRow("6.4 rounds to 6") << "6.4" << int(GrowthCategory::FasterThanAverage);
        QTest::newRow("faster, 5") << "4.5" << int(GrowthCategory::FasterThanAverage);
        QTest::newRow("all occupations, 3.1") << "3.1" << int(GrowthCategory::AsFastAsAverage);
        QTest::newRow("as fast, 4.4") << "4.4" << int(GrowthCategory::AsFastAsAverage);
        QTest::newRow("slower, 2.4") << "2.4" << int(GrowthCategory::SlowerThanAverage);
        QTest::newRow("slower, 0.5 rounds to 1") << "0.5" << int(GrowthCategory::SlowerThanAverage);
        QTest::newRow("little, 0.4") << "0.4" << int(GrowthCategory::LittleOrNoChange);
        QTest::newRow("little, -0.4") << "-0.4" << int(GrowthCategory::LittleOrNoChange);
        QTest::newRow("little, 0") << "0" << int(GrowthCategory::LittleOrNoChange);
        QTest::newRow("declining, -0.5") << "-0.5" << int(GrowthCategory::Declining);
        QTest::newRow("declining, -12.4") << "-12.4" << int(GrowthCategory::Declining);
        QTest::newRow("em dash") << "\u2014" << int(GrowthCategory::Unknown);
        QTest::newRow("empty") << "" << int(GrowthCategory::Unknown);
        QTest::newRow("two decimals") << "3.14" << int(GrowthCategory::Unknown);
        QTest::newRow("words") << "n/a" << int(GrowthCategory::Unknown);
    }

    void growthCategory()
    {
        QFETCH(QString, percent);
        QFETCH(int, category);
        QCOMPARE(int(cg::GrowthCategories::of(percent)), category);
    }

    void growthNames()
    {
        QSet<QString> names;
        for (const GrowthCategory category : cg::GrowthCategories::fastestFirst())
            names.insert(cg::GrowthCategories::name(category));
        QCOMPARE(names.size(), 6);
        QVERIFY(names.contains(QStringLiteral("Much faster than average")));
        QVERIFY(names.contains(QStringLiteral("Little or no change")));
        QVERIFY(names.contains(QStringLiteral("Declining")));
    }

    void tenths()
    {
        QCOMPARE(cg::GrowthCategories::tenths(QStringLiteral("18863.3")), std::optional<qint64>(188633));
        QCOMPARE(cg::GrowthCategories::tenths(QStringLiteral("-0.4")), std::optional<qint64>(-4));
        QCOMPARE(cg::GrowthCategories::tenths(QStringLiteral("7")), std::optional<qint64>(70));
        QCOMPARE(cg::GrowthCategories::tenths(QStringLiteral("1.")), std::nullopt);
        QCOMPARE(cg::GrowthCategories::tenths(QStringLiteral(".5")), std::nullopt);
        QCOMPARE(cg::GrowthCategories::tenths(QStringLiteral("1e3")), std::nullopt);
    }

    void annualPay()
    {
        const AnnualPay exact = AnnualPay::parse(QStringLiteral("133080"));
        QCOMPARE(exact.kind(), AnnualPay::Kind::Exact);
        QCOMPARE(exact.dollars(), 133080);
        const AnnualPay top = AnnualPay::parse(QStringLiteral("#"));
        QCOMPARE(top.kind(), AnnualPay::Kind::AtLeast);
        const AnnualPay none = AnnualPay::parse(QStringLiteral("*"));
        QCOMPARE(none.kind(), AnnualPay::Kind::None);
        QCOMPARE(AnnualPay::parse(QStringLiteral("12.5")).kind(), AnnualPay::Kind::None);
        QCOMPARE(AnnualPay::parse(QString()).kind(), AnnualPay::Kind::None);

        // '#' sorts above any number, no estimate below everything.
        QVERIFY(top.ranksAbove(AnnualPay::parse(QStringLiteral("239199"))));
        QVERIFY(top.ranksAbove(AnnualPay::parse(QStringLiteral("999999"))));
        QVERIFY(!top.ranksAbove(top));
        QVERIFY(exact.ranksAbove(none));
        QVERIFY(!none.ranksAbove(exact));
        QVERIFY(!none.ranksAbove(none));
        QVERIFY(exact.ranksAbove(AnnualPay::parse(QStringLiteral("133079"))));

        QVERIFY(exact.isWithin(133080, 133080));
        QVERIFY(!exact.isWithin(133081, std::nullopt));
        QVERIFY(!exact.isWithin(std::nullopt, 133079));
        QVERIFY(top.isWithin(239200, std::nullopt));
        QVERIFY(!top.isWithin(239201, std::nullopt));
        QVERIFY(!top.isWithin(std::nullopt, 1000000));
        QVERIFY(none.isWithin(std::nullopt, std::nullopt));
        QVERIFY(!none.isWithin(0, std::nullopt));
    }

    void catalogueHasEveryRoleThenEveryOccupation()
    {
        const cg::CatalogueRepository catalogue(m_content.database());
        QString error;
        const QList<cg::CatalogueEntry> entries = catalogue.all(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<cg::RoleSummary> roles = cg::RoleRepository(m_content.database()).all();
        const int occupations = count(QStringLiteral("SELECT count(*) FROM occupation"));
        QCOMPARE(entries.size(), roles.size() + occupations);
        for (qsizetype i = 0; i < roles.size(); ++i) {
            QVERIFY(entries.at(i).isRole());
            QCOMPARE(entries.at(i).key, roles.at(i).slug);
            QCOMPARE(entries.at(i).education, roles.at(i).entryEducation);
            QCOMPARE(entries.at(i).changePercent, roles.at(i).growthPercent);
        }
        QSet<QString> keys;
        for (const cg::CatalogueEntry& entry : entries)
            keys.insert(entry.key);
        QCOMPARE(keys.size(), entries.size());
    }

    void occupationFiguresMatchTheOccupationRepository()
    {
        const QList<cg::CatalogueEntry> entries = cg::CatalogueRepository(m_content.database()).all();
        const cg::OccupationRepository occupations(m_content.database());
        int checked = 0;
        for (const cg::CatalogueEntry& entry : entries) {
            if (entry.isRole())
                continue;
            // Every 40th occupation, and the nurses: reading each one whole would take long.
            if (++checked % 40 != 0 && entry.key != QLatin1String("29-1141.00"))
                continue;
            const cg::OccupationWage wage = occupations.wage(entry.key);
            const cg::OccupationProjection projection = occupations.projection(entry.key);
            QCOMPARE(entry.annualMedian, wage.annualMedian);
            QCOMPARE(entry.wageSourceId, wage.sourceId);
            QCOMPARE(entry.changePercent, projection.changePercent);
            QCOMPARE(entry.openings, projection.openings);
            QCOMPARE(entry.education, projection.education);
            QCOMPARE(entry.projectionSourceId, projection.sourceId);
            QCOMPARE(entry.title, occupations.title(entry.key));
        }
        QVERIFY(checked > 1000);
    }

    void everyFamilyIsNamed()
    {
        const QList<cg::CatalogueEntry> entries = cg::CatalogueRepository(m_content.database()).all();
        const cg::CatalogueFacets facets = cg::CatalogueFacets::of(entries);
        // The SOC major groups that hold an O*NET occupation of this release.
        const int groups = count(QStringLiteral("SELECT count(DISTINCT substr(soc_code, 1, 2)) FROM occupation"));
        QCOMPARE(facets.families.size(), groups);
        int careers = 0;
        for (const cg::JobFamily& family : facets.families) {
            QVERIFY2(!family.name.isEmpty(), qPrintable(family.code));
            QVERIFY(family.code.endsWith(QStringLiteral("-0000")));
            careers += family.careers;
        }
        QCOMPARE(careers, entries.size());
        const auto military = std::find_if(facets.families.cbegin(), facets.families.cend(),
                                           [](const cg::JobFamily& f) { return f.code == QLatin1String("55-0000"); });
        if (military != facets.families.cend())
            QCOMPARE(military->name, cg::CatalogueRepository::militaryFamilyName());

        QVERIFY(facets.educations.size() >= 2);
        QCOMPARE(facets.educations.first(), QStringLiteral("Doctoral or professional degree"));
        QCOMPARE(facets.educations.last(), QStringLiteral("No formal educational credential"));
        QVERIFY(!facets.educations.contains(QStringLiteral("\u2014")));
    }

    void jobZones()
    {
        QString error;
        const QList<cg::JobZone> zones = cg::CatalogueRepository(m_content.database()).jobZones(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(zones.size(), 5);
        QCOMPARE(zones.first().zone, 1);
        QVERIFY(!zones.first().name.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "TestCatalogue.moc"
