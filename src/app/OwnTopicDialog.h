#pragma once

#include "plan/OwnTopic.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OwnTopicDialog;
}

namespace cg {

// Adds or edits one of the person's own topics under a step: title, link, hours and note. OK is only taken when
// the topic can be saved (OwnTopic::problem()); otherwise the dialog stays open and says what to fix.
class OwnTopicDialog final : public QDialog
{
    Q_OBJECT

public:
    // `topic` is what the fields start from (a new topic has id 0); `stepTitle` names the step it goes under.
    OwnTopicDialog(const OwnTopic& topic, const QString& stepTitle, QWidget* parent = nullptr);
    ~OwnTopicDialog() override;

    // The topic as the fields say now.
    OwnTopic topic() const;
    // What is wrong with the fields, as shown under them; empty when nothing is.
    QString problem() const;

    void accept() override;

private:
    std::unique_ptr<Ui::OwnTopicDialog> m_ui;
    OwnTopic m_topic;
};

} // namespace cg
