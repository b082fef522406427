// ComparisonCsvWriter: RFC 4180 quoting, the header records naming currency and basis, one field count for every
// record, CRLF line ends, UTF-8 without a byte-order mark, plain decimal numbers, and the atomic write.
#include "money/CurrencyConverter.h"
#include "money/Decimal.h"
#include "money/ExchangeRates.h"
#include "salary/ComparisonCsvWriter.h"
#include "salary/SalaryComparison.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cg::ComparisonCsvWriter;

namespace {
cg::SalaryEntry entry(const char* key, const char* country, const char* amount, const char* currency)
{
    cg::SalaryEntry e;
    e.key = QString::fromLatin1(key);
    e.roleSlug = QStringLiteral("backend-developer");
    e.roleName = QStringLiteral("Back-end developer");
    e.country = QString::fromLatin1(country);
    e.amount = cg::StatedAmount::of(*cg::Money::parse(QString::fromLatin1(amount), QString::fromLatin1(currency)));
    e.period = QStringLiteral("year");
    e.statistic = QStringLiteral("average");
    e.experience = QStringLiteral("all");
    e.source.sourceId = QStringLiteral("article");
    e.source.sourceTitle = QStringLiteral("Pay, \"roughly\"");
    e.source.asOf = QStringLiteral("2023-08");
    e.sourceLabel = QStringLiteral("Glassdoor via Example");
    return e;
}

cg::ComparisonResult sample()
{
    cg::ExchangeRates rates;
    rates.insert(QStringLiteral("USD"), QDate(2023, 8, 31), *cg::Decimal::fromString(QStringLiteral("1.0868")));
    rates.insert(QStringLiteral("INR"), QDate(2023, 8, 31), *cg::Decimal::fromString(QStringLiteral("89.9293")));
    const cg::CurrencyConverter converter(rates, cg::PppFactors());
    cg::SalaryComparison comparison(QStringLiteral("USD"), cg::ConversionBasis::Market);
    comparison.add(entry("us", "US", "105366", "USD"));
    cg::SalaryEntry india = entry("in", "IN", "900000", "INR");
    india.doubtful = true;
    india.note = QStringLiteral("Stated as 'around' ₹900,000, \"per annum\";\nsee the table.");
    comparison.add(india);
    comparison.add(entry("xx", "ZZ", "100", "XTS")); // no rate
    return comparison.compute(converter);
}

// A small RFC 4180 reader, independent of the writer.
QList<QStringList> parse(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(std::exchange(field, QString()));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(std::exchange(field, QString()));
            records.append(std::exchange(record, QStringList()));
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QStringList named(const QList<QStringList>& records, const QString& label)
{
    for (const QStringList& record : records) {
        if (record.value(0) == label)
            return record;
    }
    return {};
}
} // namespace

class TestComparisonCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Back-end developer"
                               << "Back-end developer";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("number") << "-30964.36"
                                << "-30964.36";
        QTest::newRow("comma") << "Glassdoor, via Forage"
                               << "\"Glassdoor, via Forage\"";
        QTest::newRow("quote") << "Stated as \"about\""
                               << "\"Stated as \"\"about\"\"\"";
        QTest::newRow("only a quote") << "\""
                                      << "\"\"\"\"";
        QTest::newRow("line feed") << "one\ntwo"
                                   << "\"one\ntwo\"";
        QTest::newRow("carriage return") << "one\rtwo"
                                         << "\"one\rtwo\"";
        QTest::newRow("leading space") << " padded"
                                       << "\" padded\"";
        QTest::newRow("trailing space") << "padded "
                                        << "\"padded \"";
        QTest::newRow("semicolon is not special") << "a;b"
                                                  << "a;b";
        QTest::newRow("non-ASCII") << "₹900,000 ⚠"
                                   << "\"₹900,000 ⚠\"";
    }

    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(ComparisonCsvWriter::quoted(field), expected);
        // What any RFC 4180 reader gets back is the field itself.
        QCOMPARE(parse(expected + QStringLiteral("\r\n")).value(0).value(0), field);
    }

    void headerNamesCurrencyAndBasis()
    {
        const QList<QStringList> records = ComparisonCsvWriter::records(sample());
        QCOMPARE(records.at(0).at(0), QStringLiteral("Salary comparison"));
        QCOMPARE(records.at(1).mid(0, 2), (QStringList{QStringLiteral("Display currency"), QStringLiteral("USD")}));
        QCOMPARE(records.at(2).at(0), QStringLiteral("Conversion basis"));
        QCOMPARE(records.at(2).at(1), cg::SalaryComparison::basisName(cg::ConversionBasis::Market));
        QCOMPARE(records.at(3).at(0), QStringLiteral("Rounding"));
        QCOMPARE(records.at(4), QStringList(4, QString()));
        QCOMPARE(records.at(5), (QStringList{QStringLiteral("Field"), QStringLiteral("Pick 1"),
                                             QStringLiteral("Pick 2"), QStringLiteral("Pick 3")}));
    }

    void bytesAreUtf8CrlfWithBom()
    {
        // The byte-order mark is what makes common spreadsheet apps read UTF-8, so ₹ and £ arrive intact.
        const QByteArray withMark = ComparisonCsvWriter::toCsv(sample());
        QVERIFY(withMark.startsWith("\xEF\xBB\xBF"));
        const QByteArray csv = withMark.mid(3);
        QVERIFY(csv.startsWith("Salary comparison,,,\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(csv.contains("\xE2\x82\xB9")); // ₹ in UTF-8
        // Every line break outside quotes is CRLF: the only bare LF is the one inside the quoted note.
        QCOMPARE(csv.count("\n") - csv.count("\r\n"), 1);

        const QList<QStringList> records = parse(QString::fromUtf8(csv));
        QCOMPARE(records, ComparisonCsvWriter::records(sample()));
        for (const QStringList& record : records)
            QCOMPARE(record.size(), 4);
    }

    void valuesArePlainDecimals()
    {
        const QList<QStringList> records = ComparisonCsvWriter::records(sample());
        QCOMPARE(named(records, QStringLiteral("Amount as stated")).mid(1),
                 (QStringList{QStringLiteral("105366.00"), QStringLiteral("900000.00"), QStringLiteral("100.00")}));
        QCOMPARE(named(records, QStringLiteral("Currency as stated")).mid(1),
                 (QStringList{QStringLiteral("USD"), QStringLiteral("INR"), QStringLiteral("XTS")}));
        // 900,000 × 1.0868 / 89.9293 = 10,876.544… USD; the third pick has no rate, so no number.
        QCOMPARE(named(records, QStringLiteral("Converted to USD")).mid(1),
                 (QStringList{QStringLiteral("105366.00"), QStringLiteral("10876.54"), QStringLiteral("no rate")}));
        QCOMPARE(named(records, QStringLiteral("Difference to pick 1 (USD)")).mid(1),
                 (QStringList{QString(), QStringLiteral("-94489.46"), QString()}));
        QCOMPARE(named(records, QStringLiteral("Difference to pick 1 (%)")).mid(1),
                 (QStringList{QString(), QStringLiteral("-89.7"), QString()}));
        QCOMPARE(named(records, QStringLiteral("Rate date or PPP year")).mid(1, 2),
                 (QStringList{QStringLiteral("2023-08-31"), QStringLiteral("2023-08-31")}));
        QCOMPARE(named(records, QStringLiteral("Doubtful")).mid(1),
                 (QStringList{QStringLiteral("no"), QStringLiteral("yes"), QStringLiteral("no")}));
        QVERIFY(named(records, QStringLiteral("Difference note")).at(3).contains(QStringLiteral("XTS")));
        QVERIFY(named(records, QStringLiteral("Citation")).at(1).contains(QStringLiteral("\"roughly\"")));
        QVERIFY(named(records, QStringLiteral("Note")).at(2).contains(QStringLiteral("\nsee the table.")));
    }

    void emptyComparisonStillHasItsHeader()
    {
        cg::ComparisonResult empty;
        empty.currency = QStringLiteral("EUR");
        const QList<QStringList> records = parse(QString::fromUtf8(ComparisonCsvWriter::toCsv(empty).mid(3)));
        QCOMPARE(named(records, QStringLiteral("Display currency")),
                 (QStringList{QStringLiteral("Display currency"), QStringLiteral("EUR")}));
        QCOMPARE(named(records, QStringLiteral("Field")), QStringList{QStringLiteral("Field")});
    }

    void writesAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("comparison.csv"));
        QString error;
        QVERIFY2(ComparisonCsvWriter::write(path, sample(), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), ComparisonCsvWriter::toCsv(sample()));
        file.close();
        // No temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("comparison.csv")});

        const QString nowhere = dir.filePath(QStringLiteral("missing/folder/comparison.csv"));
        QVERIFY(!ComparisonCsvWriter::write(nowhere, sample(), &error));
        QVERIFY(error.contains(nowhere));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestComparisonCsvWriter)
#include "TestComparisonCsvWriter.moc"
