// The Salaries tab in the real main window, offscreen: back-end developers in the US, the UK and India compared in
// US dollars at market rates and at PPP, exported as CSV through the file-dialog seam, printed to PDF and read back,
// reordered, saved and loaded by name; official percentiles drawn as ranges; pictures of each view.
#include "EmptyFilterNotice.h"
#include "ExperienceChartView.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MessageBoxes.h"
#include "SalariesTab.h"
#include "SalaryComparisonChartView.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "models/SalaryComparisonModel.h"
#include "models/SalaryTableModel.h"
#include "salary/SalaryTerms.h"
#include "settings/Settings.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using cg::test::save;

namespace {
const QString TakeThisCourse = QStringLiteral("Glassdoor via TakeThisCourse.net");

// RFC 4180 reader for the test: quoted fields with doubled quotes, commas and line breaks inside.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QStringList recordNamed(const QList<QStringList>& records, const QString& label)
{
    for (const QStringList& record : records) {
        if (!record.isEmpty() && record.first() == label)
            return record;
    }
    return {};
}
} // namespace

class TestSalariesTab : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;
    QStringList m_messages;
    QString m_savePath;

    cg::SalariesTab* tab() const { return m_app.window().salariesTab(); }
    template <typename T> T* child(const char* name) const { return cg::test::child<T>(tab(), name); }
    const cg::SalaryComparisonModel* comparison() const { return tab()->comparisonModel(); }
    QString cell(int row, int column) const { return comparison()->index(row, column).data().toString(); }
    qint64 convertedMinor(int column) const
    {
        return comparison()
            ->index(cg::SalaryComparisonModel::ConvertedRow, column)
            .data(cg::SalaryComparisonModel::ConvertedMinorRole)
            .toLongLong();
    }

    // Selects the row of the filtered table for that country and presses Enter, as a person would.
    void pickByKeyboard(const QString& country)
    {
        auto* table = child<QTableView>("figureTable");
        const QAbstractItemModel* model = table->model();
        int found = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(cg::SalaryTableModel::CountryCodeRole).toString() == country)
                found = row;
        }
        QVERIFY2(found >= 0, qPrintable(country));
        table->setFocus();
        table->setCurrentIndex(model->index(found, cg::SalaryTableModel::AmountColumn));
        QTest::keyClick(table, Qt::Key_Return);
    }

    void pickBackEndDevelopers()
    {
        tab()->setRoleFilter(QStringLiteral("backend-developer"));
        tab()->setSourceFilter(TakeThisCourse);
        QCOMPARE(tab()->visibleFigureCount(), 5); // US, CA, GB, IN, AU
        for (const char* country : {"US", "GB", "IN"})
            pickByKeyboard(QString::fromLatin1(country));
        QCOMPARE(comparison()->columnCount(), 3);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_app.open(&error), qPrintable(error));
        cg::MessageBoxes::setHandler(
            [this](cg::MessageBoxes::Kind, const QString&, const QString& text) { m_messages.append(text); });
        cg::FileDialogs::setSaveHandler([this](const QString&, const QString&, const QString&) { return m_savePath; });
    }

    void init()
    {
        QString error;
        QVERIFY2(m_app.forgetUserData(&error), qPrintable(error));
        m_app.settings().setDisplayCurrency(QStringLiteral("USD"));
        QVERIFY2(m_app.showWindow(&error), qPrintable(error));
        m_app.window().showTab(cg::MainWindow::SalariesIndex);
        QTRY_VERIFY(tab()->visibleFigureCount() > 0);
        QVERIFY(cg::test::waitForRepaint(&m_app.window())); // laid out: the buttons can be clicked
        m_messages.clear();
    }

    void cleanup() { m_app.closeWindow(); }

    void cleanupTestCase()
    {
        cg::MessageBoxes::setHandler({});
        cg::FileDialogs::setSaveHandler({});
    }

    // The first visit paints the figures and the first one's conversion at once; the charts and the premiums are
    // built only when their pages are first shown, from the same data.
    void firstVisitShowsTheConversionAndLeavesHiddenPagesForLater()
    {
        QVERIFY(tab()->findChildren<cg::SalaryComparisonChartView*>().isEmpty());
        QVERIFY(tab()->findChildren<cg::ExperienceChartView*>().isEmpty());
        QVERIFY(child<QTextBrowser>("premiumsView")->document()->isEmpty());
        // The table opens on its first row, here a figure in another currency than the display currency.
        auto* table = child<QTableView>("figureTable");
        QCOMPARE(table->currentIndex().row(), 0);
        QVERIFY(table->currentIndex().data(cg::SalaryTableModel::CurrencyRole).toString() != QLatin1String("USD"));
        const QString detail = child<QTextBrowser>("detailView")->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("In USD: ")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("ECB reference rate of ")), qPrintable(detail));

        pickBackEndDevelopers();
        tab()->showPage(cg::SalariesTab::ChartPage);
        const QList<cg::SalaryComparisonChartView*> charts = tab()->findChildren<cg::SalaryComparisonChartView*>();
        QCOMPARE(charts.size(), 1);
        QVERIFY(charts.first()->isVisible());
        QCOMPARE(charts.first()->categories().size(), 3); // drawn from the comparison made before it existed
        QCOMPARE(tab()->comparisonChart(), charts.first());
        tab()->showPage(cg::SalariesTab::ExperiencePage);
        QCOMPARE(tab()->findChildren<cg::ExperienceChartView*>().size(), 1);
        QVERIFY(tab()->experienceChart()->roleCount() > 0);
        tab()->showPage(cg::SalariesTab::PremiumsPage);
        QVERIFY(!child<QTextBrowser>("premiumsView")->document()->isEmpty());
    }

    void tableListsEveryFigureWithFiltersAndNumericSort()
    {
        save(&m_app.window(), QStringLiteral("salaries.png"));
        // The tab never forces a wide window: long role, source and basis names elide in their combo boxes.
        QVERIFY2(tab()->minimumSizeHint().width() <= 1000,
                 qPrintable(QString::number(tab()->minimumSizeHint().width())));
        auto* table = child<QTableView>("figureTable");
        const int all = tab()->visibleFigureCount();
        QVERIFY(all > 29); // every article figure plus the official rows
        tab()->setSourceFilter(QStringLiteral("BLS OEWS (official)"));
        QVERIFY(tab()->visibleFigureCount() >= 10);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row, 0).data(cg::SalaryTableModel::OfficialRole).toBool());
        tab()->setSourceFilter(QString());

        // Amounts sort as numbers within a currency: $97,000 before $105,366 (as text "$1…" < "$9…").
        tab()->setCountryFilter(QStringLiteral("US"));
        table->sortByColumn(cg::SalaryTableModel::AmountColumn, Qt::AscendingOrder);
        qint64 previous = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QVariant amount = table->model()->index(row, 0).data(cg::SalaryTableModel::AmountMinorRole);
            QVERIFY(amount.isValid());
            QVERIFY2(amount.toLongLong() >= previous, qPrintable(QString::number(row)));
            previous = amount.toLongLong();
        }
        tab()->setCountryFilter(QString());

        // A doubtful figure says so in the row and gives its reason on hover.
        tab()->setFilterText(QStringLiteral("doubtful"));
        QVERIFY(tab()->visibleFigureCount() >= 3);
        const QModelIndex doubtful = table->model()->index(0, cg::SalaryTableModel::SourceColumn);
        QVERIFY(doubtful.data().toString().contains(QStringLiteral("⚠ doubtful")));
        QVERIFY(doubtful.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Doubtful:")));
        tab()->setFilterText(QString());
        QCOMPARE(tab()->visibleFigureCount(), all);
    }

    void filtersThatMatchNothingSaySoAndClearThemselves()
    {
        // A role, a country and a text that together match no figure: the tab says why instead of a blank table.
        auto* table = child<QTableView>("figureTable");
        auto* view = child<QTextBrowser>("detailView");
        auto* notice = tab()->findChild<cg::EmptyFilterNotice*>();
        QVERIFY(notice);
        const int all = tab()->visibleFigureCount();
        QVERIFY(!notice->isVisible());
        tab()->setCountryFilter(QStringLiteral("IN"));
        tab()->setFilterText(QStringLiteral("zzzz"));
        QCOMPARE(tab()->visibleFigureCount(), 0);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->message().contains(QStringLiteral("No salary figures match")));
        QTRY_VERIFY2(view->toPlainText().contains(notice->message()), qPrintable(view->toPlainText()));

        // Its button, from the keyboard, clears the text and every combo; a figure is shown again.
        notice->clearButton()->setFocus();
        QTest::keyClick(notice->clearButton(), Qt::Key_Space);
        QCOMPARE(tab()->visibleFigureCount(), all);
        QVERIFY(child<QLineEdit>("filterEdit")->text().isEmpty());
        for (const char* name : {"roleCombo", "countryCombo", "sourceCombo"})
            QCOMPARE(child<QComboBox>(name)->currentIndex(), 0);
        QVERIFY(!notice->isVisible());
        QVERIFY(table->currentIndex().isValid());
        QTRY_VERIFY(!view->toPlainText().trimmed().isEmpty());
        QVERIFY(!view->toPlainText().contains(notice->message()));

        // Clearing the text by hand after the table emptied also shows a figure, never a blank pane.
        tab()->setFilterText(QStringLiteral("zzzz"));
        QVERIFY(notice->isVisible());
        tab()->setFilterText(QString());
        QVERIFY(!notice->isVisible());
        QVERIFY(table->currentIndex().isValid());
        QTRY_VERIFY(!view->toPlainText().contains(notice->message()));
    }

    void comparesBackEndDevelopersInUsdThenAtPpp()
    {
        pickBackEndDevelopers();
        QCOMPARE(comparison()->comparison().currency(), QStringLiteral("USD"));
        for (int column = 0; column < 3; ++column) {
            QCOMPARE(cell(cg::SalaryComparisonModel::RoleRow, column), QStringLiteral("Back-end developer"));
            QVERIFY(cell(cg::SalaryComparisonModel::SourceRow, column).contains(QStringLiteral("2023-08")));
        }
        QCOMPARE(cell(cg::SalaryComparisonModel::CountryRow, 1), cg::SalaryTerms::countryName(QStringLiteral("GB")));
        QCOMPARE(cell(cg::SalaryComparisonModel::StatedRow, 1), QStringLiteral("£58,682"));
        QCOMPARE(cell(cg::SalaryComparisonModel::StatedRow, 2), QStringLiteral("₹900,000"));

        // As of 2023-08 means 2023-08-31, an ECB business day: USD 1.0868, GBP 0.85718, INR 89.9293 per EUR.
        // 58,682 × 1.0868 / 0.85718 = 74,401.6398… -> $74,401.64; 900,000 × 1.0868 / 89.9293 = 10,876.5441… ->
        // 10,876.54.
        QCOMPARE(convertedMinor(0), qint64(10536600));
        QCOMPARE(convertedMinor(1), qint64(7440164));
        QCOMPARE(convertedMinor(2), qint64(1087654));
        QCOMPARE(cell(cg::SalaryComparisonModel::ConvertedRow, 1), QStringLiteral("$74,402"));
        const QString conversion = cell(cg::SalaryComparisonModel::ConversionRow, 1);
        QVERIFY2(conversion.contains(QStringLiteral("1 GBP = ")) && conversion.contains(QStringLiteral("2023-08-31")) &&
                     conversion.contains(QStringLiteral("ECB")),
                 qPrintable(conversion));
        QVERIFY(cell(cg::SalaryComparisonModel::ConversionRow, 0).contains(QStringLiteral("Same currency")));
        // (74,401.64 − 105,366) / 105,366 = −29.387…% and (10,876.54 − 105,366) / 105,366 = −89.677…%.
        QCOMPARE(cell(cg::SalaryComparisonModel::DifferenceRow, 1), QStringLiteral("−$30,964 (−29.4%)"));
        QCOMPARE(cell(cg::SalaryComparisonModel::DifferenceRow, 2), QStringLiteral("−$94,489 (−89.7%)"));
        tab()->showPage(cg::SalariesTab::ComparisonPage);
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        save(&m_app.window(), QStringLiteral("salary-comparison.png"));
        tab()->showPage(cg::SalariesTab::ChartPage);
        QTRY_COMPARE(tab()->comparisonChart()->categories().size(), 3);
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        QVERIFY(tab()->comparisonChart()->categories().at(1).contains(QStringLiteral("$74,402")));
        save(&m_app.window(), QStringLiteral("salary-chart.png"));
        tab()->showPage(cg::SalariesTab::ComparisonPage);

        // PPP through the basis control on the tab: World Bank GDP factors of 2023 (GB 0.660709, IN 20.2904054217658
        // per international $, US 1): 58,682 / 0.660709 = 88,816.71; 900,000 / 20.2904054217658 = 44,355.94.
        const qint64 marketUk = convertedMinor(1);
        auto* basis = child<QComboBox>("basisCombo");
        basis->setCurrentIndex(basis->findData(QStringLiteral("ppp")));
        QCOMPARE(convertedMinor(0), qint64(10536600));
        QCOMPARE(convertedMinor(1), qint64(8881671));
        QCOMPARE(convertedMinor(2), qint64(4435594));
        QVERIFY(convertedMinor(1) != marketUk);
        for (int column = 1; column < 3; ++column) {
            const QString explanation = cell(cg::SalaryComparisonModel::ConversionRow, column);
            QVERIFY2(explanation.contains(QStringLiteral("purchasing-power parity")) &&
                         explanation.contains(QStringLiteral("World Bank PPP")) &&
                         explanation.contains(QStringLiteral("2023")),
                     qPrintable(explanation));
        }
        QCOMPARE(m_app.settings().conversionBasis(), cg::ConversionBasis::Ppp);

        // File → Export CSV…, answered by the seam.
        m_savePath = cg::test::artifactPath(QStringLiteral("salary-comparison.csv"));
        QFile::remove(m_savePath);
        auto* exportCsv = m_app.window().findChild<QAction*>(QStringLiteral("actionExportCsv"));
        QVERIFY(exportCsv);
        QVERIFY(exportCsv->isEnabled());
        exportCsv->trigger();
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
        QFile file(m_savePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a byte-order mark, for spreadsheet apps
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QVERIFY(records.size() > 20);
        for (const QStringList& record : records)
            QCOMPARE(record.size(), 4); // the label column and three picks
        QCOMPARE(recordNamed(records, QStringLiteral("Display currency")).at(1), QStringLiteral("USD"));
        QVERIFY(recordNamed(records, QStringLiteral("Conversion basis")).at(1).contains(QStringLiteral("parity")));
        QCOMPARE(recordNamed(records, QStringLiteral("Country code")),
                 (QStringList{QStringLiteral("Country code"), QStringLiteral("US"), QStringLiteral("GB"),
                              QStringLiteral("IN")}));
        QCOMPARE(recordNamed(records, QStringLiteral("Converted to USD")),
                 (QStringList{QStringLiteral("Converted to USD"), QStringLiteral("105366.00"),
                              QStringLiteral("88816.71"), QStringLiteral("44355.94")}));
        QCOMPARE(recordNamed(records, QStringLiteral("Role")).at(2), QStringLiteral("Back-end developer"));

        // Print to PDF and read it back.
        const QString pdf = cg::test::artifactPath(QStringLiteral("salary-comparison.pdf"));
        QFile::remove(pdf);
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(pdf);
            QVERIFY(tab()->printComparison(&printer));
        }
        QVERIFY(QFile::exists(pdf));
        if (!cg::test::hasPdfToText())
            QSKIP("pdftotext is not installed; the PDF was written but not read back");
        QString error;
        const QString text = cg::test::pdfText(pdf, {QStringLiteral("-layout")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& expected :
             {QStringLiteral("Back-end developer"), QStringLiteral("United States"), QStringLiteral("United Kingdom"),
              QStringLiteral("India"), QStringLiteral("USD"), QStringLiteral("$88,817"),
              QStringLiteral("TakeThisCourse.net")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void fileMenuFollowsTheTabAndTheComparisonSurvivesARestart()
    {
        pickBackEndDevelopers();
        auto* exportPdf = m_app.window().findChild<QAction*>(QStringLiteral("actionExportPdf"));
        auto* print = m_app.window().findChild<QAction*>(QStringLiteral("actionPrintStudyPlan"));
        QVERIFY(exportPdf && print);
        // On the Salaries tab, File → Export PDF… and Print… are the comparison's, and say so.
        QVERIFY2(exportPdf->text().contains(QStringLiteral("Salary Comparison")), qPrintable(exportPdf->text()));
        QVERIFY2(print->text().contains(QStringLiteral("Salary Comparison")), qPrintable(print->text()));
        QVERIFY(exportPdf->isEnabled());
        m_savePath = cg::test::artifactPath(QStringLiteral("salary-comparison-from-file-menu.pdf"));
        QFile::remove(m_savePath);
        exportPdf->trigger();
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
        QFile pdf(m_savePath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        pdf.close();
        if (cg::test::hasPdfToText()) {
            QString error;
            const QString text = cg::test::pdfText(m_savePath, {QStringLiteral("-layout")}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const QString& expected :
                 {QStringLiteral("Salary comparison"), QStringLiteral("United Kingdom"), QStringLiteral("India")})
                QVERIFY2(text.contains(expected), qPrintable(expected));
            QVERIFY(!text.contains(QStringLiteral("Study plan"), Qt::CaseInsensitive));
        }

        // Elsewhere they are the study plan's again.
        m_app.window().showTab(cg::MainWindow::RolesIndex);
        QVERIFY2(exportPdf->text().contains(QStringLiteral("Study Plan")), qPrintable(exportPdf->text()));
        QVERIFY2(print->text().contains(QStringLiteral("Study Plan")), qPrintable(print->text()));

        // The comparison being built, never named, is there again after a restart.
        const QStringList keys = comparison()->comparison().keys();
        QCOMPARE(keys.size(), 3);
        QString error;
        QVERIFY2(m_app.showWindow(&error, cg::MainWindow::SalariesIndex), qPrintable(error));
        QTRY_VERIFY(tab()->visibleFigureCount() > 0);
        QCOMPARE(comparison()->comparison().keys(), keys);
        QVERIFY(m_app.window().findChild<QAction*>(QStringLiteral("actionExportCsv"))->isEnabled());
    }

    void aBasisThatCannotApplyIsOfferedDisabledWithItsReason()
    {
        auto* basis = child<QComboBox>("basisCombo");
        auto* currency = child<QComboBox>("currencyCombo");
        const int ppp = basis->findData(cg::keyOf(cg::ConversionBasis::Ppp));
        QVERIFY(ppp >= 0);
        basis->setCurrentIndex(ppp);
        const auto pppEnabled = [basis, ppp] {
            return bool(basis->model()->flags(basis->model()->index(ppp, 0)) & Qt::ItemIsEnabled);
        };
        QVERIFY(pppEnabled());
        currency->setCurrentIndex(currency->findData(QStringLiteral("EUR")));
        // The euro has no one price level: PPP is disabled, the reason shown, and market rates used instead.
        QVERIFY(!pppEnabled());
        QCOMPARE(basis->currentData().toString(), cg::keyOf(cg::ConversionBasis::Market));
        const QString reason = basis->itemData(ppp, Qt::ToolTipRole).toString();
        QVERIFY2(reason.contains(QStringLiteral("EUR")), qPrintable(reason));
        QVERIFY(basis->toolTip().contains(reason));
        QVERIFY2(tab()->messageText().contains(QStringLiteral("EUR")), qPrintable(tab()->messageText()));
        pickBackEndDevelopers();
        for (int column = 0; column < comparison()->columnCount(); ++column)
            QVERIFY2(cell(cg::SalaryComparisonModel::ConvertedRow, column) != QStringLiteral("no rate"),
                     qPrintable(cell(cg::SalaryComparisonModel::ConvertedRow, column)));
        currency->setCurrentIndex(currency->findData(QStringLiteral("GBP")));
        QVERIFY(pppEnabled());
    }

    void picksAreReorderedRemovedAndLimited()
    {
        pickBackEndDevelopers();
        const QStringList keys = comparison()->comparison().keys();
        auto* view = child<QTableView>("comparisonTable");

        // Dragging a header (here: the header's own move) moves the pick; the header itself stays in order.
        view->horizontalHeader()->moveSection(0, 2);
        QCOMPARE(comparison()->comparison().keys(), (QStringList{keys.at(1), keys.at(2), keys.at(0)}));
        QCOMPARE(view->horizontalHeader()->visualIndex(0), 0);
        QCOMPARE(cell(cg::SalaryComparisonModel::DifferenceRow, 0), QStringLiteral("reference (pick 1)"));

        // Keyboard: Ctrl+Shift+Left moves the current column left, Delete removes it.
        view->setFocus();
        view->setCurrentIndex(comparison()->index(cg::SalaryComparisonModel::ConvertedRow, 2));
        QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(comparison()->comparison().keys(), (QStringList{keys.at(1), keys.at(0), keys.at(2)}));
        QCOMPARE(view->currentIndex().column(), 1);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(comparison()->comparison().keys(), (QStringList{keys.at(1), keys.at(2)}));

        // The buttons.
        view->setCurrentIndex(comparison()->index(cg::SalaryComparisonModel::ConvertedRow, 0));
        QTest::mouseClick(child<QPushButton>("moveRightButton"), Qt::LeftButton);
        QCOMPARE(comparison()->comparison().keys(), (QStringList{keys.at(2), keys.at(1)}));
        QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
        QCOMPARE(comparison()->columnCount(), 1);

        // At most four; a figure already picked is not added twice.
        tab()->setSourceFilter(QString());
        tab()->setRoleFilter(QString());
        QVERIFY(!tab()->addToComparison(keys.at(2)));
        QVERIFY(tab()->messageText().contains(QStringLiteral("already")));
        auto* table = child<QTableView>("figureTable");
        int added = 0;
        for (int row = 0; row < table->model()->rowCount() && comparison()->columnCount() < 4; ++row) {
            table->setCurrentIndex(table->model()->index(row, 0));
            added += tab()->addCurrentToComparison() ? 1 : 0;
        }
        QCOMPARE(comparison()->columnCount(), 4);
        table->setCurrentIndex(table->model()->index(table->model()->rowCount() - 1, 0));
        QVERIFY(!tab()->addCurrentToComparison());
        QCOMPARE(comparison()->columnCount(), 4);
        QVERIFY(tab()->messageText().contains(QStringLiteral("4")));
        QVERIFY(!child<QPushButton>("addButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>("clearButton"), Qt::LeftButton);
        QCOMPARE(comparison()->columnCount(), 0);
        QVERIFY(!m_app.window().findChild<QAction*>(QStringLiteral("actionExportCsv"))->isEnabled());
    }

    void savesAndLoadsComparisonsByName()
    {
        pickBackEndDevelopers();
        tab()->setConversionBasis(cg::ConversionBasis::PppPrivateConsumption);
        tab()->setDisplayCurrency(QStringLiteral("GBP"));
        const QStringList keys = comparison()->comparison().keys();
        const QString name = QStringLiteral("US, UK and India — \"back-end\"; 2023");
        QVERIFY(tab()->saveComparison(name));
        QCOMPARE(tab()->savedComparisonNames(), QStringList{name});

        QTest::mouseClick(child<QPushButton>("clearButton"), Qt::LeftButton);
        tab()->setConversionBasis(cg::ConversionBasis::Market);
        tab()->setDisplayCurrency(QStringLiteral("USD"));
        QVERIFY(tab()->loadComparison(name));
        QCOMPARE(comparison()->comparison().keys(), keys);
        QCOMPARE(comparison()->comparison().currency(), QStringLiteral("GBP"));
        QCOMPARE(comparison()->comparison().basis(), cg::ConversionBasis::PppPrivateConsumption);
        QCOMPARE(child<QComboBox>("currencyCombo")->currentData().toString(), QStringLiteral("GBP"));
        QCOMPARE(comparison()->headerData(cg::SalaryComparisonModel::ConvertedRow, Qt::Vertical).toString(),
                 QStringLiteral("In GBP"));

        // Saving again under the same name replaces it; deleting removes it.
        QVERIFY(tab()->moveInComparison(0, 1));
        QVERIFY(tab()->saveComparison(name));
        QCOMPARE(tab()->savedComparisonNames().size(), 1);
        QVERIFY(tab()->loadComparison(name));
        QCOMPARE(comparison()->comparison().keys().first(), keys.at(1));
        QVERIFY(tab()->deleteSavedComparison(name));
        QVERIFY(tab()->savedComparisonNames().isEmpty());
        QVERIFY(!tab()->loadComparison(name));
    }

    void officialPercentilesAreDrawnAsRanges()
    {
        tab()->setRoleFilter(QStringLiteral("backend-developer"));
        tab()->setSourceFilter(QStringLiteral("BLS OEWS (official)"));
        QCOMPARE(tab()->visibleFigureCount(), 2); // Software Developers and Web Developers
        auto* table = child<QTableView>("figureTable");
        int softwareRow = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, cg::SalaryTableModel::AmountColumn).data().toString() ==
                QStringLiteral("$133,080"))
                softwareRow = row;
        }
        QVERIFY(softwareRow >= 0);
        QCOMPARE(table->model()->index(softwareRow, cg::SalaryTableModel::RangeColumn).data().toString(),
                 QStringLiteral("$79,850 – $211,450"));
        const QPoint where = table->visualRect(table->model()->index(softwareRow, 0)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, where);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, where);
        QCOMPARE(comparison()->columnCount(), 1);
        QVERIFY(
            cell(cg::SalaryComparisonModel::FigureRow, 0).contains(QStringLiteral("Software Developers (15-1252)")));
        QCOMPARE(cell(cg::SalaryComparisonModel::RangeRow, 0),
                 QStringLiteral("$79,850 – $211,450, middle half $103,050 – $169,000"));
        QVERIFY(tab()->comparisonChart()->categories().first().contains(QStringLiteral("median $133,080")));
        // Beside a stated figure: a bar and a range in one chart.
        tab()->setSourceFilter(TakeThisCourse);
        pickByKeyboard(QStringLiteral("US"));
        QCOMPARE(comparison()->columnCount(), 2);
        tab()->showPage(cg::SalariesTab::ChartPage);
        QTRY_COMPARE(tab()->comparisonChart()->categories().size(), 2);
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        save(&m_app.window(), QStringLiteral("salary-range-chart.png"));
        QVERIFY(tab()->removeFromComparison(1));
        // In pounds the range converts at the same ECB rate as the median (2024-05-31).
        tab()->setDisplayCurrency(QStringLiteral("GBP"));
        QVERIFY(cell(cg::SalaryComparisonModel::ConversionRow, 0).contains(QStringLiteral("2024-05-31")));
        QVERIFY(cell(cg::SalaryComparisonModel::RangeRow, 0).startsWith(QStringLiteral("£")));
    }

    void experienceChartAndPremiumsAreAsStated()
    {
        QCOMPARE(tab()->experienceChart()->roleCount(), 5); // the five roles of the Glassdoor table
        tab()->showPage(cg::SalariesTab::ExperiencePage);
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        save(&m_app.window(), QStringLiteral("salary-experience.png"));
        // In a dark palette the charts take their background and text from it.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        m_app.window().setPalette(dark);
        const QChart* chart = tab()->experienceChart()->chart();
        QTRY_COMPARE(chart->backgroundBrush().color(), dark.color(QPalette::Base));
        QCOMPARE(chart->titleBrush().color(), dark.color(QPalette::WindowText));
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        save(&m_app.window(), QStringLiteral("salary-experience-dark.png"));
        m_app.window().setPalette(QPalette());
        tab()->showPage(cg::SalariesTab::PremiumsPage);
        const QString premiums = child<QTextBrowser>("premiumsView")->toPlainText();
        QVERIFY2(premiums.contains(QStringLiteral("+91% vs peers without Linux — GLOMASTCO Ltd., 2022 ⚠ doubtful")),
                 qPrintable(premiums));
        QVERIFY(premiums.contains(QStringLiteral("+9% vs peers without MySQL")));
        QVERIFY(premiums.contains(QStringLiteral("never added up")));
        save(&m_app.window(), QStringLiteral("salary-premiums.png"));
    }
};

QTEST_MAIN(TestSalariesTab)
#include "TestSalariesTab.moc"
