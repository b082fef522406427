// Search results as a tree of kinds and hits, updated in place as the person types.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "models/SearchResultModel.h"
#include "repositories/SearchRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Tester = QAbstractItemModelTester;
using cg::SearchHit;
using Kind = cg::SearchHit::Kind;

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private:
    static SearchHit hit(Kind kind, const QString& ref)
    {
        return {kind, ref, ref.toUpper(), QStringLiteral("about ") + ref};
    }

private slots:
    void groupsByKind()
    {
        cg::SearchResultModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setHits({hit(Kind::Role, QStringLiteral("r1")), hit(Kind::Skill, QStringLiteral("s1")),
                       hit(Kind::Skill, QStringLiteral("s2")), hit(Kind::Step, QStringLiteral("p/1"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.hitCount(), 4);
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Skills (2)"));
        QVERIFY(model.index(1, 0).data(cg::SearchResultModel::IsGroupRole).toBool());
        QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsSelectable));
        const QModelIndex s2 = model.index(1, 0, model.index(1, 0));
        QCOMPARE(s2.data().toString(), QStringLiteral("S2"));
        QCOMPARE(s2.siblingAtColumn(cg::SearchResultModel::ContextColumn).data().toString(),
                 QStringLiteral("about s2"));
        QCOMPARE(s2.data(cg::SearchResultModel::RefRole).toString(), QStringLiteral("s2"));
        QCOMPARE(s2.data(cg::SearchResultModel::KindRole).toInt(), int(Kind::Skill));
        QVERIFY(model.flags(s2) & Qt::ItemIsSelectable);
        QCOMPARE(model.hitAt(s2).ref, QStringLiteral("s2"));
        QCOMPARE(model.parent(s2), model.index(1, 0));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void totalsBeyondTheShownHits()
    {
        cg::SearchResultModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        int totals[SearchHit::KindCount] = {};
        totals[int(Kind::Skill)] = 12;
        model.setHits({hit(Kind::Skill, QStringLiteral("a")), hit(Kind::Skill, QStringLiteral("b"))}, totals);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Skills (2 of 12)"));
    }

    // Typing one more letter changes rows in place: no reset, only the rows that differ come and go.
    void updatesInPlace()
    {
        cg::SearchResultModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setHits({hit(Kind::Role, QStringLiteral("r1")), hit(Kind::Skill, QStringLiteral("s1")),
                       hit(Kind::Skill, QStringLiteral("s2")), hit(Kind::Skill, QStringLiteral("s3"))});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex skills = model.index(1, 0);

        // Roles vanish, one skill fewer, one skill different, a resource appears.
        model.setHits({hit(Kind::Skill, QStringLiteral("s1")), hit(Kind::Skill, QStringLiteral("sX")),
                       hit(Kind::Resource, QStringLiteral("res"))});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(skills.isValid());
        QCOMPARE(skills.row(), 0);
        QCOMPARE(model.rowCount(skills), 2);
        QCOMPARE(model.index(1, 0, skills).data(cg::SearchResultModel::RefRole).toString(), QStringLiteral("sX"));
        QCOMPARE(model.index(1, 0).data(cg::SearchResultModel::KindRole).toInt(), int(Kind::Resource));
        QCOMPARE(removed.count(), 2);  // the roles group, the third skill
        QCOMPARE(inserted.count(), 1); // the resources group
        QVERIFY(changed.count() >= 1); // the second skill and the group's count

        // The same hits again change nothing.
        inserted.clear();
        removed.clear();
        changed.clear();
        model.setHits({hit(Kind::Skill, QStringLiteral("s1")), hit(Kind::Skill, QStringLiteral("sX")),
                       hit(Kind::Resource, QStringLiteral("res"))});
        QCOMPARE(inserted.count() + removed.count() + changed.count(), 0);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void neighbourHitSkipsGroups()
    {
        cg::SearchResultModel model;
        model.setHits({hit(Kind::Role, QStringLiteral("r1")), hit(Kind::Skill, QStringLiteral("s1")),
                       hit(Kind::Skill, QStringLiteral("s2"))});
        const QModelIndex first = model.firstHit();
        QCOMPARE(model.hitAt(first).ref, QStringLiteral("r1"));
        const QModelIndex second = model.neighbourHit(first, 1);
        QCOMPARE(model.hitAt(second).ref, QStringLiteral("s1"));
        QCOMPARE(model.hitAt(model.neighbourHit(second, 1)).ref, QStringLiteral("s2"));
        QCOMPARE(model.hitAt(model.neighbourHit(model.neighbourHit(second, 1), 1)).ref, QStringLiteral("s2"));
        QCOMPARE(model.hitAt(model.neighbourHit(second, -5)).ref, QStringLiteral("r1"));
        QCOMPARE(model.hitAt(model.neighbourHit({}, -1)).ref, QStringLiteral("s2"));
        QCOMPARE(model.hitAt(model.neighbourHit(model.index(1, 0), 1)).ref, QStringLiteral("r1"));
        cg::SearchResultModel empty;
        QVERIFY(!empty.neighbourHit({}, 1).isValid());
        QVERIFY(!empty.firstHit().isValid());
    }

    // Real searches, one keystroke at a time, under the tester.
    void followsTyping()
    {
        cg::ContentDatabase content;
        QVERIFY(content.open(cg::test::contentDatabasePath()));
        const cg::SearchRepository search(content.database());
        cg::SearchResultModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString typed = QStringLiteral("postgresql database");
        for (int i = 1; i <= typed.size(); ++i) {
            const auto result = search.search(typed.left(i));
            model.setHits(result.hits, result.totals);
            QCOMPARE(model.hitCount(), result.hits.size());
        }
        QCOMPARE(reset.count(), 0);
        for (int i = typed.size(); i >= 0; --i) {
            const auto result = search.search(typed.left(i));
            model.setHits(result.hits, result.totals);
        }
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "TestSearchResultModel.moc"
