#pragma once

#include <QObject>

namespace cg {

class UserDatabase;

// Notices changes another process (another Career Guide, a sync tool) committed to the user database, so a window
// can reload what it shows instead of writing over them. Cheap enough to call on every focus change and before
// every write: one PRAGMA, no file system access.
class UserDataWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit UserDataWatcher(UserDatabase& user, QObject* parent = nullptr);

    // Emits userDataChanged() and returns true when another connection has committed since the last check.
    bool check();

signals:
    void userDataChanged();

private:
    UserDatabase& m_user;
};

} // namespace cg
