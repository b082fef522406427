// A read of the content that fails while the app runs — the file changed or damaged under it — is shown as a
// message, once per reason, rather than as a page that is silently empty or half filled.
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MessageBoxes.h"
#include "TestSupport.h"
#include "repositories/RoleRepository.h"

#include <QStatusBar>
#include <QTest>

class TestContentReadErrors final : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;
    QString m_contentPath;
    QStringList m_messages;

private slots:
    void initTestCase()
    {
        m_contentPath = cg::test::copyOfContentDatabase(m_app.scratchPath(QStringLiteral("content.sqlite")));
        QVERIFY(!m_contentPath.isEmpty());
        QString error;
        QVERIFY2(m_app.open(&error, m_contentPath), qPrintable(error));
        cg::MessageBoxes::setHandler(
            [this](cg::MessageBoxes::Kind, const QString&, const QString& text) { m_messages.append(text); });
    }

    void cleanupTestCase()
    {
        m_app.closeWindow();
        cg::MessageBoxes::setHandler({});
    }

    void aFailedReadIsShownOnce()
    {
        const QList<cg::RoleSummary> roles = cg::RoleRepository(m_app.content().database()).all();
        QVERIFY(roles.size() >= 3);
        QString error;
        QVERIFY2(m_app.showWindow(&error), qPrintable(error));
        cg::MainWindow& window = m_app.window();
        QCoreApplication::processEvents();
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));

        // Another program changes the file under the running app.
        QVERIFY(cg::test::execute(m_contentPath, QStringLiteral("DROP TABLE role_fact")));
        window.jumpTo(QStringLiteral("role"), roles.at(1).slug);
        QTRY_COMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.constFirst().contains(QStringLiteral("no such table: role_fact")),
                 qPrintable(m_messages.constFirst()));

        // The same failure again goes to the status bar, not to another message box.
        window.jumpTo(QStringLiteral("role"), roles.at(2).slug);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("no such table: role_fact")));
        QCOMPARE(m_messages.size(), 1);
    }
};

QTEST_MAIN(TestContentReadErrors)
#include "TestContentReadErrors.moc"
