#include "NavigationHistory.h"

#include <algorithm>

namespace cg {

NavigationHistory::NavigationHistory(int capacity) : m_capacity(std::max(1, capacity)) {}

bool NavigationHistory::visit(const Location& location)
{
    if (!location.isValid())
        return false;
    if (m_current >= 0 && m_locations.at(m_current) == location)
        return false;
    m_locations.resize(m_current + 1); // a new place after going back: the places ahead are no longer ahead
    m_locations.append(location);
    if (m_locations.size() > m_capacity)
        m_locations.remove(0, m_locations.size() - m_capacity);
    m_current = m_locations.size() - 1;
    return true;
}

bool NavigationHistory::replaceCurrent(const Location& location)
{
    if (!location.isValid())
        return false;
    if (m_current < 0)
        return visit(location);
    m_locations[m_current] = location;
    return true;
}

std::optional<NavigationHistory::Location> NavigationHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    --m_current;
    return m_locations.at(m_current);
}

std::optional<NavigationHistory::Location> NavigationHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    ++m_current;
    return m_locations.at(m_current);
}

std::optional<NavigationHistory::Location> NavigationHistory::current() const
{
    if (m_current < 0)
        return std::nullopt;
    return m_locations.at(m_current);
}

void NavigationHistory::clear()
{
    m_locations.clear();
    m_current = -1;
}

} // namespace cg
