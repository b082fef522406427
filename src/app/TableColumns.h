#pragma once

#include <functional>

class QTableView;

namespace cg {

// Fits each column of a table to its text, at most `widestLetters(column)` letters wide (but never narrower than its
// header's title), and stretches the last one.
// Measuring a cell means laying out its text, and QTableView::resizeColumnsToContents() measures every cell; the
// widest text of a column is among its longest, so only cells at least 85% as long as the longest are measured (a
// shorter text would need letters 18% wider on average to be wider), and a text repeated down the column is measured
// once. The table is laid out once, at the end, instead of repainting each column as it is resized.
void fitColumnsToText(QTableView* table, const std::function<int(int column)>& widestLetters);

} // namespace cg
