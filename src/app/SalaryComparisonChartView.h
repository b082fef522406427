#pragma once

#include "ChartView.h"
#include "salary/ComparisonResult.h"

namespace cg {

// The comparison as a chart: one category per pick, in the display currency. A figure is a bar; an official wage is
// drawn as its range (whiskers from the 10th to the 90th percentile, a box over the middle half, a line at the
// median), never as a point. Picks without a converted amount get an empty slot labelled "no rate". The comparison
// table is the text alternative.
class SalaryComparisonChartView final : public ChartView
{
    Q_OBJECT

public:
    // Built when its page is first shown, with the comparison as it is then.
    explicit SalaryComparisonChartView(const ComparisonResult& result, QWidget* parent = nullptr);

    void setResult(const ComparisonResult& result);
    // The category labels as drawn, for tests and screen readers.
    QStringList categories() const { return m_categories; }

private:
    void rebuild() override;

    ComparisonResult m_result;
    QStringList m_categories;
};

} // namespace cg
