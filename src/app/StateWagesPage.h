#pragma once

#include "content/StateWage.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cg {

class StateRankingView;
class StateTileMapView;
class StateWageModel;
class StateWageRepository;

// Pay by state for one occupation: a sortable table of the 50 states and DC (employment, jobs per 1,000, location
// quotient, percentiles, the median at U.S. average prices), a tile-grid map coloured by the chosen figure and the
// states ranked by it, with
// every adjustment stated and both sources named. Exports the table as CSV and the map as PNG. Reads nothing until
// it is first shown.
class StateWagesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StateWagesPage(const StateWageRepository& repository, QWidget* parent = nullptr);

    // A 6-digit SOC code; false when the code has no state estimates.
    bool showOccupation(const QString& occCode);
    QString occupation() const;
    // Chooses the state (a USPS code) in the table and on the map, reading the page first when it has not been.
    void selectState(const QString& state);
    void setFigure(int figure); // a StateWageFigures::Figure
    const StateWageModel* model() const { return m_model; }
    StateTileMapView* map() const { return m_map; }
    StateRankingView* ranking() const { return m_ranking; }
    QString noteText() const;

    QString currentState() const;
    // Asks for the current state's figure to become a comparison column (addToComparisonRequested).
    void addCurrentState();

    // Through the FileDialogs seam; false when cancelled or failed (the failure is reported).
    bool exportCsv();
    bool saveMapImage();

signals:
    // key: SalaryEntry::stateKey() of the occupation in the state.
    void addToComparisonRequested(const QString& key);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void showState(const QString& state);

    const StateWageRepository& m_repository;
    StateWageModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_occupationCombo;
    QComboBox* m_figureCombo;
    QTableView* m_table;
    StateTileMapView* m_map;
    StateRankingView* m_ranking;
    QLabel* m_note;
    QLabel* m_stateNote;
    QPushButton* m_addButton;
    QHash<QString, PriceParity> m_parities; // the latest all-items RPP of every area
    bool m_loaded = false;
};

} // namespace cg
