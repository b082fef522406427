#include "WindowSession.h"

#include "MainWindow.h"
#include "settings/Settings.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace cg::bench {

namespace {
// Several sessions may exist one after another in a process; each needs connections of its own.
QString connectionName(const char* kind)
{
    static int counter = 0;
    return QStringLiteral("bench-%1-%2").arg(QLatin1String(kind)).arg(++counter);
}
} // namespace

WindowSession::WindowSession() : m_content(connectionName("content")), m_user(connectionName("user")) {}

WindowSession::~WindowSession()
{
    m_window.reset();
}

bool WindowSession::start(const QString& contentDb, QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    if (!m_content.open(contentDb)) {
        *error = m_content.errorString();
        return false;
    }
    if (!m_user.open(m_dir.filePath(QStringLiteral("user.sqlite")))) {
        *error = m_user.errorString();
        return false;
    }
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_content, m_user, *m_settings);
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

} // namespace cg::bench
