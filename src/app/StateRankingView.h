#pragma once

#include "models/StateWageModel.h"

#include <QWidget>

namespace cg {

// The states ranked by one figure of a StateWageModel, highest first: one bar each, drawn to scale from zero, with
// the state's name and the figure as text; states where it was not published come last, without a bar.
class StateRankingView final : public QWidget
{
    Q_OBJECT

public:
    explicit StateRankingView(const StateWageModel* model, QWidget* parent = nullptr);

    void setFigure(StateWageFigures::Figure figure);
    // Row numbers of the model, in the order drawn.
    QList<int> order() const { return m_order; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void rank();

    const StateWageModel* m_model;
    StateWageFigures::Figure m_figure = StateWageFigures::Figure::AnnualMedian;
    QList<int> m_order;
};

} // namespace cg
