#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace cg {

// quick_check for the content file, once per installed file: it reads the whole file (tens of milliseconds for the
// full database), yet the installed file never changes. A file whose stamp is among those that passed before is not
// read again; any other is checked on a thread of its own, so the caller can build its window meanwhile and show it
// only once wait() has said the file is sound.
class ContentIntegrityCheck final
{
    Q_DISABLE_COPY_MOVE(ContentIntegrityCheck)

public:
    // Starts checking unless integrityStamp(path) is one of passedStamps.
    ContentIntegrityCheck(const QString& path, const QStringList& passedStamps);
    ~ContentIntegrityCheck(); // waits for a check still running

    bool isChecking() const { return m_thread != nullptr; } // started and not yet waited for
    // True when the check passed or was not needed; otherwise *error says why the file is unusable.
    bool wait(QString* error);
    // After wait() returned true for a check that ran: the stamp to remember among the passed ones. Empty otherwise.
    QString passedStamp() const { return m_passedStamp; }

    // The file as it is now: path, length, modification and status-change times. Writing, copying or replacing the
    // file changes it, even when the modification time is put back. Empty when there is no such file.
    static QString integrityStamp(const QString& path);

private:
    QString m_path;
    QString m_stamp;
    QString m_damage;
    QString m_passedStamp;
    std::unique_ptr<QThread> m_thread;
};

} // namespace cg
