#pragma once

#include <QSortFilterProxyModel>

namespace cg {

// Filters the skill catalogue by free text, category and kind (hard/soft).
class SkillFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SkillFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setCategory(const QString& categoryKey); // empty: every category
    void setKind(const QString& kind);            // empty: hard and soft

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_category;
    QString m_kind;
};

} // namespace cg
