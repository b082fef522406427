#include "FilteringWatch.h"

#include <QAbstractItemModel>

namespace cg {

void FilteringWatch::watch(std::initializer_list<const QAbstractItemModel*> models)
{
    const auto filtering = [this] { m_filtering = true; };
    const auto filtered = [this] { m_filtering = false; };
    for (const QAbstractItemModel* model : models) {
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, filtering);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, filtering);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, filtering);
        connect(model, &QAbstractItemModel::rowsRemoved, this, filtered);
        connect(model, &QAbstractItemModel::layoutChanged, this, filtered);
        connect(model, &QAbstractItemModel::modelReset, this, filtered);
    }
}

} // namespace cg
