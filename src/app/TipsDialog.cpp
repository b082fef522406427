#include "TipsDialog.h"

#include "Html.h"
#include "repositories/SourceRepository.h"
#include "repositories/TipRepository.h"
#include "ui_TipsDialog.h"

#include <QPushButton>

namespace cg {

namespace {
QString citation(const SourceRepository& sources, const QStringList& ids)
{
    QStringList titles;
    for (const QString& id : ids)
        titles.append(sources.title(id));
    return html::muted(html::escape(QStringLiteral("(%1)").arg(titles.join(QStringLiteral("; ")))));
}
} // namespace

TipsDialog::TipsDialog(const TipRepository& tips, const SourceRepository& sources, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TipsDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Close this window"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QList<QPair<QString, QString>> topics{{QStringLiteral("interview"), tr("Preparing for interviews")},
                                                {QStringLiteral("resume"), tr("Your résumé")},
                                                {QStringLiteral("portfolio"), tr("Your portfolio")},
                                                {QStringLiteral("professional-body"), tr("Professional bodies")},
                                                {QStringLiteral("career"), tr("Growing in the career")}};
    const QList<Tip> all = tips.tips();
    QString page;
    for (const auto& [topic, title] : topics) {
        QStringList items;
        for (const Tip& tip : all) {
            if (tip.topic == topic)
                items.append(html::escape(tip.text) + QStringLiteral(" ") + citation(sources, tip.sourceIds));
        }
        if (!items.isEmpty())
            page += html::heading(title) + html::list(items);
    }
    page += html::heading(tr("Frequently asked questions"));
    for (const Faq& faq : tips.faqs()) {
        page += QStringLiteral("<p><b>%1</b><br>%2 %3</p>")
                    .arg(html::escape(faq.question), html::escape(faq.answer), citation(sources, faq.sourceIds));
    }
    m_ui->tipsView->setHtml(page);
}

TipsDialog::~TipsDialog() = default;

QString TipsDialog::text() const
{
    return m_ui->tipsView->toPlainText();
}

} // namespace cg
