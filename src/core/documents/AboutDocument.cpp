#include "AboutDocument.h"

#include "Html.h"

namespace cg {

QString AboutDocument::html(const QString& appVersion, const QString& contentVersion, const QString& contentAsOf)
{
    return tr("<h3>Career Guide %1</h3><p>An offline guide to the back-end developer career and the "
              "roles around it.</p><p>Content %2, as of %3. Every figure names its source and date; "
              "see Help → Sources.</p>")
        .arg(html::escape(appVersion), html::escape(contentVersion), html::escape(contentAsOf));
}

} // namespace cg
