#include "ChildProcess.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace cg::bench {

ChildProcess::Result ChildProcess::run(const QString& program, const QStringList& arguments,
                                       const QStringList& environment, const QString& logPath) const
{
    Result result;
    const QString resultPath = logPath + QStringLiteral(".result");
    QFile::remove(resultPath);
    QProcess helper;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : environment)
        variables.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    helper.setProcessEnvironment(variables);
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(m_spawnTimer, QStringList{resultPath, logPath, program} + arguments);
    if (!helper.waitForFinished(5 * 60 * 1000) || helper.exitStatus() != QProcess::NormalExit ||
        helper.exitCode() != 0) {
        result.error = QStringLiteral("cannot run %1 through %2: %3").arg(program, m_spawnTimer, helper.errorString());
        return result;
    }
    QFile file(resultPath);
    const QStringList fields = file.open(QIODevice::ReadOnly)
                                   ? QString::fromLatin1(file.readAll()).split(u' ', Qt::SkipEmptyParts)
                                   : QStringList();
    if (fields.size() != 5) {
        result.error = QStringLiteral("no result from %1 for %2").arg(m_spawnTimer, program);
        return result;
    }
    result.wallMs = fields.at(0).toDouble();
    result.cpuMs = fields.at(1).toDouble();
    result.peakRssMiB = fields.at(2).toDouble() / 1024.0; // Linux reports kibibytes
    const int exitCode = fields.at(3).toInt();
    const int signal = fields.at(4).trimmed().toInt();
    result.exitStatus = signal != 0 ? -signal : exitCode;
    result.ok = signal == 0 && exitCode == 0;
    if (signal != 0)
        result.error = QStringLiteral("%1 was killed by signal %2 (see %3)").arg(program).arg(signal).arg(logPath);
    else if (exitCode != 0)
        result.error = QStringLiteral("%1 exited with status %2 (see %3)").arg(program).arg(exitCode).arg(logPath);
    return result;
}

} // namespace cg::bench
