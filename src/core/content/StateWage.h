#pragma once

#include "SourceRef.h"

#include <QString>

namespace cg {

// BLS OEWS May 2024 estimates of one occupation in one state (or the District of Columbia), as published. An empty
// figure is one BLS did not publish there: at least $239,200 a year ($115.00 an hour), or no estimate; the release
// this comes from cannot tell which, so neither can anyone reading it.
struct StateWage
{
    QString state;     // USPS code: CA
    QString stateName; // California
    QString occCode;   // 6-digit SOC code: 15-1252
    QString employment;
    QString jobsPer1000;
    QString locationQuotient;
    QString hourlyMedian;
    QString annualP10, annualP25, annualMedian, annualP75, annualP90;
    SourceRef source;
};

// BEA's Regional Price Parity, all items, of one area and year: what the same basket costs there, the national
// average being 100. value is the published decimal string ("112.581").
struct PriceParity
{
    QString area; // US or a state's USPS code
    int year = 0;
    QString value;
    QString sourceId;

    bool isValid() const { return !value.isEmpty(); }
};

} // namespace cg
