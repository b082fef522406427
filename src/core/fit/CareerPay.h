#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace cg {

// The pay shown beside a career in the fit ranking and the career moves: the OEWS national annual median as
// published (dollars, '#' or '*'), with the source it comes from and that source's as-of date. A curated role has
// no wage of its own: it shows the pay of its first occupation and says so.
struct CareerPay
{
    Q_DECLARE_TR_FUNCTIONS(cg::CareerPay)

public:
    QString annualMedian; // as published; empty when there is no wage row
    QString sourceId;
    QString sourceTitle;
    QString asOf;
    QString occupationCode;  // the occupation the wage belongs to
    QString occupationTitle; // filled for a role's pay, which is that of its first occupation
    bool ofRoleOccupation = false;

    // A figure is shown only with its source and date.
    bool isKnown() const { return !annualMedian.isEmpty() && !sourceId.isEmpty() && !asOf.isEmpty(); }
    // "$133,080", "$239,200 or more", "no estimate"; "not published" when there is no figure with source and date.
    QString text(const QLocale& locale = QLocale()) const;
    // "BLS OEWS … (as of 2024-05); pay of Software Developers (15-1252.00)": where the figure comes from.
    QString note() const;
};

} // namespace cg
