#include "models/StepProgressModel.h"

#include "models/RowOf.h"
#include "plan/PlanDates.h"
#include "plan/TopicCoverage.h"
#include "text/PlainText.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace cg {

StepProgressModel::StepProgressModel(QObject* parent) : ItemTableModel(ColumnCount, parent)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(RetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &StepProgressModel::retryWaiting);
}

void StepProgressModel::setCommitter(Committer committer, qint64 scope)
{
    m_committer = std::move(committer);
    m_scope = scope;
    allCellsChanged();
}

void StepProgressModel::setPlan(const LearningPath& path, const StudyPlan& plan, const QSet<QString>& knownSlugs,
                                const QHash<QString, StepProgress>& progress, const QSet<QString>& doneTopics)
{
    beginResetModel();
    m_path = path;
    m_known = knownSlugs;
    m_doneTopics = doneTopics;
    m_progress = progress;
    m_schedule.clear();
    for (const StudyPlanWeek& week : plan.weeks) {
        for (const StudyPlanBlock& block : week.blocks) {
            Schedule& schedule = m_schedule[block.stepSlug];
            if (schedule.firstWeek == 0)
                schedule.firstWeek = week.index;
            schedule.lastWeek = week.index;
            if (block.finishes)
                schedule.finishBy = week.endDate;
        }
    }
    endResetModel();
}

void StepProgressModel::clear()
{
    setPlan({}, {}, {}, {});
}

int StepProgressModel::rowOf(const QString& slug) const
{
    return cg::rowOf(m_path.steps, &LearningStep::slug, slug);
}

QString StepProgressModel::slugAt(int row) const
{
    return row >= 0 && row < m_path.steps.size() ? m_path.steps.at(row).slug : QString();
}

int StepProgressModel::doneCount() const
{
    int done = 0;
    for (const LearningStep& step : m_path.steps) {
        if (m_schedule.contains(step.slug) && m_progress.value(step.slug).status == StepProgress::Status::Done)
            ++done;
    }
    return done;
}

QString StepProgressModel::weeksText(int row) const
{
    const LearningStep& step = m_path.steps.at(row);
    if (m_known.contains(step.slug))
        return tr("Already known");
    const auto found = m_schedule.constFind(step.slug);
    if (found == m_schedule.cend()) {
        if (m_progress.value(step.slug).status == StepProgress::Status::Skipped)
            return tr("Left out");
        const bool topicsDone =
            !step.topics.isEmpty() && TopicCoverage(m_doneTopics, {}).state(step) == TopicCoverage::StepState::Done;
        return topicsDone ? tr("Topics done") : QString();
    }
    if (found->firstWeek == found->lastWeek)
        return tr("Week %1").arg(found->firstWeek);
    //: A range of week numbers, e.g. "Weeks 3–8".
    return tr("Weeks %1\u2013%2").arg(found->firstWeek).arg(found->lastWeek);
}

QString StepProgressModel::rolledUpStatus(const LearningStep& step, StepProgress::Status marked) const
{
    // A status the person chose stands; a step not started rolls up from the topics ticked off.
    if (step.topics.isEmpty() || m_doneTopics.isEmpty() || marked == StepProgress::Status::Done ||
        marked == StepProgress::Status::Skipped)
        return StepProgress::displayName(marked);
    int units = 0;
    int done = 0;
    for (const StudyUnit& unit : TopicCoverage(m_doneTopics, {}).units(step)) {
        ++units;
        done += unit.done ? 1 : 0;
    }
    if (done == 0)
        return StepProgress::displayName(marked);
    const StepProgress::Status rolled = done == units ? StepProgress::Status::Done : StepProgress::Status::InProgress;
    //: A step's status rolled up from its topics, e.g. "In progress · topics 2 of 9".
    return tr("%1 \u00B7 topics %2 of %3")
        .arg(StepProgress::displayName(marked == StepProgress::Status::InProgress ? marked : rolled))
        .arg(done)
        .arg(units);
}

