#pragma once

#include <QCoreApplication>
#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

namespace cg {

// One running window per user database. The first start takes a lock file beside the database (user.sqlite.lock)
// and listens on a local socket named after the database's canonical path; a later start on the same database
// finds the lock held, hands its arguments to the first over the socket and is told when the first has brought its
// window to the front, so it can exit. A lock left by a process that no longer runs is taken over. Where no lock
// can be taken (an in-memory database, a folder we may not write) nothing is guarded: such a session saves nothing.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role
    {
        First,      // this process owns the database; activationRequested() tells when a later start hands over
        HandedOver, // another process owns it and has been asked to come to the front: exit
        Unguarded,  // no lock could be taken; run as usual
        NoAnswer    // another process holds the lock but did not answer: errorString() says so
    };

    explicit SingleInstance(const QString& userDatabasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Takes the lock, or hands `arguments` to the process that holds it. Waits at most `timeoutMs` for an answer.
    Role start(const QStringList& arguments, int timeoutMs = 5000);
    QString errorString() const { return m_error; }

    QString lockPath() const { return m_lockPath; }
    QString serverName() const { return m_serverName; }
    // A short name (the socket path has a length limit) derived from the canonical path of the database.
    static QString serverNameFor(const QString& userDatabasePath);

signals:
    // A later start on the same database asks this one to come to the front, passing its arguments.
    void activationRequested(const QStringList& arguments);

private:
    void answer();
    Role handOver(const QStringList& arguments, int timeoutMs);

    QString m_lockPath;
    QString m_serverName;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer m_server; // a child, so it moves with this object to another thread
};

} // namespace cg
