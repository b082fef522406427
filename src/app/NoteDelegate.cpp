#include "NoteDelegate.h"

#include "plan/StepProgress.h"

#include <QLineEdit>
#include <QLocale>
#include <QToolTip>

namespace cg {

QWidget* NoteDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                    const QModelIndex& /*index*/) const
{
    auto* editor = new QLineEdit(parent);
    editor->setFrame(false);
    editor->setAccessibleName(tr("Note"));
    editor->setMaxLength(StepProgress::MaxNoteLength);
    const QString limit = tr("A note holds up to %1 characters; the rest was not added.")
                              .arg(QLocale().toString(StepProgress::MaxNoteLength));
    editor->setToolTip(tr("Up to %1 characters").arg(QLocale().toString(StepProgress::MaxNoteLength)));
    connect(editor, &QLineEdit::inputRejected, editor, [editor, limit] {
        if (editor->text().size() >= editor->maxLength())
            QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), limit, editor);
    });
    return editor;
}

} // namespace cg