QVariant StepProgressModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const LearningStep& step = m_path.steps.at(row);
    const StepProgress progress = shown(step.slug);
    const bool unsaved = isUnsaved(step.slug);
    const bool known = m_known.contains(step.slug);
    const bool scheduled = m_schedule.contains(step.slug);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            if (known)
                return tr("Already known");
            return rolledUpStatus(step, progress.status);
        case StepColumn:
            return step.title;
        case HoursColumn:
            return step.hours;
        case WeeksColumn:
            return weeksText(row);
        case FinishByColumn: {
            const QDate finishBy = m_schedule.value(step.slug).finishBy;
            return finishBy.isValid() ? PlanDates::format(finishBy) : QString();
        }
        case NoteColumn:
            // The start of its first line in the table, so a long note costs a cell no more than a short one; the
            // whole note is in the editor, and most of it in the tooltip.
            return PlainText::firstLine(progress.note);
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case StatusColumn:
            return int(progress.status);
        case NoteColumn:
            return progress.note;
        }
        return data(index, Qt::DisplayRole);
    case Qt::CheckStateRole:
        if (index.column() == DoneColumn && !known)
            return int(progress.status == StepProgress::Status::Done ? Qt::Checked : Qt::Unchecked);
        return {};
    case Qt::ToolTipRole:
        // Tooltips are rich text whenever Qt guesses so: the person's note is escaped, to show as typed.
        if (unsaved && (index.column() == NoteColumn || index.column() == StatusColumn))
            return PlainText::toolTip(tr("Not saved yet: %1")
                                          .arg(index.column() == NoteColumn
                                                   ? PlainText::truncated(progress.note, PlainText::MaxToolTipLength)
                                                   : StepProgress::displayName(progress.status)));
        if (known)
            return tr("Left out of the plan: your self-assessment marks every skill this step teaches as known.");
        switch (index.column()) {
        case DoneColumn:
            return tr("Tick when you have finished this step");
        case StatusColumn:
            if (progress.updatedAt.isValid())
                return tr("%1 since %2")
                    .arg(StepProgress::displayName(progress.status),
                         PlanDates::format(progress.updatedAt.toLocalTime().date()));
            return {};
        case StepColumn:
            return QStringLiteral("%1\n\n%2").arg(step.title, step.description);
        case HoursColumn:
            return step.hoursBasis;
        case WeeksColumn:
            return scheduled ? QVariant() : QVariant(tr("Not in the schedule"));
        case NoteColumn:
            return progress.note.isEmpty() ? tr("Double-click to write a note (up to %1 characters)")
                                                 .arg(QLocale().toString(StepProgress::MaxNoteLength))
                                           : PlainText::toolTip(progress.note);
        }
        return {};
    case Qt::TextAlignmentRole:
        return numberAlignment(index.column() == HoursColumn);
    case Qt::ForegroundRole:
        if (known || progress.status == StepProgress::Status::Skipped)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn && progress.status == StepProgress::Status::InProgress && !known) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (unsaved || (index.column() == NoteColumn && progress.note.isEmpty())) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SlugRole:
        return step.slug;
    case StatusRole:
        return int(progress.status);
    case IsKnownRole:
        return known;
    default:
        return {};
    }
}

bool StepProgressModel::isUnsaved(const QString& slug) const
{
    const auto found = m_pending.constFind(slug);
    return found != m_pending.cend() && found->scope == m_scope;
}

StepProgress StepProgressModel::shown(const QString& slug) const
{
    return isUnsaved(slug) ? m_pending.value(slug).edited : m_progress.value(slug);
}

