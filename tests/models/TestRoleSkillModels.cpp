// The Skills tab's models and filters, under QAbstractItemModelTester with real content.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "models/SkillFilterProxyModel.h"
#include "models/SkillTableModel.h"
#include "repositories/SkillRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Tester = QAbstractItemModelTester;
using Status = cg::SkillAssessmentStore::Status;

class TestRoleSkillModels : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void skillModelColumnsAndFilters()
    {
        cg::SkillTableModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        const QList<cg::Skill> skills = cg::SkillRepository(m_content.database()).all();
        model.setSkills(skills, {{QStringLiteral("python"), Status::Know}, {QStringLiteral("sql"), Status::Learning}});
        QCOMPARE(model.columnCount(), int(cg::SkillTableModel::ColumnCount));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

        const int postgres = model.rowOf(QStringLiteral("postgresql"));
        QCOMPARE(model.index(postgres, cg::SkillTableModel::TechnologyColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("Hot")),
                 true);
        // SQL carries the flags of the O*NET name mapped to it; Express, only part of several O*NET names, none.
        QVERIFY(model.index(model.rowOf(QStringLiteral("sql")), cg::SkillTableModel::TechnologyColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Hot")));
        QVERIFY(model.index(model.rowOf(QStringLiteral("express")), cg::SkillTableModel::TechnologyColumn)
                    .data()
                    .toString()
                    .isEmpty());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        model.setTargetImportance(QStringLiteral("Back-end developer"), {{QStringLiteral("postgresql"), 4}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(header.count(), 1);
        QCOMPARE(model.index(postgres, cg::SkillTableModel::TargetColumn).data().toString(),
                 cg::SkillTableModel::importanceDots(4));
        QCOMPARE(model.index(postgres, 0).data(cg::SkillTableModel::TargetImportanceRole).toInt(), 4);

        cg::SkillFilterProxyModel proxy;
        Tester proxyTester(&proxy, Tester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.setStatus(int(Status::Know));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(cg::SkillTableModel::SlugRole).toString(), QStringLiteral("python"));
        proxy.setStatus(cg::SkillFilterProxyModel::NotKnown);
        QCOMPARE(proxy.rowCount(), model.rowCount() - 1);
        // A status change re-filters at once.
        model.setStatus(QStringLiteral("sql"), Status::Know);
        QCOMPARE(proxy.rowCount(), model.rowCount() - 2);
        proxy.setStatus(cg::SkillFilterProxyModel::AnyStatus);

        proxy.setHotOnly(true);
        QVERIFY(proxy.rowCount() > 0);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0).data(cg::SkillTableModel::HotRole).toBool());
        proxy.setHotOnly(false);

        proxy.restrictTo({QStringLiteral("git"), QStringLiteral("python")});
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(proxy.isRestricted());
        proxy.clearRestriction();
        QCOMPARE(proxy.rowCount(), model.rowCount());

        // Sorting by category groups the catalogue, alphabetical within each category.
        proxy.sort(cg::SkillTableModel::CategoryColumn);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QString after =
                proxy.index(row, cg::SkillTableModel::CategoryColumn).data(cg::SkillTableModel::SortRole).toString();
            const QString previous = proxy.index(row - 1, cg::SkillTableModel::CategoryColumn)
                                         .data(cg::SkillTableModel::SortRole)
                                         .toString();
            QVERIFY(previous.compare(after, Qt::CaseInsensitive) <= 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestRoleSkillModels)
#include "TestRoleSkillModels.moc"
