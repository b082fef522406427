#include "ProgressStatusDelegate.h"

#include "ComboToolTip.h"
#include "plan/StepProgress.h"

#include <QApplication>
#include <QComboBox>
#include <QStyleOptionComboBox>

namespace cg {

QWidget* ProgressStatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                              const QModelIndex& /*index*/) const
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Step status"));
    ComboToolTip::install(combo);
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

QSize ProgressStatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QWidget* view = option.widget;
    const QStyle* style = view ? view->style() : QApplication::style();
    int widest = 0;
    for (int status = 0; status < StepProgress::StatusCount; ++status)
        widest =
            qMax(widest, option.fontMetrics.horizontalAdvance(StepProgress::displayName(StepProgress::Status(status))));
    // The editor's frame, arrow and margins around the longest status, as the style sizes a combo box.
    QStyleOptionComboBox combo;
    if (view)
        combo.initFrom(view);
    combo.rect = option.rect;
    combo.fontMetrics = option.fontMetrics;
    const QSize editor =
        style->sizeFromContents(QStyle::CT_ComboBox, &combo, QSize(widest, option.fontMetrics.height()), view);
    size.setWidth(qMax(size.width(), editor.width()));
    return size;
}

} // namespace cg
