// The fit ranking's and the career moves' item models, under QAbstractItemModelTester: what each column shows,
// the order the fit column sorts in, the filter and the roles-only toggle, and a new ranking changing rows in place.
#include "models/CareerFitFilterProxyModel.h"
#include "models/CareerFitModel.h"
#include "models/CareerMoveModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Kind = cg::CatalogueEntry::Kind;

namespace {

cg::CareerFitEntry entry(Kind kind, const QString& key, const QString& title, cg::FitScore score,
                         const QStringList& gaps, const QString& median)
{
    cg::CareerFitEntry entry;
    entry.kind = kind;
    entry.key = key;
    entry.title = title;
    entry.score = score;
    entry.topGaps = gaps;
    if (!median.isEmpty()) {
        entry.pay.annualMedian = median;
        entry.pay.sourceId = QStringLiteral("bls-oews-2024");
        entry.pay.sourceTitle = QStringLiteral("OEWS May 2024");
        entry.pay.asOf = QStringLiteral("2024-05");
        entry.pay.occupationCode = key;
    }
    return entry;
}

// In ranking order: 71.449% and 5/7 both show as 71%, the first is exactly more.
QList<cg::CareerFitEntry> ranking()
{
    return {
        entry(Kind::Occupation, QStringLiteral("44-4444.00"), QStringLiteral("Zz occupation"),
              cg::FitScore(71449, 100000), {QStringLiteral("Q")}, QStringLiteral("*")),
        entry(Kind::Role, QStringLiteral("zeta"), QStringLiteral("Zeta role"), cg::FitScore(5, 7),
              {QStringLiteral("F")}, QStringLiteral("100000")),
        entry(Kind::Role, QStringLiteral("alpha"), QStringLiteral("Alpha role"), cg::FitScore(10, 10), {},
              QStringLiteral("#")),
        entry(Kind::Occupation, QStringLiteral("22-2222.00"), QStringLiteral("Delta occupation"), cg::FitScore(), {},
              QString()),
    };
}

} // namespace

class TestCareerFitModels : public QObject
{
    Q_OBJECT

private slots:
    void fitModelShows()
    {
        cg::CareerFitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEntries(ranking());
        QCOMPARE(model.rowCount(), 4);
        const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, cg::CareerFitModel::FitColumn), QStringLiteral("71%"));
        QCOMPARE(text(1, cg::CareerFitModel::FitColumn), QStringLiteral("71%"));
        QCOMPARE(text(2, cg::CareerFitModel::GapsColumn), QStringLiteral("none"));
        QCOMPARE(text(3, cg::CareerFitModel::FitColumn), QStringLiteral("not rated"));
        QCOMPARE(text(3, cg::CareerFitModel::GapsColumn), QString());
        QCOMPARE(text(3, cg::CareerFitModel::PayColumn), QStringLiteral("not published"));
        QCOMPARE(text(1, cg::CareerFitModel::KindColumn), QStringLiteral("Role"));
        QVERIFY(model.index(1, cg::CareerFitModel::PayColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2024-05")));
        QCOMPARE(model.rowOf(QStringLiteral("alpha")), 2);
    }

    void newRankingChangesRowsInPlace()
    {
        cg::CareerFitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEntries(ranking());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<cg::CareerFitEntry> again = ranking();
        std::swap(again[0], again[1]);
        model.setEntries(again);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.entryAt(0).key, QStringLiteral("zeta"));
        model.setEntries(ranking().mid(0, 2));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void proxySortsAndFilters()
    {
        cg::CareerFitModel model;
        cg::CareerFitFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEntries(ranking());
        const auto keys = [&proxy] {
            QStringList keys;
            for (int row = 0; row < proxy.rowCount(); ++row)
                keys.append(proxy.index(row, 0).data(cg::CareerFitModel::KeyRole).toString());
            return keys;
        };
        // Best fit first by the exact ranking, though two show 71%.
        proxy.sort(cg::CareerFitModel::FitColumn, Qt::DescendingOrder);
        QCOMPARE(keys(), (QStringList{QStringLiteral("44-4444.00"), QStringLiteral("zeta"), QStringLiteral("alpha"),
                                      QStringLiteral("22-2222.00")}));
        // Pay: '#' above every number, none below.
        proxy.sort(cg::CareerFitModel::PayColumn, Qt::DescendingOrder);
        QCOMPARE(keys().first(), QStringLiteral("alpha"));
        QCOMPARE(keys().at(1), QStringLiteral("zeta"));
        proxy.sort(cg::CareerFitModel::FitColumn, Qt::DescendingOrder);

        proxy.setRolesOnly(true);
        QCOMPARE(keys(), (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha")}));
        proxy.setRolesOnly(false);
        proxy.setText(QStringLiteral("OCCUPATION"));
        QCOMPARE(keys(), (QStringList{QStringLiteral("44-4444.00"), QStringLiteral("22-2222.00")}));
        proxy.setText(QStringLiteral("22-22"));
        QCOMPARE(keys(), QStringList{QStringLiteral("22-2222.00")});
    }

    void moveModelShows()
    {
        cg::CareerMoveModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QList<cg::CareerFitEntry> fits = ranking();
        QList<cg::CareerMove> moves;
        moves.append(
            {{QStringLiteral("22-2222.00"), QStringLiteral("Delta occupation"), QStringLiteral("Primary-Short"), true},
             fits.at(3),
             cg::PayChange()});
        moves.append(
            {{QStringLiteral("99-9999.00"), QStringLiteral("Elsewhere"), QStringLiteral("Supplemental"), false},
             cg::CareerFitEntry(),
             cg::PayChange()});
        moves.append(
            {{QStringLiteral("44-4444.00"), QStringLiteral("Zz occupation"), QStringLiteral("Primary-Long"), true},
             fits.at(0),
             cg::PayChange::between(QStringLiteral("100000"), QStringLiteral("#"))});
        model.setMoves(moves);
        const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, cg::CareerMoveModel::TierColumn), QStringLiteral("Primary, short move"));
        QCOMPARE(text(0, cg::CareerMoveModel::ChangeColumn), QStringLiteral("unknown"));
        QCOMPARE(text(1, cg::CareerMoveModel::FitColumn), QStringLiteral("not in this guide"));
        QVERIFY(!model.index(1, 0).data(cg::CareerMoveModel::AvailableRole).toBool());
        QCOMPARE(text(2, cg::CareerMoveModel::FitColumn), QStringLiteral("71%"));
        QVERIFY(text(2, cg::CareerMoveModel::ChangeColumn).startsWith(QStringLiteral("at least +$")));
        QCOMPARE(model.index(2, 0).data(cg::CareerMoveModel::CodeRole).toString(), QStringLiteral("44-4444.00"));
    }
};

QTEST_GUILESS_MAIN(TestCareerFitModels)
#include "TestCareerFitModels.moc"
