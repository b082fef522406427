#include "TipsDialog.h"

#include "documents/Html.h"
#include "documents/TipsDocument.h"
#include "repositories/SourceRepository.h"
#include "repositories/TipRepository.h"
#include "ui_TipsDialog.h"

#include <QPushButton>

namespace cg {

TipsDialog::TipsDialog(const TipRepository& tips, const SourceRepository& sources, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TipsDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Close this window"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_ui->tipsView->document()->setDefaultStyleSheet(html::styleSheet(palette()));
    m_ui->tipsView->setHtml(TipsDocument::html(tips.tips(), tips.faqs(), sources.all()));
}

TipsDialog::~TipsDialog() = default;

QString TipsDialog::text() const
{
    return m_ui->tipsView->toPlainText();
}

} // namespace cg
