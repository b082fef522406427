#pragma once

#include "content/Source.h"
#include "documents/RolePageData.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class RolesTab;
}

class QUrl;

namespace cg {

class LearningRepository;
class OccupationRepository;
class RoleFilterProxyModel;
class RoleListModel;
class RoleRepository;
class SalaryRepository;
class SourceRepository;
class Settings;

// Roles: a filterable list of roles and the selected role's page (the articles' account and the official data),
// two roles side by side, or one official occupation on its own.
class RolesTab final : public QWidget
{
    Q_OBJECT

public:
    RolesTab(const RoleRepository& roles, const SalaryRepository& salaries, const SourceRepository& sources,
             const OccupationRepository& occupations, const LearningRepository& learning, Settings& settings,
             QWidget* parent = nullptr);
    ~RolesTab() override;

    void selectRole(const QString& slug);
    QString currentRoleSlug() const;
    QString detailText() const; // plain text of the detail view, for tests and copying
    QString detailHtml() const;
    void compareWith(const QString& slug); // empty: show one role
    bool isComparing() const;
    // Shows the role the occupation is filed under, at that occupation's official data; the occupation alone when
    // no role is.
    void showOccupation(const QString& socCode);
    QString shownOccupation() const { return m_occupation; }
    int visibleRoleCount() const;

signals:
    void skillActivated(const QString& skillSlug);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void showCurrent();
    void showPendingPage();
    void updateCount();
    void openLink(const QUrl& url);
    const RolePageData& roleData(const QString& slug);
    const Occupation& occupationData(const QString& socCode);

    std::unique_ptr<Ui::RolesTab> m_ui;
    const RoleRepository& m_roles;
    const SalaryRepository& m_salaries;
    const SourceRepository& m_sources;
    const OccupationRepository& m_occupations;
    const LearningRepository& m_learning;
    Settings& m_settings;
    RoleListModel* m_model;
    RoleFilterProxyModel* m_proxy;
    QHash<QString, Source> m_sourceById;
    OccupationProjection m_allOccupations;
    QHash<QString, RolePageData> m_roleCache;
    QHash<QString, Occupation> m_occupationCache;
    QString m_occupation; // the occupation shown on its own, if any
    bool m_loaded = false;
    // While the window is first being shown, the page waits for its final width (see showEvent).
    bool m_waitingForWindow = false;
    bool m_pagePending = false;
};

} // namespace cg
