#pragma once

#include "content/Skill.h"
#include "user/SkillAssessmentStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace cg {

// The skill catalogue with the person's own status beside each skill.
class SkillTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CategoryColumn, KindColumn, RolesColumn, StatusColumn, ColumnCount };
    enum Roles { SlugRole = Qt::UserRole + 1, CategoryKeyRole, KindKeyRole, StatusRole };

    explicit SkillTableModel(QObject* parent = nullptr);

    void setSkills(const QList<Skill>& skills, const QHash<QString, SkillAssessmentStore::Status>& statuses);
    void setStatus(const QString& slug, SkillAssessmentStore::Status status);
    const Skill& skillAt(int row) const { return m_skills.at(row); }
    int rowOf(const QString& slug) const;

    static QString categoryName(const QString& key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Skill> m_skills;
    QHash<QString, SkillAssessmentStore::Status> m_statuses;
};

} // namespace cg
