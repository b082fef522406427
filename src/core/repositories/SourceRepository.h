#pragma once

#include "content/Source.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace cg {

// The bibliography: every article, organisation and dataset the content cites.
class SourceRepository final
{
public:
    explicit SourceRepository(QSqlDatabase db);

    QList<Source> all() const;
    // Title by id, loaded once: citations are formatted for every figure shown.
    QString title(const QString& id) const;

private:
    QSqlDatabase m_db;
    mutable QHash<QString, QString> m_titles;
};

} // namespace cg
