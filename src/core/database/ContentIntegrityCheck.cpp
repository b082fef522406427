#include "ContentIntegrityCheck.h"

#include "ContentDatabase.h"

#include <QDateTime>
#include <QFileInfo>
#include <QThread>

namespace cg {

namespace {
// Writes the outcome where it is told to; the owner reads it only after wait() has joined the thread. (Not
// QThread::create, whose std::future would tie the executable to the dynamic loader by name.)
class QuickCheckThread final : public QThread
{
public:
    QuickCheckThread(const QString& path, QString* damage) : m_path(path), m_damage(damage) {}

private:
    void run() override { *m_damage = ContentDatabase::quickCheck(m_path); }

    const QString m_path;
    QString* const m_damage;
};
} // namespace

ContentIntegrityCheck::ContentIntegrityCheck(const QString& path, const QStringList& passedStamps)
    : m_path(path), m_stamp(integrityStamp(path)) // taken first: a file changed while it is read no longer matches
{
    if (m_stamp.isEmpty() || passedStamps.contains(m_stamp))
        return;
    m_thread = std::make_unique<QuickCheckThread>(m_path, &m_damage);
    m_thread->start();
}

ContentIntegrityCheck::~ContentIntegrityCheck()
{
    if (m_thread)
        m_thread->wait();
}

bool ContentIntegrityCheck::wait(QString* error)
{
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
        if (m_damage.isEmpty())
            m_passedStamp = m_stamp;
    }
    if (m_damage.isEmpty())
        return true;
    if (error)
        *error = m_damage;
    return false;
}

QString ContentIntegrityCheck::integrityStamp(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    return QStringLiteral("%1|%2|%3|%4")
        .arg(info.canonicalFilePath())
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(info.metadataChangeTime().toMSecsSinceEpoch());
}

} // namespace cg
