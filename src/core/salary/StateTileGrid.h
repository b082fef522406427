#pragma once

#include <QPoint>
#include <QString>

namespace cg {

// Where each state sits on a tile-grid map of the United States: one square per state (and DC), 11 columns by 8 rows,
// neighbours roughly where they are on a map, every square the same size so a small state weighs as much as a large
// one.
class StateTileGrid final
{
public:
    StateTileGrid() = delete;

    static constexpr int Columns = 11;
    static constexpr int Rows = 8;

    // The tile (column, row) of a state's USPS code; (-1, -1) for a code not on the map.
    static QPoint tileOf(const QString& state);
    // The state on a tile; empty for an empty tile.
    static QString stateAt(QPoint tile);
};

} // namespace cg
