#include "SalaryTerms.h"

#include "text/EnumWords.h"

#include <QLocale>

namespace cg {

namespace {
constexpr KeyWord Statistics[] = {
    {"average", QT_TRANSLATE_NOOP("cg::SalaryTerms", "Average")},
    {"median", QT_TRANSLATE_NOOP("cg::SalaryTerms", "Median")},
    {"low", QT_TRANSLATE_NOOP("cg::SalaryTerms", "Low end")},
    {"high", QT_TRANSLATE_NOOP("cg::SalaryTerms", "High end")},
};

constexpr KeyWord Experiences[] = {
    {"all", QT_TRANSLATE_NOOP("cg::SalaryTerms", "All levels")},
    {"entry", QT_TRANSLATE_NOOP("cg::SalaryTerms", "Entry level")},
    {"15+", QT_TRANSLATE_NOOP("cg::SalaryTerms", "15+ years")},
};

constexpr KeyWord Periods[] = {
    {"year", QT_TRANSLATE_NOOP("cg::SalaryTerms", "per year")},
    {"month", QT_TRANSLATE_NOOP("cg::SalaryTerms", "per month")},
    {"hour", QT_TRANSLATE_NOOP("cg::SalaryTerms", "per hour")},
};
} // namespace

QString SalaryTerms::statisticName(const QString& key)
{
    if (const char* name = EnumWords::wordFor(Statistics, key))
        return tr(name);
    if (key.startsWith(u'p'))
        return tr("%1th percentile").arg(key.mid(1));
    return key;
}

QString SalaryTerms::experienceName(const QString& key)
{
    if (const char* name = EnumWords::wordFor(Experiences, key))
        return tr(name);
    // "0-1" reads better with an en dash.
    return tr("%1 years").arg(QString(key).replace(u'-', QChar(0x2013)));
}

QString SalaryTerms::periodName(const QString& key)
{
    const char* name = EnumWords::wordFor(Periods, key);
    return name ? tr(name) : key;
}

QString SalaryTerms::countryName(const QString& code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace cg
