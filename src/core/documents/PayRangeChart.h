#pragma once

#include "content/Occupation.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

namespace cg {

// The spread of one occupation's national wages as a small horizontal bar: from the 10th to the 90th percentile, the
// middle half (25th to 75th) darker and the median marked, on a fixed scale from $0 to the top of the OEWS range, so
// bars on different pages and side by side compare at a glance. It is a one-row table of coloured cells whose widths
// follow the figures, which any QTextDocument view and printout draws; the figures are written out beside it for
// screen readers and print. A '#' percentile (at least the top of the range) makes the bar open-ended; a missing
// estimate means no bar, and a note saying why.
class PayRangeChart final
{
    Q_DECLARE_TR_FUNCTIONS(cg::RolePage)

public:
    explicit PayRangeChart(const QPalette& palette, QLocale locale = QLocale());

    // The bar and its figures; a note instead when BLS publishes no estimate for some percentile, empty when the
    // wage row is not valid.
    QString html(const OccupationWage& wage) const;

private:
    QColor m_track;
    QColor m_outer;
    QColor m_middle;
    QColor m_median;
    QLocale m_locale;
};

} // namespace cg
