#include "database/UserDataWatcher.h"

#include "database/UserDatabase.h"

namespace cg {

UserDataWatcher::UserDataWatcher(UserDatabase& user, QObject* parent) : QObject(parent), m_user(user)
{
    m_user.changedByAnotherConnection(); // takes note of where the data stands now
}

bool UserDataWatcher::check()
{
    if (!m_user.changedByAnotherConnection())
        return false;
    emit userDataChanged();
    return true;
}

} // namespace cg
