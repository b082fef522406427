#pragma once

#include "database/ContentDatabase.h"
#include "database/UserDatabase.h"

#include <QSize>
#include <QTemporaryDir>

#include <memory>

namespace cg {
class MainWindow;
class Settings;
} // namespace cg

namespace cg::test {

// The real main window over a content database, with a user database and settings of its own in a temporary
// folder: what the GUI tests and the benchmarks drive. Closing and showing the window again, with the user database
// reopened, acts out a restart.
class MainWindowFixture final
{
    Q_DISABLE_COPY_MOVE(MainWindowFixture)

public:
    MainWindowFixture();
    ~MainWindowFixture();

    // Opens the content database (the one the build made, unless another is named) and the user database.
    bool open(QString* error, const QString& contentDb = QString());

    // A new window (any earlier one is closed first) at the given size, on the given tab unless it is -1, shown
    // and exposed (an invalid size keeps what the settings remember). Settings written by an earlier window are
    // read back, as after a restart.
    bool showWindow(QString* error, int tab = -1, QSize size = QSize(1280, 800));
    // As showWindow(), then waits for the first paint and lets whatever start-up queued run: the window the
    // benchmarks measure from.
    bool showWindowAtRest(QString* error, int tab = -1, QSize size = QSize(1280, 800));
    void closeWindow();

    // Closes the window and the user database, then opens the user database again, as a restart does.
    bool reopenUserDatabase(QString* error);
    // Closes the window and the user database, then opens the one of this file name in the temporary folder (new
    // unless an earlier one had that name): another person's data. Later restarts reopen it.
    bool openUserDatabase(QString* error, const QString& fileName);
    // Deletes the user database and the settings, then opens a new user database: the next window starts as on
    // first use.
    bool forgetUserData(QString* error);
    // Closes the window and deletes the settings file only.
    void forgetSettings();

    bool hasWindow() const { return m_window != nullptr; }
    MainWindow& window() const { return *m_window; }
    ContentDatabase& content() { return m_content; }
    UserDatabase& user() { return *m_user; }
    Settings& settings();
    QString userPath() const { return scratchPath(m_userFileName); }
    QString settingsPath() const { return scratchPath(QStringLiteral("settings.ini")); }
    QString scratchPath(const QString& fileName) const { return m_dir.filePath(fileName); }

private:
    void createWindow(int tab, QSize size);

    QTemporaryDir m_dir;
    QString m_userFileName = QStringLiteral("user.sqlite");
    ContentDatabase m_content;
    std::unique_ptr<UserDatabase> m_user;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace cg::test
