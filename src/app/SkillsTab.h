#pragma once

#include "FilteringWatch.h"
#include "session/NavigationHistory.h"
#include "user/SkillAssessmentStore.h"
#include "user/SkillGap.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SkillsTab;
}

class QSortFilterProxyModel;
class QUrl;

namespace cg {

class EmptyFilterNotice;
class LearningRepository;

class OnetElementTableModel;
class RoleRepository;
class Settings;
class SkillFilterProxyModel;
class SkillRepository;
class SkillTableModel;
class TechnologyTableModel;
struct Skill;

// Skills: three lists — the guide's skills by category with O*NET's technology flags, O*NET's skills and knowledge
// areas, and the technologies O*NET names — with which roles or occupations need each, the person's own status per
// entry, and the gap towards a target role (curated skills only). The O*NET lists are read when first chosen.
class SkillsTab final : public QWidget
{
    Q_OBJECT

public:
    enum List
    {
        CuratedList,
        OnetList,
        TechnologyList
    };

    SkillsTab(const SkillRepository& skills, const RoleRepository& roles, const LearningRepository& learning,
              SkillAssessmentStore& assessment, bool writable, Settings& settings, QWidget* parent = nullptr);
    ~SkillsTab() override;

    void showList(List list);
    List currentList() const;
    // Shows the list and selects the entry in it (clearing a filter that hides it); false when there is none.
    bool selectOnetElement(const QString& elementId);
    bool selectTechnology(const QString& name);
    // The list's entries the view shows (all matching ones for technologies, read or not).
    int visibleCount() const;

    void selectSkill(const QString& slug);
    QString currentSkillSlug() const;
    // The entry shown, for Back and Forward: a skill (ref: slug), an O*NET element ("onet", ref: element id) or a
    // technology (ref: name); none when nothing is selected.
    NavigationHistory::Location currentLocation() const;
    void setCategoryFilter(const QString& categoryKey);
    int visibleSkillCount() const;
    QString detailText() const;

    void setTargetRole(const QString& slug);
    QString targetRole() const;
    SkillGap::Summary gap() const { return m_gap; }
    QString gapText() const;
    void setShowGapOnly(bool gapOnly);

public slots:
    // Another window changed the user data: show the statuses saved now.
    void reloadUserData();

signals:
    void errorOccurred(const QString& message);
    void roleActivated(const QString& roleSlug);
    void occupationActivated(const QString& socCode);
    void stepActivated(const QString& pathAndStep);
    // The entry shown changed, by a selection, a jump or another list: see currentLocation().
    void locationChanged(const QString& kind, const QString& ref);
    // The target role's skills not marked known, most important first: what a study plan should teach.
    void gapChanged(const QString& roleSlug, const QStringList& missingSkillSlugs);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void load();
    void startList(List list);
    void applyText(const QString& text);
    void updateCount();
    // Every filter of every list back to showing everything.
    void clearFilters();
    void showCurrent();
    void showCurrentSkill(const QModelIndex& current);
    void showCurrentElement(const QModelIndex& current);
    void showCurrentTechnology(const QModelIndex& current);
    void applyStatus(int comboIndex);
    void applyCuratedStatus(SkillAssessmentStore::Status status);
    void applyListStatus(const QString& key, SkillAssessmentStore::Status read, SkillAssessmentStore::Status status);
    void updateGap();
    void openLink(const QUrl& url);

    std::unique_ptr<Ui::SkillsTab> m_ui;
    const SkillRepository& m_skills;
    const RoleRepository& m_roles;
    const LearningRepository& m_learning;
    SkillAssessmentStore& m_assessment;
    bool m_writable;
    Settings& m_settings;
    SkillTableModel* m_model;
    SkillFilterProxyModel* m_proxy;
    OnetElementTableModel* m_onetModel;
    QSortFilterProxyModel* m_onetProxy;
    TechnologyTableModel* m_technologyModel;
    EmptyFilterNotice* m_emptyNotice;
    FilteringWatch* m_filterWatch = new FilteringWatch(this);
    QHash<QString, SkillAssessmentStore::Status> m_statuses; // every saved status, for lists not yet shown
    int m_technologyTotal = 0;                               // technologies in all, read when first listed
    RoleDetail m_target;
    SkillGap::Summary m_gap;
    bool m_loaded = false;
};

} // namespace cg
