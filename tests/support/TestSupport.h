#pragma once

#include <QString>

// Paths the test runner hands every test through the environment (see tests/CMakeLists.txt).
namespace cg::test {

QString contentDatabasePath();      // the generated content database of this build
QString artifactsDir();             // test-artifacts/ in the build tree, created on demand
QString artifactPath(const QString& fileName);
QString seedsDir();                 // the seed articles, possibly absent
QString sourceDir();                // the project's source tree
QString binaryDir();                // the build tree
// A writable copy of the content database at `path` (replacing any file there), to damage; empty on failure.
QString copyOfContentDatabase(const QString& path);

} // namespace cg::test
