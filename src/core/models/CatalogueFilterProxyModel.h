#pragma once

#include "content/GrowthCategory.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace cg {

class CatalogueListModel;

// Filters and sorts the career catalogue: by words of the title, SOC job family, O*NET job zone, typical entry
// education, the Handbook's growth category and a median pay range, compared as whole dollars; sorted by name (the
// guide's roles first), median pay, growth or openings, the highest first and careers without the figure last.
class CatalogueFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Sort
    {
        Name,
        MedianPay,
        Growth,
        Openings
    };

    static constexpr int AnyJobZone = -1;
    static constexpr int NoJobZone = 0;

    explicit CatalogueFilterProxyModel(QObject* parent = nullptr);

    // The catalogue this proxy filters; it must be set instead of a plain source model.
    void setCatalogue(CatalogueListModel* catalogue);

    void setText(const QString& text);
    void setFamily(const QString& familyCode);            // empty: any
    void setJobZone(int zone);                            // AnyJobZone, NoJobZone or 1-5
    void setEducation(const QString& education);          // empty: any
    void setGrowth(std::optional<GrowthCategory> growth); // none: any
    void setPayRange(std::optional<qint64> minimum, std::optional<qint64> maximum);
    void setSortBy(Sort sort);
    Sort sortBy() const { return m_sort; }

    // Whether any filter is set.
    bool isFiltered() const;
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const CatalogueListModel* m_catalogue = nullptr;
    QStringList m_words;
    QString m_family;
    int m_jobZone = AnyJobZone;
    QString m_education;
    std::optional<GrowthCategory> m_growth;
    std::optional<qint64> m_payMinimum;
    std::optional<qint64> m_payMaximum;
    Sort m_sort = Sort::Name;
};

} // namespace cg
