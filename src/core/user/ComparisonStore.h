#pragma once

#include "SavedComparison.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cg {

// Saved salary comparisons in the user database (saved_comparison + comparison_pick). Names are unique; saving
// under a name that exists replaces that comparison. Each change is one transaction.
class ComparisonStore final
{
    Q_DECLARE_TR_FUNCTIONS(cg::ComparisonStore)

public:
    explicit ComparisonStore(QSqlDatabase db);

    // Sorted by name, without their picks.
    QList<SavedComparison> list(QString* error = nullptr) const;
    std::optional<SavedComparison> load(const QString& name, QString* error = nullptr) const;
    bool contains(const QString& name) const;
    // Refuses an empty name (after trimming), more than SalaryComparison::MaxPicks keys or an unknown basis.
    bool save(const SavedComparison& comparison, QString* error);
    bool remove(const QString& name, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace cg
