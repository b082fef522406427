#pragma once

#include <QObject>

#include <initializer_list>

class QAbstractItemModel;

namespace cg {

// Tells whether a list is moving its rows because a filter or the order changed, so that a selection the list moves
// by itself is not taken for the person's choice (no history entry, no page laid out before the list is drawn).
class FilteringWatch final : public QObject
{
    Q_OBJECT

public:
    explicit FilteringWatch(QObject* parent) : QObject(parent) {}

    // Watch a model before a view shows it: the view's selection then moves after the watch has heard of the change.
    void watch(std::initializer_list<const QAbstractItemModel*> models);
    bool isFiltering() const { return m_filtering; }

private:
    bool m_filtering = false;
};

} // namespace cg
