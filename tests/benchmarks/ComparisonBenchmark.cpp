#include "ComparisonBenchmark.h"

#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PaintProbe.h"
#include "Report.h"
#include "SalariesTab.h"
#include "Samples.h"
#include "Stopwatch.h"
#include "models/SalaryComparisonModel.h"
#include "repositories/OfficialWageRepository.h"
#include "repositories/SalaryRepository.h"
#include "repositories/StateWageRepository.h"
#include "salary/SalaryEntry.h"

namespace cg::bench {

namespace {
// Three figures in as many different currencies as the content has, article figures first, and a U.S. state's
// figure (brought to national prices before it is converted) as the fourth.
QStringList pickKeys(test::MainWindowFixture& session)
{
    QStringList keys;
    QStringList currencies;
    const SalaryRepository salaries(session.content().database());
    const QList<SalaryFigure> figures = salaries.all();
    for (const bool newCurrencyOnly : {true, false}) {
        for (const SalaryFigure& figure : figures) {
            const QString key = SalaryEntry::figureKey(figure);
            if (keys.size() == 3 || keys.contains(key) || (newCurrencyOnly && currencies.contains(figure.currency)))
                continue;
            keys.append(key);
            currencies.append(figure.currency);
        }
    }
    const StateWageRepository states(session.content().database());
    if (!states.stateWages(QStringLiteral("15-1252")).isEmpty())
        keys.append(SalaryEntry::stateKey(QStringLiteral("15-1252"), QStringLiteral("CA")));
    if (keys.size() < 4) {
        const OfficialWageRepository wages(session.content().database());
        for (const RoleWage& wage : wages.roleWages()) {
            if (keys.size() < 4)
                keys.append(SalaryEntry::fromRoleWage(wage).key);
        }
    }
    return keys;
}
} // namespace

bool ComparisonBenchmark::run(const QString& label, test::MainWindowFixture& session, double limitMs, Report& report,
                              QString* error) const
{
    MainWindow& window = session.window();
    SalariesTab* tab = window.salariesTab();
    PaintProbe probe;
    window.showTab(MainWindow::SalariesIndex);
    probe.settle();
    tab->showPage(SalariesTab::ComparisonPage);
    probe.settle();

    const QStringList keys = pickKeys(session);
    if (keys.size() < 4) {
        *error = QStringLiteral("the content has fewer than four salary figures");
        return false;
    }
    for (int i = 0; i < 3; ++i) {
        if (!tab->addToComparison(keys.at(i))) {
            *error = QStringLiteral("cannot add %1: %2").arg(keys.at(i), tab->messageText());
            return false;
        }
    }
    probe.settle();

    Samples add;
    Samples addCpu;
    for (int round = -1; round < m_rounds; ++round) {
        probe.arm(tab);
        const Stopwatch watch;
        if (!tab->addToComparison(keys.at(3)) || !probe.waitForPaint()) {
            *error = QStringLiteral("adding a fourth column failed or was never painted: %1").arg(tab->messageText());
            return false;
        }
        if (round >= 0) {
            add.add(watch.wallMs());
            addCpu.add(watch.cpuMs());
        }
        probe.settle();
        if (round + 1 < m_rounds) {
            tab->removeFromComparison(3);
            probe.settle();
        }
    }
    if (tab->comparisonModel()->columnCount() != 4) {
        *error = QStringLiteral("the comparison has %1 columns, not 4").arg(tab->comparisonModel()->columnCount());
        return false;
    }

    const QStringList currencies{QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("INR"),
                                 QStringLiteral("USD")};
    Samples currency;
    Samples currencyCpu;
    int next = 0;
    for (int round = -1; round < m_rounds; ++round) {
        QString code = currencies.at(next++ % currencies.size());
        if (code == tab->comparisonModel()->comparison().currency())
            code = currencies.at(next++ % currencies.size());
        probe.arm(tab);
        const Stopwatch watch;
        tab->setDisplayCurrency(code);
        if (tab->comparisonModel()->comparison().currency() != code || !probe.waitForPaint()) {
            *error = QStringLiteral("changing the currency to %1 failed or was never painted").arg(code);
            return false;
        }
        if (round >= 0) {
            currency.add(watch.wallMs());
            currencyCpu.add(watch.cpuMs());
        }
        probe.settle();
    }

    const QString prefix = QStringLiteral("comparison.%1.").arg(label);
    const std::optional<double> limit = limitMs < 0 ? std::nullopt : std::optional<double>(limitMs);
    report.add({prefix + QStringLiteral("add_fourth_p95"), add.p95(), QStringLiteral("ms"), limit,
                QStringLiteral("add a fourth column to painted, p95 of %1 (median %2 ms)")
                    .arg(add.count())
                    .arg(add.median(), 0, 'f', 2)});
    report.add({prefix + QStringLiteral("add_fourth_cpu_p95"), addCpu.p95(), QStringLiteral("ms"), std::nullopt,
                QStringLiteral("CPU time of the same updates, p95 (median %1 ms)").arg(addCpu.median(), 0, 'f', 2)});
    report.add({prefix + QStringLiteral("currency_p95"), currency.p95(), QStringLiteral("ms"), limit,
                QStringLiteral("change the display currency of four columns to painted, p95 of %1 (median %2 ms)")
                    .arg(currency.count())
                    .arg(currency.median(), 0, 'f', 2)});
    report.add(
        {prefix + QStringLiteral("currency_cpu_p95"), currencyCpu.p95(), QStringLiteral("ms"), std::nullopt,
         QStringLiteral("CPU time of the same updates, p95 (median %1 ms)").arg(currencyCpu.median(), 0, 'f', 2)});
    return true;
}

} // namespace cg::bench
