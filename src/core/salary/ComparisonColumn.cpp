#include "ComparisonColumn.h"

namespace cg {

namespace {
const QChar Minus(0x2212);

QLocale readable(const QLocale& locale)
{
    // As Money::format does: the POSIX locale reads as US English.
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}
} // namespace

QString ComparisonColumn::percentText(const QLocale& requested) const
{
    if (!tenthsOfPercent)
        return {};
    const QLocale locale = readable(requested);
    const qint64 tenths = *tenthsOfPercent;
    const qint64 magnitude = tenths < 0 ? -tenths : tenths;
    const QString number = locale.toString(magnitude / 10) + locale.decimalPoint() + QString::number(magnitude % 10);
    const QString sign = tenths > 0 ? QStringLiteral("+") : (tenths < 0 ? QString(Minus) : QString());
    return sign + number + locale.percent();
}

QString ComparisonColumn::differenceText(const QLocale& locale) const
{
    if (differenceState != Difference::Ok || !difference.isValid())
        return {};
    const qint64 minor = difference.minorUnits();
    const QString magnitude = Money(minor < 0 ? -minor : minor, difference.currency()).format(locale);
    if (minor > 0)
        return u'+' + magnitude;
    if (minor < 0)
        return Minus + magnitude;
    return magnitude;
}

} // namespace cg
