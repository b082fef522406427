#include "database/SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QThread>

namespace cg {

namespace {
// The database may not exist yet: the canonical folder plus the file name names it all the same.
QString canonicalPath(const QString& path)
{
    const QFileInfo info(path);
    const QString existing = info.canonicalFilePath();
    if (!existing.isEmpty())
        return existing;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

bool isInMemory(const QString& path)
{
    return path.isEmpty() || path == QLatin1String(":memory:");
}

const QByteArray Acknowledged("activated");
} // namespace

SingleInstance::SingleInstance(const QString& userDatabasePath, QObject* parent) : QObject(parent), m_server(this)
{
    if (isInMemory(userDatabasePath))
        return;
    m_lockPath = userDatabasePath + QStringLiteral(".lock");
    m_serverName = serverNameFor(userDatabasePath);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
}

SingleInstance::~SingleInstance()
{
    m_server.close();
    if (m_lock)
        m_lock->unlock();
}

QString SingleInstance::serverNameFor(const QString& userDatabasePath)
{
    // The home folder too, so two people's sockets in the shared temporary folder never meet.
    const QByteArray key = (QDir::homePath() + QLatin1Char('\n') + canonicalPath(userDatabasePath)).toUtf8();
    return QStringLiteral("careerguide-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20));
}

SingleInstance::Role SingleInstance::start(const QStringList& arguments, int timeoutMs)
{
    if (m_lockPath.isEmpty())
        return Role::Unguarded;
    // Only a regular file (or a path still free) is ever opened as a user database; nothing is written beside a
    // device, a folder or a link that leads nowhere, which the database itself refuses with the reason.
    const QFileInfo database(m_lockPath.chopped(5));
    if ((database.exists() && !database.isFile()) || (database.isSymLink() && !database.exists()))
        return Role::Unguarded;
    if (!QDir().mkpath(QFileInfo(m_lockPath).absolutePath()))
        return Role::Unguarded; // the database cannot be made there either: nothing will be saved
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // Never stale by age (a window may stay open for weeks); stale only when its process is gone, which tryLock()
    // checks by the process id written in the file.
    m_lock->setStaleLockTime(0);
    bool locked = m_lock->tryLock(0);
    if (!locked && m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        // tryLock() already takes over a lock whose process is gone. One whose owner cannot be read at all (cut short
        // by a crash or a full disk) is stale too, once it is older than the moment it takes to write one.
        const QDateTime written = QFileInfo(m_lockPath).lastModified();
        if (!m_lock->getLockInfo(&pid, &host, &application) && written.isValid() &&
            written.secsTo(QDateTime::currentDateTime()) > 5 && m_lock->removeStaleLockFile())
            locked = m_lock->tryLock(0);
    }
    if (!locked) {
        if (m_lock->error() != QLockFile::LockFailedError) {
            m_lock.reset(); // a folder we may not write: the database opens read-only or in memory, nothing to guard
            return Role::Unguarded;
        }
        m_lock.reset();
        return handOver(arguments, timeoutMs);
    }
    // A socket file left by a process that crashed would stop the server from listening.
    QLocalServer::removeServer(m_serverName);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_serverName))
        m_error = m_server.errorString(); // still the only window: a later start then says it got no answer
    return Role::First;
}

SingleInstance::Role SingleInstance::handOver(const QStringList& arguments, int timeoutMs)
{
    QByteArray message;
    {
        QDataStream out(&message, QIODevice::WriteOnly);
        out << arguments;
    }
    // The first process may still be starting: it holds the lock before it listens.
    const QDeadlineTimer deadline(timeoutMs);
    QString lastError;
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
            socket.write(message);
            socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
            QByteArray reply;
            while (!reply.contains(Acknowledged) && !deadline.hasExpired() &&
                   socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                reply += socket.readAll();
            reply += socket.readAll();
            if (reply.contains(Acknowledged))
                return Role::HandedOver;
            lastError = socket.errorString();
        } else {
            lastError = socket.errorString();
        }
        QThread::msleep(100);
    }
    m_error = tr("Career Guide is already running with this data file (%1) but did not answer (%2). Close it, or "
                 "if it is no longer running, remove %1.lock.")
                  .arg(QDir::toNativeSeparators(m_lockPath.chopped(5)), lastError);
    return Role::NoAnswer;
}

void SingleInstance::answer()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
            QDataStream in(buffer);
            QStringList arguments;
            in.startTransaction();
            in >> arguments;
            if (!in.commitTransaction()) {
                socket->setProperty("buffer", buffer); // the rest is still on its way
                return;
            }
            emit activationRequested(arguments);
            socket->write(Acknowledged);
            socket->flush();
            socket->disconnectFromServer();
        });
    }
}

} // namespace cg
