#pragma once

#include "TestSupport.h"

#include <QAbstractItemView>
#include <QTest>
#include <QWidget>

// For GUI tests: finding a form's widgets by name, and saving pictures for people to look at.
namespace cg::test {

// The named child of a widget. A test cannot go on without it, so a missing one ends the run, naming it.
template <typename T> T* child(const QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

// The rows that a page's item views show now: a page whose data has arrived shows some.
inline int shownRows(const QWidget* page)
{
    int rows = 0;
    for (const QAbstractItemView* view : page->findChildren<QAbstractItemView*>())
        rows += view->model() ? view->model()->rowCount() : 0;
    return rows;
}

// Waits until the widget has painted itself anew, so that what a picture or a check reads is what is on screen
// (layouts settled, queued updates drawn). False when it did not paint within five seconds.
inline bool waitForRepaint(QWidget* widget)
{
    struct PaintSpy : QObject
    {
        bool painted = false;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Paint)
                painted = true;
            return QObject::eventFilter(watched, event);
        }
    } spy;
    widget->installEventFilter(&spy);
    widget->update();
    const bool painted = QTest::qWaitFor([&spy] { return spy.painted; }, 5000);
    widget->removeEventFilter(&spy);
    return painted;
}

// A picture of the widget as drawn now, in test-artifacts/.
inline void save(QWidget* widget, const QString& fileName)
{
    const QString path = artifactPath(fileName);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

} // namespace cg::test
