#pragma once

#include "TsvRows.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtGlobal>

namespace cg {

class InsertStatements;

// Imports the official occupational data (O*NET 29.3, BLS OEWS May 2024, BLS Employment Projections 2024-34) from
// the release files into the content database, into the tables of resources/data/schema-official.sql. Every value
// is checked before it is stored and stored as written; the first bad row stops the import with "FILE:LINE: reason".
// Every file is read through TsvRows; each table is one function that checks and stores a row.
class OfficialImporter final
{
    Q_DISABLE_COPY_MOVE(OfficialImporter)

public:
    OfficialImporter() = default;
    ~OfficialImporter() = default;

    // directory has the release layout: onet-29.3/*.txt and bls/*.tsv, either the full release files or the committed
    // ones cut down to the columns read here (columns are found by name, so both import the same).
    // allOccupations=false keeps only computer occupations (15-1xxx, 11-3021, 15-2051); true keeps all 1,016.
    // On failure returns false and sets *error to "FILE:LINE: reason" (or "FILE: reason"); writes nothing usable.
    // Runs inside a savepoint of its own, rolled back on failure, so a caller's transaction is left as it was.
    bool run(QSqlDatabase& db, const QString& directory, bool allOccupations, QString* error);

private:
    enum class Row
    {
        Import,
        Skip, // outside the occupations this build keeps
        Bad,
    };

    bool importAll(QString* error);
    bool insertSources(QString* error);
    bool importElements(QString* error);
    bool importScales(QString* error);
    bool importJobZoneReference(QString* error);
    bool loadEducationCategories(QString* error);
    bool loadOccupations(QString* error);
    bool importOccupations(QString* error);
    bool importRatings(const QString& fileName, const QString& domain, QString* error);
    bool markRated(QString* error);
    bool importTasks(QString* error);
    bool importTechnology(QString* error);
    bool summariseSkillTechnology(QString* error);
    bool summariseSkillCatalogue(QString* error); // called by summariseSkillTechnology
    bool importRelated(QString* error);
    bool importAlternateTitles(QString* error);
    bool importReportedTitles(QString* error);
    bool importEducation(QString* error);
    bool importSearchIndex(QString* error);
    // Each occupation's lines of one column of an imported table, in the table's order, by code.
    bool linesByCode(const QString& sql, QHash<QString, QStringList>* lines, QString* error) const;
    bool importWages(QString* error);
    bool importProjections(QString* error);
    bool importSeparations(QString* error);

    // The row loop over a per-occupation file: rows of occupations outside this build are skipped, and a row of an
    // occupation missing from Occupation Data.txt is an error.
    bool occupationRows(const QString& fileName, const QStringList& header, const QString& insert,
                        const TsvRows::RowFunction& row, QString* error);
    // The row loop over a BLS file: rows of codes outside this build are skipped.
    bool statisticRows(const QString& fileName, const QStringList& header, const QString& insert, int codeColumn,
                       const TsvRows::RowFunction& row, QString* error);
    Row occupationRow(TsvRows& row) const;
    // A row that does not come from a file row; `where` names what it was made from.
    bool insert(const QString& sql, const QVariantList& values, const QString& where, QString* error);
    bool exec(const QString& sql, QString* reason) const;

    QSqlDatabase m_db;
    InsertStatements* m_inserts = nullptr; // while run() imports
    TsvRows* m_rows = nullptr;
    bool m_allOccupations = false;
    QStringList m_codes;                           // occupations imported, in release order
    QHash<QString, QString> m_titles;              // O*NET-SOC code -> title
    QHash<QString, QString> m_descriptions;        // O*NET-SOC code -> description
    QHash<QString, QString> m_educationLabels;     // required-level-of-education category -> label
    QHash<QString, QStringList> m_alternateTitles; // O*NET-SOC code -> alternate and short titles, for search
    QHash<QString, QStringList> m_reportedTitles;  // O*NET-SOC code -> reported titles search does not yet know
};

} // namespace cg
