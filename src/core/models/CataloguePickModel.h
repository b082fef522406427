#pragma once

#include "content/CatalogueEntry.h"

#include <QAbstractListModel>
#include <QList>

namespace cg {

// The careers a comparison can be made with, for a picker: a first row that stands for nobody, then every entry of
// the catalogue. Qt::UserRole is the career's key (empty for the first row), so QComboBox::findData finds it.
class CataloguePickModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit CataloguePickModel(QObject* parent = nullptr);

    void setEntries(const QList<CatalogueEntry>& entries, const QString& noneText);
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<CatalogueEntry> m_entries;
    QString m_noneText;
};

} // namespace cg
