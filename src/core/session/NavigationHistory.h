#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cg {

// Where the person has been, for Back and Forward: the places shown one after another (a career, a skill, a step, a
// tab…) and which of them is shown now. Visiting a place after going back drops the places ahead, as a browser does.
class NavigationHistory final
{
public:
    // One place: its kind (role, occupation, skill, onet, technology, step, resource, tab) and its reference in that
    // kind (a slug, an O*NET code or element id, a technology's name, path/step, a tab's name).
    struct Location
    {
        QString kind;
        QString ref;

        bool isValid() const { return !kind.isEmpty(); }
        friend bool operator==(const Location& a, const Location& b) { return a.kind == b.kind && a.ref == b.ref; }
        friend bool operator!=(const Location& a, const Location& b) { return !(a == b); }
    };

    static constexpr int DefaultCapacity = 100;

    explicit NavigationHistory(int capacity = DefaultCapacity);

    // Records a place as the one shown now. A repeat of the current place and an invalid place are ignored; the
    // places ahead of the current one are dropped; beyond the capacity the oldest place is forgotten. True if
    // recorded.
    bool visit(const Location& location);
    // Puts a place in the current one's stead (the first visit when there is none), keeping the way back and forward:
    // a tab recorded before it had loaded becomes the entry it then shows. False for an invalid place.
    bool replaceCurrent(const Location& location);
    // Steps back or forward and returns the place to show; nothing when there is nowhere to go.
    std::optional<Location> back();
    std::optional<Location> forward();
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_locations.size(); }

    std::optional<Location> current() const;
    int size() const { return int(m_locations.size()); }
    int currentIndex() const { return int(m_current); }
    int capacity() const { return m_capacity; }
    void clear();

private:
    QList<Location> m_locations;
    qsizetype m_current = -1;
    int m_capacity;
};

} // namespace cg
