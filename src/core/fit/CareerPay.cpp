#include "CareerPay.h"

#include "content/OfficialFigure.h"

namespace cg {

QString CareerPay::text(const QLocale& locale) const
{
    if (!isKnown())
        return tr("not published");
    return OfficialFigure::annualWage(annualMedian, locale);
}

QString CareerPay::note() const
{
    if (!isKnown())
        return tr("No national annual median is published for this career.");
    //: %1 source title, %2 its as-of date
    QString note = tr("Annual median, %1 (as of %2)").arg(sourceTitle, asOf);
    if (ofRoleOccupation)
        //: %1 the occupation's title, %2 its O*NET-SOC code
        note += u'\n' + tr("A role has no wage of its own: this is the pay of its first occupation, %1 (%2).")
                            .arg(occupationTitle, occupationCode);
    return note;
}

} // namespace cg
