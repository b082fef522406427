#pragma once

#include "money/Money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace cg {

// An amount as a source printed it: a number, or one of the markers BLS prints instead of a number ('#' = at least
// the top of the published range, '*' or blank = no estimate). A marker is never turned into a number to compute
// with; only Kind::Amount takes part in conversions and differences.
struct StatedAmount
{
    Q_DECLARE_TR_FUNCTIONS(cg::StatedAmount)

public:
    enum class Kind
    {
        Amount,     // `amount` is the figure
        AtLeast,    // the figure is at least `amount` (BLS '#': the top of the published range)
        NoEstimate, // no figure was published
        // An empty cell of the OEWS state files: at least the top of the published range, or no estimate; the
        // release cannot tell which.
        NotPublished,
    };

    Kind kind = Kind::NoEstimate;
    Money amount;

    static StatedAmount of(const Money& money) { return {money.isValid() ? Kind::Amount : Kind::NoEstimate, money}; }
    static StatedAmount atLeast(const Money& ceiling) { return {Kind::AtLeast, ceiling}; }
    static StatedAmount none() { return {}; }
    static StatedAmount notPublished() { return {Kind::NotPublished, Money()}; }

    // Reads an OEWS wage cell: a decimal string, '#' (at least `ceiling`), or '*' / blank (no estimate).
    static StatedAmount fromPublished(const QString& raw, const QString& currency, const QString& ceiling)
    {
        if (raw == QLatin1String("#"))
            return atLeast(Money::parse(ceiling, currency).value_or(Money()));
        const auto money = Money::parse(raw, currency);
        return money ? of(*money) : none();
    }

    bool isAmount() const { return kind == Kind::Amount && amount.isValid(); }

    // "$133,080", "at least $239,200", "not published", "no estimate".
    QString text(const QLocale& locale = QLocale(), Money::Precision precision = Money::Precision::WholeUnits) const
    {
        switch (kind) {
        case Kind::Amount:
            return amount.format(locale, precision);
        case Kind::AtLeast:
            return tr("at least %1").arg(amount.format(locale, precision));
        case Kind::NotPublished:
            return tr("not published");
        case Kind::NoEstimate:
            break;
        }
        return tr("no estimate");
    }
};

} // namespace cg
