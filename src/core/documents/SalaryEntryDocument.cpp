#include "SalaryEntryDocument.h"

#include "Html.h"
#include "salary/SalaryTerms.h"

#include <QLocale>

namespace cg {

QString SalaryEntryDocument::html(const SalaryEntry& entry, const QString& conversionNote)
{
    const QLocale locale;
    QString page = html::heading(tr("%1 in %2").arg(entry.roleName, entry.placeName()), 3);
    page += html::paragraph(tr("%1 %2 — %3, %4")
                                .arg(entry.amount.text(locale), SalaryTerms::periodName(entry.period),
                                     SalaryTerms::statisticName(entry.statistic),
                                     SalaryTerms::experienceName(entry.experience)));
    if (entry.isOfficial()) {
        if (!entry.socCode.isEmpty())
            page += html::paragraph(tr("BLS occupation %1 (%2), linked to this role through O*NET %3.")
                                        .arg(entry.occupationTitle, entry.occupationCode, entry.socCode));
        page += html::list({html::escape(tr("10th percentile: %1").arg(entry.range.p10.text(locale))),
                            html::escape(tr("25th percentile: %1").arg(entry.range.p25.text(locale))),
                            html::escape(tr("Median: %1").arg(entry.range.median.text(locale))),
                            html::escape(tr("75th percentile: %1").arg(entry.range.p75.text(locale))),
                            html::escape(tr("90th percentile: %1").arg(entry.range.p90.text(locale)))});
    }
    page += html::paragraph(tr("Source: %1").arg(entry.source.citation()));
    if (!conversionNote.isEmpty())
        page += html::paragraph(conversionNote);

    if (!entry.note.isEmpty() && !entry.isOfficial()) {
        const QString label = entry.doubtful ? tr("⚠ Doubtful:") : tr("Note:");
        page += QStringLiteral("<p>%1 %2</p>").arg(html::bold(label), html::escape(entry.note));
    } else if (entry.isOfficial()) {
        page += html::paragraph(entry.note.section(QStringLiteral(". Percentiles"), 0, 0) + u'.');
    }
    return page;
}

} // namespace cg
