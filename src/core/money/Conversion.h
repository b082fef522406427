#pragma once

#include "ConversionBasis.h"
#include "Money.h"

#include <QDate>
#include <QString>

namespace cg {

// The outcome of one currency conversion, with everything needed to show where the number came from. When no rate
// or factor exists, status says so, `converted` stays invalid and `reason` explains: never a made-up number.
struct Conversion
{
    enum class Status
    {
        Ok,
        NoRate,  // no rate or factor for that currency, country or date
        Invalid, // the request itself is unusable (no currency, no date) or the result does not fit
    };

    Status status = Status::Invalid;
    ConversionBasis basis = ConversionBasis::Market;
    Money original;
    Money converted; // invalid unless status is Ok
    // 1 unit of the original currency = `rate` units of the target; for reading (see CurrencyConverter).
    QString rate;
    // Market: the ECB day whose rates were used, the day asked for or the nearest earlier one with rates.
    QDate rateDate;
    // PPP: the year whose factors were used, the figure's year or the latest earlier one with factors.
    int pppYear = 0;
    // PPP: the World Bank release of the factors ("" when not known).
    QString release;
    // The `source` the rate comes from; empty when nothing needed converting.
    QString sourceId;
    // One line for the reader: "1 USD = 0.7887 GBP, ECB reference rate of 2023-08-31, derived through EUR".
    // When there is no result, the reason.
    QString explanation;
    // Why there is no result; empty when ok.
    QString reason;

    bool isOk() const { return status == Status::Ok; }
};

} // namespace cg
