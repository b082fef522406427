#pragma once

#include "content/LearningStep.h"
#include "models/ItemTableModel.h"

namespace cg {

// The ordered steps of one learning path.
class StepTableModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        HoursColumn,
        PrerequisitesColumn,
        ResourcesColumn,
        ColumnCount
    };
    enum Roles
    {
        SlugRole = Qt::UserRole + 1
    };

    explicit StepTableModel(QObject* parent = nullptr);

    void setPath(const LearningPath& path);
    const LearningPath& path() const { return m_path; }
    const LearningStep& stepAt(int row) const { return m_path.steps.at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_path.steps.size()); }
    QStringList columnTitles() const override;
    QString titleOf(const QString& slug) const;

    LearningPath m_path;
};

} // namespace cg
