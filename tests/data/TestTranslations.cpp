// The Spanish and Hindi translations are complete and keep every placeholder and mnemonic of their source text.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    QString type;             // empty when finished
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// "&&" is a literal ampersand; a single '&' before a letter marks the keyboard mnemonic.
int mnemonics(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&|\\s|#|[a-z]+;)"));
    return int(text.count(pattern));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Spanish") << "es";
        QTest::newRow("Hindi") << "hi";
    }

    void complete()
    {
        QFETCH(QString, language);
        const QString path =
            QDir(cg::test::sourceDir()).filePath(QStringLiteral("translations/careerguide_%1.ts").arg(language));
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);
        QStringList problems;
        for (const Message& message : messages) {
            const QString where = QStringLiteral("%1: \"%2\"").arg(message.context, message.source.left(60));
            if (!message.type.isEmpty()) {
                problems.append(QStringLiteral("%1 is %2").arg(where, message.type));
                continue;
            }
            if (message.numerus && message.translations.size() != 2)
                problems.append(QStringLiteral("%1 has %2 plural forms").arg(where).arg(message.translations.size()));
            for (const QString& translation : message.translations) {
                if (translation.trimmed().isEmpty() && !message.source.trimmed().isEmpty())
                    problems.append(QStringLiteral("%1 is empty").arg(where));
                const QStringList expected = placeholders(message.source);
                QStringList got = placeholders(translation);
                if (message.numerus)
                    got.removeAll(QStringLiteral("%n")); // a plural form may spell the number out
                QStringList expectedWithoutN = expected;
                if (message.numerus)
                    expectedWithoutN.removeAll(QStringLiteral("%n"));
                if (got != expectedWithoutN)
                    problems.append(QStringLiteral("%1 has placeholders %2, expected %3")
                                        .arg(where, got.join(u','), expected.join(u',')));
                if (mnemonics(translation) != mnemonics(message.source))
                    problems.append(QStringLiteral("%1 has %2 mnemonics, expected %3")
                                        .arg(where)
                                        .arg(mnemonics(translation))
                                        .arg(mnemonics(message.source)));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
