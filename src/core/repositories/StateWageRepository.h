#pragma once

#include "content/StateWage.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace cg {

// Pay by place: BLS OEWS May 2024 state estimates and BEA Regional Price Parities by state. Codes are bound, never
// spliced. Every read returns an empty value when the database fails: the reason goes to *error, or, when error is
// null, to QueryErrors (see ReadQuery).
class StateWageRepository final
{
public:
    explicit StateWageRepository(QSqlDatabase db);

    // One row per state (and DC) that BLS estimates the 6-digit SOC code for, by state name. Figures BLS did not
    // publish are empty.
    QList<StateWage> stateWages(const QString& occCode, QString* error = nullptr) const;
    // Every 6-digit SOC code with state estimates, with its OEWS title, by title.
    QList<QPair<QString, QString>> occupations(QString* error = nullptr) const;
    // The latest all-items parity of every area (US and each state), by area.
    QHash<QString, PriceParity> latestPriceParities(QString* error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
