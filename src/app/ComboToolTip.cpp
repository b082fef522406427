#include "ComboToolTip.h"

#include <QComboBox>
#include <QHelpEvent>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolTip>

namespace cg {

void ComboToolTip::install(QComboBox* combo)
{
    if (combo->findChild<ComboToolTip*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    combo->installEventFilter(new ComboToolTip(combo));
}

void ComboToolTip::installOnAll(const QWidget* root)
{
    for (QComboBox* combo : root->findChildren<QComboBox*>())
        install(combo);
}

bool ComboToolTip::isCut(const QComboBox* combo)
{
    const QString text = combo->currentText();
    if (text.isEmpty())
        return false;
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    option.currentText = text;
    const QRect field =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    int needed = combo->fontMetrics().horizontalAdvance(text);
    if (!combo->itemIcon(combo->currentIndex()).isNull())
        needed += combo->iconSize().width() + 4;
    // A line edit keeps a little room either side of its text.
    return needed > field.width() - (combo->isEditable() ? 4 : 0);
}

bool ComboToolTip::eventFilter(QObject* watched, QEvent* event)
{
    auto* combo = qobject_cast<QComboBox*>(watched);
    if (!combo || event->type() != QEvent::ToolTip || !isCut(combo))
        return QObject::eventFilter(watched, event);
    const QString own = combo->toolTip();
    const QString text = own.isEmpty() ? combo->currentText() : combo->currentText() + QStringLiteral("\n\n") + own;
    QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), text, combo);
    return true;
}

} // namespace cg
