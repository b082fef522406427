#include "QueryErrors.h"

#include <QLoggingCategory>

namespace cg {

namespace {
Q_LOGGING_CATEGORY(queryLog, "careerguide.query")
Q_GLOBAL_STATIC(QueryErrors, theQueryErrors)
} // namespace

QueryErrors* QueryErrors::instance()
{
    return theQueryErrors();
}

void QueryErrors::report(const QString& reason)
{
    qCWarning(queryLog, "%s", qUtf8Printable(reason));
    emit instance()->failed(reason);
}

} // namespace cg
