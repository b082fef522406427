#include "ProgressStatusDelegate.h"

#include "plan/StepProgress.h"

#include <QComboBox>

namespace cg {

QWidget* ProgressStatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                              const QModelIndex& /*index*/) const
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Step status"));
    for (int status = 0; status < StepProgress::StatusCount; ++status)
        combo->addItem(StepProgress::displayName(StepProgress::Status(status)), status);
    connect(combo, &QComboBox::activated, this, [this, combo] {
        // createEditor() is const, but telling the view to take the value changes nothing in the delegate.
        auto* self = const_cast<ProgressStatusDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo, QAbstractItemDelegate::NoHint);
    });
    return combo;
}

void ProgressStatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const int row = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(row >= 0 ? row : 0);
}

void ProgressStatusDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace cg
