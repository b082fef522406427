#include "OwnTopicDialog.h"

#include "ui_OwnTopicDialog.h"

#include <QPushButton>

namespace cg {

OwnTopicDialog::OwnTopicDialog(const OwnTopic& topic, const QString& stepTitle, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OwnTopicDialog>()), m_topic(topic)
{
    m_ui->setupUi(this);
    setWindowTitle(topic.id > 0 ? tr("Edit Your Topic") : tr("Add Your Own Topic"));
    m_ui->stepLabel->setText(tr("Under the step \u201C%1\u201D").arg(stepTitle));
    m_ui->titleEdit->setMaxLength(OwnTopic::MaxTitleLength);
    m_ui->urlEdit->setMaxLength(OwnTopic::MaxUrlLength);
    m_ui->hoursSpin->setRange(1, OwnTopic::MaxHours);
    m_ui->hoursSpin->setSuffix(tr(" h"));
    m_ui->titleEdit->setText(topic.title);
    m_ui->urlEdit->setText(topic.url);
    m_ui->hoursSpin->setValue(topic.hours > 0 ? topic.hours : 5);
    m_ui->noteEdit->setPlainText(topic.note);
    m_ui->problemLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(topic.id > 0 ? tr("&Save") : tr("&Add"));
    m_ui->titleEdit->setFocus();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OwnTopicDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OwnTopicDialog::reject);
}

OwnTopicDialog::~OwnTopicDialog() = default;

OwnTopic OwnTopicDialog::topic() const
{
    OwnTopic topic = m_topic;
    topic.title = m_ui->titleEdit->text().trimmed();
    topic.url = m_ui->urlEdit->text().trimmed();
    topic.hours = m_ui->hoursSpin->value();
    topic.note = m_ui->noteEdit->toPlainText();
    return topic;
}

QString OwnTopicDialog::problem() const
{
    return m_ui->problemLabel->isHidden() ? QString() : m_ui->problemLabel->text();
}

void OwnTopicDialog::accept()
{
    const QString problem = topic().problem();
    if (problem.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->show();
    QWidget* field = m_ui->titleEdit;
    if (!topic().title.isEmpty() && !topic().url.isEmpty() && !OwnTopic::isAcceptedUrl(topic().url))
        field = m_ui->urlEdit;
    else if (!topic().title.isEmpty())
        field = m_ui->noteEdit;
    field->setFocus();
}

} // namespace cg
