// SalaryComparisonDocument: the printable comparison names currency and basis, shows every pick as stated and
// converted with how it was converted, says "no rate" instead of a number, lists each pick's citation and note, states
// the rounding, and prints to PDF pages.
#include "DocumentSamples.h"
#include "documents/SalaryComparisonDocument.h"
#include "money/CurrencyConverter.h"
#include "money/Decimal.h"
#include "money/ExchangeRates.h"
#include "salary/SalaryComparison.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {
cg::SalaryEntry entry(const char* key, const char* country, const char* amount, const char* currency)
{
    cg::SalaryEntry e;
    e.key = QString::fromLatin1(key);
    e.roleName = QStringLiteral("Back-end developer");
    e.country = QString::fromLatin1(country);
    e.amount = cg::StatedAmount::of(*cg::Money::parse(QString::fromLatin1(amount), QString::fromLatin1(currency)));
    e.period = QStringLiteral("year");
    e.statistic = QStringLiteral("average");
    e.experience = QStringLiteral("all");
    e.source.sourceId = QStringLiteral("article");
    e.source.sourceTitle = QStringLiteral("Who is a Back-End Developer?");
    e.source.asOf = QStringLiteral("2023-08");
    e.sourceLabel = QStringLiteral("Glassdoor via TakeThisCourse.net");
    return e;
}

cg::ComparisonResult sample()
{
    cg::ExchangeRates rates;
    rates.insert(QStringLiteral("USD"), QDate(2023, 8, 31), *cg::Decimal::fromString(QStringLiteral("1.0868")));
    rates.insert(QStringLiteral("GBP"), QDate(2023, 8, 31), *cg::Decimal::fromString(QStringLiteral("0.85718")));
    cg::SalaryComparison comparison(QStringLiteral("USD"), cg::ConversionBasis::Market);
    comparison.add(entry("us", "US", "105366", "USD"));
    cg::SalaryEntry uk = entry("gb", "GB", "58682", "GBP");
    uk.doubtful = true;
    uk.note = QStringLiteral("Figures <b>in pounds</b> & pence are rare here.");
    comparison.add(uk);
    comparison.add(entry("xx", "ZZ", "100", "XTS"));
    return comparison.compute(cg::CurrencyConverter(rates, cg::PppFactors()));
}
} // namespace

class TestSalaryComparisonDocument final : public QObject
{
    Q_OBJECT

private slots:
    void containsWhatThePrintoutPromises()
    {
        const cg::SalaryComparisonDocument document(sample(), QStringLiteral("My comparison"), QDate(2026, 1, 5));
        const QString text = document.document()->toPlainText();
        for (const QString& expected :
             {QStringLiteral("My comparison"), QStringLiteral("Display currency"), QStringLiteral("USD"),
              cg::SalaryComparison::basisName(cg::ConversionBasis::Market), QStringLiteral("2026-01-05"),
              QStringLiteral("£58,682"), QStringLiteral("$74,402"), QStringLiteral("1 GBP = 1.2679 USD"),
              QStringLiteral("−$30,964 (−29.4%)"), QStringLiteral("no rate"),
              QStringLiteral("No ECB reference rate for XTS"), QStringLiteral("⚠ doubtful"),
              QStringLiteral("Figures <b>in pounds</b> & pence are rare here."),
              QStringLiteral("Who is a Back-End Developer? (as of 2023-08)"), QStringLiteral("half away from zero")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QCOMPARE(document.document()->metaInformation(QTextDocument::DocumentTitle), QStringLiteral("My comparison"));
        // Content text is escaped, never interpreted as markup.
        QVERIFY(document.html().contains(QStringLiteral("&lt;b&gt;in pounds&lt;/b&gt; &amp; pence")));
    }

    void hostileNameAndNoteStayText()
    {
        // A saved comparison's name is typed by the user: printed and titled as text, never as markup.
        const QString hostile = cg::test::HostileText;
        cg::ComparisonResult result = sample();
        result.columns[0].entry.note = hostile;
        const cg::SalaryComparisonDocument document(result, hostile, QDate(2026, 1, 5));
        QVERIFY2(cg::test::unsafeMarkup(document.html()).isEmpty(),
                 qPrintable(cg::test::unsafeMarkup(document.html())));
        QCOMPARE(document.document()->toPlainText().count(hostile), 2);
        QCOMPARE(document.document()->metaInformation(QTextDocument::DocumentTitle), hostile);
    }

    void cautionRowOnlyWhenSomethingIsDoubtful()
    {
        cg::ComparisonResult result = sample();
        QVERIFY(cg::SalaryComparisonDocument(result).document()->toPlainText().contains(QStringLiteral("Caution")));
        result.columns[1].entry.doubtful = false;
        QVERIFY(!cg::SalaryComparisonDocument(result).document()->toPlainText().contains(QStringLiteral("Caution")));
    }

    void emptyComparisonSaysSo()
    {
        cg::ComparisonResult empty;
        empty.currency = QStringLiteral("EUR");
        const QString text = cg::SalaryComparisonDocument(empty).document()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Salary comparison")));
        QVERIFY(text.contains(QStringLiteral("Nothing has been picked")));
    }

    void printsToPdf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("comparison.pdf"));
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A4));
            const cg::SalaryComparisonDocument document(sample());
            QString error;
            QVERIFY2(document.print(&writer, &error), qPrintable(error));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Type /Page"));
        QString error;
        QVERIFY(!cg::SalaryComparisonDocument(sample()).print(nullptr, &error));
        QVERIFY(!error.isEmpty());
    }
};

// Fonts and QPdfWriter need a QGuiApplication; the offscreen platform keeps the test headless.
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestSalaryComparisonDocument test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSalaryComparisonDocument.moc"
