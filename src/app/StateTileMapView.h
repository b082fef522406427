#pragma once

#include "models/StateWageModel.h"

#include <QHash>
#include <QWidget>

namespace cg {

// A tile-grid map of the United States (StateTileGrid): one square per state, coloured by one figure of a
// StateWageModel from light (lowest) to dark (highest), grey where the figure was not published, with a legend.
// Hovering a square shows its state and figure; the arrow keys move between states and Enter or a click chooses one.
class StateTileMapView final : public QWidget
{
    Q_OBJECT

public:
    explicit StateTileMapView(const StateWageModel* model, QWidget* parent = nullptr);

    void setFigure(StateWageFigures::Figure figure);
    StateWageFigures::Figure figure() const { return m_figure; }
    void setCurrentState(const QString& state);
    QString currentState() const { return m_current; }
    // The colour a state's square is painted with now.
    QColor colorOf(const QString& state) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void stateActivated(const QString& state);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void rescale();
    QRect tileRect(QPoint tile) const;
    QString stateAtPosition(QPoint position) const;
    QString describe(const QString& state) const;

    const StateWageModel* m_model;
    StateWageFigures::Figure m_figure = StateWageFigures::Figure::AnnualMedian;
    QHash<QString, qint64> m_values; // published values of the figure, by state
    qint64 m_lowest = 0;
    qint64 m_highest = 0;
    QString m_current;
};

} // namespace cg
