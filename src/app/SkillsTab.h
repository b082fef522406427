#pragma once

#include "user/SkillAssessmentStore.h"

#include <QWidget>
#include <memory>

namespace Ui {
class SkillsTab;
}

namespace cg {

class RoleRepository;
class Settings;
class SkillFilterProxyModel;
class SkillRepository;
class SkillTableModel;

// Skills: the catalogue by category, which roles need each skill, and the person's own status per skill.
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

signals:
    void errorOccurred(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void showCurrent();
    void applyStatus(int comboIndex);

    std::unique_ptr<Ui::SkillsTab> m_ui;
    const SkillRepository& m_skills;
    const RoleRepository& m_roles;
    SkillAssessmentStore& m_assessment;
    bool m_writable;
    Settings& m_settings;
    SkillTableModel* m_model;
    SkillFilterProxyModel* m_proxy;
    bool m_loaded = false;
};

} // namespace cg
