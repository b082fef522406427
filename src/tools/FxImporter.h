#pragma once

#include "money/PppBasis.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace cg {

class FxCsvFile;

// Imports the ECB euro reference rates and the World Bank PPP conversion factors from an fx/ folder (the committed
// subset, or the full release files: same format) into fx_rate, ppp_factor and their three `source` rows
// (resources/data/schema-fx.sql). Every file is read and checked before anything is written; the first problem
// stops the import with "FILE:LINE: reason". Values are stored as the exact published text. "N/A" and empty cells
// mean no value and give no row; nothing is ever filled in or rounded. Only FxScope's currencies, countries and
// years are imported, so the full files give the same rows as the subset (plus older releases when present).
//
// Expected files: eurofxref-hist.csv, ppp-gdp.csv (GDP basis, release 2026-03), one or more
// API_PA.NUS.PRVT.PP_DS2_*.csv (private consumption) and, optionally, API_PA.NUS.PPP_DS2_*.csv (GDP basis, the
// release named in its "Last Updated Date" line). The caller owns the transaction.
class FxImporter final
{
    Q_DISABLE_COPY_MOVE(FxImporter)

public:
    FxImporter() = default;

    bool run(QSqlDatabase& db, const QString& fxDirectory, QString* error);

private:
    struct Rate
    {
        QString currency;
        QString date;
        QString perEur;
    };

    struct Factor
    {
        QString country;
        QString currency;
        int year = 0;
        PppBasis basis = PppBasis::Gdp;
        QString value;
        QString release;
    };

    bool readEcb(const QString& path);
    bool readPppGdp(const QString& path);
    bool readWorldBank(const QString& path, PppBasis basis);
    // Reads a file and refuses a field longer than a name may be (FieldLimits).
    bool read(const QString& path, FxCsvFile* file);
    bool addFactor(const QString& where, const Factor& factor);
    bool write(QSqlDatabase& db);
    bool fail(const QString& reason);

    QList<Rate> m_rates;
    QList<Factor> m_factors;
    QSet<QString> m_factorKeys; // country/basis/year/release, to catch a value given twice
    QString m_lastRateDate;
    int m_lastYear[2] = {0, 0}; // per PppBasis
    QString m_newestRelease[2]; // per PppBasis
    QString m_error;
};

} // namespace cg
