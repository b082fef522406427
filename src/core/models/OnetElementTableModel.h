#pragma once

#include "content/OnetSkill.h"
#include "models/ItemTableModel.h"
#include "user/SkillAssessmentStore.h"

#include <QHash>
#include <QList>

namespace cg {

// O*NET's skills and knowledge areas, with how many occupations rate each important and the person's own status.
// Statuses are keyed as SkillAssessmentStore::onetKey() keys them.
class OnetElementTableModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DomainColumn,
        GroupColumn,
        OccupationsColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles
    {
        ElementIdRole = Qt::UserRole + 1,
        StatusRole,
        SortRole,
        FilterRole // name, group and description: what the text filter looks in
    };

    explicit OnetElementTableModel(QObject* parent = nullptr);

    void setElements(const QList<OnetElement>& elements, const QHash<QString, SkillAssessmentStore::Status>& statuses);
    bool isEmpty() const { return m_elements.isEmpty(); }
    const OnetElement& elementAt(int row) const { return m_elements.at(row); }
    int rowOf(const QString& elementId) const;
    SkillAssessmentStore::Status status(const QString& elementId) const;
    void setStatus(const QString& elementId, SkillAssessmentStore::Status status);
    // Every status as saved now (keys of all kinds; only this model's rows are used and signalled).
    void setStatuses(const QHash<QString, SkillAssessmentStore::Status>& statuses);

    static QString domainName(const QString& domain); // "Skill", "Knowledge"

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_elements.size()); }
    QStringList columnTitles() const override;
    QVariant columnToolTip(int column) const override;

    QList<OnetElement> m_elements;
    QHash<QString, SkillAssessmentStore::Status> m_statuses; // by element id
};

} // namespace cg
