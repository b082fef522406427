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

    // Every read below returns an empty value when the database fails: the reason goes to *error, or, when error
    // is null, to QueryErrors (see ReadQuery).
    QList<Source> all(QString* error = nullptr) const;
    // Title by id, loaded once: citations are formatted for every figure shown. The id itself when unknown.
    QString title(const QString& id, QString* error = nullptr) const;

private:
    QSqlDatabase m_db;
    mutable QHash<QString, QString> m_titles;
};

} // namespace cg
