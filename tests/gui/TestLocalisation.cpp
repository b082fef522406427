// The real window in Spanish, Hindi and the dark theme: translated, formatted for the language, and pictured.
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "TestSupport.h"
#include "ThemeManager.h"
#include "Translations.h"
#include "WidgetTestSupport.h"
#include "money/Money.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

class TestLocalisation : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;

    void pictureEveryTab(const QString& suffix, QStringList* tabTexts, QStringList* menuTitles)
    {
        m_app.forgetSettings();
        QString error;
        QVERIFY2(m_app.showWindow(&error), qPrintable(error));
        cg::MainWindow& window = m_app.window();
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        const QStringList names{QStringLiteral("roles"), QStringLiteral("skills"), QStringLiteral("salaries"),
                                QStringLiteral("learning-path")};
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTRY_VERIFY(cg::test::shownRows(tabs->currentWidget()) > 0);
            tabTexts->append(tabs->tabText(i));
            const QString path = cg::test::artifactPath(QStringLiteral("tab-%1-%2.png").arg(names.at(i), suffix));
            QVERIFY2(window.grab().save(path), qPrintable(path));
        }
        for (QAction* action : window.menuBar()->actions())
            menuTitles->append(action->text());
        m_app.closeWindow(); // before the language or theme changes
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_app.open(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_app.closeWindow();
        cg::Translations::install(*qApp, QStringLiteral("en"));
        cg::ThemeManager::apply(cg::Theme::System);
    }

    void translatedWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Spanish") << "es";
        QTest::newRow("Hindi") << "hi";
    }

    void translatedWindow()
    {
        QFETCH(QString, language);
        QVERIFY2(cg::Translations::available().contains(language),
                 qPrintable(cg::Translations::available().join(u',')));

        QStringList englishTabs, englishMenus;
        cg::Translations::install(*qApp, QStringLiteral("en"));
        pictureEveryTab(QStringLiteral("en"), &englishTabs, &englishMenus);

        const QLocale locale = cg::Translations::install(*qApp, language);
        QCOMPARE(locale.name().left(2), language);
        QCOMPARE(QLocale().name(), locale.name());
        QStringList tabs, menus;
        pictureEveryTab(language, &tabs, &menus);
        QCOMPARE(tabs.size(), 4);
        for (int i = 0; i < tabs.size(); ++i) {
            QVERIFY2(tabs.at(i) != englishTabs.at(i), qPrintable(tabs.at(i)));
            QVERIFY2(tabs.at(i).contains(u'&'), qPrintable(tabs.at(i))); // still reachable by Alt+letter
        }
        for (int i = 0; i < menus.size(); ++i)
            QVERIFY2(menus.at(i) != englishMenus.at(i), qPrintable(menus.at(i)));
        // Money follows the language's conventions: the figure is the same, the grouping is the locale's.
        const QString formatted = cg::Money(10536600, QStringLiteral("USD")).format(QLocale());
        QVERIFY2(formatted.contains(QLocale().toString(105366)), qPrintable(formatted));
    }

    void darkTheme()
    {
        cg::ThemeManager::apply(cg::Theme::Dark);
        QVERIFY(cg::ThemeManager::isDark(QApplication::palette()));
        QStringList tabs, menus;
        pictureEveryTab(QStringLiteral("dark"), &tabs, &menus);
        cg::ThemeManager::apply(cg::Theme::Light);
        QVERIFY(!cg::ThemeManager::isDark(QApplication::palette()));
    }
};

QTEST_MAIN(TestLocalisation)
#include "TestLocalisation.moc"
