#include "StepTopicsPanel.h"

#include "MessageBoxes.h"
#include "OwnTopicDialog.h"
#include "models/StepTopicModel.h"
#include "session/StudyPlanSession.h"
#include "ui_StepTopicsPanel.h"

#include <QHeaderView>
#include <QKeySequence>

namespace cg {

StepTopicsPanel::StepTopicsPanel(StudyPlanSession& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::StepTopicsPanel>()), m_session(session),
      m_model(new StepTopicModel(this))
{
    m_ui->setupUi(this);
    m_ui->topicTable->setModel(m_model);
    m_ui->topicTable->verticalHeader()->hide();
    m_ui->topicTable->horizontalHeader()->setSectionResizeMode(StepTopicModel::TopicColumn, QHeaderView::Stretch);
    m_ui->upButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_ui->downButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_ui->upButton->setToolTip(tr("Move the topic up within its step (%1)")
                                   .arg(m_ui->upButton->shortcut().toString(QKeySequence::NativeText)));
    m_ui->downButton->setToolTip(tr("Move the topic down within its step (%1)")
                                     .arg(m_ui->downButton->shortcut().toString(QKeySequence::NativeText)));
    m_ui->hideButton->setToolTip(tr("A hidden topic is neither scheduled nor counted; show it again at any time."));
    m_ui->addButton->setToolTip(tr("Add a topic of your own to this step, with a link, hours and a note."));

    connect(m_ui->stepCombo, &QComboBox::currentIndexChanged, this, &StepTopicsPanel::showTopics);
    connect(m_ui->showHiddenCheck, &QCheckBox::toggled, this, [this](bool show) {
        const QString key = currentTopic();
        m_model->setShowHidden(show);
        selectTopic(key);
        updateButtons();
    });
    connect(m_ui->topicTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StepTopicsPanel::updateButtons);
    connect(m_ui->topicTable, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != StepTopicModel::DoneColumn && index.data(StepTopicModel::OwnIdRole).toLongLong() > 0)
            editTopic();
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &StepTopicsPanel::addTopic);
    connect(m_ui->editButton, &QPushButton::clicked, this, &StepTopicsPanel::editTopic);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &StepTopicsPanel::removeTopic);
    connect(m_ui->hideButton, &QPushButton::clicked, this, &StepTopicsPanel::toggleHidden);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveTopic(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveTopic(1); });
    connect(m_model, &StepTopicModel::commitFailed, this,
            [this](const QString& message) { report(tr("Study plan"), message); });

    connect(&m_session, &StudyPlanSession::scheduleChanged, this, &StepTopicsPanel::fillSteps);
    connect(&m_session, &StudyPlanSession::topicsChanged, this, &StepTopicsPanel::showTopics);
    connect(&m_session, &StudyPlanSession::knownSkillsChanged, this, &StepTopicsPanel::showTopics);
    fillSteps();
}

StepTopicsPanel::~StepTopicsPanel() = default;

void StepTopicsPanel::setStep(const QString& stepSlug)
{
    const int index = m_ui->stepCombo->findData(stepSlug);
    if (index >= 0)
        m_ui->stepCombo->setCurrentIndex(index);
}

QString StepTopicsPanel::currentStep() const
{
    return m_ui->stepCombo->currentData().toString();
}

QString StepTopicsPanel::currentTopic() const
{
    return m_model->keyAt(m_ui->topicTable->currentIndex().row());
}

void StepTopicsPanel::selectTopic(const QString& key)
{
    const int row = m_model->rowOf(key);
    if (row >= 0)
        m_ui->topicTable->setCurrentIndex(m_model->index(row, StepTopicModel::TopicColumn));
}

