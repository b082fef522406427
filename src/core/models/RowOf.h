#pragma once

#include <QList>

namespace cg {

// The row of the first item whose `field` equals `value`, or -1: how a model finds an item by its key.
template <typename Item, typename Field> int rowOf(const QList<Item>& items, Field Item::*field, const Field& value)
{
    for (qsizetype row = 0; row < items.size(); ++row) {
        if (items.at(row).*field == value)
            return int(row);
    }
    return -1;
}

} // namespace cg
