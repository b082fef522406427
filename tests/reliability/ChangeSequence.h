#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace cg::test {

// The known, deterministic list of user-data changes the kill test applies through the real core API (skill marks,
// study plans, step progress, removing a plan with its progress in one transaction), and the state the user database
// must hold after any prefix of it. Every prefix leads to a different state, so the state read back after a crash
// names exactly how many changes it holds.
class ChangeSequence final
{
public:
    struct Change
    {
        enum class Kind
        {
            Mark,
            CreatePlan,
            SetProgress,
            RemovePlan
        };
        Kind kind = Kind::Mark;
        QString subject; // skill slug or plan name
        QString step;    // SetProgress: step slug
        QString status;  // Mark: SkillAssessmentStore key, empty removes it; SetProgress: StepProgress key
        QString note;    // SetProgress
        int hours = 0;   // CreatePlan
    };

    // What the kill test compares: "mark/SLUG" -> status, "plan/NAME" -> hours, "step/NAME/SLUG" -> status + note.
    using State = QMap<QString, QString>;

    explicit ChangeSequence(int length);

    int length() const { return int(m_changes.size()); }
    const Change& at(int index) const { return m_changes.at(index); }

    // Applies one change through the stores the app itself uses; true once it is committed.
    static bool apply(QSqlDatabase db, const Change& change, QString* error);

    // The state after the first `prefix` changes, for every prefix 0..length().
    const State& stateAfter(int prefix) const { return m_states.at(prefix); }
    // The prefix lengths whose state equals `state` (the sequence is built so there is at most one).
    QVector<int> prefixesMatching(const State& state) const;

    static bool readState(QSqlDatabase db, State* state, QString* error);

private:
    static void applyTo(State* state, const Change& change);

    QVector<Change> m_changes;
    QVector<State> m_states;
};

} // namespace cg::test
