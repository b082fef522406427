#pragma once

#include <QStyledItemDelegate>

namespace cg {

// Edits a step's status (not started, in progress, done, skipped) with a combo box, and saves as soon as a status
// is picked rather than when the cell loses focus.
class ProgressStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace cg
