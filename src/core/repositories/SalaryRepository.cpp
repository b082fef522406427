#include "SalaryRepository.h"

#include "ColumnReaders.h"
#include "database/ReadQuery.h"
#include "money/Decimal.h"

#include <algorithm>

namespace cg {

SalaryRepository::SalaryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<SalaryFigure> SalaryRepository::all(QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral(
            "SELECT f.id, r.slug, r.name, f.country, f.currency, f.amount_minor, f.period, f.statistic, f.experience, "
            "       f.note, f.doubtful, f.source_id, s.title, s.publisher, coalesce(f.origin_id, ''), "
            "       coalesce(o.title, ''), coalesce(o.publisher, ''), f.as_of "
            "FROM salary_figure f JOIN role r ON r.id = f.role_id JOIN source s ON s.id = f.source_id "
            "LEFT JOIN source o ON o.id = f.origin_id ORDER BY f.id"),
        {},
        [](const ReadQuery& row) {
            SalaryFigure figure;
            figure.id = row.value(0).toLongLong();
            figure.roleSlug = row.value(1).toString();
            figure.roleName = row.value(2).toString();
            figure.country = row.value(3).toString();
            figure.currency = row.value(4).toString();
            figure.amountMinor = row.value(5).toLongLong();
            figure.period = row.value(6).toString();
            figure.statistic = row.value(7).toString();
            figure.experience = row.value(8).toString();
            figure.note = row.value(9).toString();
            figure.doubtful = row.value(10).toBool();
            figure.source = sourceRefAt(row.query(), 11);
            return figure;
        },
        error);
}

QList<PremiumStatement> SalaryRepository::premiums(QString* error) const
{
    ReadQuery query(m_db);
    QList<PremiumStatement> rows = query.rows(
        QStringLiteral(
            "SELECT k.slug, k.name, r.slug, r.name, p.percent, p.note, p.doubtful, p.source_id, s.title, s.publisher, "
            "       coalesce(p.origin_id, ''), coalesce(g.title, ''), coalesce(g.publisher, ''), p.as_of "
            "FROM skill_premium p JOIN skill k ON k.id = p.skill_id JOIN role r ON r.id = p.role_id "
            "JOIN source s ON s.id = p.source_id LEFT JOIN source g ON g.id = p.origin_id ORDER BY r.name, p.id"),
        {}, [](const ReadQuery& row) {
            PremiumStatement premium;
            premium.skillSlug = row.value(0).toString();
            premium.skillName = row.value(1).toString();
            premium.roleSlug = row.value(2).toString();
            premium.roleName = row.value(3).toString();
            premium.percent = row.value(4).toString();
            premium.note = row.value(5).toString();
            premium.doubtful = row.value(6).toBool();
            premium.source = sourceRefAt(row.query(), 7);
            return premium;
        });
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