void StepTopicsPanel::fillSteps()
{
    const QString step = currentStep();
    {
        const QSignalBlocker blocker(m_ui->stepCombo);
        m_ui->stepCombo->clear();
        // Every step of the plan's route, also those left out: a hidden or done topic can be taken back there.
        for (const LearningStep& each : m_session.routePath().steps)
            m_ui->stepCombo->addItem(each.title, each.slug);
        const int index = m_ui->stepCombo->findData(step);
        m_ui->stepCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    showTopics();
}

void StepTopicsPanel::showTopics()
{
    const QString key = currentTopic();
    const QList<StepTopic> topics = m_session.stepTopics(currentStep());
    QSet<QString> known;
    for (const StepTopic& topic : topics) {
        if (m_session.isTopicKnown(topic.topic))
            known.insert(topic.key());
    }
    if (m_session.canRecordProgress())
        m_model->setCommitter([this](const QString& topicKey, bool read, bool done) {
            return m_session.setTopicDone(topicKey, read, done);
        });
    else
        m_model->setCommitter(nullptr);
    m_model->setTopics(topics, m_session.doneTopics(), known);
    m_ui->topicTable->resizeColumnToContents(StepTopicModel::DoneColumn);
    m_ui->topicTable->resizeColumnToContents(StepTopicModel::HoursColumn);
    m_ui->topicTable->resizeColumnToContents(StepTopicModel::StateColumn);
    selectTopic(key);
    updateButtons();
}

void StepTopicsPanel::updateButtons()
{
    const bool editable = m_session.canCustomizePath() && !currentStep().isEmpty();
    const int row = m_ui->topicTable->currentIndex().row();
    const StepTopic* topic = m_model->topicAt(row);
    const bool own = topic && topic->isOwn();
    m_ui->addButton->setEnabled(editable);
    m_ui->editButton->setEnabled(editable && own);
    m_ui->removeButton->setEnabled(editable && own);
    m_ui->hideButton->setEnabled(editable && topic);
    m_ui->hideButton->setText(topic && topic->hidden ? tr("S&how") : tr("&Hide"));
    // Moving works over the whole list, hidden topics too, so the buttons follow the row's place among them all.
    const QList<StepTopic> all = m_session.stepTopics(currentStep());
    qsizetype at = -1;
    for (qsizetype i = 0; topic && i < all.size(); ++i) {
        if (all.at(i).key() == topic->key())
            at = i;
    }
    m_ui->upButton->setEnabled(editable && at > 0);
    m_ui->downButton->setEnabled(editable && at >= 0 && at + 1 < all.size());
}

void StepTopicsPanel::report(const QString& title, const QString& error)
{
    if (!error.isEmpty())
        MessageBoxes::warning(this, title, error);
}

void StepTopicsPanel::addTopic()
{
    if (!m_session.canCustomizePath() || currentStep().isEmpty())
        return;
    OwnTopic topic;
    topic.stepSlug = currentStep();
    auto* dialog = new OwnTopicDialog(topic, m_ui->stepCombo->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        const qint64 id = m_session.addOwnTopic(dialog->topic(), &error);
        if (id <= 0) {
            report(tr("Add Topic"), error);
            return;
        }
        setStep(dialog->topic().stepSlug);
        selectTopic(OwnTopic::keyFor(id));
        updateButtons();
    });
    dialog->open();
}

void StepTopicsPanel::editTopic()
{
    const StepTopic* entry = m_model->topicAt(m_ui->topicTable->currentIndex().row());
    if (!entry || !entry->isOwn() || !m_session.canCustomizePath())
        return;
    const std::optional<OwnTopic> read = m_session.ownTopic(entry->ownId);
    if (!read)
        return;
    auto* dialog = new OwnTopicDialog(*read, m_ui->stepCombo->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, read] {
        report(tr("Edit Topic"), m_session.changeOwnTopic(*read, dialog->topic()).error);
        selectTopic(read->key());
    });
    dialog->open();
}

void StepTopicsPanel::removeTopic()
{
    const StepTopic* entry = m_model->topicAt(m_ui->topicTable->currentIndex().row());
    if (!entry || !entry->isOwn())
        return;
    if (!MessageBoxes::question(this, tr("Remove Topic"),
                                tr("Remove your topic \u201C%1\u201D and the progress recorded on it in every plan?")
                                    .arg(entry->topic.title)))
        return;
    report(tr("Remove Topic"), m_session.removeOwnTopic(entry->ownId).error);
}

void StepTopicsPanel::toggleHidden()
{
    const StepTopic* entry = m_model->topicAt(m_ui->topicTable->currentIndex().row());
    if (!entry)
        return;
    const QString key = entry->key();
    const bool hide = !entry->hidden;
    report(hide ? tr("Hide Topic") : tr("Show Topic"), m_session.setTopicHidden(key, hide).error);
    selectTopic(key);
    updateButtons();
}

void StepTopicsPanel::moveTopic(int delta)
{
    const QString key = currentTopic();
    if (key.isEmpty())
        return;
    report(tr("Move Topic"), m_session.moveTopic(currentStep(), key, delta).error);
    selectTopic(key);
    m_ui->topicTable->setFocus();
}

} // namespace cg
