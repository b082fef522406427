#include "TableColumns.h"

#include <QHash>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>

namespace cg {

void fitColumnsToText(QTableView* table, const std::function<int(int column)>& widestLetters)
{
    const QAbstractItemModel* model = table->model();
    const int letter = table->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    const int grid = table->showGrid() ? 1 : 0;
    const int rows = model->rowCount();
    // Told of each resized column, the table repaints them on a timer, after its first paint: a second paint of the
    // whole table. It is laid out once, below, instead.
    QHeaderView* header = table->horizontalHeader();
    const QSignalBlocker blocker(header);
    for (int column = 0; column < model->columnCount(); ++column) {
        QHash<QString, int> rowOfText;
        qsizetype longest = 0;
        for (int row = 0; row < rows; ++row) {
            const QString text = model->index(row, column).data().toString();
            longest = qMax(longest, text.size());
            rowOfText.insert(text, row);
        }
        int width = header->sectionSizeHint(column);
        for (auto it = rowOfText.cbegin(); it != rowOfText.cend(); ++it) {
            if (it.key().size() * 100 >= longest * 85)
                width = qMax(width, table->sizeHintForIndex(model->index(it.value(), column)).width() + grid);
        }
        // Cells longer than the cap are elided (their tooltip has them whole); the header's own title never is.
        header->resizeSection(column,
                              qMax(header->sectionSizeHint(column), qMin(width, letter * widestLetters(column))));
    }
    header->setStretchLastSection(true);
    table->doItemsLayout();
}

} // namespace cg
