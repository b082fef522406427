// The Skills tab's O*NET lists under QAbstractItemModelTester with real content: the technology model reads nothing
// until asked and then a page at a time, filters and sorts in the database; both models show the person's statuses
// under their own keys, never a curated skill's.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "models/OnetElementTableModel.h"
#include "models/TechnologyTableModel.h"
#include "repositories/SkillRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using Tester = QAbstractItemModelTester;
using Status = cg::SkillAssessmentStore::Status;

class TestOnetSkillModels : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void technologiesArePagedAndReadOnlyWhenAsked()
    {
        const cg::SkillRepository skills(m_content.database());
        cg::TechnologyTableModel model(skills);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isStarted());
        QVERIFY(!model.canFetchMore({}));
        // Sorting before the first read only remembers the order.
        model.sort(cg::TechnologyTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 0);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setQuery({});
        QCOMPARE(reset.count(), 1);
        const int all = skills.technologyCount({});
        QCOMPARE(model.totalCount(), all);
        QCOMPARE(model.rowCount(), cg::TechnologyTableModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2 * cg::TechnologyTableModel::PageSize);

        // Reading on to a name far down the list, and no further.
        const int excel = model.fetchUntil(QStringLiteral("microsoft excel"));
        QVERIFY(excel > 0);
        QCOMPARE(model.technologyAt(excel).name, QStringLiteral("Microsoft Excel"));
        QVERIFY(model.rowCount() < all);
        QVERIFY(model.rowCount() - excel <= cg::TechnologyTableModel::PageSize);
        QCOMPARE(model.fetchUntil(QStringLiteral("No such technology")), -1);
        QCOMPARE(model.rowCount(), all);
        QVERIFY(!model.canFetchMore({}));
        const QModelIndex name = model.index(excel, cg::TechnologyTableModel::NameColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("Microsoft Excel"));
        QCOMPARE(name.siblingAtColumn(cg::TechnologyTableModel::OccupationsColumn).data().toInt(),
                 model.technologyAt(excel).occupationCount);
        QCOMPARE(name.siblingAtColumn(cg::TechnologyTableModel::HotColumn).data().toString(),
                 model.technologyAt(excel).hot ? QStringLiteral("Hot") : QString());
    }

    void technologiesFilterAndSortInTheDatabase()
    {
        const cg::SkillRepository skills(m_content.database());
        cg::TechnologyTableModel model(skills);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setText(QStringLiteral("postgre"));
        QVERIFY(model.isStarted());
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.rowCount(), model.totalCount());
        QVERIFY(model.rowOf(QStringLiteral("PostgreSQL")) >= 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.technologyAt(row).name.contains(QLatin1String("postgre"), Qt::CaseInsensitive));

        // The same text again reads nothing.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setText(QStringLiteral("postgre"));
        QCOMPARE(reset.count(), 0);

        model.setText(QString());
        model.setHotOnly(true);
        QCOMPARE(reset.count(), 2);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.technologyAt(row).hot);

        model.sort(cg::TechnologyTableModel::OccupationsColumn, Qt::DescendingOrder);
        QCOMPARE(model.query().order, cg::TechnologyQuery::Order::Occupations);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.technologyAt(row - 1).occupationCount >= model.technologyAt(row).occupationCount);
        // Columns the database cannot order by leave the order as it was.
        model.sort(cg::TechnologyTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(model.query().order, cg::TechnologyQuery::Order::Occupations);
    }

    void technologyStatusesUseTheirOwnKeys()
    {
        const cg::SkillRepository skills(m_content.database());
        cg::TechnologyTableModel model(skills);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setText(QStringLiteral("Kubernetes"));
        const int row = model.rowOf(QStringLiteral("Kubernetes"));
        QVERIFY(row >= 0);
        // A curated skill's slug with the same spelling is another entry.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatuses({{QStringLiteral("kubernetes"), Status::Know},
                           {cg::SkillAssessmentStore::onetKey(QStringLiteral("Kubernetes")), Status::Know}});
        QCOMPARE(model.status(QStringLiteral("Kubernetes")), Status::Unknown);
        QCOMPARE(changed.count(), 0);
        model.setStatuses({{cg::SkillAssessmentStore::technologyKey(QStringLiteral("Kubernetes")), Status::Learning}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.status(QStringLiteral("Kubernetes")), Status::Learning);
        const QModelIndex status = model.index(row, cg::TechnologyTableModel::StatusColumn);
        QCOMPARE(status.data().toString(), cg::SkillAssessmentStore::displayName(Status::Learning));
        QCOMPARE(status.data(cg::TechnologyTableModel::StatusRole).toInt(), int(Status::Learning));
        model.setStatus(QStringLiteral("Kubernetes"), Status::Unknown);
        QCOMPARE(status.data().toString(), QString());
    }

    void elementsFilterSortAndStatuses()
    {
        const cg::SkillRepository skills(m_content.database());
        cg::OnetElementTableModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QVERIFY(model.isEmpty());
        const QList<cg::OnetElement> elements = skills.onetElements();
        model.setElements(elements, {{cg::SkillAssessmentStore::onetKey(QStringLiteral("2.B.3.e")), Status::Know},
                                     {QStringLiteral("2.A.1.a"), Status::Know}});
        QCOMPARE(model.rowCount(), int(elements.size()));
        QCOMPARE(model.status(QStringLiteral("2.B.3.e")), Status::Know);
        // A bare element id is no O*NET key.
        QCOMPARE(model.status(QStringLiteral("2.A.1.a")), Status::Unknown);

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(cg::OnetElementTableModel::FilterRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSortRole(cg::OnetElementTableModel::SortRole);
        Tester proxyTester(&proxy, Tester::FailureReportingMode::Fatal);
        proxy.setFilterFixedString(QStringLiteral("programming"));
        QVERIFY(proxy.rowCount() >= 1);
        bool found = false;
        for (int row = 0; row < proxy.rowCount(); ++row)
            found = found || proxy.index(row, 0).data(cg::OnetElementTableModel::ElementIdRole).toString() ==
                                 QLatin1String("2.B.3.e");
        QVERIFY(found);
        // Found by its description too.
        proxy.setFilterFixedString(QStringLiteral("computer programs"));
        QVERIFY(proxy.rowCount() >= 1);
        proxy.setFilterFixedString(QString());
        proxy.sort(cg::OnetElementTableModel::OccupationsColumn, Qt::DescendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, cg::OnetElementTableModel::OccupationsColumn).data().toInt() >=
                    proxy.index(row, cg::OnetElementTableModel::OccupationsColumn).data().toInt());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatuses({{cg::SkillAssessmentStore::onetKey(QStringLiteral("2.C.3.a")), Status::Want}});
        QCOMPARE(changed.count(), 2); // 2.B.3.e no longer known, 2.C.3.a wanted
        QCOMPARE(model.status(QStringLiteral("2.B.3.e")), Status::Unknown);
        QCOMPARE(model.status(QStringLiteral("2.C.3.a")), Status::Want);
        const QModelIndex knowledge = model.index(model.rowOf(QStringLiteral("2.C.3.a")), 0);
        QCOMPARE(knowledge.siblingAtColumn(cg::OnetElementTableModel::DomainColumn).data().toString(),
                 QStringLiteral("Knowledge"));
        QCOMPARE(knowledge.siblingAtColumn(cg::OnetElementTableModel::StatusColumn).data().toString(),
                 cg::SkillAssessmentStore::displayName(Status::Want));
    }
};

QTEST_GUILESS_MAIN(TestOnetSkillModels)
#include "TestOnetSkillModels.moc"
