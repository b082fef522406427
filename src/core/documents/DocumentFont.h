#pragma once

#include <QFont>

namespace cg {

// The font of a printed document at `pointSize`: sans serif, from families with wide coverage first, so that text in
// any script, currency symbols (₹) and the signs the documents use (☐, ⚠) have glyphs.
QFont documentFont(qreal pointSize);

} // namespace cg
