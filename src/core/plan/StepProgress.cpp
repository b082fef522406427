#include "plan/StepProgress.h"

#include <QCoreApplication>
#include <QLocale>

namespace cg {

QString StepProgress::toKey(Status status)
{
    switch (status) {
    case Status::NotStarted:
        break;
    case Status::InProgress:
        return QStringLiteral("in-progress");
    case Status::Done:
        return QStringLiteral("done");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("not-started");
}

StepProgress::Status StepProgress::fromKey(const QString& key)
{
    if (key == QLatin1String("in-progress"))
        return Status::InProgress;
    if (key == QLatin1String("done"))
        return Status::Done;
    if (key == QLatin1String("skipped"))
        return Status::Skipped;
    return Status::NotStarted;
}

QString StepProgress::displayName(Status status)
{
    switch (status) {
    case Status::NotStarted:
        break;
    case Status::InProgress:
        return QCoreApplication::translate("cg::StepProgress", "In progress");
    case Status::Done:
        return QCoreApplication::translate("cg::StepProgress", "Done");
    case Status::Skipped:
        return QCoreApplication::translate("cg::StepProgress", "Skipped");
    }
    return QCoreApplication::translate("cg::StepProgress", "Not started");
}

QString StepProgress::noteTooLongMessage(qsizetype length)
{
    const QLocale locale;
    return QCoreApplication::translate("cg::StepProgress",
                                       "A note can hold up to %1 characters; this one has %2, so it was not saved. "
                                       "Shorten it, or keep longer texts in a file of your own.")
        .arg(locale.toString(MaxNoteLength), locale.toString(qint64(length)));
}

} // namespace cg
