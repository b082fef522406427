#include "Currency.h"

#include <QString>

#include <algorithm>
#include <iterator>

namespace cg {

namespace {
struct SymbolEntry
{
    const char* code;
    const char16_t* symbol;
};

// The symbols CLDR's "en" locale uses. Currencies whose English symbol is just the code are left out.
constexpr SymbolEntry Symbols[] = {
    {"AUD", u"A$"},  {"BRL", u"R$"}, {"CAD", u"CA$"}, {"CNY", u"CN¥"}, {"EUR", u"€"}, {"GBP", u"£"},
    {"HKD", u"HK$"}, {"ILS", u"₪"},  {"INR", u"₹"},   {"JPY", u"¥"},   {"KRW", u"₩"}, {"MXN", u"MX$"},
    {"NZD", u"NZ$"}, {"PHP", u"₱"},  {"TWD", u"NT$"}, {"USD", u"$"},   {"VND", u"₫"},
};

// ISO 4217 currencies without minor units, and those with thousandths.
constexpr const char* NoMinorUnits[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                        "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
constexpr const char* ThreeMinorDigits[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};

template <typename Range> bool contains(const Range& codes, QStringView code)
{
    return std::any_of(std::begin(codes), std::end(codes),
                       [code](const char* entry) { return code == QLatin1String(entry); });
}
} // namespace

bool Currency::isValidCode(QStringView code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

int Currency::minorUnitExponent(QStringView code)
{
    if (contains(NoMinorUnits, code))
        return 0;
    if (contains(ThreeMinorDigits, code))
        return 3;
    return 2;
}

QString Currency::symbol(QStringView code)
{
    for (const SymbolEntry& entry : Symbols) {
        if (code == QLatin1String(entry.code))
            return QString::fromUtf16(entry.symbol);
    }
    return code.toString();
}

} // namespace cg
