#pragma once

#include <QStringView>

namespace cg {

// Shape checks for values in the official release files. They only say whether a value is well formed; values are
// stored exactly as written, so nothing here converts.
class OfficialFormat final
{
public:
    OfficialFormat() = delete;

    static bool isOnetSocCode(QStringView text); // "15-1252.00"
    static bool isSocCode(QStringView text);     // "15-1252"
    static bool isDecimal(QStringView text);     // "4.12", "-27", "0.125": no sign +, no exponent, no grouping
    static bool isCount(QStringView text);       // "8823": digits only
    static bool isElementId(QStringView text);   // "2.A.1.a": O*NET content model identifier
    static bool isYesNo(QStringView text);       // "Y" or "N"
};

} // namespace cg
