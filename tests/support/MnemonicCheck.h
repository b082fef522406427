#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

// For GUI tests: every Alt+letter on a visible page means one thing — menus, main tabs, labels and buttons together.
namespace cg::test {

// The mnemonic letter of a text ("&File" -> 'f'); "&&" is a literal ampersand.
inline QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

// Records a test failure for a clash, or for a label with a mnemonic but no named buddy to move to.
inline void checkMnemonics(QMainWindow* window, QWidget* page)
{
    QHash<QChar, QString> seen;
    const auto claim = [&](const QString& text, const QString& owner) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            return;
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("Alt+%1: %2 and %3").arg(key, seen.value(key), owner)));
        seen.insert(key, owner);
    };
    for (QAction* menu : window->menuBar()->actions())
        claim(menu->text(), menu->text());
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i)
        claim(tabs->tabText(i), tabs->tabText(i));
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (mnemonic(label->text()).isNull())
            continue;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
        QVERIFY2(!label->buddy()->accessibleName().isEmpty(), qPrintable(label->text()));
        claim(label->text(), label->text());
    }
    for (QAbstractButton* button : page->findChildren<QAbstractButton*>())
        claim(button->text(), button->text());
}

} // namespace cg::test
