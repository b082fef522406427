#include "SalaryTerms.h"

#include <QLocale>

namespace cg {

QString SalaryTerms::statisticName(const QString& key)
{
    if (key == QLatin1String("average"))
        return tr("Average");
    if (key == QLatin1String("median"))
        return tr("Median");
    if (key == QLatin1String("low"))
        return tr("Low end");
    if (key == QLatin1String("high"))
        return tr("High end");
    if (key.startsWith(u'p'))
        return tr("%1th percentile").arg(key.mid(1));
    return key;
}

QString SalaryTerms::experienceName(const QString& key)
{
    if (key == QLatin1String("all"))
        return tr("All levels");
    if (key == QLatin1String("entry"))
        return tr("Entry level");
    if (key == QLatin1String("15+"))
        return tr("15+ years");
    // "0-1" reads better with an en dash.
    return tr("%1 years").arg(QString(key).replace(u'-', QChar(0x2013)));
}

QString SalaryTerms::periodName(const QString& key)
{
    if (key == QLatin1String("year"))
        return tr("per year");
    if (key == QLatin1String("month"))
        return tr("per month");
    if (key == QLatin1String("hour"))
        return tr("per hour");
    return key;
}

QString SalaryTerms::countryName(const QString& code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace cg
