#include "NumberGrouping.h"

#include <QList>

#include <algorithm>

namespace cg {

namespace {

// Languages whose CLDR decimal pattern is "#,##,##0.###" (Indian grouping) wherever they are spoken.
bool groupsTheIndianWay(QLocale::Language language)
{
    static const QList<QLocale::Language> languages{
        QLocale::Hindi,  QLocale::Bangla, QLocale::Gujarati, QLocale::Kannada, QLocale::Malayalam, QLocale::Marathi,
        QLocale::Nepali, QLocale::Odia,   QLocale::Punjabi,  QLocale::Tamil,   QLocale::Telugu,    QLocale::Assamese};
    return languages.contains(language);
}

// CLDR minimumGroupingDigits is 2 for these: a four-digit number stays ungrouped ("1000 €"), five digits are grouped.
// Spanish as written in Latin America and the United States (CLDR's es_419 and its children) keeps 1.
bool groupsFromFiveDigits(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::Spanish: {
        static const QList<QLocale::Territory> territories{
            QLocale::Spain,           QLocale::AnyTerritory,     QLocale::CanaryIslands,
            QLocale::CeutaAndMelilla, QLocale::EquatorialGuinea, QLocale::Philippines};
        return territories.contains(locale.territory());
    }
    case QLocale::Portuguese:
        return locale.territory() == QLocale::Portugal;
    case QLocale::Polish:
        return true;
    default:
        return false;
    }
}

} // namespace

NumberGrouping::NumberGrouping(int primary, int secondary, int minimumGroupingDigits)
    : m_primary(std::max(1, primary)), m_secondary(std::max(1, secondary)),
      m_minimumGroupingDigits(std::max(1, minimumGroupingDigits))
{
}

NumberGrouping NumberGrouping::forLocale(const QLocale& locale)
{
    if (groupsTheIndianWay(locale.language()) ||
        (locale.language() == QLocale::English && locale.territory() == QLocale::India))
        return NumberGrouping(3, 2, 1);
    if (groupsFromFiveDigits(locale))
        return NumberGrouping(3, 3, 2);
    return NumberGrouping(3, 3, 1);
}

QString NumberGrouping::group(const QString& asciiDigits, const QString& separator) const
{
    const qsizetype count = asciiDigits.size();
    if (count < m_primary + m_minimumGroupingDigits)
        return asciiDigits;
    // Cut from the right: first the primary group, then secondary groups until the digits run out.
    QStringList groups;
    qsizetype end = count;
    qsizetype size = m_primary;
    while (end > 0) {
        const qsizetype start = std::max<qsizetype>(0, end - size);
        groups.prepend(asciiDigits.mid(start, end - start));
        end = start;
        size = m_secondary;
    }
    return groups.join(separator);
}

QString NumberGrouping::localDigits(const QString& asciiDigits, const QLocale& locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == QLatin1String("0") || zero.isEmpty())
        return asciiDigits;
    // zeroDigit() may be a surrogate pair; the ten digits of a Unicode script are consecutive code points.
    const char32_t zeroCodePoint = zero.toUcs4().value(0, U'0');
    QString digits;
    digits.reserve(asciiDigits.size() * zero.size());
    for (const QChar c : asciiDigits) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            const char32_t codePoint = zeroCodePoint + char32_t(c.unicode() - '0');
            digits += QString::fromUcs4(&codePoint, 1);
        } else {
            digits += c;
        }
    }
    return digits;
}

QString NumberGrouping::format(quint64 value, const QLocale& locale) const
{
    const QLocale effective =
        locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    const QString separator =
        effective.numberOptions().testFlag(QLocale::OmitGroupSeparator) ? QString() : effective.groupSeparator();
    const QString grouped = group(QString::number(value), separator);
    return localDigits(grouped, effective);
}

} // namespace cg
