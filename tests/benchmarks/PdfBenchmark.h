#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cg::bench {

class Report;

// A 26-week study plan to PDF, as File → Export PDF… does it: StudyPlanDocument built from the plan and written with
// writePdf. The plan is a real learning path of the content, at the pace that makes it 26 weeks long.
class PdfBenchmark final
{
public:
    static constexpr int Weeks = 26;

    explicit PdfBenchmark(int rounds) : m_rounds(rounds) {}

    bool run(const QSqlDatabase& content, const QString& scratchDir, double limitMs, Report& report,
             QString* error) const;

private:
    int m_rounds;
};

} // namespace cg::bench
