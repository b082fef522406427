#pragma once

#include <QStyledItemDelegate>

namespace cg {

// Edits a step's note in one line that takes at most StepProgress::MaxNoteLength characters, and says so when
// typing or pasting reaches the limit instead of cutting the text without a word.
class NoteDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace cg
