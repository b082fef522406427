#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cg {

// A topic the person added to a step of a learning path, with their own link, estimate and note. It is kept per
// path (every plan on the path has it) and keyed "own:<id>", a key no content slug can take, wherever progress,
// hiding or order refer to it.
struct OwnTopic
{
    Q_DECLARE_TR_FUNCTIONS(cg::OwnTopic)

public:
    static constexpr int MaxHours = 1000;
    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxUrlLength = 2000;
    static constexpr int MaxNoteLength = 10000;

    qint64 id = 0; // 0 until saved
    QString pathSlug;
    QString stepSlug;
    QString title;
    QString url; // empty, or an http or https address
    int hours = 0;
    QString note;
    QDateTime updatedAt; // UTC; invalid until saved

    QString key() const { return keyFor(id); }
    static QString keyFor(qint64 id) { return QStringLiteral("own:") + QString::number(id); }
    static bool isOwnKey(const QString& key) { return key.startsWith(QStringLiteral("own:")); }

    // Whether the fields the person edits are the same (not the id or the time saved).
    bool sameFields(const OwnTopic& other) const
    {
        return title == other.title && url == other.url && hours == other.hours && note == other.note;
    }

    // Why the topic cannot be saved as it is, in words for the person; empty when it can. Only an http or https
    // address with a host is accepted as a link: anything else (a file, a script) is refused, not opened later.
    QString problem() const;
    // Whether `url` may be kept as a topic's link (see problem()).
    static bool isAcceptedUrl(const QString& url);
};

} // namespace cg
