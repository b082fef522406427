#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace cg {

// The change in pay from one occupation to another: destination's OEWS national annual median minus the origin's,
// in whole dollars (AnnualPay). BLS prints '#' for a median at or above its top code, which counts as the top code
// itself, so a change towards such a job is "at least" the difference and one away from it "at most". The change is
// unknown — never 0 — when either median is not published ('*', blank, no row) or when both are top-coded.
class PayChange final
{
    Q_DECLARE_TR_FUNCTIONS(cg::PayChange)

public:
    enum class Kind
    {
        Unknown,
        Exact,
        AtLeast, // the destination is top-coded: the change is this or more
        AtMost   // the origin is top-coded: the change is this or less
    };

    PayChange() = default;
    static PayChange between(const QString& originMedian, const QString& destinationMedian);

    Kind kind() const { return m_kind; }
    bool isKnown() const { return m_kind != Kind::Unknown; }
    qint64 dollars() const { return m_dollars; } // 0 when unknown

    // "+$12,340", "−$5,000" (U+2212), "+$0", "at least +$106,120", "at most −$3,000", "unknown".
    QString text(const QLocale& locale = QLocale()) const;
    // Sorting: a larger change first; "at least" above an equal exact change, "at most" below; unknown last.
    bool ranksAbove(const PayChange& other) const;

private:
    Kind m_kind = Kind::Unknown;
    qint64 m_dollars = 0;
};

} // namespace cg
