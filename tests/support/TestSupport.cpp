#include "TestSupport.h"

#include "user/StudyPlanStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace cg::test {

namespace {
QString fromEnvironment(const char* name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}
} // namespace

QString contentDatabasePath()
{
    return fromEnvironment("CG_CONTENT_DB");
}

QString artifactsDir()
{
    QString dir = fromEnvironment("CG_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("careerguide-test-artifacts"));
    QDir().mkpath(dir);
    return dir;
}

QString artifactPath(const QString& fileName)
{
    return QDir(artifactsDir()).filePath(fileName);
}

QString seedsDir()
{
    return fromEnvironment("CG_SEEDS_DIR");
}

QString sourceDir()
{
    return fromEnvironment("CG_SOURCE_DIR");
}

QString binaryDir()
{
    return fromEnvironment("CG_BINARY_DIR");
}

QString copyOfContentDatabase(const QString& path)
{
    QFile::remove(path);
    if (!QFile::copy(contentDatabasePath(), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

bool execute(const QString& path, const QString& statement)
{
    const QString connection = QStringLiteral("test-support-execute");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        } else {
            qWarning("%s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

AppRun runCareerguide(const QStringList& arguments, const QString& home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    process.setProcessEnvironment(environment);
    process.start(QDir(binaryDir()).filePath(QStringLiteral("bin/careerguide")), arguments);
    AppRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

int countOf(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool hasPdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

QString pdfText(const QString& path, const QStringList& options, QString* error)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), QStringList(options) << path << QStringLiteral("-"));
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("pdftotext failed on %1: %2")
                     .arg(path, QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

qint64 savePlan(StudyPlanStore& plans, const QString& name)
{
    SavedStudyPlan plan;
    plan.name = name;
    plan.roleSlug = QStringLiteral("backend-developer");
    plan.pathSlug = QStringLiteral("backend-developer");
    plan.routeSlug = QStringLiteral("self-taught");
    plan.startDate = QDate(2026, 1, 5);
    plan.hoursPerWeek = 10;
    QString error;
    const qint64 id = plans.createPlan(plan, &error);
    if (id <= 0)
        qFatal("cannot save a plan: %s", qPrintable(error));
    return id;
}

} // namespace cg::test
