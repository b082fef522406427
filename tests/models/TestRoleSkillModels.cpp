// The Roles and Skills tabs' models and filters, under QAbstractItemModelTester with real content.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "models/RoleFilterProxyModel.h"
#include "models/RoleListModel.h"
#include "models/SkillFilterProxyModel.h"
#include "models/SkillTableModel.h"
#include "repositories/RoleRepository.h"
#include "repositories/SkillRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Tester = QAbstractItemModelTester;
using Outlook = cg::RoleFilterProxyModel::Outlook;
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

    void outlookMatches_data()
    {
        QTest::addColumn<int>("outlook");
        QTest::addColumn<QString>("growth");
        QTest::addColumn<bool>("matches");
        QTest::newRow("any, unknown") << int(Outlook::Any) << "" << true;
        QTest::newRow("faster") << int(Outlook::FasterThanAverage) << "15.8" << true;
        QTest::newRow("not faster") << int(Outlook::FasterThanAverage) << "3.1" << false;
        QTest::newRow("growing") << int(Outlook::Growing) << "0.4" << true;
        QTest::newRow("shrinking is not growing") << int(Outlook::Growing) << "-6" << false;
        QTest::newRow("not growing") << int(Outlook::NotGrowing) << "-6" << true;
        QTest::newRow("marker is unknown") << int(Outlook::NotGrowing) << "\u2014" << false;
    }

    void outlookMatches()
    {
        QFETCH(int, outlook);
        QFETCH(QString, growth);
        QFETCH(bool, matches);
        QCOMPARE(cg::RoleFilterProxyModel::matches(Outlook(outlook), growth, QStringLiteral("3.1")), matches);
    }

    void roleFilters()
    {
        cg::RoleListModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        const QList<cg::RoleSummary> roles = cg::RoleRepository(m_content.database()).all();
        model.setRoles(roles);
        cg::RoleFilterProxyModel proxy;
        Tester proxyTester(&proxy, Tester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.setAverageGrowth(QStringLiteral("3.1"));
        QCOMPARE(proxy.rowCount(), roles.size());

        proxy.setText(QStringLiteral("server-side"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(cg::RoleListModel::SlugRole).toString(), QStringLiteral("backend-developer"));
        proxy.setText(QStringLiteral("developer front"));
        QCOMPARE(proxy.index(0, 0).data(cg::RoleListModel::SlugRole).toString(), QStringLiteral("frontend-developer"));
        proxy.setText(QString());

        proxy.setOutlook(Outlook::FasterThanAverage);
        QVERIFY(proxy.rowCount() > 0);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0).data(cg::RoleListModel::GrowthRole).toString().toDouble() > 3.1);
        proxy.setOutlook(Outlook::Any);

        const QString education = roles.first().entryEducation;
        QVERIFY(!education.isEmpty());
        proxy.setEducation(education);
        QVERIFY(proxy.rowCount() > 0);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, 0).data(cg::RoleListModel::EducationRole).toString(), education);
        proxy.setEducation(QStringLiteral("A doctorate in alchemy"));
        QCOMPARE(proxy.rowCount(), 0);
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
