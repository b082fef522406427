#include "SalaryRepository.h"

#include "database/ReadQuery.h"
#include "money/Decimal.h"

#include <algorithm>

namespace cg {

SalaryRepository::SalaryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<SalaryFigure> SalaryRepository::all(QString* error) const
{
    QList<SalaryFigure> figures;
    ReadQuery query(m_db);
    query.select(QStringLiteral(
        "SELECT f.id, r.slug, r.name, f.country, f.currency, f.amount_minor, f.period, f.statistic, f.experience, "
        "       f.source_id, s.title, coalesce(f.origin_id, ''), coalesce(o.title, ''), f.as_of, f.note, f.doubtful, "
        "       s.publisher, coalesce(o.publisher, '') "
        "FROM salary_figure f JOIN role r ON r.id = f.role_id JOIN source s ON s.id = f.source_id "
        "LEFT JOIN source o ON o.id = f.origin_id ORDER BY f.id"));
    while (query.next()) {
        SalaryFigure figure;
        figure.id = query.value(0).toLongLong();
        figure.roleSlug = query.value(1).toString();
        figure.roleName = query.value(2).toString();
        figure.country = query.value(3).toString();
        figure.currency = query.value(4).toString();
        figure.amountMinor = query.value(5).toLongLong();
        figure.period = query.value(6).toString();
        figure.statistic = query.value(7).toString();
        figure.experience = query.value(8).toString();
        figure.source = {query.value(9).toString(),  query.value(10).toString(), query.value(11).toString(),
                         query.value(12).toString(), query.value(13).toString(), query.value(16).toString(),
                         query.value(17).toString()};
        figure.note = query.value(14).toString();
        figure.doubtful = query.value(15).toBool();
        figures.append(figure);
    }
    return query.result(figures, error);
}

QList<PremiumStatement> SalaryRepository::premiums(QString* error) const
{
    QList<PremiumStatement> rows;
    ReadQuery query(m_db);
    query.select(QStringLiteral(
        "SELECT k.slug, k.name, r.slug, r.name, p.percent, p.source_id, s.title, coalesce(p.origin_id, ''), "
        "       coalesce(g.title, ''), p.as_of, s.publisher, coalesce(g.publisher, ''), p.note, p.doubtful "
        "FROM skill_premium p JOIN skill k ON k.id = p.skill_id JOIN role r ON r.id = p.role_id "
        "JOIN source s ON s.id = p.source_id LEFT JOIN source g ON g.id = p.origin_id ORDER BY r.name, p.id"));
    while (query.next()) {
        PremiumStatement row;
        row.skillSlug = query.value(0).toString();
        row.skillName = query.value(1).toString();
        row.roleSlug = query.value(2).toString();
        row.roleName = query.value(3).toString();
        row.percent = query.value(4).toString();
        row.source = {query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
                      query.value(8).toString(), query.value(9).toString(), query.value(10).toString(),
                      query.value(11).toString()};
        row.note = query.value(12).toString();
        row.doubtful = query.value(13).toBool();
        rows.append(row);
    }
    // Largest first within a role, compared as the exact decimals they are stated as.
    std::stable_sort(rows.begin(), rows.end(), [](const PremiumStatement& a, const PremiumStatement& b) {
        if (a.roleName != b.roleName)
            return a.roleName < b.roleName;
        const Decimal left = Decimal::fromString(a.percent).value_or(Decimal());
        const Decimal right = Decimal::fromString(b.percent).value_or(Decimal());
        return right < left;
    });
    return query.result(rows, error);
}

CurrencyConverter SalaryRepository::converter(QString* error) const
{
    return CurrencyConverter::load(m_db, error);
}

} // namespace cg
