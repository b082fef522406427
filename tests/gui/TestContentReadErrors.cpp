// A read of the content that fails while the app runs — the file changed or damaged under it — is shown as a
// message, once per reason, rather than as a page that is silently empty or half filled.
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "database/UserDatabase.h"
#include "repositories/RoleRepository.h"
#include "settings/Settings.h"

#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestContentReadErrors final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_contentPath;
    cg::ContentDatabase m_content;
    cg::UserDatabase m_user;
    QStringList m_messages;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_contentPath = cg::test::copyOfContentDatabase(m_dir.filePath(QStringLiteral("content.sqlite")));
        QVERIFY(!m_contentPath.isEmpty());
        QVERIFY2(m_content.open(m_contentPath), qPrintable(m_content.errorString()));
        QVERIFY2(m_user.open(m_dir.filePath(QStringLiteral("user.sqlite"))), qPrintable(m_user.errorString()));
        cg::MessageBoxes::setHandler(
            [this](cg::MessageBoxes::Kind, const QString&, const QString& text) { m_messages.append(text); });
    }

    void cleanupTestCase() { cg::MessageBoxes::setHandler({}); }

    void aFailedReadIsShownOnce()
    {
        const QList<cg::RoleSummary> roles = cg::RoleRepository(m_content.database()).all();
        QVERIFY(roles.size() >= 3);
        cg::Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        cg::MainWindow window(m_content, m_user, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
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
