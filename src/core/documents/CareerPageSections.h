#pragma once

#include "PayRangeChart.h"
#include "RolePageData.h"
#include "content/Source.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>

namespace cg {

// The sections the role, occupation and comparison pages share: citations of sources, the official pay, outlook,
// education and occupation data, and the article figures. Links in the sections: skill:<slug>, role:<slug>,
// occupation:<O*NET-SOC code> and #<section>. Every text from the content is escaped here.
class CareerPageSections final
{
    // The pages' texts keep the translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(cg::RolePage)

public:
    // Colours are derived from the palette, so the pages read well in light and dark themes.
    CareerPageSections(const QHash<QString, Source>& sources, const OccupationProjection& allOccupations,
                       const QPalette& palette, QLocale locale = QLocale());

    // The pages' style sheet, in the palette's colours.
    QString styleSheet() const;
    const QLocale& locale() const { return m_locale; }

    static QString importanceName(int importance); // 5 Essential ... 1 Useful

    QString citation(const QString& sourceId) const; // "O*NET 29.3 Database (as of 2025-05)"
    QString cite(const QString& sourceId) const;     // the citation, escaped and muted
    QString citeAll(const QStringList& sourceIds) const;
    QString gridTable(int padding, bool fullWidth) const; // the opening tag of a ruled table

    QString glance(const RolePageData& data) const;
    QString duties(const RoleDetail& role) const;
    QString skills(const RoleDetail& role) const;
    QString pay(const RolePageData& data) const;
    QString payFigure(const SalaryFigure& figure) const;
    QString wageTable(const OccupationWage& wage, const QString& occupationTitle) const;
    QString payRange(const OccupationWage& wage) const { return m_payRange.html(wage); }
    QString outlook(const RolePageData& data) const;
    QString outlookFigure(const RoleOutlook& outlook) const; // growth and period, escaped
    QString projection(const OccupationProjection& projection) const;
    QString education(const RolePageData& data, const QString& title) const;
    QString facts(const RoleDetail& role) const;
    QString related(const RolePageData& data) const;
    QString official(const Occupation& occupation, int headingLevel) const;
    QString sourceList(const QStringList& sourceIds) const;

    // The main occupation's figures as shown in the glance table; empty when there is none.
    QString medianPay(const RolePageData& data) const;
    QString growth(const RolePageData& data) const;
    QString entryEducation(const RolePageData& data) const;

private:
    QString figureNote(const QString& note, bool doubtful) const;
    QString ratings(const Occupation& occupation) const;
    QString technologies(const Occupation& occupation) const;

    QHash<QString, Source> m_sources;
    OccupationProjection m_all;
    QColor m_muted;
    QColor m_rule;
    QColor m_highlight;
    QLocale m_locale;
    PayRangeChart m_payRange;
};

} // namespace cg
