#pragma once

#include "plan/SavedStudyPlan.h"
#include "plan/StepProgress.h"
#include "user/SaveResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace cg {

// The person's named study plans and their progress on each step, in the user database. Every change is committed
// before the call returns, so nothing waits for a save or a clean exit. Progress rows are keyed by step slug, not
// by position, so they survive a content update that re-orders or renames steps.
class StudyPlanStore final
{
    Q_DECLARE_TR_FUNCTIONS(StudyPlanStore)

public:
    using Clock = std::function<QDateTime()>;

    explicit StudyPlanStore(QSqlDatabase db);

    // The connection, for stores of what belongs to a plan (CalendarExportStore).
    QSqlDatabase database() const { return m_db; }

    // Timestamps come from here (UTC); tests pass a fixed clock.
    void setClock(Clock clock);

    // Ordered by name, as the plan switcher lists them.
    QList<SavedStudyPlan> plans(QString* error = nullptr) const;
    std::optional<SavedStudyPlan> plan(qint64 id) const;

    // Saves a new plan (plan.id is ignored; createdAt is set now). Returns the new id, or 0 with *error set: an empty
    // or taken name, a non-positive pace, an invalid start date, or a database that cannot be written.
    qint64 createPlan(const SavedStudyPlan& plan, QString* error);
    // Saves new choices for an existing plan; its progress is kept. Writes every field as given.
    bool updatePlan(const SavedStudyPlan& plan, QString* error);
    // Saves only the fields in which `edited` differs from `read` (the plan as the view read it), and only if each of
    // those fields still holds the value read: a field another window changed since is refused as stale, never
    // overwritten. Fields not edited keep whatever is saved now.
    SaveResult changePlan(const SavedStudyPlan& read, const SavedStudyPlan& edited);
    // Removes the plan and all its progress in one transaction.
    bool removePlan(qint64 id, QString* error);

    // "base", or "base 2", "base 3" … whichever is not taken yet.
    QString unusedName(const QString& base) const;

    // Progress by step slug; steps never touched are absent (read them as not started).
    QHash<QString, StepProgress> progress(qint64 planId, QString* error = nullptr) const;
    // A blank progress (not started, no note) removes the row. On success *stored (if given) receives the progress
    // as saved, with its timestamp.
    bool setProgress(qint64 planId, const QString& stepSlug, const StepProgress& progress, QString* error,
                     StepProgress* stored = nullptr);
    // Saves only what the person changed: the status and/or the note in which `edited` differs from `read` (the
    // progress as the view read it). Refused as stale when such a field no longer holds the value read, so a change
    // saved by another window is never overwritten; a field not edited keeps its saved value. *stored (if given)
    // receives the whole progress as saved now. A progress that ends blank removes the row.
    SaveResult changeProgress(qint64 planId, const QString& stepSlug, const StepProgress& read,
                              const StepProgress& edited, StepProgress* stored = nullptr);

private:
    bool validate(const SavedStudyPlan& plan, QString* error) const;
    QDateTime now() const;

    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace cg
