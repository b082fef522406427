#include "SourceRef.h"

#include <QCoreApplication>

namespace cg {

QString SourceRef::citation() const
{
    QString who = sourceTitle.isEmpty() ? sourceId : sourceTitle;
    if (!originId.isEmpty()) {
        const QString origin = originTitle.isEmpty() ? originId : originTitle;
        who = QCoreApplication::translate("cg::SourceRef", "%1, via %2").arg(origin, who);
    }
    if (asOf.isEmpty())
        return who;
    return QCoreApplication::translate("cg::SourceRef", "%1 (as of %2)").arg(who, asOf);
}

QString SourceRef::label() const
{
    const QString source =
        !sourcePublisher.isEmpty() ? sourcePublisher : (sourceTitle.isEmpty() ? sourceId : sourceTitle);
    if (originId.isEmpty())
        return source;
    const QString origin =
        !originPublisher.isEmpty() ? originPublisher : (originTitle.isEmpty() ? originId : originTitle);
    if (origin == source)
        return source;
    return QCoreApplication::translate("cg::SourceRef", "%1 via %2").arg(origin, source);
}

} // namespace cg
