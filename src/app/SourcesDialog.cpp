#include "SourcesDialog.h"

#include "Html.h"
#include "repositories/SourceRepository.h"
#include "ui_SourcesDialog.h"

#include <QPushButton>

namespace cg {

SourcesDialog::SourcesDialog(const SourceRepository& sources, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SourcesDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Close this window"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QList<QPair<QString, QString>> kinds{{QStringLiteral("article"), tr("Articles")},
                                               {QStringLiteral("dataset"), tr("Official data")},
                                               {QStringLiteral("organisation"), tr("Organisations quoted")}};
    const QList<Source> all = sources.all();
    QString page = html::paragraph(tr("Every fact and figure in Career Guide names one of these sources. Article text "
                                      "was rewritten in our own words; official data was subset and merged with the "
                                      "articles."));
    for (const auto& [kind, title] : kinds) {
        page += html::heading(title);
        for (const Source& source : all) {
            if (source.kind != kind)
                continue;
            QStringList by;
            for (const QString& part : {source.author, source.publisher})
                if (!part.isEmpty() && !by.contains(part))
                    by.append(part);
            QString date = source.published.isEmpty() ? source.asOf : source.published;
            page += QStringLiteral("<p><b>%1</b>").arg(html::escape(source.title));
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
                page += QStringLiteral("<br><a href=\"%1\">%1</a>").arg(html::escape(source.url));
            page += QStringLiteral("</p>");
        }
    }
    m_ui->sourcesView->setHtml(page);
}

SourcesDialog::~SourcesDialog() = default;

QString SourcesDialog::text() const
{
    return m_ui->sourcesView->toPlainText();
}

} // namespace cg
