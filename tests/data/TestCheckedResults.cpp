// Every QSqlQuery::exec() and prepare() result in src/core and src/tools is checked: a failure must reach the caller
// as an error, never end as silently missing rows. Read from the sources as text: a call whose result is thrown away
// starts its statement ("query.exec(...);", "(void)query.prepare(...);"), and a QSqlQuery built from a statement
// runs it with nobody to ask how it went. Reads through ReadQuery check their results by construction.
//
// Left out while they are rewritten elsewhere: src/core/user/ and src/core/database/UserDatabase.*.
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCheckedResults final : public QObject
{
    Q_OBJECT

private:
    struct Finding
    {
        QString where; // path:line
        QString text;
    };

    static bool isExcluded(const QString& relativePath)
    {
        return relativePath.startsWith(QLatin1String("src/core/user/")) ||
               relativePath.startsWith(QLatin1String("src/core/database/UserDatabase."));
    }

    // The code of a line, without a // comment (good enough for this check: no string here holds "//").
    static QString code(const QString& line)
    {
        const qsizetype comment = line.indexOf(QLatin1String("//"));
        return (comment < 0 ? line : line.left(comment)).trimmed();
    }

    // True when the previous line of code ended a statement, a block or a control header, so that this one starts
    // a statement of its own.
    static bool startsStatement(const QString& previousCode)
    {
        if (previousCode.isEmpty())
            return true;
        static const QRegularExpression control(
            QStringLiteral("^(\\}\\s*)?(if|for|while|else\\b|else if)\\b.*|^else$"));
        const QChar last = previousCode.back();
        return last == u';' || last == u'{' || last == u'}' || last == u':' || control.match(previousCode).hasMatch();
    }

    static QList<Finding> findIgnoredResults(const QString& sourceDir, const QStringList& folders)
    {
        static const QRegularExpression call(
            QStringLiteral("^(\\(void\\)\\s*)?[A-Za-z_][A-Za-z0-9_]*(\\.|->)(exec|prepare)\\s*\\("));
        static const QRegularExpression runningConstructor(QStringLiteral(
            "\\bQSqlQuery\\s+[A-Za-z_][A-Za-z0-9_]*\\s*[({]\\s*(QStringLiteral|QString|QLatin1String|\")"));
        QList<Finding> findings;
        for (const QString& folder : folders) {
            QDirIterator files(QDir(sourceDir).filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                               QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                const QString relative = QDir(sourceDir).relativeFilePath(path);
                if (isExcluded(relative))
                    continue;
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                    findings.append({relative, QStringLiteral("cannot be read")});
                    continue;
                }
                const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
                QString previous;
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    const QString line = code(lines.at(i));
                    if (line.isEmpty())
                        continue;
                    if ((call.match(line).hasMatch() && (startsStatement(previous) || line.startsWith(u'('))) ||
                        runningConstructor.match(line).hasMatch())
                        findings.append({QStringLiteral("%1:%2").arg(relative).arg(i + 1), line});
                    previous = line;
                }
            }
        }
        return findings;
    }

    static QString report(const QList<Finding>& findings)
    {
        QStringList lines;
        for (const Finding& finding : findings)
            lines.append(finding.where + QStringLiteral(": ") + finding.text);
        return lines.join(u'\n');
    }

private slots:
    void noResultIsIgnored()
    {
        const QList<Finding> findings =
            findIgnoredResults(cg::test::sourceDir(), {QStringLiteral("src/core"), QStringLiteral("src/tools")});
        QVERIFY2(
            findings.isEmpty(),
            qPrintable(
                QStringLiteral("%1 ignored exec()/prepare() results:\n%2").arg(findings.size()).arg(report(findings))));
    }

    // The check itself finds what it is meant to find, and passes what it is meant to pass.
    void theCheckFindsIgnoredResults()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("src/core/user")));
        QFile file(QDir(dir.path()).filePath(QStringLiteral("src/core/Sample.cpp")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("void ignored(QSqlDatabase db)\n"
                   "{\n"
                   "    QSqlQuery query(db);\n"
                   "    query.prepare(QStringLiteral(\"SELECT 1\"));\n" // 4: ignored
                   "    query.exec();\n"                                // 5: ignored
                   "    if (ready)\n"
                   "        query.exec(QStringLiteral(\"SELECT 2\"));\n"       // 7: ignored
                   "    (void)query.exec();\n"                                 // 8: ignored
                   "    QSqlQuery direct(QStringLiteral(\"SELECT 3\"), db);\n" // 9: runs unchecked
                   "    // query.exec(); in a comment\n"
                   "    if (!query.exec())\n"
                   "        return;\n"
                   "    const bool prepared = query.prepare(QStringLiteral(\"SELECT 4\"));\n"
                   "    return prepared && query.exec();\n"
                   "    const bool ok = first()\n"
                   "        && query.exec();\n"
                   "    if (!ok || !query.prepare(sql,\n"
                   "                              more)) {}\n"
                   "}\n");
        file.close();
        QFile excluded(QDir(dir.path()).filePath(QStringLiteral("src/core/user/Store.cpp")));
        QVERIFY(excluded.open(QIODevice::WriteOnly));
        excluded.write("void later() { }\nquery.exec();\n");
        excluded.close();

        const QList<Finding> findings = findIgnoredResults(dir.path(), {QStringLiteral("src/core")});
        QStringList where;
        for (const Finding& finding : findings)
            where.append(finding.where);
        QCOMPARE(where, (QStringList{QStringLiteral("src/core/Sample.cpp:4"), QStringLiteral("src/core/Sample.cpp:5"),
                                     QStringLiteral("src/core/Sample.cpp:7"), QStringLiteral("src/core/Sample.cpp:8"),
                                     QStringLiteral("src/core/Sample.cpp:9")}));
    }
};

QTEST_GUILESS_MAIN(TestCheckedResults)
#include "TestCheckedResults.moc"
