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

} // namespace cg
