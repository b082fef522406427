#include "PdfBenchmark.h"

#include "Report.h"
#include "Samples.h"
#include "Stopwatch.h"
#include "documents/StudyPlanDocument.h"
#include "plan/StudyPlanScheduler.h"
#include "repositories/LearningRepository.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace cg::bench {

namespace {
struct Plan
{
    StudyPlan plan;
    QList<LearningStep> steps;
    QString pathName;
};

// A real learning path made into exactly `weeks` weeks: at some pace if one fits, otherwise as for a person who
// already knows its longest steps (the fewest possible), so the printed plan keeps as many steps as it can.
bool findPlan(const QSqlDatabase& content, int weeks, Plan* found)
{
    const LearningRepository learning(content);
    bool any = false;
    for (const LearningPath& summary : learning.paths()) {
        const LearningPath path = learning.path(summary.slug);
        QList<LearningStep> longestFirst = path.steps;
        std::stable_sort(longestFirst.begin(), longestFirst.end(),
                         [](const LearningStep& a, const LearningStep& b) { return a.hours > b.hours; });
        for (qsizetype known = 0; known < longestFirst.size(); ++known) {
            StudyPlanRequest request;
            request.planId = QStringLiteral("bench");
            request.planTitle = QStringLiteral("Benchmark plan");
            request.targetRole = path.name;
            request.path = path;
            request.startDate = QDate(2026, 1, 5);
            for (qsizetype i = 0; i < known; ++i)
                request.skippedSlugs.insert(longestFirst.at(i).slug);
            if (any && path.steps.size() - known <= found->plan.orderedSlugs.size())
                break;
            bool fits = false;
            for (int pace = StudyPlanScheduler::MinHoursPerWeek; pace <= StudyPlanScheduler::MaxHoursPerWeek; ++pace) {
                request.hoursPerWeek = pace;
                const StudyPlanResult result = StudyPlanScheduler().schedule(request);
                if (result.ok() && result.weekCount() == weeks) {
                    *found = {result.plan, path.steps, path.name};
                    any = fits = true;
                    break;
                }
            }
            if (fits)
                break;
        }
    }
    return any;
}
} // namespace

bool PdfBenchmark::run(const QSqlDatabase& content, const QString& scratchDir, double limitMs, Report& report,
                       QString* error) const
{
    Plan plan;
    if (!findPlan(content, Weeks, &plan)) {
        *error = QStringLiteral("no learning path of the content makes a %1-week plan at any pace").arg(Weeks);
        return false;
    }
    StudyPlanHeader header = StudyPlanHeader::fromPlan(plan.plan);
    header.personName = QStringLiteral("Asha Verma");
    const QString path = QDir(scratchDir).filePath(QStringLiteral("bench-plan.pdf"));

    Samples samples;
    Samples cpu;
    int pages = 0;
    for (int round = -2; round < m_rounds; ++round) { // two untimed rounds load fonts and the stylesheet
        const Stopwatch watch;
        StudyPlanDocument document(plan.plan, plan.steps, header);
        if (!document.writePdf(path, QPageSize::A4, error, &pages))
            return false;
        const double wallMs = watch.wallMs();
        const double cpuMs = watch.cpuMs();
        if (round >= 0) {
            samples.add(wallMs);
            cpu.add(cpuMs);
        }
    }
    const std::optional<double> limit = limitMs < 0 ? std::nullopt : std::optional<double>(limitMs);
    report.add(
        {QStringLiteral("pdf.26_weeks.median"), samples.median(), QStringLiteral("ms"), limit,
         QStringLiteral("26-week plan of \"%1\" (%2 h/week, %3 steps, %4 known) to a %5-page A4 PDF, median of %6 "
                        "(p95 %7 ms, %8 KiB)")
             .arg(plan.pathName)
             .arg(plan.plan.hoursPerWeek)
             .arg(plan.plan.orderedSlugs.size())
             .arg(plan.plan.skippedSlugs.size())
             .arg(pages)
             .arg(samples.count())
             .arg(samples.p95(), 0, 'f', 1)
             .arg(QFileInfo(path).size() / 1024)});
    report.add({QStringLiteral("pdf.26_weeks.cpu_median"), cpu.median(), QStringLiteral("ms"), std::nullopt,
                QStringLiteral("CPU time of the same exports, median")});
    return true;
}

} // namespace cg::bench
