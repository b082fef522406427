#pragma once

#include "models/ItemTableModel.h"
#include "plan/StepTopic.h"
#include "user/SaveResult.h"

#include <QList>
#include <QSet>

#include <functional>

namespace cg {

// The topics of one step as the person keeps them: a box to tick when done, the topic, its hours and where it
// stands (done, known from the self-assessment, the person's own, hidden). Hidden topics are listed only while
// "show hidden" is on, greyed. Ticking goes through the committer (the user database) before the box shows it.
class StepTopicModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DoneColumn,
        TopicColumn,
        HoursColumn,
        StateColumn,
        ColumnCount
    };
    enum Roles
    {
        KeyRole = Qt::UserRole + 1, // the topic's slug, or an own topic's key
        OwnIdRole,                  // > 0 for an own topic
        HiddenRole,
    };

    // Saves a topic ticked off (done) or taken back, over what the box showed (read).
    using Committer = std::function<SaveResult(const QString& key, bool read, bool done)>;

    explicit StepTopicModel(QObject* parent = nullptr);

    // Without a committer the boxes cannot be ticked (the plan is not saved, or the data is read-only).
    void setCommitter(Committer committer);
    // topics in the person's order; done: slugs ticked off; known: slugs the self-assessment knows.
    void setTopics(const QList<StepTopic>& topics, const QSet<QString>& done, const QSet<QString>& known);
    void setShowHidden(bool show);
    bool showsHidden() const { return m_showHidden; }

    int rowOf(const QString& key) const;
    QString keyAt(int row) const;
    const StepTopic* topicAt(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // A tick could not be saved; the box stays as it was.
    void commitFailed(const QString& message);

protected:
    int itemCount() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;

private:
    void fillRows();

    Committer m_committer;
    QList<StepTopic> m_all;
    QList<StepTopic> m_rows; // m_all, less the hidden ones unless they are shown
    QSet<QString> m_done;
    QSet<QString> m_known;
    bool m_showHidden = false;
};

} // namespace cg
