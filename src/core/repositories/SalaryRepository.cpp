#include "SalaryRepository.h"

#include <QSqlQuery>

namespace cg {

SalaryRepository::SalaryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<SalaryFigure> SalaryRepository::all() const
{
    QList<SalaryFigure> figures;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT f.id, r.slug, r.name, f.country, f.currency, f.amount_minor, f.period, f.statistic, f.experience, "
        "       f.source_id, s.title, coalesce(f.origin_id, ''), coalesce(o.title, ''), f.as_of, f.note, f.doubtful "
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
        figure.source = {query.value(9).toString(), query.value(10).toString(), query.value(11).toString(),
                         query.value(12).toString(), query.value(13).toString()};
        figure.note = query.value(14).toString();
        figure.doubtful = query.value(15).toBool();
        figures.append(figure);
    }
    return figures;
}

} // namespace cg
