#include "StateTileMapView.h"

#include "salary/StateTileGrid.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace cg {

namespace {
constexpr int LegendHeight = 44;
constexpr int Margin = 8;
} // namespace

StateTileMapView::StateTileMapView(const StateWageModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Map of the states"));
    setMouseTracking(false);
    connect(model, &QAbstractItemModel::modelReset, this, &StateTileMapView::rescale);
    rescale();
}

void StateTileMapView::setFigure(StateWageFigures::Figure figure)
{
    m_figure = figure;
    rescale();
}

void StateTileMapView::setCurrentState(const QString& state)
{
    if (StateTileGrid::tileOf(state).x() < 0 || state == m_current)
        return;
    m_current = state;
    setAccessibleDescription(describe(state));
    if (hasFocus()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    update();
}

void StateTileMapView::rescale()
{
    m_values.clear();
    bool first = true;
    for (const StateWageRow& row : m_model->rows()) {
        const std::optional<qint64> value = StateWageFigures::value(row, m_figure);
        if (!value)
            continue;
        m_values.insert(row.wage.state, *value);
        m_lowest = first ? *value : qMin(m_lowest, *value);
        m_highest = first ? *value : qMax(m_highest, *value);
        first = false;
    }
    if (m_current.isEmpty() && !m_model->rows().isEmpty())
        m_current = m_model->rows().first().wage.state;
    setAccessibleDescription(describe(m_current));
    update();
}

QColor StateTileMapView::colorOf(const QString& state) const
{
    const auto found = m_values.constFind(state);
    if (found == m_values.cend())
        return palette().color(QPalette::Mid);
    // From a light to a dark blue, in even steps of the figure's range; both ends readable with black or white text.
    const qint64 span = m_highest - m_lowest;
    const int step = span == 0 ? 0 : int((*found - m_lowest) * 1000 / span);
    const QColor light(0xde, 0xeb, 0xf7);
    const QColor dark(0x08, 0x30, 0x6b);
    const auto mix = [step](int a, int b) { return a + (b - a) * step / 1000; };
    return QColor(mix(light.red(), dark.red()), mix(light.green(), dark.green()), mix(light.blue(), dark.blue()));
}

QSize StateTileMapView::sizeHint() const
{
    return {StateTileGrid::Columns * 52 + 2 * Margin, StateTileGrid::Rows * 52 + LegendHeight + 2 * Margin};
}

QSize StateTileMapView::minimumSizeHint() const
{
    // Small enough for a short window; below the size their two letters need, tiles are drawn without them.
    const int side = 18;
    return {StateTileGrid::Columns * side + 2 * Margin, StateTileGrid::Rows * side + LegendHeight + 2 * Margin};
}

QRect StateTileMapView::tileRect(QPoint tile) const
{
    const int side = qMax(12, qMin((width() - 2 * Margin) / StateTileGrid::Columns,
                                   (height() - 2 * Margin - LegendHeight) / StateTileGrid::Rows));
    return {Margin + tile.x() * side, Margin + tile.y() * side, side - 3, side - 3};
}

QString StateTileMapView::stateAtPosition(QPoint position) const
{
    for (const StateWageRow& row : m_model->rows()) {
        if (tileRect(StateTileGrid::tileOf(row.wage.state)).contains(position))
            return row.wage.state;
    }
    return {};
}

QString StateTileMapView::describe(const QString& state) const
{
    const int row = m_model->rowOfState(state);
    if (row < 0)
        return {};
    const StateWageRow& wage = m_model->rows().at(row);
    return tr("%1: %2, %3")
        .arg(wage.wage.stateName, StateWageFigures::name(m_figure), StateWageFigures::text(wage, m_figure, locale()));
}

void StateTileMapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    for (const StateWageRow& row : m_model->rows()) {
        const QRect rect = tileRect(StateTileGrid::tileOf(row.wage.state));
        const QColor fill = colorOf(row.wage.state);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRect(rect);
        if (!m_values.contains(row.wage.state)) {
            painter.setBrush(QBrush(palette().color(QPalette::Dark), Qt::BDiagPattern));
            painter.drawRect(rect);
        }
        if (row.wage.state == m_current) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 3 : 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect.adjusted(1, 1, -1, -1));
        }
        if (QFontMetrics(small).horizontalAdvance(row.wage.state) + 2 <= rect.width()) {
            painter.setPen(fill.lightness() < 128 ? Qt::white : Qt::black);
            painter.setFont(small);
            painter.drawText(rect, Qt::AlignCenter, row.wage.state);
        }
    }

    // Legend: the scale from lowest to highest, and the swatch of "not published".
    const QRect grid = tileRect({0, StateTileGrid::Rows - 1});
    const int top = grid.bottom() + Margin + 4;
    const int barWidth = qMin(width() - 2 * Margin, 260);
    QLinearGradient gradient(Margin, 0, Margin + barWidth, 0);
    gradient.setColorAt(0, QColor(0xde, 0xeb, 0xf7));
    gradient.setColorAt(1, QColor(0x08, 0x30, 0x6b));
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawRect(Margin, top, barWidth, 10);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(small);
    const QRect labels(Margin, top + 12, barWidth, fontMetrics().height());
    if (!m_values.isEmpty()) {
        const auto shown = [this](qint64 value) {
            return StateWageFigures::isMoney(m_figure) ? Money(value, QStringLiteral("USD")).format(locale())
                   : m_figure == StateWageFigures::Figure::Employment
                       ? locale().toString(value)
                       : locale().toString(double(value) / 1000.0, 'f', 3);
        };
        painter.drawText(labels, Qt::AlignLeft, shown(m_lowest));
        painter.drawText(labels, Qt::AlignRight, shown(m_highest));
    }
    const QRect swatch(Margin + barWidth + 16, top, 14, 10);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Mid));
    painter.drawRect(swatch);
    painter.setBrush(QBrush(palette().color(QPalette::Dark), Qt::BDiagPattern));
    painter.drawRect(swatch);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(swatch.right() + 6, top - 3, width() - swatch.right() - 6, fontMetrics().height()),
                     Qt::AlignLeft, tr("not published"));
}

void StateTileMapView::keyPressEvent(QKeyEvent* event)
{
    QPoint tile = StateTileGrid::tileOf(m_current);
    QPoint step;
    switch (event->key()) {
    case Qt::Key_Left:
        step = {-1, 0};
        break;
    case Qt::Key_Right:
        step = {1, 0};
        break;
    case Qt::Key_Up:
        step = {0, -1};
        break;
    case Qt::Key_Down:
        step = {0, 1};
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit stateActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    // The next square in that direction that holds a state, skipping empty ones.
    for (tile += step;
         tile.x() >= 0 && tile.y() >= 0 && tile.x() < StateTileGrid::Columns && tile.y() < StateTileGrid::Rows;
         tile += step) {
        const QString state = StateTileGrid::stateAt(tile);
        if (!state.isEmpty() && m_model->rowOfState(state) >= 0) {
            setCurrentState(state);
            return;
        }
    }
}

void StateTileMapView::mousePressEvent(QMouseEvent* event)
{
    const QString state = stateAtPosition(event->position().toPoint());
    if (state.isEmpty())
        return;
    setFocus(Qt::MouseFocusReason);
    setCurrentState(state);
    emit stateActivated(state);
}

bool StateTileMapView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString state = stateAtPosition(help->pos());
        if (state.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), describe(state), this);
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::event(event);
}

} // namespace cg