void StepProgressModel::emitRowChanged(const QString& slug)
{
    const int row = rowOf(slug);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool StepProgressModel::attempt(const QString& slug)
{
    Pending& pending = m_pending[slug];
    StepProgress stored;
    const SaveResult result = pending.committer(slug, pending.read, pending.edited, &stored);
    const bool here = pending.scope == m_scope;
    if (result.ok()) {
        const bool waited = pending.waiting;
        m_pending.remove(slug);
        if (waited)
            emit waitingForDatabase(tr("Saved once the user database was free again."));
        if (here) {
            if (stored.isBlank())
                m_progress.remove(slug);
            else
                m_progress.insert(slug, stored);
            emitRowChanged(slug);
            emit progressChanged(slug);
        }
        return true;
    }
    if (result.isBusy() && pending.since.elapsed() < m_maxWaitMs) {
        const bool first = !pending.waiting;
        pending.waiting = true;
        if (first) {
            emitRowChanged(slug);
            emit waitingForDatabase(tr("Waiting for the user database\u2026"));
        }
        if (!m_retryTimer.isActive())
            m_retryTimer.start();
        return true;
    }
    const bool noteEdited = pending.edited.note != pending.read.note;
    QString message = result.isBusy() ? tr("The user database is locked by another program, so your change was not "
                                           "saved.")
                                      : result.error;
    if (noteEdited && !result.isStale()) {
        // The words the person typed are kept, shown as unsaved, until they are saved or discarded.
        pending.waiting = false;
        message += QLatin1Char(' ');
        message += here ? tr("Your note is kept here, marked as not saved, until it is saved.")
                        : tr("Your note was: %1").arg(pending.edited.note);
        if (!here)
            m_pending.remove(slug);
        emitRowChanged(slug);
        emit commitFailed(message);
        return false;
    }
    m_pending.remove(slug);
    if (here)
        emitRowChanged(slug);
    emit commitFailed(message);
    if (result.isStale())
        emit staleProgress();
    return false;
}

void StepProgressModel::retryWaiting()
{
    const QStringList slugs = m_pending.keys();
    for (const QString& slug : slugs) {
        if (m_pending.contains(slug) && m_pending.value(slug).waiting)
            attempt(slug);
    }
}

void StepProgressModel::retryUnsaved()
{
    const QStringList slugs = m_pending.keys();
    for (const QString& slug : slugs) {
        if (!m_pending.contains(slug))
            continue;
        m_pending[slug].since.restart();
        attempt(slug);
    }
}

void StepProgressModel::discardUnsaved()
{
    const QStringList slugs = m_pending.keys();
    m_pending.clear();
    m_retryTimer.stop();
    for (const QString& slug : slugs)
        emitRowChanged(slug);
}

bool StepProgressModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (!(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const QString slug = m_path.steps.at(index.row()).slug;
    StepProgress progress = shown(slug);
    const StepProgress before = progress;

    if (index.column() == DoneColumn && role == Qt::CheckStateRole) {
        const bool checked = Qt::CheckState(value.toInt()) == Qt::Checked;
        if (checked)
            progress.status = StepProgress::Status::Done;
        else if (progress.status == StepProgress::Status::Done)
            progress.status = StepProgress::Status::NotStarted;
    } else if (index.column() == StatusColumn && role == Qt::EditRole) {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (!ok || status < 0 || status >= StepProgress::StatusCount)
            return false;
        progress.status = StepProgress::Status(status);
    } else if (index.column() == NoteColumn && role == Qt::EditRole) {
        progress.note = value.toString().trimmed();
        if (progress.note.size() > StepProgress::MaxNoteLength && progress.note != before.note) {
            emit commitFailed(StepProgress::noteTooLongMessage(progress.note.size()));
            return false;
        }
    } else {
        return false;
    }
    if (progress.status == before.status && progress.note == before.note)
        return true;
    // An edit on top of one not saved yet compares against what was read before either.
    Pending pending;
    pending.read = isUnsaved(slug) ? m_pending.value(slug).read : m_progress.value(slug);
    pending.edited = progress;
    pending.committer = m_committer;
    pending.scope = m_scope;
    pending.since.start();
    m_pending.insert(slug, pending);
    return attempt(slug);
}

Qt::ItemFlags StepProgressModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool known = m_known.contains(m_path.steps.at(index.row()).slug);
    if (!m_committer || known)
        return flags;
    if (index.column() == DoneColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == StatusColumn || index.column() == NoteColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QStringList StepProgressModel::columnTitles() const
{
    return {tr("Done"), tr("Status"), tr("Step"), tr("Hours (est.)"), tr("Weeks"), tr("Finish by"), tr("Note")};
}

QVariant StepProgressModel::columnToolTip(int column) const
{
    if (column == HoursColumn)
        return tr("Our estimate for each step; hover over a number to see how it was reached.");
    return {};
}

} // namespace cg
