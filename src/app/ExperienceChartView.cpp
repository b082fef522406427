#include "ExperienceChartView.h"

#include "ChartStyle.h"
#include "salary/ExperienceProfiles.h"
#include "salary/SalaryTerms.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QSet>
#include <QToolTip>

namespace cg {

ExperienceChartView::ExperienceChartView(const QList<ExperienceProfile>& profiles, QWidget* parent)
    : ChartView(parent), m_profiles(profiles)
{
    setAccessibleName(tr("Pay by experience chart"));
    setAccessibleDescription(tr("Average pay for 0–1 years, all levels and 15+ years of experience, per role, as "
                                "stated. The salary table lists the same figures."));
    rebuild();
}

void ExperienceChartView::rebuild()
{
    m_drawn.clear();
    for (const ExperienceProfile& profile : m_profiles) {
        if (profile.currency == m_profiles.first().currency && profile.period == m_profiles.first().period)
            m_drawn.append(profile);
    }

    auto* chart = newChart();

    // Bands in drawing order, across every drawn role.
    QStringList bands;
    for (const QString& band : ExperienceProfiles::bandOrder()) {
        for (const ExperienceProfile& profile : m_drawn) {
            if (profile.bandKeys().contains(band) && !bands.contains(band)) {
                bands.append(band);
                break;
            }
        }
    }
    QSet<QString> sources;
    QSet<QString> countries;
    QSet<QString> dates;
    QSet<QString> statistics;
    for (const ExperienceProfile& profile : m_drawn) {
        sources.insert(profile.sourceLabel);
        countries.insert(profile.country);
        dates.insert(profile.asOf);
        statistics.insert(profile.statistic);
    }
    const QString currency = m_drawn.isEmpty() ? QStringLiteral("USD") : m_drawn.first().currency;
    const QString statistic = statistics.size() == 1 ? SalaryTerms::statisticName(*statistics.begin()) : tr("Pay");
    if (sources.size() == 1 && countries.size() == 1 && dates.size() == 1)
        chart->setTitle(
            tr("%1 pay by experience, as stated — %2, %3, as of %4")
                .arg(statistic, *sources.begin(), SalaryTerms::countryName(*countries.begin()), *dates.begin()));
    else
        chart->setTitle(tr("%1 pay by experience, as stated").arg(statistic));

    const QList<QColor> colors = ChartStyle::seriesColors();
    auto* series = new QBarSeries;
    qint64 maximum = 0;
    QStringList roles;
    for (const ExperienceProfile& profile : m_drawn)
        roles.append(profile.roleName);
    for (int b = 0; b < bands.size(); ++b) {
        auto* set = new QBarSet(SalaryTerms::experienceName(bands.at(b)));
        set->setColor(colors.at(b % colors.size()));
        set->setBorderColor(colors.at(b % colors.size()).darker(130));
        QList<SalaryEntry> entries; // per role, for the hover text; invalid amount where a role lacks the band
        for (const ExperienceProfile& profile : m_drawn) {
            SalaryEntry found;
            for (const SalaryEntry& entry : profile.bands) {
                if (entry.experience == bands.at(b))
                    found = entry;
            }
            const qint64 value = found.amount.isAmount() ? found.amount.amount.minorUnits() : 0;
            maximum = qMax(maximum, value);
            set->append(ChartStyle::plotted(value, currency));
            entries.append(found);
        }
        connect(set, &QBarSet::hovered, this, [this, entries](bool status, int index) {
            if (!status || index < 0 || index >= entries.size() || !entries.at(index).amount.isAmount()) {
                QToolTip::hideText();
                return;
            }
            const SalaryEntry& entry = entries.at(index);
            QToolTip::showText(QCursor::pos(),
                               tr("%1, %2: %3 %4\n%5")
                                   .arg(entry.roleName, SalaryTerms::experienceName(entry.experience),
                                        entry.amount.text(), SalaryTerms::periodName(entry.period),
                                        entry.source.citation()),
                               this);
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(roles.isEmpty() ? QStringList{tr("No role has pay by experience")} : roles);
    chart->addAxis(axisX, Qt::AlignBottom);
    const QString period = m_drawn.isEmpty() ? QStringLiteral("year") : m_drawn.first().period;
    QCategoryAxis* axisY =
        ChartStyle::moneyAxis(maximum, currency, tr("%1 %2").arg(currency, SalaryTerms::periodName(period)));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    replaceChart(chart);
}

} // namespace cg
