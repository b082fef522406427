#pragma once

#include "StatedAmount.h"
#include "WagePercentiles.h"
#include "content/SalaryFigure.h"
#include "content/SourceRef.h"
#include "content/StateWage.h"
#include "salary/RoleWage.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cg {

// One thing a person can put into a salary comparison: a figure an article states, the official BLS OEWS wage
// percentiles of an occupation linked to a role, or those of an occupation in one U.S. state. Amounts stay exactly
// as stated, in their own currency; a state's are compared at U.S. average prices (see SalaryComparison).
struct SalaryEntry
{
    Q_DECLARE_TR_FUNCTIONS(cg::SalaryEntry)

public:
    enum class Kind
    {
        ArticleFigure,
        OfficialWage,
        StateWage,
    };

    Kind kind = Kind::ArticleFigure;
    // Stable across content releases as long as the figure itself is unchanged; saved comparisons refer to it.
    QString key;
    qint64 figureId = 0; // article figures: salary_figure.id of this content release
    QString roleSlug;
    QString roleName;
    QString country;     // ISO 3166 alpha-2 of the labour market the figure describes
    StatedAmount amount; // the headline figure: the stated amount, or for official wages the median
    QString period;      // year, month, hour
    QString statistic;   // average, median, low, high, ...
    QString experience;  // all, 0-1, 1-4, 15+, entry ...
    SourceRef source;
    QString sourceLabel; // "Glassdoor via Forage", "BLS OEWS (official)"
    QString note;
    bool doubtful = false;
    // Official wages only.
    QString occupationCode;  // BLS SOC code, e.g. 15-1252
    QString occupationTitle; // "Software Developers"
    QString socCode;         // the O*NET-SOC code that links the role to it, e.g. 15-1252.00
    WagePercentiles range;
    // State wages only.
    QString state;           // USPS code: CA
    QString stateName;       // California
    PriceParity priceParity; // the state's latest all-items BEA RPP; invalid when BEA publishes none

    bool isOfficial() const { return kind == Kind::OfficialWage || kind == Kind::StateWage; }
    bool isState() const { return kind == Kind::StateWage; }
    QString currency() const { return amount.amount.currency(); }
    QString asOf() const { return source.asOf; }
    QDate conversionDate() const { return conversionDate(source.asOf); }

    // The day a figure's as-of date stands for when it is converted:
    //   "2023-08-31" -> that day;
    //   "2023-08"    -> the last day of that month (2023-08-31);
    //   "2023"       -> the last day of that year (2023-12-31).
    // A figure stated "as of" a month or year describes pay up to then, so the last day of that period is the one
    // moment the statement certainly covers; rates come from that day or the nearest earlier ECB business day, and
    // PPP factors from that year, so no rate from after the period the source names is ever used. Anything else
    // gives an invalid date (and the conversion says so).
    static QDate conversionDate(const QString& asOf);

    // What the figure is, so that no two figures read alike: the occupation (official wages), the statistic and
    // experience, and the source, joined by separator:
    //   "Software Developers (15-1252) · Median · All levels · BLS OEWS (official)"
    //   "Average · 0-1 years · Glassdoor via Forage"
    //   "Software Developers (15-1252) · California · Median · All levels · BLS OEWS May 2024, state (official)"
    QString figureLabel(const QString& separator = QStringLiteral(" \u00B7 ")) const;
    // Where the pay is earned: "United Kingdom", or for a state "California, United States".
    QString placeName() const;

    static SalaryEntry fromFigure(const SalaryFigure& figure);
    // The annual percentiles, median as headline; hourly ones when BLS publishes only hourly wages.
    static SalaryEntry fromRoleWage(const RoleWage& roleWage);
    // The annual percentiles of one occupation in one state, median as headline, with the state's price level.
    static SalaryEntry fromStateWage(const StateWage& wage, const QString& occupationTitle, const PriceParity& parity,
                                     const SourceRef& source);

    static QString figureKey(const SalaryFigure& figure);
    static QString officialKey(const QString& roleSlug, const QString& occupationCode);
    static QString stateKey(const QString& occupationCode, const QString& state);
    // The occupation code and state a stateKey() names; false for any other key.
    static bool parseStateKey(const QString& key, QString* occupationCode, QString* state);
};

} // namespace cg
