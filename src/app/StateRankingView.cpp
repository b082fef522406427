#include "StateRankingView.h"

#include <QPainter>

#include <algorithm>

namespace cg {

namespace {
constexpr int Margin = 6;
} // namespace

StateRankingView::StateRankingView(const StateWageModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    setAccessibleName(tr("States ranked"));
    connect(model, &QAbstractItemModel::modelReset, this, &StateRankingView::rank);
    rank();
}

void StateRankingView::setFigure(StateWageFigures::Figure figure)
{
    m_figure = figure;
    rank();
}

void StateRankingView::rank()
{
    const QList<StateWageRow>& rows = m_model->rows();
    m_order.clear();
    for (int row = 0; row < rows.size(); ++row)
        m_order.append(row);
    // Highest first; unpublished figures last, by name like the rest of a tie.
    std::stable_sort(m_order.begin(), m_order.end(), [this, &rows](int a, int b) {
        const std::optional<qint64> left = StateWageFigures::value(rows.at(a), m_figure);
        const std::optional<qint64> right = StateWageFigures::value(rows.at(b), m_figure);
        if (left.has_value() != right.has_value())
            return left.has_value();
        return left && *left > *right;
    });
    QStringList spoken;
    for (int row : std::as_const(m_order).mid(0, 3))
        spoken.append(StateWageFigures::text(rows.at(row), m_figure, locale())
                          .prepend(rows.at(row).wage.stateName + QStringLiteral(" ")));
    setAccessibleDescription(tr("%1, highest first: %2").arg(StateWageFigures::name(m_figure), spoken.join(u',')));
    updateGeometry();
    update();
}

QSize StateRankingView::sizeHint() const
{
    return {320, int(m_order.size()) * (fontMetrics().height() + 2) + 2 * Margin};
}

void StateRankingView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QList<StateWageRow>& rows = m_model->rows();
    qint64 highest = 0;
    for (const StateWageRow& row : rows)
        highest = qMax(highest, StateWageFigures::value(row, m_figure).value_or(0));
    const int line = fontMetrics().height() + 2;
    const int nameWidth = fontMetrics().horizontalAdvance(QStringLiteral("District of Columbia")) + 8;
    const int valueWidth = fontMetrics().horizontalAdvance(QStringLiteral("not published")) + 8;
    const int barSpace = qMax(20, width() - 2 * Margin - nameWidth - valueWidth);
    int top = Margin;
    for (int row : std::as_const(m_order)) {
        const StateWageRow& wage = rows.at(row);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(Margin, top, nameWidth, line), Qt::AlignLeft | Qt::AlignVCenter, wage.wage.stateName);
        const std::optional<qint64> value = StateWageFigures::value(wage, m_figure);
        int barWidth = 0;
        if (value && highest > 0 && *value > 0) {
            barWidth = int(*value * barSpace / highest);
            painter.fillRect(QRect(Margin + nameWidth, top + 2, barWidth, line - 4), QColor(0x2b, 0x6c, 0xb0));
        }
        painter.drawText(QRect(Margin + nameWidth + barWidth + 4, top, valueWidth, line),
                         Qt::AlignLeft | Qt::AlignVCenter, StateWageFigures::text(wage, m_figure, locale()));
        top += line;
    }
}

} // namespace cg
