// Every focusable widget of every tab and dialog has an accessible name and description, as a screen reader would
// read them (its own name, its text, or the label it is the buddy of; its description or tooltip), and every tab is
// reachable from the keyboard.
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"

#include <QAccessible>
#include <QDialog>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;

    static QString describe(const QWidget* widget)
    {
        QStringList chain;
        for (const QWidget* w = widget; w; w = w->parentWidget())
            chain.prepend(
                QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
        return chain.join(QStringLiteral(" > "));
    }

    // Widgets Qt builds inside its own composite widgets (a tab widget's bar, tab-bar scroll arrows, spin-box line
    // edits) are named by their owner; everything else that takes keyboard focus must have a name of its own.
    static bool isInternal(const QWidget* widget)
    {
        const QWidget* parent = widget->parentWidget();
        return parent && ((qobject_cast<const QTabBar*>(widget) && parent->inherits("QTabWidget")) ||
                          qobject_cast<const QTabBar*>(parent) || parent->inherits("QAbstractSpinBox") ||
                          parent->inherits("QComboBox") || parent->inherits("QCalendarWidget"));
    }

    static QStringList unnamedFocusable(QWidget* root)
    {
        QStringList missing;
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || isInternal(widget))
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                missing.append(QStringLiteral("no name: ") + describe(widget));
            // Qt reads the tooltip when no description is set; one or the other must say what the widget does.
            const QString description = accessible ? accessible->text(QAccessible::Description).trimmed() : QString();
            if (description.isEmpty())
                missing.append(QStringLiteral("no description: ") + describe(widget));
        }
        return missing;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_app.open(&error), qPrintable(error));
    }

    void cleanup() { m_app.closeWindow(); }

    void everyFocusableWidgetIsNamed()
    {
        m_app.forgetSettings();
        QString error;
        QVERIFY2(m_app.showWindow(&error), qPrintable(error));
        cg::MainWindow& window = m_app.window();
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QStringList missing;
        int checked = 0;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTRY_VERIFY(cg::test::shownRows(tabs->currentWidget()) > 0);
            const QStringList unnamed = unnamedFocusable(&window);
            for (const QString& entry : unnamed) {
                if (!missing.contains(entry))
                    missing.append(entry);
            }
            checked += int(tabs->currentWidget()->findChildren<QWidget*>().size());
        }
        QVERIFY(checked > 20);
        for (const QString& entry : missing) // one line each: the failure message below is cut at a fixed length
            qWarning("%s", qPrintable(entry));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("focusable widgets without an accessible name or description:\n") +
                            missing.join(u'\n')));
    }

    void labelsThatShowValuesExposeThem()
    {
        // A screen reader reads a label's accessible name; one set by hand replaces the label's text, so a label
        // showing a count or a summary would be read without it. What such a label is goes into its description.
        m_app.forgetSettings();
        QString error;
        QVERIFY2(m_app.showWindow(&error), qPrintable(error));
        cg::MainWindow& window = m_app.window();
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QStringList hidden;
        int labels = 0;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTRY_VERIFY(cg::test::shownRows(tabs->currentWidget()) > 0);
            for (QLabel* label : tabs->currentWidget()->findChildren<QLabel*>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                ++labels;
                if (!label->accessibleName().isEmpty())
                    hidden.append(describe(label) + QStringLiteral(": ") + label->accessibleName());
            }
        }
        QVERIFY(labels > 10);
        QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(u'\n')));

        // The count on the Roles tab is read with its number, and says what it counts.
        tabs->setCurrentIndex(cg::MainWindow::RolesIndex);
        auto* count = tabs->widget(cg::MainWindow::RolesIndex)->findChild<QLabel*>(QStringLiteral("countLabel"));
        QVERIFY(count);
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(count);
        QVERIFY(accessible);
        const QString name = accessible->text(QAccessible::Name);
        QVERIFY2(name.contains(QStringLiteral("1,024")), qPrintable(name));
        QVERIFY(!accessible->text(QAccessible::Description).isEmpty());
    }

    void everyDialogFromTheMenusIsNamed()
    {
        m_app.forgetSettings();
        QString error;
        QVERIFY2(m_app.showWindow(&error), qPrintable(error));
        cg::MainWindow& window = m_app.window();
        const QStringList actions{QStringLiteral("actionSources"), QStringLiteral("actionTips")};
        for (const QString& name : actions) {
            auto* action = window.findChild<QAction*>(name);
            QVERIFY2(action, qPrintable(name));
            QStringList missing;
            bool seen = false;
            // The dialog is modal: inspect it from inside its event loop, then close it.
            QTimer::singleShot(200, &window, [&] {
                for (QWidget* top : QApplication::topLevelWidgets()) {
                    auto* dialog = qobject_cast<QDialog*>(top);
                    if (!dialog || !dialog->isVisible())
                        continue;
                    seen = true;
                    missing += unnamedFocusable(dialog);
                    dialog->reject();
                }
            });
            action->trigger();
            QVERIFY2(seen, qPrintable(name));
            for (const QString& entry : missing)
                qWarning("%s", qPrintable(entry));
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
        }
    }

    void tabsAreReachableByShortcutAndMnemonic()
    {
        m_app.forgetSettings();
        QString error;
        QVERIFY2(m_app.showWindow(&error), qPrintable(error));
        cg::MainWindow& window = m_app.window();
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            QVERIFY2(tabs->tabText(i).contains(u'&'), qPrintable(tabs->tabText(i)));
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(tabs->currentIndex(), i);
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
