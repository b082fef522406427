#pragma once

#include "ChartView.h"
#include "salary/ExperienceProfile.h"

#include <QList>

namespace cg {

// Pay by experience for the roles a source states it for (0–1 years, all levels, 15+ years): one group of bars per
// role, one bar per band, in the figures' own currency exactly as stated (no conversion, so nothing to explain).
// Hovering a bar shows its amount, source and date; the salary table lists the same figures as text.
class ExperienceChartView final : public ChartView
{
    Q_OBJECT

public:
    // Only the profiles in the currency of the first are drawn (amounts in different currencies are not
    // comparable as stated).
    explicit ExperienceChartView(const QList<ExperienceProfile>& profiles, QWidget* parent = nullptr);
    int roleCount() const { return int(m_drawn.size()); }

private:
    void rebuild() override;

    QList<ExperienceProfile> m_profiles;
    QList<ExperienceProfile> m_drawn;
};

} // namespace cg
