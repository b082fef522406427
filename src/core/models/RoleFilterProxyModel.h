#pragma once

#include <QSortFilterProxyModel>

namespace cg {

// Filters the role list by free text (name, alias, category, summary), by official outlook and by the education
// usually needed to enter the role.
class RoleFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Outlook
    {
        Any,
        FasterThanAverage,
        Growing,
        NotGrowing
    };

    explicit RoleFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setOutlook(Outlook outlook);
    // Growth of all occupations over the same period, a decimal string; "faster than average" compares with it.
    void setAverageGrowth(const QString& percent);
    void setEducation(const QString& education); // empty: any

    // Whether a growth figure (a decimal string, possibly empty or a marker) passes an outlook filter.
    static bool matches(Outlook outlook, const QString& growth, const QString& averageGrowth);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    Outlook m_outlook = Outlook::Any;
    QString m_average;
    QString m_education;
};

} // namespace cg
