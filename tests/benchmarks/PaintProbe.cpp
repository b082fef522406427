#include "PaintProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace cg::bench {

PaintProbe::PaintProbe()
{
    qApp->installEventFilter(this);
}

PaintProbe::~PaintProbe()
{
    qApp->removeEventFilter(this);
}

void PaintProbe::arm(const QWidget* scope)
{
    m_scope = scope;
    m_painted = false;
}

bool PaintProbe::waitForPaint()
{
    QElapsedTimer timer;
    timer.start();
    // Spinning rather than waiting for events: the paint is already queued, and a blocking wait would add the
    // event dispatcher's wake-up latency to every sample.
    while (!m_painted) {
        if (timer.elapsed() > TimeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    return true;
}

void PaintProbe::settle()
{
    bool done = false;
    QTimer::singleShot(0, this, [&done] { done = true; });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < TimeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    // Whatever the queued work changed on screen.
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

bool PaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted && m_scope && watched->isWidgetType()) {
        const auto* widget = static_cast<const QWidget*>(watched);
        m_painted = widget == m_scope || m_scope->isAncestorOf(widget);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cg::bench
