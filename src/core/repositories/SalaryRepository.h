#pragma once

#include "content/SalaryFigure.h"

#include <QList>
#include <QSqlDatabase>

namespace cg {

// Salary figures exactly as their sources state them, each with its citation.
class SalaryRepository final
{
public:
    explicit SalaryRepository(QSqlDatabase db);

    QList<SalaryFigure> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
