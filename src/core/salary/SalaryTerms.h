#pragma once

#include <QCoreApplication>
#include <QString>

namespace cg {

// The words for the keys salary data is stored with: statistics, experience bands, periods and countries.
class SalaryTerms final
{
    Q_DECLARE_TR_FUNCTIONS(cg::SalaryTerms)

public:
    SalaryTerms() = delete;

    static QString statisticName(const QString& key);  // "Average", "Median", "10th percentile"
    static QString experienceName(const QString& key); // "All levels", "0-1 years", "15+ years"
    static QString periodName(const QString& key);     // "per year"
    static QString countryName(const QString& code);   // "United Kingdom"; the code when unknown
};

} // namespace cg
