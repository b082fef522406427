#pragma once

#include "content/CatalogueEntry.h"
#include "content/Source.h"
#include "documents/RolePageData.h"
#include "session/NavigationHistory.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class RolesTab;
}

class QUrl;

namespace cg {

class CatalogueFilterProxyModel;
class CatalogueListModel;
class CataloguePickModel;
class EmptyFilterNotice;
class FilteringWatch;
class CatalogueRepository;
class LearningRepository;
class OccupationRepository;
class RoleRepository;
class SalaryRepository;
class SourceRepository;
class Settings;

// Roles: the career catalogue — the guide's roles first, then every O*NET occupation — filtered and sorted, with the
// selected career's page (a role's articles and official data, or an occupation's official data), or two careers
// side by side.
class RolesTab final : public QWidget
{
    Q_OBJECT

public:
    RolesTab(const RoleRepository& roles, const SalaryRepository& salaries, const SourceRepository& sources,
             const OccupationRepository& occupations, const LearningRepository& learning,
             const CatalogueRepository& catalogue, Settings& settings, QWidget* parent = nullptr);
    ~RolesTab() override;

    void selectRole(const QString& slug);
    // The slug of the selected career when it is one of the guide's roles; empty otherwise.
    QString currentRoleSlug() const;
    QString detailText() const; // plain text of the detail view, for tests and copying
    QString detailHtml() const;
    // Shows the selected career beside another, a role by its slug or an occupation by its code; empty: one alone.
    void compareWith(const QString& key);
    bool isComparing() const;
    // Shows the role the occupation is filed under, at that occupation's official data; otherwise selects the
    // occupation itself in the list.
    void showOccupation(const QString& socCode);
    // Selects the occupation itself (shown on its own when the catalogue does not list it), not a role filed under it.
    void selectOccupation(const QString& socCode);
    // The O*NET-SOC code of the occupation shown on its own, if one is.
    QString shownOccupation() const;
    // The career shown, for Back and Forward: a role (ref: slug) or an occupation (ref: code); none when empty.
    NavigationHistory::Location currentLocation() const;
    int visibleRoleCount() const; // careers the list shows now

signals:
    void skillActivated(const QString& skillSlug);
    // The career shown changed, by a selection or a jump (not by a filter moving the selection): see currentLocation().
    void locationChanged(const QString& kind, const QString& ref);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpFilters();
    void load();
    void fillFilters(const QList<CatalogueEntry>& entries);
    void clearFilters();
    bool selectCareer(const QString& key);
    const CatalogueEntry* currentEntry() const;
    void showCurrent();
    void emitLocation();
    void showPendingPage();
    void updateCount();
    void updatePayRange();
    void openLink(const QUrl& url);
    RolePageData pageData(const CatalogueEntry& entry);
    const RolePageData& roleData(const QString& slug);
    const Occupation& occupationData(const QString& socCode);
    QList<RoleLink> rolesFiledUnder(const QString& socCode) const;

    std::unique_ptr<Ui::RolesTab> m_ui;
    const RoleRepository& m_roles;
    const SalaryRepository& m_salaries;
    const SourceRepository& m_sources;
    const OccupationRepository& m_occupations;
    const LearningRepository& m_learning;
    const CatalogueRepository& m_catalogue;
    Settings& m_settings;
    CatalogueListModel* m_model;
    CatalogueFilterProxyModel* m_proxy;
    CataloguePickModel* m_pickModel;
    FilteringWatch* m_filterWatch;
    EmptyFilterNotice* m_emptyNotice;
    QHash<QString, Source> m_sourceById;
    OccupationProjection m_allOccupations;
    QHash<QString, RolePageData> m_roleCache;
    QHash<QString, Occupation> m_occupationCache;
    QString m_occupation; // an occupation outside the catalogue, shown on its own
    bool m_loaded = false;
    // While the window is first being shown, the page waits for its final width (see showEvent).
    bool m_waitingForWindow = false;
    bool m_pagePending = false;
    bool m_pageQueued = false; // a page for a selection the list moved is waiting for the list to be drawn
};

} // namespace cg
