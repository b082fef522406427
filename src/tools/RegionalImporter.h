#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace cg {

class InsertStatements;
class TsvRows;

// Imports pay by place into the tables of resources/data/schema-regional.sql: the BLS OEWS May 2024 state estimates
// (bls-state/state_M2024_oews.tsv, 50 states and DC) and BEA's Regional Price Parities by state
// (bea/SARPP_STATE_2008_2023.csv, all items, every year). Values are checked and stored as published; an empty wage
// cell is a figure BLS did not publish and is stored as NULL, never as a number. The first problem stops the import
// with "FILE:LINE: reason". Runs inside a savepoint of its own, so a failed import leaves the caller's transaction as
// it was.
class RegionalImporter final
{
    Q_DISABLE_COPY_MOVE(RegionalImporter)

public:
    RegionalImporter() = default;
    ~RegionalImporter() = default;

    // directory has the release layout: bls-state/ and bea/ (the committed files, or the full ones: same format).
    bool run(QSqlDatabase& db, const QString& directory, QString* error);

    static const QString WageSource;
    static const QString PriceParitySource;

private:
    bool importAll(const QString& directory, QString* error);
    bool insertSources(QString* error);
    bool importStateWages(QString* error);
    bool importPriceParities(const QString& directory, QString* error);
    bool indexStates(const QSqlDatabase& db, QString* error);

    InsertStatements* m_inserts = nullptr; // while run() imports
    TsvRows* m_rows = nullptr;
    QHash<int, QString> m_stateByFips; // 6 -> CA, as the wage file names them
};

} // namespace cg
