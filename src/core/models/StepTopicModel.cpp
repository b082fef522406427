#include "models/StepTopicModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace cg {

StepTopicModel::StepTopicModel(QObject* parent) : ItemTableModel(ColumnCount, parent) {}

QStringList StepTopicModel::columnTitles() const
{
    return {tr("Done"), tr("Topic"), tr("Hours"), tr("Status")};
}

void StepTopicModel::setCommitter(Committer committer)
{
    m_committer = std::move(committer);
}

void StepTopicModel::setTopics(const QList<StepTopic>& topics, const QSet<QString>& done, const QSet<QString>& known)
{
    beginResetModel();
    m_all = topics;
    m_done = done;
    m_known = known;
    fillRows();
    endResetModel();
}

void StepTopicModel::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    beginResetModel();
    m_showHidden = show;
    fillRows();
    endResetModel();
}

void StepTopicModel::fillRows()
{
    m_rows.clear();
    for (const StepTopic& topic : std::as_const(m_all)) {
        if (m_showHidden || !topic.hidden)
            m_rows.append(topic);
    }
}

int StepTopicModel::rowOf(const QString& key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key() == key)
            return row;
    }
    return -1;
}

QString StepTopicModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key() : QString();
}

const StepTopic* StepTopicModel::topicAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant StepTopicModel::data(const QModelIndex& index, int role) const
{
    const StepTopic* entry = index.isValid() ? topicAt(index.row()) : nullptr;
    if (!entry)
        return {};
    const Topic& topic = entry->topic;
    const bool done = m_done.contains(topic.slug);
    const bool known = m_known.contains(topic.slug);
    switch (role) {
    case KeyRole:
        return topic.slug;
    case OwnIdRole:
        return entry->ownId;
    case HiddenRole:
        return entry->hidden;
    case Qt::CheckStateRole:
        return index.column() == DoneColumn ? QVariant(done ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::TextAlignmentRole:
        return numberAlignment(index.column() == HoursColumn);
    case Qt::ForegroundRole:
        if (entry->hidden)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (entry->hidden) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == DoneColumn)
            return done ? tr("%1: done").arg(topic.title) : tr("%1: not done").arg(topic.title);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == TopicColumn) {
            QStringList lines{topic.title};
            if (!topic.what.isEmpty())
                lines.append(topic.what);
            for (const TopicResource& resource : topic.resources)
                lines.append(resource.url);
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DisplayRole: {
        switch (index.column()) {
        case TopicColumn:
            return topic.title;
        case HoursColumn:
            return topic.hours;
        case StateColumn: {
            QStringList states;
            if (done)
                states.append(tr("done"));
            else if (known)
                states.append(tr("known"));
            if (entry->isOwn())
                states.append(tr("your own"));
            if (!topic.oneOf.isEmpty())
                states.append(tr("pick one"));
            if (entry->hidden)
                states.append(tr("hidden"));
            return states.join(QStringLiteral(", "));
        }
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

bool StepTopicModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const StepTopic* entry = index.isValid() ? topicAt(index.row()) : nullptr;
    if (!entry || index.column() != DoneColumn || role != Qt::CheckStateRole || !m_committer)
        return false;
    const QString key = entry->key();
    const bool read = m_done.contains(key);
    const bool done = value.toInt() == Qt::Checked;
    if (read == done)
        return false;
    const SaveResult result = m_committer(key, read, done);
    if (!result.ok()) {
        emit commitFailed(result.error);
        return false;
    }
    if (done)
        m_done.insert(key);
    else
        m_done.remove(key);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags StepTopicModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = ItemTableModel::flags(index);
    if (index.isValid() && index.column() == DoneColumn && m_committer)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

} // namespace cg
