#include "EmptyFilterNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cg {

EmptyFilterNotice::EmptyFilterNotice(const QString& message, const QString& buttonText, QWidget* parent)
    : QFrame(parent), m_label(new QLabel(message, this)), m_button(new QPushButton(buttonText, this))
{
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_button->setAccessibleDescription(message);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button, 0, Qt::AlignVCenter);
    connect(m_button, &QPushButton::clicked, this, &EmptyFilterNotice::clearRequested);
    hide();
}

void EmptyFilterNotice::setEmpty(bool empty)
{
    if (empty == isVisibleTo(parentWidget()))
        return;
    const bool hadFocus = m_button->hasFocus();
    setVisible(empty);
    // The person who cleared the filters from the keyboard keeps the keyboard in the list's pane.
    if (!empty && hadFocus && parentWidget())
        parentWidget()->setFocus();
}

QString EmptyFilterNotice::message() const
{
    return m_label->text();
}

} // namespace cg
