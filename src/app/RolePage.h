#pragma once

#include "content/LearningStep.h"
#include "content/Occupation.h"
#include "content/Role.h"
#include "content/SalaryFigure.h"
#include "content/Source.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPalette>

namespace cg {

// Writes the rich-text pages of the Roles tab: one role, one official occupation, or two roles side by side.
// Links in the pages: skill:<slug>, role:<slug>, occupation:<O*NET-SOC code> and #<section>.
class RolePage final
{
    Q_DECLARE_TR_FUNCTIONS(cg::RolePage)

public:
    // Everything one role page shows, gathered by the tab from the repositories.
    struct RoleData
    {
        RoleDetail role;
        QList<SalaryFigure> pay;
        QList<Occupation> occupations; // in the role's order; the first is the role's main occupation
        QList<EducationRoute> routes;  // the guide's entry routes, for roles it has a learning path towards
    };

    // Colours are derived from the palette, so the page reads well in light and dark themes.
    RolePage(const QHash<QString, Source>& sources, const OccupationProjection& allOccupations, const QPalette& palette,
             QLocale locale = QLocale());

    QString role(const RoleData& data) const;
    QString occupation(const Occupation& occupation, const QList<RoleLink>& linkedRoles) const;
    QString comparison(const RoleData& first, const RoleData& second) const;

    // The page's style sheet (colours from the palette the tab passed in).
    QString styleSheet() const;

    static QString importanceName(int importance); // 5 Essential ... 1 Useful
    // A colour share of the way from one colour to another, e.g. muted text between text and background.
    static QColor blend(const QColor& from, const QColor& to, double share);

private:
    QString citation(const QString& sourceId) const; // "O*NET 29.3 Database (as of 2025-05)"
    QString cite(const QString& sourceId) const;     // the citation, escaped and muted
    QString citeAll(const QStringList& sourceIds) const;
    QString figureNote(const QString& note, bool doubtful) const;
    QString gridTable(int padding, bool fullWidth) const; // the opening tag of a ruled table

    QString glance(const RoleData& data) const;
    QString duties(const RoleDetail& role) const;
    QString skills(const RoleDetail& role) const;
    QString pay(const RoleData& data) const;
    QString payFigure(const SalaryFigure& figure) const;
    QString wageTable(const OccupationWage& wage, const QString& occupationTitle) const;
    QString outlook(const RoleData& data) const;
    QString projection(const OccupationProjection& projection) const;
    QString education(const RoleData& data) const;
    QString facts(const RoleDetail& role) const;
    QString related(const RoleData& data) const;
    QString official(const Occupation& occupation, int headingLevel) const;
    QString ratings(const Occupation& occupation) const;
    QString technologies(const Occupation& occupation) const;
    QString sourceList(const QStringList& sourceIds) const;

    QString medianPay(const RoleData& data) const;
    QString growth(const RoleData& data) const;
    QString entryEducation(const RoleData& data) const;

    QHash<QString, Source> m_sources;
    OccupationProjection m_all;
    QColor m_muted;
    QColor m_rule;
    QColor m_highlight;
    QLocale m_locale;
};

} // namespace cg
