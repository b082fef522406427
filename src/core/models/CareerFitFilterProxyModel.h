#pragma once

#include <QSortFilterProxyModel>

namespace cg {

// Filters the fit ranking by free text (in the career's name or code, case aside) and to curated roles only.
// Sorts by CareerFitModel::SortRole.
class CareerFitFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CareerFitFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setRolesOnly(bool rolesOnly);
    bool rolesOnly() const { return m_rolesOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    bool m_rolesOnly = false;
};

} // namespace cg
