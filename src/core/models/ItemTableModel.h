#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace cg {

// A flat table with one row per item and a fixed set of titled columns: the row and column counts and the
// horizontal header such a model shares. A subclass says how many items it holds and what its columns are called.
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    // The horizontal header: columnTitles() for Qt::DisplayRole, columnToolTip() for Qt::ToolTipRole.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

protected:
    ItemTableModel(int columnCount, QObject* parent);

    virtual int itemCount() const = 0;
    // The title of every column, in column order.
    virtual QStringList columnTitles() const = 0;
    // The tooltip of a column's header; none unless a subclass gives one.
    virtual QVariant columnToolTip(int column) const;
    // The Qt::TextAlignmentRole of a cell: numbers are aligned right, anything else as the view likes.
    static QVariant numberAlignment(bool isNumber);
    // Tells views that every cell may show something else (progress, today's date, …), when there are any.
    void allCellsChanged();

private:
    const int m_columnCount;
};

} // namespace cg
