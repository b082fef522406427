#include "PayRangeChart.h"

#include "Html.h"
#include "content/OfficialFigure.h"

#include <algorithm>
#include <array>

namespace cg {

namespace {

// Cells narrower than this are left out: they would round to no width.
constexpr double MinimumShare = 0.0005;

// Widths are whole tenths of a percent of the bar, so the same figures always give the same page.
QString percentWidth(double share)
{
    return QString::number(qRound(share * 1000.0) / 10.0, 'f', 1) + u'%';
}

} // namespace

PayRangeChart::PayRangeChart(const QPalette& palette, QLocale locale)
    : m_track(html::blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07)),
      m_outer(html::blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.4)),
      m_middle(html::blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.85)),
      m_median(palette.color(QPalette::Text)), m_locale(std::move(locale))
{
}

QString PayRangeChart::html(const OccupationWage& wage) const
{
    if (!wage.isValid())
        return {};
    const std::array<QString, 5> annual{wage.annualP10, wage.annualP25, wage.annualMedian, wage.annualP75,
                                        wage.annualP90};
    const std::array<QString, 5> hourly{wage.hourlyP10, wage.hourlyP25, wage.hourlyMedian, wage.hourlyP75,
                                        wage.hourlyP90};
    const auto drawable = [](const std::array<QString, 5>& values) {
        for (const QString& value : values) {
            if (!OfficialFigure::isNumber(value) && value.trimmed() != QLatin1String("#"))
                return false;
        }
        return true;
    };
    // Annual wages where BLS publishes them; hourly ones for the occupations it publishes only by the hour.
    const bool byYear = drawable(annual);
    if (!byYear && !drawable(hourly))
        return QStringLiteral("<p>%1</p>")
            .arg(html::muted(html::escape(tr("No range chart: BLS publishes no estimate for some of the percentiles "
                                             "of this occupation's wages (shown as “no estimate” below)."))));
    const std::array<QString, 5>& raw = byYear ? annual : hourly;
    const QString ceilingText =
        QString::fromLatin1(byYear ? OfficialFigure::AnnualCeiling : OfficialFigure::HourlyCeiling);
    const double ceiling = ceilingText.toDouble();
    const auto show = [&](const QString& value) {
        return byYear ? OfficialFigure::annualWage(value, m_locale) : OfficialFigure::hourlyWage(value, m_locale);
    };

    // Layout only: the shown figures stay the published strings. '#' sits at the end of the scale.
    std::array<double, 5> at{};
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const bool top = raw.at(i).trimmed() == QLatin1String("#");
        at.at(i) = top ? 1.0 : std::clamp(raw.at(i).toDouble() / ceiling, 0.0, 1.0);
        if (i > 0)
            at.at(i) = std::max(at.at(i), at.at(i - 1));
    }
    const bool openEnded = raw.at(4).trimmed() == QLatin1String("#");

    // The median mark takes 0.8% of the bar; the scale takes the rest, so the mark has room even at the top.
    const double mark = 0.008;
    for (double& position : at)
        position *= 1.0 - mark;
    struct Segment
    {
        double share;
        QColor colour;
        QString text;
    };
    QList<Segment> segments{
        {at[0], m_track, QString()},
        {at[1] - at[0], m_outer, QString()},
        {at[2] - at[1], m_middle, QString()},
        {mark, m_median, QString()},
        {at[3] - at[2], m_middle, QString()},
        {at[4] - at[3], m_outer, QString()},
        {1.0 - mark - at[4], m_track, QString()},
    };
    // An open end is pointed at by the last band drawn (the 75th percentile can be at the top already).
    for (qsizetype i = segments.size() - 2; openEnded && i >= 0; --i) {
        if (segments.at(i).share >= MinimumShare) {
            segments[i].text = QStringLiteral("\u25B8");
            break;
        }
    }
    QString bar = QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"0\" width=\"99%\"><tr>");
    for (const Segment& segment : segments) {
        if (segment.share < MinimumShare)
            continue;
        // The pages' style sheet pads and rules every cell; the bar's cells are bare, so widths stay proportional.
        bar +=
            QStringLiteral("<td width=\"%1\" bgcolor=\"%2\" align=\"right\" style=\"padding: 0px; border-width: 0px; "
                           "border-style: none;\"><small>%3</small></td>")
                .arg(percentWidth(segment.share), segment.colour.name(),
                     segment.text.isEmpty() ? QStringLiteral("&nbsp;") : segment.text);
    }
    bar += QStringLiteral("</tr></table>");

    const QString scale = byYear ? tr("Annual wages, scale $0 to %1 a year").arg(show(ceilingText))
                                 : tr("Hourly wages, scale $0 to %1 an hour").arg(show(ceilingText));
    QString figures = tr("10th percentile %1 · 25th %2 · median %3 · 75th %4 · 90th %5")
                          .arg(show(raw[0]), show(raw[1]), show(raw[2]), show(raw[3]), show(raw[4]));
    if (openEnded)
        figures += QLatin1Char(' ') + tr("(the bar is open-ended: BLS reports only that the top wages are at least "
                                         "%1)")
                                          .arg(show(ceilingText));
    return QStringLiteral("<p><b>%1</b><br/>%2</p>%3<p>%4</p>")
        .arg(html::escape(tr("Pay range")), html::escape(figures), bar,
             html::muted(html::escape(
                 tr("%1. Light: 10th to 25th and 75th to 90th percentile; dark: the middle half; the thin dark "
                    "mark: the median.")
                     .arg(scale))));
}

} // namespace cg
