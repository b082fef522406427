#pragma once

#include "database/ContentDatabase.h"
#include "database/UserDatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace cg {
class MainWindow;
class Settings;
} // namespace cg

namespace cg::bench {

// The real main window over a given content database, with a fresh user database and fresh settings, shown and
// painted once: what a person has in front of them right after start-up.
class WindowSession final
{
    Q_DISABLE_COPY_MOVE(WindowSession)

public:
    WindowSession();
    ~WindowSession();

    bool start(const QString& contentDb, QString* error);

    MainWindow& window() const { return *m_window; }
    ContentDatabase& content() { return m_content; }
    QString contentPath() const { return m_content.path(); }
    QString scratchPath(const QString& fileName) const { return m_dir.filePath(fileName); }

private:
    QTemporaryDir m_dir;
    ContentDatabase m_content;
    UserDatabase m_user;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace cg::bench
