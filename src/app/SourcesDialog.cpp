#include "SourcesDialog.h"

#include "documents/Html.h"
#include "documents/SourcesDocument.h"
#include "repositories/SourceRepository.h"
#include "ui_SourcesDialog.h"

#include <QPushButton>

namespace cg {

SourcesDialog::SourcesDialog(const SourceRepository& sources, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SourcesDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Close this window"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_ui->sourcesView->document()->setDefaultStyleSheet(html::styleSheet(palette()));
    m_ui->sourcesView->setHtml(SourcesDocument::html(sources.all()));
}

SourcesDialog::~SourcesDialog() = default;

QString SourcesDialog::text() const
{
    return m_ui->sourcesView->toPlainText();
}

} // namespace cg
