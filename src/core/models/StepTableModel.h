#pragma once

#include "content/LearningStep.h"

#include <QAbstractTableModel>

namespace cg {

// The ordered steps of one learning path.
class StepTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TitleColumn, HoursColumn, PrerequisitesColumn, ResourcesColumn, ColumnCount };
    enum Roles { SlugRole = Qt::UserRole + 1 };

    explicit StepTableModel(QObject* parent = nullptr);

    void setPath(const LearningPath& path);
    const LearningPath& path() const { return m_path; }
    const LearningStep& stepAt(int row) const { return m_path.steps.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString titleOf(const QString& slug) const;

    LearningPath m_path;
};

} // namespace cg
