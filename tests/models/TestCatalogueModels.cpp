// The career catalogue's list model, comparison picker and filter/sort proxy, under QAbstractItemModelTester with
// the shipped content: expected rows are worked out from the entries, never typed in.
#include "TestSupport.h"
#include "content/AnnualPay.h"
#include "database/ContentDatabase.h"
#include "models/CatalogueFilterProxyModel.h"
#include "models/CatalogueListModel.h"
#include "models/CataloguePickModel.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/RoleRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using Tester = QAbstractItemModelTester;
using Proxy = cg::CatalogueFilterProxyModel;
using cg::CatalogueEntry;
using cg::CatalogueListModel;

class TestCatalogueModels : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;
    QList<CatalogueEntry> m_entries;

    static QStringList keys(const QList<CatalogueEntry>& entries)
    {
        QStringList result;
        for (const CatalogueEntry& entry : entries)
            result.append(entry.key);
        return result;
    }

    // The entries the proxy shows, in its order.
    static QList<CatalogueEntry> shown(const Proxy& proxy, const CatalogueListModel& model)
    {
        QList<CatalogueEntry> rows;
        for (int row = 0; row < proxy.rowCount(); ++row)
            rows.append(model.entryAt(proxy.mapToSource(proxy.index(row, 0)).row()));
        return rows;
    }

    template <typename Predicate> qsizetype countOf(Predicate predicate) const
    {
        return std::count_if(m_entries.cbegin(), m_entries.cend(), predicate);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
        QString error;
        m_entries = cg::CatalogueRepository(m_content.database()).all(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_entries.size() > 1000);
    }

    void listModel()
    {
        CatalogueListModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEntries(m_entries);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), m_entries.size());
        QCOMPARE(model.columnCount(), int(CatalogueListModel::ColumnCount));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

        const QList<cg::RoleSummary> roles = cg::RoleRepository(m_content.database()).all();
        QCOMPARE(model.roleCount(), roles.size());
        const int row = model.rowOf(QStringLiteral("backend-developer"));
        QVERIFY(row >= 0 && row < roles.size());
        QCOMPARE(model.index(row, CatalogueListModel::TitleColumn).data().toString(),
                 QStringLiteral("Back-end developer"));
        QCOMPARE(model.index(row, CatalogueListModel::KindColumn).data().toString(), QStringLiteral("Guide"));
        QCOMPARE(model.index(row, 0).data(CatalogueListModel::KeyRole).toString(), QStringLiteral("backend-developer"));
        // A role is found by its other names too.
        QVERIFY(model.keysAt(row).searchText.contains(QStringLiteral("engineer")));
        QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);

        const int nurses = model.rowOf(QStringLiteral("29-1141.00"));
        QVERIFY(nurses >= roles.size());
        QCOMPARE(model.index(nurses, CatalogueListModel::KindColumn).data().toString(), QStringLiteral("O*NET"));
        QCOMPARE(model.index(nurses, 0).data(CatalogueListModel::FamilyRole).toString(), QStringLiteral("29-0000"));
        QVERIFY(model.index(nurses, CatalogueListModel::PayColumn).data().toString().startsWith(u'$'));
    }

    void pickModel()
    {
        cg::CataloguePickModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setEntries(m_entries, QStringLiteral("nobody"));
        QCOMPARE(model.rowCount(), m_entries.size() + 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("nobody"));
        QCOMPARE(model.index(0).data(Qt::UserRole).toString(), QString());
        QCOMPARE(model.rowOf(QString()), 0);
        const int nurses = model.rowOf(QStringLiteral("29-1141.00"));
        QVERIFY(nurses > 0);
        QCOMPARE(model.index(nurses).data(Qt::UserRole).toString(), QStringLiteral("29-1141.00"));
        // Typing the code finds the occupation.
        QVERIFY(model.index(nurses).data().toString().contains(QStringLiteral("29-1141.00")));
        QCOMPARE(model.rowOf(QStringLiteral("nobody-at-all")), -1);
    }

    void filterByTextFamilyZoneEducationAndGrowth()
    {
        CatalogueListModel model;
        model.setEntries(m_entries);
        Proxy proxy;
        Tester tester(&proxy, Tester::FailureReportingMode::Fatal);
        proxy.setCatalogue(&model);
        proxy.sort(0);
        QCOMPARE(proxy.rowCount(), m_entries.size());
        QVERIFY(!proxy.isFiltered());

        proxy.setText(QStringLiteral("server-side"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(CatalogueListModel::KeyRole).toString(), QStringLiteral("backend-developer"));
        proxy.setText(QStringLiteral("developer front"));
        QCOMPARE(proxy.index(0, 0).data(CatalogueListModel::KeyRole).toString(), QStringLiteral("frontend-developer"));
        proxy.setText(QStringLiteral("registered NURSES"));
        QVERIFY(proxy.rowCount() >= 1);
        for (const CatalogueEntry& entry : shown(proxy, model))
            QVERIFY(entry.title.contains(QStringLiteral("Registered Nurses"), Qt::CaseInsensitive));
        proxy.setText(QString());

        const QString family = QStringLiteral("29-0000");
        proxy.setFamily(family);
        QVERIFY(proxy.isFiltered());
        QCOMPARE(proxy.rowCount(), countOf([&family](const CatalogueEntry& e) { return e.familyCode == family; }));
        QVERIFY(proxy.rowCount() > 0);
        for (const CatalogueEntry& entry : shown(proxy, model))
            QVERIFY(entry.occupationCode.startsWith(QStringLiteral("29-")));
        proxy.setFamily(QString());

        proxy.setJobZone(5);
        QCOMPARE(proxy.rowCount(), countOf([](const CatalogueEntry& e) { return e.jobZone == 5; }));
        proxy.setJobZone(Proxy::NoJobZone);
        QCOMPARE(proxy.rowCount(), countOf([](const CatalogueEntry& e) { return e.jobZone == 0; }));
        proxy.setJobZone(Proxy::AnyJobZone);

        // Moved from the old outlook filter: the fastest-growing careers show, every role in the guide grows, and
        // the growth filter keeps exactly the careers BLS's projection puts in that category.
        proxy.setGrowth(cg::GrowthCategory::MuchFasterThanAverage);
        QVERIFY(proxy.rowCount() > 0);
        QCOMPARE(proxy.rowCount(), countOf([](const CatalogueEntry& e) {
                     return e.growth == cg::GrowthCategory::MuchFasterThanAverage;
                 }));
        for (const CatalogueEntry& entry : shown(proxy, model))
            QVERIFY(*cg::GrowthCategories::tenths(entry.changePercent) >= 65);
        proxy.setGrowth(cg::GrowthCategory::Declining);
        QVERIFY(proxy.rowCount() > 0);
        for (const CatalogueEntry& entry : shown(proxy, model)) {
            QVERIFY2(!entry.isRole(), qPrintable(entry.key));
            QVERIFY(*cg::GrowthCategories::tenths(entry.changePercent) <= -5);
        }
        proxy.setGrowth(std::nullopt);

        const QString education = m_entries.first().education;
        QVERIFY(!education.isEmpty());
        proxy.setEducation(education);
        QVERIFY(proxy.rowCount() > 0);
        for (const CatalogueEntry& entry : shown(proxy, model))
            QCOMPARE(entry.education, education);
        proxy.setEducation(QStringLiteral("A doctorate in alchemy"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), m_entries.size());
    }

    void filterByPayRange()
    {
        CatalogueListModel model;
        model.setEntries(m_entries);
        Proxy proxy;
        Tester tester(&proxy, Tester::FailureReportingMode::Fatal);
        proxy.setCatalogue(&model);

        proxy.setPayRange(100000, 150000);
        QVERIFY(proxy.rowCount() > 0);
        QCOMPARE(proxy.rowCount(), countOf([](const CatalogueEntry& e) {
                     const cg::AnnualPay pay = cg::AnnualPay::parse(e.annualMedian);
                     return pay.kind() == cg::AnnualPay::Kind::Exact && pay.dollars() >= 100000 &&
                            pay.dollars() <= 150000;
                 }));
        // The bounds are inclusive, whole dollars.
        const CatalogueEntry first = shown(proxy, model).first();
        const qint64 dollars = cg::AnnualPay::parse(first.annualMedian).dollars();
        proxy.setPayRange(dollars, dollars);
        QVERIFY(keys(shown(proxy, model)).contains(first.key));
        proxy.setPayRange(dollars + 1, dollars + 1);
        QVERIFY(!keys(shown(proxy, model)).contains(first.key));

        // '#' is at least $239,200: within a range with no top, not within one with a top.
        const auto topCoded = [](const CatalogueEntry& e) { return e.annualMedian == QLatin1String("#"); };
        QVERIFY(countOf(topCoded) > 0);
        proxy.setPayRange(cg::AnnualPay::TopCode, std::nullopt);
        QCOMPARE(proxy.rowCount(), countOf([](const CatalogueEntry& e) {
                     const cg::AnnualPay pay = cg::AnnualPay::parse(e.annualMedian);
                     return pay.kind() == cg::AnnualPay::Kind::AtLeast || pay.dollars() >= cg::AnnualPay::TopCode;
                 }));
        proxy.setPayRange(std::nullopt, 10000000);
        for (const CatalogueEntry& entry : shown(proxy, model))
            QVERIFY(!topCoded(entry) && entry.annualMedian != QLatin1String("*"));
        proxy.setPayRange(std::nullopt, std::nullopt);
        QCOMPARE(proxy.rowCount(), m_entries.size());
    }

    void sortOrders()
    {
        CatalogueListModel model;
        model.setEntries(m_entries);
        Proxy proxy;
        Tester tester(&proxy, Tester::FailureReportingMode::Fatal);
        proxy.setCatalogue(&model);
        proxy.sort(0);

        // By name: the guide's roles first in their own order, then the occupations A-Z.
        QList<CatalogueEntry> rows = shown(proxy, model);
        for (int row = 0; row < model.roleCount(); ++row)
            QCOMPARE(rows.at(row).key, m_entries.at(row).key);
        for (qsizetype row = model.roleCount() + 1; row < rows.size(); ++row)
            QVERIFY(QString::compare(rows.at(row - 1).title, rows.at(row).title, Qt::CaseInsensitive) <= 0);

        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        proxy.setSortBy(Proxy::Sort::MedianPay);
        QVERIFY(layout.count() >= 1);
        rows = shown(proxy, model);
        QCOMPARE(rows.size(), m_entries.size());
        QCOMPARE(rows.first().annualMedian, QStringLiteral("#"));
        for (qsizetype row = 1; row < rows.size(); ++row) {
            const cg::AnnualPay before = cg::AnnualPay::parse(rows.at(row - 1).annualMedian);
            const cg::AnnualPay after = cg::AnnualPay::parse(rows.at(row).annualMedian);
            QVERIFY2(!after.ranksAbove(before), qPrintable(rows.at(row).key));
        }
        QCOMPARE(cg::AnnualPay::parse(rows.last().annualMedian).kind(), cg::AnnualPay::Kind::None);

        proxy.setSortBy(Proxy::Sort::Growth);
        rows = shown(proxy, model);
        for (qsizetype row = 1; row < rows.size(); ++row) {
            const auto before = cg::GrowthCategories::tenths(rows.at(row - 1).changePercent);
            const auto after = cg::GrowthCategories::tenths(rows.at(row).changePercent);
            QVERIFY(!after || (before && *before >= *after));
        }

        proxy.setSortBy(Proxy::Sort::Openings);
        rows = shown(proxy, model);
        for (qsizetype row = 1; row < rows.size(); ++row) {
            const auto before = cg::GrowthCategories::tenths(rows.at(row - 1).openings);
            const auto after = cg::GrowthCategories::tenths(rows.at(row).openings);
            QVERIFY(!after || (before && *before >= *after));
        }

        // Sorting holds under a filter too.
        proxy.setFamily(QStringLiteral("29-0000"));
        proxy.setSortBy(Proxy::Sort::MedianPay);
        rows = shown(proxy, model);
        QVERIFY(!rows.isEmpty());
        for (qsizetype row = 1; row < rows.size(); ++row)
            QVERIFY(!cg::AnnualPay::parse(rows.at(row).annualMedian)
                         .ranksAbove(cg::AnnualPay::parse(rows.at(row - 1).annualMedian)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueModels)
#include "TestCatalogueModels.moc"
