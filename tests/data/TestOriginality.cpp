// Content is written in our own words: no text in resources/data shares a run of 12 words with a seed article.
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

constexpr int RunLength = 12;

// Lower-case words of letters and digits; apostrophes join, so "it's" and "its" compare equal.
QStringList words(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QString folded = text.toLower();
    folded.remove(QChar(u'\'')).remove(QChar(0x2019));
    QStringList result;
    for (auto it = word.globalMatch(folded); it.hasNext();)
        result.append(it.next().captured());
    return result;
}

void collectStrings(const QJsonValue& value, const QString& where, QList<QPair<QString, QString>>* out)
{
    if (value.isString()) {
        out->append({where, value.toString()});
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectStrings(array.at(i), QStringLiteral("%1[%2]").arg(where).arg(i), out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), where + u'.' + it.key(), out);
    }
}

} // namespace

class TestOriginality : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_runs; // 12-word run -> seed file

private slots:
    void initTestCase()
    {
        const QString seeds = cg::test::seedsDir();
        if (seeds.isEmpty() || !QDir(seeds).exists())
            QSKIP(qPrintable(QStringLiteral("The seed articles are not at '%1'; set the CMake option CG_SEEDS_DIR to "
                                            "their folder to run the originality check.")
                                 .arg(seeds)));
        const QStringList files = QDir(seeds).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "the seeds folder holds no .txt articles");
        for (const QString& name : files) {
            QFile file(QDir(seeds).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList seedWords = words(QString::fromUtf8(file.readAll()));
            for (qsizetype i = 0; i + RunLength <= seedWords.size(); ++i)
                m_runs.insert(seedWords.mid(i, RunLength).join(u' '), name);
        }
        QVERIFY(m_runs.size() > 1000);
    }

    void detectorFindsACopiedSentence()
    {
        // Guard against a detector that can never fire: a run taken from a seed must be found.
        const QString someRun = m_runs.constBegin().key();
        const QStringList runWords = words(QStringLiteral("Intro words. ") + someRun + QStringLiteral(" trailing."));
        bool found = false;
        for (qsizetype i = 0; i + RunLength <= runWords.size(); ++i)
            found = found || m_runs.contains(runWords.mid(i, RunLength).join(u' '));
        QVERIFY(found);
    }

    void noTwelveWordRunFromAnArticle()
    {
        const QDir data(QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data")));
        const QStringList files = data.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 6);
        QStringList hits;
        int checked = 0;
        for (const QString& name : files) {
            QFile file(data.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QList<QPair<QString, QString>> strings;
            collectStrings(QJsonDocument::fromJson(file.readAll()).object(), name, &strings);
            for (const auto& [where, text] : strings) {
                const QStringList textWords = words(text);
                ++checked;
                for (qsizetype i = 0; i + RunLength <= textWords.size(); ++i) {
                    const QString run = textWords.mid(i, RunLength).join(u' ');
                    if (m_runs.contains(run))
                        hits.append(QStringLiteral("%1 shares \"%2\" with %3").arg(where, run, m_runs.value(run)));
                }
            }
        }
        QVERIFY(checked > 500);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestOriginality)
#include "TestOriginality.moc"
