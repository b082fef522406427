#include "TipsDocument.h"

#include "Html.h"

#include <QHash>

namespace cg {

namespace {

QString citation(const QHash<QString, QString>& titles, const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids)
        names.append(titles.value(id, id));
    return html::muted(html::escape(QStringLiteral("(%1)").arg(names.join(QStringLiteral("; ")))));
}

} // namespace

QString TipsDocument::html(const QList<Tip>& tips, const QList<Faq>& faqs, const QList<Source>& sources)
{
    QHash<QString, QString> titles;
    for (const Source& source : sources)
        titles.insert(source.id, source.title);
    const QList<QPair<QString, QString>> topics{{QStringLiteral("interview"), tr("Preparing for interviews")},
                                                {QStringLiteral("resume"), tr("Your résumé")},
                                                {QStringLiteral("portfolio"), tr("Your portfolio")},
                                                {QStringLiteral("professional-body"), tr("Professional bodies")},
                                                {QStringLiteral("career"), tr("Growing in the career")}};
    QString page;
    for (const auto& [topic, title] : topics) {
        QStringList items;
        for (const Tip& tip : tips) {
            if (tip.topic == topic)
                items.append(html::escape(tip.text) + QStringLiteral(" ") + citation(titles, tip.sourceIds));
        }
        if (!items.isEmpty())
            page += html::heading(title) + html::list(items);
    }
    page += html::heading(tr("Frequently asked questions"));
    for (const Faq& faq : faqs) {
        page += QStringLiteral("<p><b>%1</b><br>%2 %3</p>")
                    .arg(html::escape(faq.question), html::escape(faq.answer), citation(titles, faq.sourceIds));
    }
    return page;
}

} // namespace cg
