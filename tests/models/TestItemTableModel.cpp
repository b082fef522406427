// ItemTableModel: the counts, the horizontal header and the change signal every flat table model shares.
#include "models/ItemTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using cg::ItemTableModel;

namespace {
// Three columns over a list of numbers; the middle one has a header tooltip.
class NumberTable final : public ItemTableModel
{
public:
    NumberTable() : ItemTableModel(3, nullptr) {}

    void setNumbers(const QList<int>& numbers)
    {
        beginResetModel();
        m_numbers = numbers;
        endResetModel();
    }
    void touchAll() { allCellsChanged(); }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        if (role == Qt::DisplayRole)
            return m_numbers.at(index.row()) * (index.column() + 1);
        if (role == Qt::TextAlignmentRole)
            return numberAlignment(index.column() != 0);
        return {};
    }

private:
    int itemCount() const override { return int(m_numbers.size()); }
    QStringList columnTitles() const override
    {
        return {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")};
    }
    QVariant columnToolTip(int column) const override
    {
        return column == 1 ? QVariant(QStringLiteral("Twice")) : QVariant();
    }

    QList<int> m_numbers;
};
} // namespace

class TestItemTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void countsOnlyAtTheTop()
    {
        NumberTable model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 3);
        model.setNumbers({1, 2, 3, 4});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
        QCOMPARE(model.data(model.index(3, 2), Qt::DisplayRole).toInt(), 12);
    }

    void horizontalHeader()
    {
        NumberTable model;
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("One"));
        QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Three"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("Twice"));
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::FontRole).isValid());
        QVERIFY(!model.headerData(3, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }

    void numbersAlignRight()
    {
        NumberTable model;
        model.setNumbers({5});
        QCOMPARE(model.data(model.index(0, 1), Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.data(model.index(0, 0), Qt::TextAlignmentRole).isValid());
    }

    void allCellsChangedCoversTheTableAndOnlyWhenThereAreRows()
    {
        NumberTable model;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.touchAll();
        QCOMPARE(changed.size(), 0);
        model.setNumbers({1, 2});
        model.touchAll();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, 2));
    }
};

QTEST_GUILESS_MAIN(TestItemTableModel)
#include "TestItemTableModel.moc"
