#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace cg {

class InsertStatements;
class TsvRows;

// Runs one import of release files in `directory` inside a savepoint of its own, named `name`. A savepoint nests
// inside the caller's transaction (or is one, when there is none), so a failed import takes back exactly its own
// rows and leaves the caller's as they were; the caller must keep a journal (MEMORY is fine) for that. `work` gets
// the insert statements and the row loop of the import, which end before the savepoint does. False, with *error
// set ("DIRECTORY: reason", or what `work` said), when the directory is missing, the savepoint cannot be used, or
// `work` fails.
using ImportWork = std::function<bool(InsertStatements& inserts, TsvRows& rows, QString* error)>;
bool importInSavepoint(QSqlDatabase& db, const QString& name, const QString& directory, const ImportWork& work,
                       QString* error);

} // namespace cg
