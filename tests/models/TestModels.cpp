// Every item model is run under QAbstractItemModelTester (fatal) with real content, and its change signals watched.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "models/SalaryTableModel.h"
#include "models/SkillFilterProxyModel.h"
#include "models/SkillTableModel.h"
#include "models/StepTableModel.h"
#include "repositories/LearningRepository.h"
#include "repositories/SalaryRepository.h"
#include "repositories/SkillRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Tester = QAbstractItemModelTester;

class TestModels : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void skillTableModelAndProxy()
    {
        cg::SkillTableModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        const QList<cg::Skill> skills = cg::SkillRepository(m_content.database()).all();
        model.setSkills(skills, {});
        QCOMPARE(model.rowCount(), skills.size());
        QCOMPARE(model.columnCount(), int(cg::SkillTableModel::ColumnCount));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int row = model.rowOf(QStringLiteral("python"));
        QVERIFY(row >= 0);
        model.setStatus(QStringLiteral("python"), cg::SkillAssessmentStore::Status::Know);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(row, cg::SkillTableModel::StatusColumn).data().toString(),
                 cg::SkillAssessmentStore::displayName(cg::SkillAssessmentStore::Status::Know));

        cg::SkillFilterProxyModel proxy;
        Tester proxyTester(&proxy, Tester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.setCategory(QStringLiteral("database"));
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY(proxy.rowCount() < model.rowCount());
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(cg::SkillTableModel::CategoryKeyRole).toString(),
                     QStringLiteral("database"));
        proxy.setCategory(QString());
        proxy.setKind(QStringLiteral("soft"));
        QVERIFY(proxy.rowCount() > 0);
        proxy.setKind(QString());
        proxy.setText(QStringLiteral("postgre"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("PostgreSQL"));
    }

    void salaryTableModel()
    {
        cg::SalaryTableModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        const QList<cg::SalaryFigure> figures = cg::SalaryRepository(m_content.database()).all();
        model.setFigures(figures);
        QCOMPARE(model.rowCount(), figures.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.index(row, cg::SalaryTableModel::SourceColumn).data().toString().isEmpty());
            QVERIFY(!model.index(row, cg::SalaryTableModel::AsOfColumn).data().toString().isEmpty());
            QVERIFY(!model.index(row, cg::SalaryTableModel::AmountColumn).data().toString().isEmpty());
        }
    }

    void stepTableModel()
    {
        cg::StepTableModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        cg::LearningRepository learning(m_content.database());
        const cg::LearningPath path = learning.path(learning.paths().first().slug);
        model.setPath(path);
        QCOMPARE(model.rowCount(), path.steps.size());
        QCOMPARE(model.index(0, cg::StepTableModel::TitleColumn).data().toString(), path.steps.first().title);
        QCOMPARE(model.index(0, cg::StepTableModel::HoursColumn).data(Qt::ToolTipRole).toString(),
                 path.steps.first().hoursBasis);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "TestModels.moc"
