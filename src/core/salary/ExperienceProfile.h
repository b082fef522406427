#pragma once

#include "SalaryEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

// One role's pay by experience from one source: the same statistic, country, currency, period and date, one figure
// per experience band ("0-1", "all", "15+" ...), in band order. Built by ExperienceProfiles.
struct ExperienceProfile
{
    QString roleSlug;
    QString roleName;
    QString country;
    QString currency;
    QString statistic;
    QString period;
    QString sourceLabel;
    QString asOf;
    QList<SalaryEntry> bands;

    QStringList bandKeys() const
    {
        QStringList keys;
        for (const SalaryEntry& entry : bands)
            keys.append(entry.experience);
        return keys;
    }
};

} // namespace cg
