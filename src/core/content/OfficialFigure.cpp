#include "OfficialFigure.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cg {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cg::OfficialFigure", text);
}

QString dollars(const QString& amount)
{
    return tr("$%1").arg(amount);
}
} // namespace

bool OfficialFigure::isNumber(const QString& raw)
{
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return pattern.match(raw.trimmed()).hasMatch();
}

QString OfficialFigure::grouped(const QString& raw, const QLocale& locale)
{
    QString text = raw.trimmed();
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype point = text.indexOf(u'.');
    const QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    // Grouping is applied to the whole part only, digit by digit, so no value passes through a double.
    QString result = locale.toString(whole.toLongLong());
    if (!fraction.isEmpty())
        result += locale.decimalPoint() + fraction;
    return negative ? locale.negativeSign() + result : result;
}

QString OfficialFigure::marker(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return tr("not published");
    if (text == QLatin1String("*") || text == QLatin1String("**"))
        return tr("no estimate");
    if (text == QStringLiteral("\u2014") || text == QLatin1String("-"))
        return tr("not applicable");
    return text;
}

QString OfficialFigure::annualWage(const QString& raw, const QLocale& locale)
{
    const QString text = raw.trimmed();
    if (text == QLatin1String("#") || text == QLatin1String(">=$239,200"))
        return tr("\u2265 %1").arg(dollars(grouped(QLatin1String(AnnualCeiling), locale)));
    return isNumber(text) ? dollars(grouped(text, locale)) : marker(text);
}

QString OfficialFigure::hourlyWage(const QString& raw, const QLocale& locale)
{
    QString text = raw.trimmed();
    if (text == QLatin1String("#"))
        return tr("\u2265 %1").arg(dollars(grouped(QLatin1String(HourlyCeiling), locale)));
    if (!isNumber(text))
        return marker(text);
    // Dollars and cents: "69.5" is shown as $69.50, which is the same amount.
    const qsizetype point = text.indexOf(u'.');
    if (point < 0)
        text += QStringLiteral(".00");
    else if (text.size() - point - 1 == 1)
        text += u'0';
    return dollars(grouped(text, locale));
}

QString OfficialFigure::number(const QString& raw, const QLocale& locale)
{
    return isNumber(raw) ? grouped(raw, locale) : marker(raw);
}

QString OfficialFigure::percent(const QString& raw, const QLocale& locale)
{
    return isNumber(raw) ? tr("%1%").arg(grouped(raw, locale)) : marker(raw);
}

QString OfficialFigure::signedPercent(const QString& raw, const QLocale& locale)
{
    if (!isNumber(raw))
        return marker(raw);
    const QString text = raw.trimmed();
    const bool zero = !text.contains(QRegularExpression(QStringLiteral("[1-9]")));
    const QString sign = text.startsWith(u'-') || zero ? QString() : locale.positiveSign();
    return tr("%1%").arg(sign + grouped(text, locale));
}

QString OfficialFigure::thousands(const QString& raw, const QLocale& locale)
{
    if (!isNumber(raw))
        return marker(raw);
    // Shift the decimal point three places to the right, on the string, then drop a zero fraction.
    QString text = raw.trimmed();
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype point = text.indexOf(u'.');
    QString whole = point < 0 ? text : text.left(point);
    QString fraction = point < 0 ? QString() : text.mid(point + 1);
    fraction = fraction.leftJustified(3, u'0');
    whole += fraction.left(3);
    fraction = fraction.mid(3);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    QString shifted = fraction.isEmpty() ? whole : whole + u'.' + fraction;
    if (negative)
        shifted.prepend(u'-');
    return grouped(shifted, locale);
}

} // namespace cg
