// GrowthCategory: a projected change in employment in BLS's words, from the published decimal string.
#include "compare/GrowthCategory.h"

#include <QTest>

using cg::GrowthCategory;
using Category = cg::GrowthCategory::Category;

Q_DECLARE_METATYPE(cg::GrowthCategory::Category)

class TestGrowthCategory : public QObject
{
    Q_OBJECT

private slots:
    void bands_data()
    {
        QTest::addColumn<QString>("percent");
        QTest::addColumn<Category>("category");
        QTest::addColumn<QString>("words");
        QTest::newRow("software developers") << "15.8" << Category::MuchFasterThanAverage << "much faster than average";
        QTest::newRow("7.5 rounds to 8") << "7.5" << Category::MuchFasterThanAverage << "much faster than average";
        QTest::newRow("7.4") << "7.4" << Category::FasterThanAverage << "faster than average";
        QTest::newRow("registered nurses") << "5.2" << Category::FasterThanAverage << "faster than average";
        QTest::newRow("all occupations") << "3.1" << Category::AsFastAsAverage << "as fast as average";
        QTest::newRow("2.4") << "2.4" << Category::SlowerThanAverage << "slower than average";
        QTest::newRow("0.5 rounds to 1") << "0.5" << Category::SlowerThanAverage << "slower than average";
        QTest::newRow("zero") << "0.0" << Category::LittleOrNoChange << "little or no change";
        QTest::newRow("-1.4") << "-1.4" << Category::LittleOrNoChange << "little or no change";
        QTest::newRow("computer programmers") << "-3.7" << Category::Decline << "decline";
        QTest::newRow("em dash") << QStringLiteral("\u2014") << Category::Unknown << "";
        QTest::newRow("blank") << "" << Category::Unknown << "";
    }

    void bands()
    {
        QFETCH(QString, percent);
        QFETCH(Category, category);
        QFETCH(QString, words);
        QCOMPARE(GrowthCategory::of(percent), category);
        QCOMPARE(GrowthCategory::name(category), words);
    }
};

QTEST_GUILESS_MAIN(TestGrowthCategory)
#include "TestGrowthCategory.moc"
