#pragma once

#include "user/SkillAssessmentStore.h"
#include "user/SkillGap.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SkillsTab;
}

class QUrl;

namespace cg {

class RoleRepository;
class Settings;
class SkillFilterProxyModel;
class SkillRepository;
class SkillTableModel;
struct Skill;

// Skills: the catalogue by category with O*NET's technology flags, which roles need each skill, the person's own
// status per skill, and the gap towards a target role.
class SkillsTab final : public QWidget
{
    Q_OBJECT

public:
    SkillsTab(const SkillRepository& skills, const RoleRepository& roles, SkillAssessmentStore& assessment,
              bool writable, Settings& settings, QWidget* parent = nullptr);
    ~SkillsTab() override;

    void selectSkill(const QString& slug);
    QString currentSkillSlug() const;
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
    void stepActivated(const QString& pathAndStep);
    // The target role's skills not marked known, most important first: what a study plan should teach.
    void gapChanged(const QString& roleSlug, const QStringList& missingSkillSlugs);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void load();
    void showCurrent();
    void applyStatus(int comboIndex);
    void updateGap();
    void openLink(const QUrl& url);

    std::unique_ptr<Ui::SkillsTab> m_ui;
    const SkillRepository& m_skills;
    const RoleRepository& m_roles;
    SkillAssessmentStore& m_assessment;
    bool m_writable;
    Settings& m_settings;
    SkillTableModel* m_model;
    SkillFilterProxyModel* m_proxy;
    RoleDetail m_target;
    SkillGap::Summary m_gap;
    bool m_loaded = false;
};

} // namespace cg
