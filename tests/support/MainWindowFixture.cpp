#include "MainWindowFixture.h"

#include "MainWindow.h"
#include "TestSupport.h"
#include "settings/Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace cg::test {

namespace {
// Several fixtures may exist one after another in a process; each needs connections of its own.
QString connectionName(const char* kind)
{
    static int counter = 0;
    return QStringLiteral("fixture-%1-%2").arg(QLatin1String(kind)).arg(++counter);
}
} // namespace

MainWindowFixture::MainWindowFixture() : m_content(connectionName("content")) {}

MainWindowFixture::~MainWindowFixture()
{
    m_window.reset();
}

bool MainWindowFixture::open(QString* error, const QString& contentDb)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    if (!m_content.open(contentDb.isEmpty() ? contentDatabasePath() : contentDb)) {
        *error = m_content.errorString();
        return false;
    }
    return reopenUserDatabase(error);
}

Settings& MainWindowFixture::settings()
{
    if (!m_settings)
        m_settings = std::make_unique<Settings>(settingsPath());
    return *m_settings;
}

void MainWindowFixture::createWindow(int tab, QSize size)
{
    closeWindow();
    m_window = std::make_unique<MainWindow>(m_content, *m_user, settings());
    if (size.isValid())
        m_window->resize(size);
    if (tab >= 0)
        m_window->showTab(MainWindow::Tab(tab));
}

bool MainWindowFixture::showWindow(QString* error, int tab, QSize size)
{
    createWindow(tab, size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        *error = QStringLiteral("the main window was never exposed");
        return false;
    }
    return true;
}

bool MainWindowFixture::showWindowAtRest(QString* error, int tab, QSize size)
{
    createWindow(tab, size);
    QSignalSpy painted(m_window.get(), &MainWindow::firstPaint);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || (painted.isEmpty() && !painted.wait(10000))) {
        *error = QStringLiteral("the main window was never painted");
        return false;
    }
    // Let whatever start-up queued for later run, so measurements start from a window at rest.
    QTest::qWait(50);
    return true;
}

void MainWindowFixture::closeWindow()
{
    m_window.reset();
    // Settings are read once per window, as once per start of the app.
    if (m_settings)
        m_settings->sync();
    m_settings.reset();
}

bool MainWindowFixture::reopenUserDatabase(QString* error)
{
    closeWindow();
    m_user.reset();
    m_user = std::make_unique<UserDatabase>(connectionName("user"));
    if (!m_user->open(userPath())) {
        *error = m_user->errorString();
        return false;
    }
    return true;
}

bool MainWindowFixture::openUserDatabase(QString* error, const QString& fileName)
{
    m_userFileName = fileName;
    return reopenUserDatabase(error);
}

bool MainWindowFixture::forgetUserData(QString* error)
{
    closeWindow();
    m_user.reset();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(userPath() + QLatin1String(suffix));
    QFile::remove(settingsPath());
    return reopenUserDatabase(error);
}

void MainWindowFixture::forgetSettings()
{
    closeWindow();
    QFile::remove(settingsPath());
}

} // namespace cg::test
