#pragma once

#include "content/Skill.h"
#include "models/ItemTableModel.h"
#include "user/SkillAssessmentStore.h"

#include <QHash>
#include <QList>

namespace cg {

// The skill catalogue with O*NET's technology flags, how much the target role needs each skill, and the person's
// own status beside it.
class SkillTableModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CategoryColumn,
        KindColumn,
        NeededByColumn,
        TargetColumn,
        TechnologyColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles
    {
        SlugRole = Qt::UserRole + 1,
        CategoryKeyRole,
        KindKeyRole,
        StatusRole,
        HotRole,
        InDemandRole,
        TargetImportanceRole,
        SortRole
    };

    explicit SkillTableModel(QObject* parent = nullptr);

    void setSkills(const QList<Skill>& skills, const QHash<QString, SkillAssessmentStore::Status>& statuses);
    void setStatus(const QString& slug, SkillAssessmentStore::Status status);
    // All statuses at once, as saved now (another window may have changed them); only changed rows are signalled.
    void setStatuses(const QHash<QString, SkillAssessmentStore::Status>& statuses);
    // How much the target role needs each skill (1-5); skills it does not list are absent.
    void setTargetImportance(const QString& roleName, const QHash<QString, int>& importance);
    const Skill& skillAt(int row) const { return m_skills.at(row); }
    // What SortRole gives for the category column: category name and skill name, case-folded.
    const QString& categorySortKey(int row) const { return m_categorySortKeys.at(row); }
    int rowOf(const QString& slug) const;
    SkillAssessmentStore::Status status(const QString& slug) const;
    const QHash<QString, SkillAssessmentStore::Status>& statuses() const { return m_statuses; }

    static QString categoryName(const QString& key);
    static QString importanceDots(int importance); // "●●●○○"

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_skills.size()); }
    QStringList columnTitles() const override;
    QVariant columnToolTip(int column) const override;
    QString technologyText(const Skill& skill) const;

    QList<Skill> m_skills;
    QStringList m_categorySortKeys; // per row: category name and skill name, case-folded, built once per setSkills
    QHash<QString, SkillAssessmentStore::Status> m_statuses;
    QHash<QString, int> m_targetImportance;
    QString m_targetName;
};

} // namespace cg
