#include "plan/StepProgress.h"

#include "text/EnumWords.h"

#include <QCoreApplication>
#include <QLocale>

namespace cg {

namespace {
constexpr EnumWord<StepProgress::Status> Keys[] = {
    {StepProgress::Status::NotStarted, "not-started"},
    {StepProgress::Status::InProgress, "in-progress"},
    {StepProgress::Status::Done, "done"},
    {StepProgress::Status::Skipped, "skipped"},
};

constexpr EnumWord<StepProgress::Status> Names[] = {
    {StepProgress::Status::NotStarted, QT_TRANSLATE_NOOP("cg::StepProgress", "Not started")},
    {StepProgress::Status::InProgress, QT_TRANSLATE_NOOP("cg::StepProgress", "In progress")},
    {StepProgress::Status::Done, QT_TRANSLATE_NOOP("cg::StepProgress", "Done")},
    {StepProgress::Status::Skipped, QT_TRANSLATE_NOOP("cg::StepProgress", "Skipped")},
};
} // namespace

QString StepProgress::toKey(Status status)
{
    return EnumWords::keyOf(Keys, EnumWords::known(Keys, status, Status::NotStarted));
}

StepProgress::Status StepProgress::fromKey(const QString& key)
{
    return EnumWords::valueOf(Keys, key).value_or(Status::NotStarted);
}

QString StepProgress::displayName(Status status)
{
    return EnumWords::nameOf("cg::StepProgress", Names, EnumWords::known(Names, status, Status::NotStarted));
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
