#pragma once

#include <QString>
#include <QStringView>

namespace cg {

// Facts about ISO 4217 currency codes that formatting and exact conversion need: how many minor units a unit has,
// and the symbol English-language text uses for it.
class Currency final
{
public:
    Currency() = delete;

    // Three upper-case ASCII letters. Whether the code is in use is not checked: the data decides that.
    static bool isValidCode(QStringView code);

    // ISO 4217 minor-unit exponent: 0 for JPY, KRW, ISK …, 3 for BHD, KWD, OMR …, 2 otherwise.
    static int minorUnitExponent(QStringView code);

    // The CLDR English symbol ("$", "£", "₹", "CA$", "A$", "€", "¥") where a distinct one exists; otherwise the
    // code itself, so two currencies never share a symbol on screen.
    static QString symbol(QStringView code);
};

} // namespace cg
