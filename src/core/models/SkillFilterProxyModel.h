#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace cg {

// Filters the skill catalogue by free text, category, kind (hard/soft), the person's status, O*NET's Hot Technology
// flag, and a set of skills (the gap towards a target role). Sorts by SkillTableModel::SortRole.
class SkillFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // Status filter values beyond SkillAssessmentStore::Status: every status, or anything not marked known.
    static constexpr int AnyStatus = -1;
    static constexpr int NotKnown = -2;

    explicit SkillFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setCategory(const QString& categoryKey); // empty: every category
    void setKind(const QString& kind);            // empty: hard and soft
    void setStatus(int status);                   // a SkillAssessmentStore::Status, AnyStatus or NotKnown
    void setHotOnly(bool hotOnly);
    // Only these slugs; an unset restriction (the default) shows every skill.
    void restrictTo(const QSet<QString>& slugs);
    void clearRestriction();
    bool isRestricted() const { return m_restricted; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QString m_category;
    QString m_kind;
    int m_status = AnyStatus;
    bool m_hotOnly = false;
    bool m_restricted = false;
    QSet<QString> m_slugs;
};

} // namespace cg
