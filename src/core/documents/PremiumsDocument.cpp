#include "PremiumsDocument.h"

#include "Html.h"

#include <QStringList>

namespace cg {

QString PremiumsDocument::html(const QList<PremiumStatement>& premiums)
{
    QString page = html::heading(tr("Skill premiums, as stated"), 2);
    page += html::paragraph(tr("Each premium compares people in the role who have one skill with those who lack "
                               "it, as the source states it. They are shown one by one and never added up or "
                               "compounded: no source says what two skills together are worth."));
    if (premiums.isEmpty())
        page += html::paragraph(tr("The content states no skill premiums."));
    QString role;
    QStringList items;
    const auto flush = [&] {
        if (!items.isEmpty())
            page += html::heading(role, 3) + html::list(items);
        items.clear();
    };
    for (const PremiumStatement& premium : premiums) {
        if (premium.roleName != role) {
            flush();
            role = premium.roleName;
        }
        QString item = html::escape(premium.summary());
        if (!premium.note.isEmpty())
            item += QStringLiteral("<br/>") + html::muted(html::escape(premium.note));
        items.append(item);
    }
    flush();
    return page;
}

} // namespace cg
