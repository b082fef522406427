#pragma once

#include <QDateTime>
#include <QString>

namespace cg {

// Where the person stands on one step of a study plan, with their own note. Keyed by the step's slug wherever it is
// kept, so a newer content database with re-ordered or re-worded steps keeps it.
struct StepProgress
{
    enum class Status
    {
        NotStarted,
        InProgress,
        Done,
        Skipped, // left out by choice: the plan is scheduled without it
    };

    Status status = Status::NotStarted;
    QString note;
    QDateTime updatedAt; // UTC; invalid when never saved

    // Nothing worth keeping: the state every step starts in.
    bool isBlank() const { return status == Status::NotStarted && note.trimmed().isEmpty(); }

    // The keys the user database stores ('not-started', 'in-progress', 'done', 'skipped').
    static QString toKey(Status status);
    // Unknown keys read as NotStarted, so a newer database's extra states degrade to something harmless.
    static Status fromKey(const QString& key);
    static QString displayName(Status status);
    static constexpr int StatusCount = 4;

    // The longest note a step may keep, in characters (UTF-16 code units): a few pages of text, far more than a
    // note needs, and small enough to show, edit and print without a pause. The store refuses anything longer.
    static constexpr int MaxNoteLength = 10000;
    // Why a note of `length` characters cannot be saved.
    static QString noteTooLongMessage(qsizetype length);
};

} // namespace cg
