#include "SplitterState.h"

#include "settings/Settings.h"

#include <QSplitter>

namespace cg {

void keepSplitterState(QSplitter* splitter, Settings& settings, const QString& key, const QList<int>& defaultSizes)
{
    if (!splitter->restoreState(settings.splitterState(key)) && !defaultSizes.isEmpty())
        splitter->setSizes(defaultSizes);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, &settings, key] { settings.setSplitterState(key, splitter->saveState()); });
}

} // namespace cg
