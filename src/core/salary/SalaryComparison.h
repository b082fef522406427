#pragma once

#include "ComparisonResult.h"
#include "SalaryEntry.h"
#include "money/ConversionBasis.h"
#include "money/CurrencyConverter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cg {

// Up to four salary picks lined up in one display currency on one conversion basis: which picks, in what order,
// and how they compare. Conversion and comparison are exact:
//   - each pick is converted by CurrencyConverter on its conversion date (SalaryEntry::conversionDate), rounded once
//     to the display currency's minor unit, half away from zero;
//   - the difference to the first column is the exact difference of those converted amounts;
//   - the percentage is that difference divided by the first column's converted amount, computed as an exact
//     fraction and rounded once to tenths of a percent, half away from zero (0.05% -> 0.1%, -0.05% -> -0.1%).
// A pick without a converted amount (no rate, or the source printed no number) gets no difference, and when the
// first pick has none, no column gets one. Picks quoted per different periods (a year, an hour) are not compared.
// A U.S. state's pick is compared at U.S. average prices: divided by the state's BEA Regional Price Parity over 100
// within the same exact product, so it too is rounded once, on every basis; its conversion states both steps.
class SalaryComparison final
{
    Q_DECLARE_TR_FUNCTIONS(cg::SalaryComparison)

public:
    static constexpr int MaxPicks = 4;

    enum class AddOutcome
    {
        Added,
        AlreadyPicked,
        Full,
    };

    SalaryComparison() = default;
    SalaryComparison(const QString& currency, ConversionBasis basis);

    AddOutcome add(const SalaryEntry& entry);
    bool removeAt(int index);
    // Moves the pick at `from` so it ends up at `to` (both 0-based, within range).
    bool move(int from, int to);
    void clear();

    const QList<SalaryEntry>& picks() const { return m_picks; }
    int count() const { return int(m_picks.size()); }
    bool isEmpty() const { return m_picks.isEmpty(); }
    bool isFull() const { return m_picks.size() >= MaxPicks; }
    int indexOf(const QString& key) const;
    QStringList keys() const;

    QString currency() const { return m_currency; }
    void setCurrency(const QString& currency) { m_currency = currency; }
    ConversionBasis basis() const { return m_basis; }
    void setBasis(ConversionBasis basis) { m_basis = basis; }

    ComparisonResult compute(const CurrencyConverter& converter) const;

    // (value - reference) / reference in tenths of a percent, rounded half away from zero; empty when the currencies
    // differ, either amount is invalid or the reference is zero.
    static std::optional<qint64> tenthsOfPercent(const Money& value, const Money& reference);

    // The words saved comparisons store, as keyOf() and fromKey() in money/ConversionBasis.h spell them.
    static QString basisKey(ConversionBasis basis);
    static std::optional<ConversionBasis> basisFromKey(const QString& key);
    // "Market exchange rate (ECB)", ...; for menus, headers, the CSV and the printout.
    static QString basisName(ConversionBasis basis);
    // What the basis compares, in a sentence, for a tooltip.
    static QString basisDescription(ConversionBasis basis);
    // One sentence on conversion dates and rounding, printed with every exported comparison.
    static QString roundingNote();

private:
    ComparisonColumn convert(const SalaryEntry& entry, const CurrencyConverter& converter) const;

    QList<SalaryEntry> m_picks;
    QString m_currency = QStringLiteral("USD");
    ConversionBasis m_basis = ConversionBasis::Market;
};

} // namespace cg
