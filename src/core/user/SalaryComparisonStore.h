#pragma once

#include "SavedSalaryComparison.h"
#include "user/SaveResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cg {

// Saved salary comparisons in the user database (saved_comparison + comparison_pick). Names are unique; saving
// under a name that exists replaces that comparison. Each change is one transaction.
class SalaryComparisonStore final
{
    Q_DECLARE_TR_FUNCTIONS(cg::SalaryComparisonStore)

public:
    explicit SalaryComparisonStore(QSqlDatabase db);

    // Sorted by name, without their picks.
    QList<SavedSalaryComparison> list(QString* error = nullptr) const;
    std::optional<SavedSalaryComparison> load(const QString& name, QString* error = nullptr) const;
    bool contains(const QString& name) const;
    // Refuses an empty name (after trimming), more than SalaryComparison::MaxPicks keys or an unknown basis.
    bool save(const SavedSalaryComparison& comparison, QString* error);
    bool remove(const QString& name, QString* error);

    // As save() and remove(), but only while the name still stands for what the view read: comparison.id (or id) is
    // the saved comparison of that name as the view listed it, 0 when it listed none. A comparison saved, replaced or
    // deleted under that name in another window since is refused as stale, never overwritten.
    SaveResult saveIfUnchanged(const SavedSalaryComparison& comparison);
    SaveResult removeIfUnchanged(const QString& name, qint64 id);
    // The saved comparisons' ids by name, as a view keeps them to pass to the two calls above.
    QHash<QString, qint64> ids(QString* error = nullptr) const;

private:
    bool validate(const SavedSalaryComparison& comparison, QString* error) const;
    // Replaces (or adds) the rows inside a transaction the caller holds.
    bool write(const SavedSalaryComparison& comparison, QString* error);

    QSqlDatabase m_db;
};

} // namespace cg
