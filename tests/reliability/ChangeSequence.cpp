#include "ChangeSequence.h"

#include "plan/SavedStudyPlan.h"
#include "plan/StepProgress.h"
#include "user/SkillAssessmentStore.h"
#include "user/StudyPlanStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cg::test {

namespace {
const QStringList& markKeys()
{
    static const QStringList keys{QStringLiteral("know"), QStringLiteral("learning"), QStringLiteral("want")};
    return keys;
}

QString skillFor(int index)
{
    return QStringLiteral("skill-%1").arg(index, 4, 10, QLatin1Char('0'));
}

QString planFor(int group)
{
    return QStringLiteral("Plan %1 « été »").arg(group, 3, 10, QLatin1Char('0'));
}

QString stepKey(const QString& plan, const QString& step)
{
    return QStringLiteral("step/") + plan + QLatin1Char('/') + step;
}

QString stepValue(const QString& status, const QString& note)
{
    return status + QLatin1Char('|') + note;
}

bool planId(const StudyPlanStore& store, const QString& name, qint64* id, QString* error)
{
    const QList<SavedStudyPlan> plans = store.plans(error);
    for (const SavedStudyPlan& plan : plans) {
        if (plan.name == name) {
            *id = plan.id;
            return true;
        }
    }
    if (error && error->isEmpty())
        *error = QStringLiteral("no plan named %1").arg(name);
    return false;
}
} // namespace

// Groups of ten: three new skill marks, one changed and one removed mark, a new plan, three progress changes on it,
// and either one more progress row or removing the previous group's plan with all its progress. Marks made at
// group positions 0 and 2 stay for good, so the lasting state grows every group and no two prefixes look alike.
ChangeSequence::ChangeSequence(int length)
{
    m_states.append(State());
    for (int i = 0; i < length; ++i) {
        const int group = i / 10;
        Change change;
        switch (i % 10) {
        case 0:
        case 1:
        case 2:
            change.subject = skillFor(i);
            change.status = markKeys().at(i % 3);
            break;
        case 3:
            change.subject = skillFor(i - 3);
            change.status = markKeys().at((i - 2) % 3);
            break;
        case 4:
            change.subject = skillFor(i - 3); // removed
            break;
        case 5:
            change.kind = Change::Kind::CreatePlan;
            change.subject = planFor(group);
            change.hours = 4 + group % 30;
            break;
        case 6:
        case 7:
        case 8: {
            static const char* const steps[] = {"learn-computing-basics", "learn-a-server-side-language",
                                                "learn-computing-basics"};
            static const char* const statuses[] = {"in-progress", "done", "done"};
            change.kind = Change::Kind::SetProgress;
            change.subject = planFor(group);
            change.step = QString::fromLatin1(steps[i % 10 - 6]);
            change.status = QString::fromLatin1(statuses[i % 10 - 6]);
            change.note = QStringLiteral("change %1: \"quoted\", 'single', ✓\nsecond line").arg(i);
            break;
        }
        case 9:
            if (group % 2 == 1) {
                change.kind = Change::Kind::RemovePlan;
                change.subject = planFor(group - 1);
            } else {
                change.kind = Change::Kind::SetProgress;
                change.subject = planFor(group);
                change.step = QStringLiteral("build-practical-projects");
                change.status = QStringLiteral("skipped");
                change.note = QString(QLatin1String("")); // no note; empty rather than null, which binds as NULL
            }
            break;
        }
        State next = m_states.last();
        applyTo(&next, change);
        m_changes.append(change);
        m_states.append(next);
    }
}

void ChangeSequence::applyTo(State* state, const Change& change)
{
    switch (change.kind) {
    case Change::Kind::Mark:
        if (change.status.isEmpty())
            state->remove(QStringLiteral("mark/") + change.subject);
        else
            state->insert(QStringLiteral("mark/") + change.subject, change.status);
        break;
    case Change::Kind::CreatePlan:
        state->insert(QStringLiteral("plan/") + change.subject, QString::number(change.hours));
        break;
    case Change::Kind::SetProgress:
        state->insert(stepKey(change.subject, change.step), stepValue(change.status, change.note));
        break;
    case Change::Kind::RemovePlan: {
        state->remove(QStringLiteral("plan/") + change.subject);
        const QString prefix = stepKey(change.subject, QString());
        for (auto it = state->begin(); it != state->end();) {
            if (it.key().startsWith(prefix))
                it = state->erase(it);
            else
                ++it;
        }
        break;
    }
    }
}

bool ChangeSequence::apply(QSqlDatabase db, const Change& change, QString* error)
{
    switch (change.kind) {
    case Change::Kind::Mark:
        return SkillAssessmentStore(db).setStatus(change.subject, SkillAssessmentStore::fromKey(change.status), error);
    case Change::Kind::CreatePlan: {
        SavedStudyPlan plan;
        plan.name = change.subject;
        plan.roleSlug = QStringLiteral("backend-developer");
        plan.pathSlug = QStringLiteral("backend-developer");
        plan.routeSlug = QStringLiteral("bootcamp");
        plan.startDate = QDate(2025, 9, 1);
        plan.hoursPerWeek = change.hours;
        return StudyPlanStore(db).createPlan(plan, error) > 0;
    }
    case Change::Kind::SetProgress: {
        StudyPlanStore store(db);
        qint64 id = 0;
        if (!planId(store, change.subject, &id, error))
            return false;
        StepProgress progress;
        progress.status = StepProgress::fromKey(change.status);
        progress.note = change.note;
        return store.setProgress(id, change.step, progress, error);
    }
    case Change::Kind::RemovePlan: {
        StudyPlanStore store(db);
        qint64 id = 0;
        return planId(store, change.subject, &id, error) && store.removePlan(id, error);
    }
    }
    return false;
}

QVector<int> ChangeSequence::prefixesMatching(const State& state) const
{
    QVector<int> prefixes;
    for (int prefix = 0; prefix < m_states.size(); ++prefix) {
        if (m_states.at(prefix) == state)
            prefixes.append(prefix);
    }
    return prefixes;
}

// Read with plain SQL rather than through the stores, so a store that misreads cannot hide a lost change.
bool ChangeSequence::readState(QSqlDatabase db, State* state, QString* error)
{
    state->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT skill_slug, status FROM skill_assessment"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        state->insert(QStringLiteral("mark/") + query.value(0).toString(), query.value(1).toString());
    if (!query.exec(QStringLiteral("SELECT name, hours_per_week FROM study_plan"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        state->insert(QStringLiteral("plan/") + query.value(0).toString(), query.value(1).toString());
    if (!query.exec(QStringLiteral("SELECT p.name, s.step_slug, s.status, s.note FROM step_progress s "
                                   "LEFT JOIN study_plan p ON p.id = s.plan_id"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        // A progress row whose plan is gone reads with an empty plan name and so matches no prefix.
        state->insert(stepKey(query.value(0).toString(), query.value(1).toString()),
                      stepValue(query.value(2).toString(), query.value(3).toString()));
    }
    return true;
}

} // namespace cg::test
