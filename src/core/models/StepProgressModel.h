#pragma once

#include "content/LearningStep.h"
#include "models/ItemTableModel.h"
#include "plan/StepProgress.h"
#include "plan/StudyPlan.h"
#include "user/SaveResult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>

namespace cg {

// Every step of a plan's learning path with the person's progress on it: a box to tick when done, the status
// (not started, in progress, done, skipped), the weeks the plan gives it and a note. Edits go through the committer
// (the user database) before the model shows them as saved. Each edit passes on the progress as it was read and as
// edited, so only the edited field is written and a change saved elsewhere since is refused (stale), never
// overwritten. A save that finds the database locked by another program is retried from the event loop, never by
// blocking; a note that cannot be saved stays on screen, marked unsaved, until it is saved or discarded. Any other
// failed save leaves the row as it was and reports why.
class StepProgressModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DoneColumn,
        StatusColumn,
        StepColumn,
        HoursColumn,
        WeeksColumn,
        FinishByColumn,
        NoteColumn,
        ColumnCount
    };
    enum Roles
    {
        SlugRole = Qt::UserRole + 1,
        StatusRole,  // StepProgress::Status as int
        IsKnownRole, // left out because the self-assessment knows all its skills
    };

    // Saves one step's progress: the fields in which `edited` differs from `read`. On success it fills *stored with
    // the whole progress as saved now (with its timestamp).
    using Committer = std::function<SaveResult(const QString& slug, const StepProgress& read,
                                               const StepProgress& edited, StepProgress* stored)>;

    // How often a save that found the database locked is tried again, and for how long before it is given up.
    static constexpr int RetryIntervalMs = 100;
    static constexpr int DefaultMaxWaitMs = 10000;

    explicit StepProgressModel(QObject* parent = nullptr);

    // Without a committer the model is read-only (no plan saved yet, or a read-only user database). `scope` names
    // what the committer saves to (the plan's id): an unsaved edit is only shown while its scope is on screen.
    void setCommitter(Committer committer, qint64 scope = 0);
    void setMaxWait(int milliseconds) { m_maxWaitMs = milliseconds; }

    // Edits not saved yet: waiting for the database, or a note that failed to save and is kept on screen.
    bool hasUnsavedChanges() const { return !m_pending.isEmpty(); }
    bool isUnsaved(const QString& slug) const;
    // Tries every unsaved edit again now (with a fresh wait); drops them all.
    void retryUnsaved();
    void discardUnsaved();
    bool isEditable() const { return bool(m_committer); }

    // plan may be empty (not scheduled); knownSlugs are the steps left out as already known; doneTopics the topics
    // ticked off, which roll up into the status of a step not marked otherwise ("In progress · topics 2 of 9").
    void setPlan(const LearningPath& path, const StudyPlan& plan, const QSet<QString>& knownSlugs,
                 const QHash<QString, StepProgress>& progress, const QSet<QString>& doneTopics = {});
    void clear();

    const QHash<QString, StepProgress>& progress() const { return m_progress; }
    int rowOf(const QString& slug) const;
    QString slugAt(int row) const;
    int doneCount() const; // of the scheduled steps

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // After a change has been saved; the status may have changed whether the plan is scheduled with the step.
    void progressChanged(const QString& slug);
    void commitFailed(const QString& message);
    // A save waits for another program's lock on the user database ("Waiting for the user database…"), and then
    // when such a save went through.
    void waitingForDatabase(const QString& message);
    // A save was refused because the step changed elsewhere since it was read: what is shown is out of date.
    void staleProgress();

private:
    int itemCount() const override { return int(m_path.steps.size()); }
    QStringList columnTitles() const override;
    QVariant columnToolTip(int column) const override;

    struct Schedule
    {
        int firstWeek = 0; // 0: not scheduled
        int lastWeek = 0;
        QDate finishBy;
    };

    struct Pending
    {
        StepProgress read;   // as the view read it: what the store compares against
        StepProgress edited; // what the person asked for
        Committer committer; // the plan it belongs to, even if another plan is on screen by now
        qint64 scope = 0;
        QElapsedTimer since; // how long it has waited for the database
        bool waiting = false;
    };

    // Tries the pending edit of `slug` once; false when it failed for good.
    bool attempt(const QString& slug);
    void retryWaiting();
    StepProgress shown(const QString& slug) const;
    void emitRowChanged(const QString& slug);
    QString weeksText(int row) const;
    QString rolledUpStatus(const LearningStep& step, StepProgress::Status marked) const;

    LearningPath m_path;
    QSet<QString> m_known;
    QSet<QString> m_doneTopics;
    QHash<QString, StepProgress> m_progress;
    QHash<QString, Schedule> m_schedule;
    Committer m_committer;
    qint64 m_scope = 0;
    QHash<QString, Pending> m_pending;
    QTimer m_retryTimer;
    int m_maxWaitMs = DefaultMaxWaitMs;
};

} // namespace cg
