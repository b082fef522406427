#include "plan/OwnTopic.h"

#include <QUrl>

namespace cg {

bool OwnTopic::isAcceptedUrl(const QString& url)
{
    if (url.size() > MaxUrlLength || url != url.trimmed() || url.contains(QLatin1Char(' ')))
        return false;
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !parsed.host().isEmpty();
}

QString OwnTopic::problem() const
{
    if (title.trimmed().isEmpty())
        return tr("Give the topic a title.");
    if (title.size() > MaxTitleLength)
        return tr("The title is too long: at most %1 characters.").arg(MaxTitleLength);
    if (hours < 1 || hours > MaxHours)
        return tr("The hours must be between 1 and %1.").arg(MaxHours);
    if (!url.isEmpty() && !isAcceptedUrl(url))
        return tr("The link must be a web address starting with http:// or https://, for example "
                  "https://www.postgresql.org/docs/.");
    if (note.size() > MaxNoteLength)
        return tr("The note is too long: at most %1 characters.").arg(MaxNoteLength);
    return {};
}

} // namespace cg
