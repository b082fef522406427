#include "SourcesDocument.h"

#include "Html.h"

namespace cg {

QString SourcesDocument::html(const QList<Source>& sources)
{
    const QList<QPair<QString, QString>> kinds{{QStringLiteral("article"), tr("Articles")},
                                               {QStringLiteral("dataset"), tr("Official data")},
                                               {QStringLiteral("organisation"), tr("Organisations quoted")}};
    QString page = html::paragraph(tr("Every fact and figure in Career Guide names one of these sources. Article text "
                                      "was rewritten in our own words; official data was subset and merged with the "
                                      "articles."));
    for (const auto& [kind, title] : kinds) {
        page += html::heading(title);
        for (const Source& source : sources) {
            if (source.kind != kind)
                continue;
            QStringList by;
            for (const QString& part : {source.author, source.publisher})
                if (!part.isEmpty() && !by.contains(part))
                    by.append(part);
            const QString date = source.published.isEmpty() ? source.asOf : source.published;
            page += QStringLiteral("<p>") + html::bold(source.title);
            if (!by.isEmpty())
                page += QStringLiteral(" — %1").arg(html::escape(by.join(QStringLiteral(", "))));
            if (!date.isEmpty())
                page += QStringLiteral(" (%1)").arg(html::escape(date));
            if (!source.contributes.isEmpty())
                page += QStringLiteral("<br>%1").arg(html::escape(tr("Contributed: %1").arg(source.contributes)));
            if (!source.citation.isEmpty())
                page += QStringLiteral("<br>%1").arg(html::escape(tr("Cite as: %1").arg(source.citation)));
            if (!source.licence.isEmpty())
                page += QStringLiteral("<br>") + html::muted(html::escape(source.licence));
            if (!source.url.isEmpty())
                page += QStringLiteral("<br>") + html::webLink(source.url);
            page += QStringLiteral("</p>");
        }
    }
    return page;
}

} // namespace cg
