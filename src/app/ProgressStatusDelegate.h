#pragma once

#include <QStyledItemDelegate>

namespace cg {

// Edits a step's status (not started, in progress, done, skipped) with a combo box, and saves as soon as a status
// is picked rather than when the cell loses focus. Its column is as wide as that combo box needs for the longest
// status, so neither the cell nor the editor cuts a status short, whichever one a step has now.
class ProgressStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace cg
