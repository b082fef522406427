#include "CatalogueBenchmark.h"

#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PaintProbe.h"
#include "Report.h"
#include "RolesTab.h"
#include "Samples.h"
#include "Stopwatch.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>

#include <functional>

namespace cg::bench {

namespace {
struct Timing
{
    Samples painted;
    Samples cpu;
    Samples settled;
};

// Makes one change and times it until the list is painted (and until what it queued has run). A change that
// leaves the list as it was ("nur" to "nurs") paints nothing: it is timed until the filter has run.
bool measure(PaintProbe& probe, QAbstractItemView* list, const std::function<void()>& change, bool keep, Timing* timing)
{
    QAbstractItemModel* model = list->model();
    bool changed = false;
    const auto mark = [&changed] { changed = true; };
    const QList<QMetaObject::Connection> connections{
        QObject::connect(model, &QAbstractItemModel::rowsInserted, list, mark),
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, list, mark),
        QObject::connect(model, &QAbstractItemModel::layoutChanged, list, mark),
        QObject::connect(model, &QAbstractItemModel::modelReset, list, mark)};
    probe.arm(list->viewport());
    const Stopwatch watch;
    change();
    const bool painted = !changed || probe.waitForPaint();
    const double wall = watch.wallMs();
    const double cpu = watch.cpuMs();
    for (const QMetaObject::Connection& connection : connections)
        QObject::disconnect(connection);
    if (!painted)
        return false;
    probe.settle();
    if (keep) {
        timing->painted.add(wall);
        timing->cpu.add(cpu);
        timing->settled.add(watch.wallMs());
    }
    return true;
}
} // namespace

bool CatalogueBenchmark::run(const QString& label, test::MainWindowFixture& session, double limitMs, Report& report,
                             QString* error) const
{
    MainWindow& window = session.window();
    PaintProbe probe;
    window.showTab(MainWindow::RolesIndex);
    probe.settle();
    RolesTab* tab = window.rolesTab();
    auto* list = tab->findChild<QAbstractItemView*>(QStringLiteral("careerList"));
    auto* families = tab->findChild<QComboBox*>(QStringLiteral("familyCombo"));
    auto* growth = tab->findChild<QComboBox*>(QStringLiteral("growthCombo"));
    auto* sort = tab->findChild<QComboBox*>(QStringLiteral("sortCombo"));
    auto* text = tab->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    if (!list || !families || !growth || !sort || !text) {
        *error = QStringLiteral("the Roles tab has no catalogue list, filters or sort order");
        return false;
    }
    const int careers = list->model()->rowCount();
    if (careers < 1000) {
        *error = QStringLiteral("the catalogue shows %1 careers, not the full catalogue").arg(careers);
        return false;
    }

    // Filters: every job family and growth category, and back to all; words typed and erased letter by letter.
    const QStringList words{QStringLiteral("nurse"), QStringLiteral("engineer"), QStringLiteral("teacher")};
    Timing filter;
    for (int round = -1; round < m_rounds; ++round) {
        const bool keep = round >= 0;
        for (QComboBox* combo : {families, growth}) {
            for (int index = 1; index <= combo->count(); ++index) {
                const int next = index % combo->count();
                if (!measure(
                        probe, list, [combo, next] { combo->setCurrentIndex(next); }, keep, &filter)) {
                    *error = QStringLiteral("%1 item %2 never repainted the list").arg(combo->objectName()).arg(next);
                    return false;
                }
            }
        }
        for (const QString& word : words) {
            for (qsizetype length = 1; length <= word.size(); ++length) {
                const QString typed = word.left(length);
                if (!measure(
                        probe, list, [text, typed] { text->setText(typed); }, keep, &filter)) {
                    *error = QStringLiteral("typing %1 never repainted the list").arg(typed);
                    return false;
                }
            }
            if (!measure(
                    probe, list, [text] { text->clear(); }, keep, &filter)) {
                *error = QStringLiteral("clearing the filter never repainted the list");
                return false;
            }
        }
    }
    if (list->model()->rowCount() != careers) {
        *error = QStringLiteral("the filters did not come back to the whole catalogue");
        return false;
    }

    // Sorting: each order in turn, over the whole catalogue.
    Timing sorting;
    for (int round = -1; round < m_rounds; ++round) {
        for (int index = 1; index <= sort->count(); ++index) {
            const int next = index % sort->count();
            if (!measure(
                    probe, list, [sort, next] { sort->setCurrentIndex(next); }, round >= 0, &sorting)) {
                *error = QStringLiteral("sort order %1 never repainted the list").arg(next);
                return false;
            }
        }
    }

    const QString prefix = QStringLiteral("catalogue.%1.").arg(label);
    const std::optional<double> limit = limitMs < 0 ? std::nullopt : std::optional<double>(limitMs);
    const auto add = [&](const QString& name, const QString& what, const Timing& timing) {
        report.add({prefix + name + QStringLiteral("_p95"), timing.painted.p95(), QStringLiteral("ms"), limit,
                    QStringLiteral("%1 of %2 careers to the list painted, p95 of %3 (median %4 ms, max %5 ms)")
                        .arg(what)
                        .arg(careers)
                        .arg(timing.painted.count())
                        .arg(timing.painted.median(), 0, 'f', 2)
                        .arg(timing.painted.max(), 0, 'f', 2)});
        report.add({prefix + name + QStringLiteral("_cpu_p95"), timing.cpu.p95(), QStringLiteral("ms"), std::nullopt,
                    QStringLiteral("CPU time of the same, p95 (median %1 ms)").arg(timing.cpu.median(), 0, 'f', 2)});
        report.add({prefix + name + QStringLiteral("_settled_p95"), timing.settled.p95(), QStringLiteral("ms"),
                    std::nullopt,
                    QStringLiteral("the same until the work it queued (the page of a selection the list moved) has "
                                   "run, p95 (median %1 ms)")
                        .arg(timing.settled.median(), 0, 'f', 2)});
    };
    add(QStringLiteral("filter"), QStringLiteral("a filter change (job family, growth, a letter typed)"), filter);
    add(QStringLiteral("sort"), QStringLiteral("a change of order"), sorting);
    return true;
}

} // namespace cg::bench
