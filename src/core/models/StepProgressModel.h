#pragma once

#include "content/LearningStep.h"
#include "plan/StepProgress.h"
#include "plan/StudyPlan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>

namespace cg {

// Every step of a plan's learning path with the person's progress on it: a box to tick when done, the status
// (not started, in progress, done, skipped), the weeks the plan gives it and a note. Edits go through the committer
// (the user database) before the model shows them, so what is on screen is what is saved; a failed save leaves the
// row as it was and reports why.
class StepProgressModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DoneColumn,
        StatusColumn,
        StepColumn,
        HoursColumn,
        WeeksColumn,
        FinishByColumn,
        NoteColumn,
        ColumnCount
    };
    enum Roles {
        SlugRole = Qt::UserRole + 1,
        StatusRole,  // StepProgress::Status as int
        IsKnownRole, // left out because the self-assessment knows all its skills
    };

    // Saves one step's progress; returns false with *error set when it could not. On success it fills *stored with
    // what was saved (with its timestamp).
    using Committer =
        std::function<bool(const QString& slug, const StepProgress& progress, QString* error, StepProgress* stored)>;

    explicit StepProgressModel(QObject* parent = nullptr);

    // Without a committer the model is read-only (no plan saved yet, or a read-only user database).
    void setCommitter(Committer committer);
    bool isEditable() const { return bool(m_committer); }

    // plan may be empty (not scheduled); knownSlugs are the steps left out as already known.
    void setPlan(const LearningPath& path, const StudyPlan& plan, const QSet<QString>& knownSlugs,
                 const QHash<QString, StepProgress>& progress);
    void clear();

    const QHash<QString, StepProgress>& progress() const { return m_progress; }
    int rowOf(const QString& slug) const;
    QString slugAt(int row) const;
    int doneCount() const; // of the scheduled steps

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After a change has been saved; the status may have changed whether the plan is scheduled with the step.
    void progressChanged(const QString& slug);
    void commitFailed(const QString& message);

private:
    struct Schedule
    {
        int firstWeek = 0; // 0: not scheduled
        int lastWeek = 0;
        QDate finishBy;
    };

    bool commit(int row, const StepProgress& progress);
    QString weeksText(int row) const;

    LearningPath m_path;
    QSet<QString> m_known;
    QHash<QString, StepProgress> m_progress;
    QHash<QString, Schedule> m_schedule;
    Committer m_committer;
};

} // namespace cg
