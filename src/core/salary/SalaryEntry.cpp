#include "SalaryEntry.h"

#include "SalaryTerms.h"
#include "StateWageFigures.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace cg {

namespace {
// The published tops of the OEWS ranges ('#' means at least this much).
const QString AnnualCeiling = QStringLiteral("239200");
const QString HourlyCeiling = QStringLiteral("115.00");
const QString OewsCurrency = QStringLiteral("USD");
} // namespace

QDate SalaryEntry::conversionDate(const QString& asOf)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(asOf);
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    if (!match.hasCaptured(2))
        return QDate(year, 12, 31);
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return {};
    if (!match.hasCaptured(3))
        return QDate(year, month, 1).addMonths(1).addDays(-1);
    return QDate(year, month, match.captured(3).toInt()); // invalid for 2023-02-30
}

QString SalaryEntry::figureKey(const SalaryFigure& figure)
{
    // Every field that tells two figures apart (two figures of one article can differ only in the amount).
    return QStringLiteral("figure:") + QStringList{figure.roleSlug,        figure.country,
                                                   figure.currency,        QString::number(figure.amountMinor),
                                                   figure.period,          figure.statistic,
                                                   figure.experience,      figure.source.sourceId,
                                                   figure.source.originId, figure.source.asOf}
                                           .join(u'|');
}

QString SalaryEntry::figureLabel(const QString& separator) const
{
    QStringList parts;
    if (isOfficial())
        parts.append(tr("%1 (%2)").arg(occupationTitle, occupationCode));
    if (isState())
        parts.append(stateName);
    parts.append(SalaryTerms::statisticName(statistic));
    parts.append(SalaryTerms::experienceName(experience));
    parts.append(sourceLabel);
    return parts.join(separator);
}

QString SalaryEntry::placeName() const
{
    const QString country = SalaryTerms::countryName(this->country);
    return isState() ? tr("%1, %2").arg(stateName, country) : country;
}

QString SalaryEntry::stateKey(const QString& occupationCode, const QString& state)
{
    return QStringLiteral("oews-state:") + occupationCode + u'|' + state;
}

bool SalaryEntry::parseStateKey(const QString& key, QString* occupationCode, QString* state)
{
    static const QRegularExpression pattern(QStringLiteral("^oews-state:(\\d{2}-\\d{4})\\|([A-Z]{2})$"));
    const QRegularExpressionMatch match = pattern.match(key);
    if (!match.hasMatch())
        return false;
    *occupationCode = match.captured(1);
    *state = match.captured(2);
    return true;
}

QString SalaryEntry::officialKey(const QString& roleSlug, const QString& occupationCode)
{
    return QStringLiteral("oews:") + roleSlug + u'|' + occupationCode;
}

SalaryEntry SalaryEntry::fromFigure(const SalaryFigure& figure)
{
    SalaryEntry entry;
    entry.kind = Kind::ArticleFigure;
    entry.key = figureKey(figure);
    entry.figureId = figure.id;
    entry.roleSlug = figure.roleSlug;
    entry.roleName = figure.roleName;
    entry.country = figure.country;
    entry.amount = StatedAmount::of(Money(figure.amountMinor, figure.currency));
    entry.period = figure.period;
    entry.statistic = figure.statistic;
    entry.experience = figure.experience;
    entry.source = figure.source;
    entry.sourceLabel = figure.source.label();
    entry.note = figure.note;
    entry.doubtful = figure.doubtful;
    return entry;
}

