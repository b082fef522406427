#include "SalaryComparison.h"

#include "PriceParityAdjustment.h"
#include "SalaryTerms.h"
#include "money/Fraction.h"
#include "text/EnumWords.h"

#include <QStringList>

namespace cg {

namespace {
constexpr EnumWord<ConversionBasis> BasisNames[] = {
    {ConversionBasis::Market, QT_TRANSLATE_NOOP("cg::SalaryComparison", "Market exchange rate (ECB)")},
    {ConversionBasis::Ppp, QT_TRANSLATE_NOOP("cg::SalaryComparison", "Purchasing-power parity, GDP (World Bank)")},
    {ConversionBasis::PppPrivateConsumption,
     QT_TRANSLATE_NOOP("cg::SalaryComparison", "Purchasing-power parity, private consumption (World Bank)")},
};

constexpr EnumWord<ConversionBasis> BasisDescriptions[] = {
    {ConversionBasis::Market,
     QT_TRANSLATE_NOOP("cg::SalaryComparison",
                       "ECB euro reference rate of the figure's date, or the nearest earlier business day")},
    {ConversionBasis::Ppp,
     QT_TRANSLATE_NOOP("cg::SalaryComparison", "What the pay buys at home: World Bank PPP factors (GDP) of the "
                                               "figure's year, or the nearest earlier one")},
    {ConversionBasis::PppPrivateConsumption,
     QT_TRANSLATE_NOOP("cg::SalaryComparison",
                       "World Bank PPP factors for household consumption, the closest to what a salary buys")},
};
} // namespace

SalaryComparison::SalaryComparison(const QString& currency, ConversionBasis basis)
    : m_currency(currency), m_basis(basis)
{
}

SalaryComparison::AddOutcome SalaryComparison::add(const SalaryEntry& entry)
{
    if (indexOf(entry.key) >= 0)
        return AddOutcome::AlreadyPicked;
    if (isFull())
        return AddOutcome::Full;
    m_picks.append(entry);
    return AddOutcome::Added;
}

bool SalaryComparison::removeAt(int index)
{
    if (index < 0 || index >= m_picks.size())
        return false;
    m_picks.removeAt(index);
    return true;
}

bool SalaryComparison::move(int from, int to)
{
    if (from < 0 || from >= m_picks.size() || to < 0 || to >= m_picks.size() || from == to)
        return false;
    m_picks.move(from, to);
    return true;
}

void SalaryComparison::clear()
{
    m_picks.clear();
}

int SalaryComparison::indexOf(const QString& key) const
{
    for (int i = 0; i < m_picks.size(); ++i) {
        if (m_picks.at(i).key == key)
            return i;
    }
    return -1;
}

QStringList SalaryComparison::keys() const
{
    QStringList result;
    for (const SalaryEntry& entry : m_picks)
        result.append(entry.key);
    return result;
}

std::optional<qint64> SalaryComparison::tenthsOfPercent(const Money& value, const Money& reference)
{
    if (!value.isValid() || !reference.isValid() || value.currency() != reference.currency() ||
        reference.minorUnits() == 0)
        return std::nullopt;
    // Minor units of one currency: the exponent cancels out of the ratio. 1000 = 100 (percent) x 10 (tenths).
    return Fraction(value.minorUnits() - reference.minorUnits())
        .dividedBy(Fraction(reference.minorUnits()))
        .timesPowerOfTen(3)
        .roundedHalfAwayFromZero();
}

ComparisonColumn SalaryComparison::convert(const SalaryEntry& entry, const CurrencyConverter& converter) const
{
    ComparisonColumn column;
    column.entry = entry;
    column.conversionDate = entry.conversionDate();
    const QString toCountry =
        m_basis == ConversionBasis::Market ? QString() : converter.pppFactors().homeCountry(m_currency);
    const auto convertOne = [&](const Money& money) -> Conversion {
        if (m_basis != ConversionBasis::Market && toCountry.isEmpty()) {
            Conversion noCountry;
            noCountry.status = Conversion::Status::NoRate;
            noCountry.basis = m_basis;
            noCountry.original = money;
            noCountry.reason = tr("PPP needs the prices of one country, and %1 is not the currency of exactly one "
                                  "country with World Bank PPP factors; choose another display currency for PPP.")
                                   .arg(m_currency);
            noCountry.explanation = noCountry.reason;
            return noCountry;
        }
        if (entry.isState())
            return converter.convertAtNationalPrices(money, entry.priceParity.value, entry.country, m_currency,
                                                     toCountry, column.conversionDate, m_basis);
        return converter.convert(money, entry.country, m_currency, toCountry, column.conversionDate, m_basis);
    };

    if (entry.amount.isAmount()) {
        column.conversion = convertOne(entry.amount.amount);
        if (!column.conversion.isOk() && column.conversion.explanation.isEmpty())
            column.conversion.explanation = column.conversion.reason;
        if (entry.isState() && column.conversion.isOk()) {
            // Both steps are stated; a second one only when the currency or the prices change again.
            const QString adjustment =
                PriceParityAdjustment::statement(entry.amount.amount, entry.stateName, entry.priceParity, QLocale());
            const bool converted =
                entry.currency() != m_currency || (m_basis != ConversionBasis::Market && toCountry != entry.country);
            column.conversion.explanation =
                converted ? tr("%1; then %2").arg(adjustment, column.conversion.explanation) : adjustment;
        }
    } else {
        column.conversion.status = Conversion::Status::Invalid;
        column.conversion.basis = m_basis;
        column.conversion.original = entry.amount.amount;
        column.conversion.reason =
            entry.amount.kind == StatedAmount::Kind::AtLeast
                ? tr("The source gives only a lower bound (%1), not a figure to convert.").arg(entry.amount.text())
                : tr("The source publishes no figure here.");
        column.conversion.explanation = column.conversion.reason;
    }

    if (!entry.range.isEmpty()) {
        const auto convertPoint = [&](const StatedAmount& point) -> StatedAmount {
            if (point.kind == StatedAmount::Kind::NotPublished)
                return point;
            if (point.kind == StatedAmount::Kind::NoEstimate || !point.amount.isValid())
                return StatedAmount::none();
            const Conversion converted = convertOne(point.amount);
            if (!converted.isOk())
                return StatedAmount::none();
            return {point.kind, converted.converted};
        };
        column.convertedRange = {convertPoint(entry.range.p10), convertPoint(entry.range.p25),
                                 convertPoint(entry.range.median), convertPoint(entry.range.p75),
                                 convertPoint(entry.range.p90)};
    }
    return column;
}

ComparisonResult SalaryComparison::compute(const CurrencyConverter& converter) const
{
    ComparisonResult result;
    result.currency = m_currency;
    result.basis = m_basis;
    for (const SalaryEntry& entry : m_picks)
        result.columns.append(convert(entry, converter));
    if (result.columns.isEmpty())
        return result;

    ComparisonColumn& first = result.columns.first();
    first.differenceState = ComparisonColumn::Difference::Reference;
    for (int i = 1; i < result.columns.size(); ++i) {
        ComparisonColumn& column = result.columns[i];
        column.differenceState = ComparisonColumn::Difference::Unavailable;
        if (!first.isConverted()) {
            column.differenceReason = tr("The first column has no amount in %1 to compare with.").arg(m_currency);
        } else if (!column.isConverted()) {
            column.differenceReason = tr("No amount in %1: %2").arg(m_currency, column.conversion.reason);
        } else if (column.entry.period != first.entry.period) {
            column.differenceReason =
                tr("Not compared: this figure is %1, the first one %2.")
                    .arg(SalaryTerms::periodName(column.entry.period), SalaryTerms::periodName(first.entry.period));
        } else {
            const Money& value = column.conversion.converted;
            const Money& reference = first.conversion.converted;
            column.differenceState = ComparisonColumn::Difference::Ok;
            column.difference = Money(value.minorUnits() - reference.minorUnits(), m_currency);
            column.tenthsOfPercent = tenthsOfPercent(value, reference);
        }
    }
    return result;
}

QString SalaryComparison::basisKey(ConversionBasis basis)
{
    return keyOf(basis);
}

std::optional<ConversionBasis> SalaryComparison::basisFromKey(const QString& key)
{
    ConversionBasis basis = ConversionBasis::Market;
    if (!fromKey(key, &basis))
        return std::nullopt;
    return basis;
}

QString SalaryComparison::basisName(ConversionBasis basis)
{
    return EnumWords::nameOf("cg::SalaryComparison", BasisNames, basis);
}

QString SalaryComparison::basisDescription(ConversionBasis basis)
{
    return EnumWords::nameOf("cg::SalaryComparison", BasisDescriptions, basis);
}

QString SalaryComparison::roundingNote()
{
    return tr("Each figure is converted on the last day of the period its source states (a year: 31 December; a "
              "month: its last day), with the ECB rate of that day or the nearest earlier business day, or the World "
              "Bank PPP factors of that year or the nearest earlier one (up to %1 years back). Converted amounts are "
              "rounded once to the cent, half away from zero; differences are exact differences of those amounts, "
              "and percentages are rounded to one decimal, half away from zero. The screen and the printout show "
              "whole units.")
        .arg(CurrencyConverter::MaxPppLookBackYears);
}

} // namespace cg
