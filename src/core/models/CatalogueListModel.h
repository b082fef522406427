#pragma once

#include "content/AnnualPay.h"
#include "content/CatalogueEntry.h"
#include "models/ItemTableModel.h"

#include <QHash>
#include <QList>

#include <optional>

namespace cg {

// The career catalogue for the Roles tab's list: the guide's roles and every O*NET occupation, one row each, with
// its kind, median pay and projected growth. Keeps, beside each entry, the exact keys filters and sorting compare
// (whole dollars, tenths of a percent), worked out once when the entries are set.
class CatalogueListModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        PayColumn,
        GrowthColumn,
        ColumnCount
    };

    enum Roles
    {
        KeyRole = Qt::UserRole, // QComboBox::findData and the like find a career by its key
        KindRole,               // CatalogueEntry::Kind as an int
        FamilyRole
    };

    struct Keys
    {
        int nameRank = 0; // position in A-Z order of titles
        AnnualPay pay;
        std::optional<qint64> growthTenths;
        std::optional<qint64> openingsTenths;
        QString searchText; // title, and a role's other names and category; an occupation's code
    };

    explicit CatalogueListModel(QObject* parent = nullptr);

    void setEntries(const QList<CatalogueEntry>& entries);
    const QList<CatalogueEntry>& entries() const { return m_entries; }
    const CatalogueEntry& entryAt(int row) const { return m_entries.at(row); }
    const Keys& keysAt(int row) const { return m_keys.at(row); }
    int rowOf(const QString& key) const { return m_rowByKey.value(key, -1); }
    int roleCount() const { return m_roleCount; }

    static QString kindText(CatalogueEntry::Kind kind);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_entries.size()); }
    QStringList columnTitles() const override;
    QVariant columnToolTip(int column) const override;

private:
    QList<CatalogueEntry> m_entries;
    QList<Keys> m_keys;
    QHash<QString, int> m_rowByKey;
    int m_roleCount = 0;
};

} // namespace cg