SalaryEntry SalaryEntry::fromRoleWage(const RoleWage& roleWage)
{
    const OccupationWage& wage = roleWage.wage;
    SalaryEntry entry;
    entry.kind = Kind::OfficialWage;
    entry.key = officialKey(roleWage.roleSlug, wage.occCode);
    entry.roleSlug = roleWage.roleSlug;
    entry.roleName = roleWage.roleName;
    entry.country = QStringLiteral("US");
    entry.statistic = QStringLiteral("median");
    entry.experience = QStringLiteral("all");
    entry.source = roleWage.source;
    entry.sourceLabel = tr("BLS OEWS (official)");
    entry.occupationCode = wage.occCode;
    entry.occupationTitle = wage.title;
    entry.socCode = roleWage.socCode;
    if (wage.hourlyOnly) {
        entry.period = QStringLiteral("hour");
        const auto read = [](const QString& raw) {
            return StatedAmount::fromPublished(raw, OewsCurrency, HourlyCeiling);
        };
        entry.range = {read(wage.hourlyP10), read(wage.hourlyP25), read(wage.hourlyMedian), read(wage.hourlyP75),
                       read(wage.hourlyP90)};
    } else {
        entry.period = QStringLiteral("year");
        const auto read = [](const QString& raw) {
            return StatedAmount::fromPublished(raw, OewsCurrency, AnnualCeiling);
        };
        entry.range = {read(wage.annualP10), read(wage.annualP25), read(wage.annualMedian), read(wage.annualP75),
                       read(wage.annualP90)};
    }
    entry.amount = entry.range.median;
    const QLocale locale;
    const bool employmentKnown = !wage.employment.isEmpty() && wage.employment.at(0).isDigit();
    entry.note = tr("Official wages of the BLS occupation %1 (%2), which the guide links to this role through O*NET "
                    "%3. National, all industries, employees only (the self-employed are not counted); %4. "
                    "Percentiles: p10 %5, p25 %6, median %7, p75 %8, p90 %9.")
                     .arg(wage.title, wage.occCode, roleWage.socCode,
                          employmentKnown ? tr("employment %1").arg(locale.toString(wage.employment.toLongLong()))
                                          : tr("employment not published"),
                          entry.range.p10.text(locale), entry.range.p25.text(locale), entry.range.median.text(locale),
                          entry.range.p75.text(locale), entry.range.p90.text(locale));
    return entry;
}

SalaryEntry SalaryEntry::fromStateWage(const StateWage& wage, const QString& occupationTitle, const PriceParity& parity,
                                       const SourceRef& source)
{
    SalaryEntry entry;
    entry.kind = Kind::StateWage;
    entry.key = stateKey(wage.occCode, wage.state);
    entry.roleName = occupationTitle;
    entry.country = QStringLiteral("US");
    entry.state = wage.state;
    entry.stateName = wage.stateName;
    entry.priceParity = parity;
    entry.period = QStringLiteral("year");
    entry.statistic = QStringLiteral("median");
    entry.experience = QStringLiteral("all");
    entry.source = source;
    entry.sourceLabel = tr("BLS OEWS, state (official)");
    entry.occupationCode = wage.occCode;
    entry.occupationTitle = occupationTitle;
    // An empty cell is one BLS did not publish (at least the top of the range, or no estimate): never a number.
    const auto read = [](const QString& raw) {
        return raw.isEmpty() ? StatedAmount::notPublished()
                             : StatedAmount::fromPublished(raw, OewsCurrency, AnnualCeiling);
    };
    entry.range = {read(wage.annualP10), read(wage.annualP25), read(wage.annualMedian), read(wage.annualP75),
                   read(wage.annualP90)};
    entry.amount = entry.range.median;
    const QLocale locale;
    const QString prices = parity.isValid()
                               ? tr("Compared at U.S. average prices: divided by %1's all-items Regional Price "
                                    "Parity over 100 (BEA RPP %2: %3).")
                                     .arg(wage.stateName)
                                     .arg(parity.year)
                                     .arg(parity.value)
                               : tr("BEA publishes no Regional Price Parity for %1, so it cannot be compared at "
                                    "U.S. average prices.")
                                     .arg(wage.stateName);
    entry.note = tr("Official wages of the BLS occupation %1 (%2) in %3, all industries, employees only; "
                    "employment %4. Percentiles: p10 %5, p25 %6, median %7, p75 %8, p90 %9; %10.")
                     .arg(occupationTitle, wage.occCode, wage.stateName,
                          wage.employment.isEmpty() ? tr("not published") : wage.employment,
                          entry.range.p10.text(locale), entry.range.p25.text(locale), entry.range.median.text(locale),
                          entry.range.p75.text(locale), entry.range.p90.text(locale))
                     .arg(StateWageFigures::notPublished()) +
                 u' ' + prices;
    return entry;
}

} // namespace cg
