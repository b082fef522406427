#include "LazyTabPage.h"

#include <QVBoxLayout>

namespace cg {

LazyTabPage::LazyTabPage(Factory factory, QWidget* parent) : QWidget(parent), m_factory(std::move(factory))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* LazyTabPage::content()
{
    if (!m_content) {
        m_content = m_factory(this);
        m_factory = nullptr;
        layout()->addWidget(m_content);
        setFocusProxy(m_content);
        // Built during the page's Show event, after Qt has shown the children it had: show this one too. Built
        // while the page is hidden, it is then shown with it.
        m_content->show();
    }
    return m_content;
}

void LazyTabPage::showEvent(QShowEvent* event)
{
    // Built before the page is laid out, so its first paint already shows the content.
    content();
    QWidget::showEvent(event);
}

} // namespace cg
