#pragma once

#include <QString>

namespace cg::bench {

class Report;

// Switching tabs in the real main window: QTabWidget::setCurrentIndex until the new page is painted. Measured twice:
// first visits (each tab loads its data the first time it is shown), in several freshly started windows, and warm
// switches round all four tabs afterwards. On the Skills tab, also the first choice of each O*NET list and keystrokes
// in the technology filter.
class TabSwitchBenchmark final
{
public:
    TabSwitchBenchmark(int freshWindows, int rounds) : m_freshWindows(freshWindows), m_rounds(rounds) {}

    bool run(const QString& label, const QString& contentDb, double limitMs, Report& report, QString* error) const;

private:
    int m_freshWindows;
    int m_rounds;
};

} // namespace cg::bench
