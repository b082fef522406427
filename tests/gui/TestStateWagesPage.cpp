// Pay by state on the Salaries tab: the table of the 50 states and DC for an occupation, the tile map coloured by the
// chosen figure and reachable from the keyboard, the cost-of-living adjustment stated, and the CSV and PNG exports.
#include "FileDialogs.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MessageBoxes.h"
#include "SalariesTab.h"
#include "StateRankingView.h"
#include "StateTileMapView.h"
#include "StateWagesPage.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "models/SalaryComparisonModel.h"
#include "models/SalaryTableModel.h"
#include "models/StateWageModel.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using cg::StateWageFigures;
using cg::StateWageModel;

class TestStateWagesPage final : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;
    QStringList m_messages;
    QString m_savePath;

    cg::StateWagesPage* page() const { return m_app.window().salariesTab()->statePage(); }

    QString cell(const QString& state, StateWageFigures::Figure figure) const
    {
        const StateWageModel* model = page()->model();
        return model->index(model->rowOfState(state), StateWageModel::columnOf(figure)).data().toString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_app.open(&error), qPrintable(error));
        cg::MessageBoxes::setHandler(
            [this](cg::MessageBoxes::Kind, const QString&, const QString& text) { m_messages.append(text); });
        cg::FileDialogs::setSaveHandler([this](const QString&, const QString&, const QString&) { return m_savePath; });
        QVERIFY2(m_app.showWindow(&error, cg::MainWindow::SalariesIndex), qPrintable(error));
        auto* pages = cg::test::child<QTabWidget>(m_app.window().salariesTab(), "comparisonTabs");
        pages->setCurrentWidget(page());
        QTRY_COMPARE(page()->model()->rowCount(), 51);
    }

    void cleanupTestCase()
    {
        m_app.closeWindow();
        cg::MessageBoxes::setHandler({});
        cg::FileDialogs::setSaveHandler({});
    }

    void tableHasEveryStateAsPublished()
    {
        QCOMPARE(page()->occupation(), QStringLiteral("15-1252"));
        QCOMPARE(cell(QStringLiteral("CA"), StateWageFigures::Figure::AnnualMedian), QStringLiteral("$170,910"));
        QCOMPARE(cell(QStringLiteral("MS"), StateWageFigures::Figure::AnnualMedian), QStringLiteral("$86,460"));
        // California is dearer than average, Mississippi cheaper: the adjustment moves them towards each other.
        QCOMPARE(cell(QStringLiteral("CA"), StateWageFigures::Figure::AdjustedMedian), QStringLiteral("$151,811"));
        QCOMPARE(cell(QStringLiteral("MS"), StateWageFigures::Figure::AdjustedMedian), QStringLiteral("$99,047"));
        // A figure BLS did not publish says so.
        QCOMPARE(cell(QStringLiteral("CA"), StateWageFigures::Figure::AnnualP90), QStringLiteral("not published"));
        const StateWageModel* model = page()->model();
        const QModelIndex p90 = model->index(model->rowOfState(QStringLiteral("CA")),
                                             StateWageModel::columnOf(StateWageFigures::Figure::AnnualP90));
        QVERIFY(p90.data(Qt::ToolTipRole).toString().contains(QStringLiteral("239,200")));

        // Sorting by median puts the highest first.
        auto* table = cg::test::child<QTableView>(page(), nullptr);
        QVERIFY(table);
        table->sortByColumn(StateWageModel::columnOf(StateWageFigures::Figure::AnnualMedian), Qt::DescendingOrder);
        const QAbstractItemModel* shown = table->model();
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const qint64 value = shown->index(row, StateWageModel::columnOf(StateWageFigures::Figure::AnnualMedian))
                                     .data(StateWageModel::SortRole)
                                     .toLongLong();
            QVERIFY(value <= previous);
            previous = value;
        }
    }

    void mapIsColouredByTheChosenFigureAndUsableByKeyboard()
    {
        cg::StateTileMapView* map = page()->map();
        page()->setFigure(int(StateWageFigures::Figure::AnnualMedian));
        // Darker is higher.
        QVERIFY(map->colorOf(QStringLiteral("CA")).lightness() < map->colorOf(QStringLiteral("MS")).lightness());
        const QColor before = map->colorOf(QStringLiteral("CA"));
        page()->setFigure(int(StateWageFigures::Figure::AdjustedMedian));
        QCOMPARE(map->figure(), StateWageFigures::Figure::AdjustedMedian);
        QVERIFY(map->colorOf(QStringLiteral("CA")) != before);

        map->setFocus();
        map->setCurrentState(QStringLiteral("CA"));
        QTest::keyClick(map, Qt::Key_Right);
        QCOMPARE(map->currentState(), QStringLiteral("UT"));
        QTest::keyClick(map, Qt::Key_Up);
        QCOMPARE(map->currentState(), QStringLiteral("NV"));
        QTest::keyClick(map, Qt::Key_Return);
        QVERIFY2(page()->noteText().contains(QStringLiteral("Nevada")), qPrintable(page()->noteText()));
        QVERIFY(map->accessibleDescription().startsWith(QStringLiteral("Nevada: ")));
        QVERIFY(!map->accessibleName().isEmpty());
        cg::test::save(page(), QStringLiteral("salary-by-state-page.png"));
    }

    void rankingPutsTheHighestFirstAndUnpublishedLast()
    {
        page()->setFigure(int(StateWageFigures::Figure::AnnualP90));
        const QList<int> order = page()->ranking()->order();
        QCOMPARE(order.size(), 51);
        const QList<cg::StateWageRow>& rows = page()->model()->rows();
        bool unpublishedSeen = false;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row : order) {
            const std::optional<qint64> value =
                StateWageFigures::value(rows.at(row), StateWageFigures::Figure::AnnualP90);
            if (!value) {
                unpublishedSeen = true; // California's 90th percentile of software developers is one
                continue;
            }
            QVERIFY2(!unpublishedSeen, "a published figure after an unpublished one");
            QVERIFY(*value <= previous);
            previous = *value;
        }
        QVERIFY(unpublishedSeen);
        page()->setFigure(int(StateWageFigures::Figure::AnnualMedian));
        qint64 highest = 0;
        QString top;
        for (const cg::StateWageRow& row : rows) {
            const qint64 value = StateWageFigures::value(row, StateWageFigures::Figure::AnnualMedian).value_or(0);
            if (value > highest) {
                highest = value;
                top = row.wage.stateName;
            }
        }
        QCOMPARE(rows.at(page()->ranking()->order().first()).wage.stateName, top);
        QVERIFY(page()->ranking()->accessibleDescription().contains(top));
        auto* views = qobject_cast<QTabWidget*>(page()->map()->parentWidget()->parentWidget());
        QVERIFY(views);
        views->setCurrentIndex(1);
        cg::test::save(page(), QStringLiteral("salary-by-state-ranking.png"));
        views->setCurrentIndex(0);
    }

    void statesTheAdjustmentAndTheSources()
    {
        page()->map()->setCurrentState(QStringLiteral("CA"));
        QTest::keyClick(page()->map(), Qt::Key_Return);
        const QString note = page()->noteText();
        QVERIFY2(note.contains(QStringLiteral("$170,910 in California \u2248 $151,811 at U.S. average prices (BEA RPP "
                                              "2023: 112.581)")),
                 qPrintable(note));
        QVERIFY(note.contains(QStringLiteral("OEWS May 2024")));
        QVERIFY(note.contains(QStringLiteral("Regional Price Parities 2023")));
    }

    void exportsTheTableAsCsvAndTheMapAsPng()
    {
        page()->setFigure(int(StateWageFigures::Figure::AnnualMedian));
        m_savePath = cg::test::artifactPath(QStringLiteral("salary-by-state.csv"));
        QFile::remove(m_savePath);
        QVERIFY(page()->exportCsv());
        QFile csv(m_savePath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.contains(QStringLiteral("Software Developers (15-1252)")));
        QVERIFY(text.contains(QStringLiteral("California,CA,")));
        // Stated and adjusted medians side by side, as plain decimals.
        QVERIFY2(text.contains(QStringLiteral(",170910,")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral(",151810.70,112.581,2023")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 7 + 51);

        m_savePath = cg::test::artifactPath(QStringLiteral("salary-by-state.png"));
        QFile::remove(m_savePath);
        QVERIFY(page()->saveMapImage());
        QImage image(m_savePath);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200);
        QVERIFY(m_messages.isEmpty());
    }

    void comparesTwoStatesWithTwoCountriesAndExportsThePdf()
    {
        // California and Texas from the "By state" page, the UK and India from the figures, in dollars at
        // purchasing-power parity, then File → Export PDF with the state columns.
        cg::SalariesTab* salaries = m_app.window().salariesTab();
        auto* pages = cg::test::child<QTabWidget>(salaries, "comparisonTabs");
        cg::test::child<QPushButton>(salaries, "clearButton")->click();
        pages->setCurrentWidget(page());
        QVERIFY(page()->showOccupation(QStringLiteral("15-1252")));

        page()->map()->setCurrentState(QStringLiteral("CA"));
        QTest::keyClick(page()->map(), Qt::Key_Return);
        auto* add = cg::test::child<QPushButton>(page(), "addStateButton");
        QCOMPARE(add->accessibleName(), QStringLiteral("Add California to the comparison"));
        QTest::keyClick(add, Qt::Key_Space);
        QCOMPARE(salaries->comparisonModel()->columnCount(), 1);
        QCOMPARE(pages->currentIndex(), int(cg::SalariesTab::ComparisonPage)); // where the pick went

        // Texas by keyboard from the table: select its row and press Enter.
        pages->setCurrentWidget(page());
        auto* table = page()->findChild<QTableView*>();
        QVERIFY(table);
        const QAbstractItemModel* rows = table->model();
        int texas = -1;
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, 0).data(StateWageModel::StateCodeRole).toString() == QStringLiteral("TX"))
                texas = row;
        }
        QVERIFY(texas >= 0);
        table->setFocus();
        table->setCurrentIndex(rows->index(texas, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(salaries->comparisonModel()->columnCount(), 2);

        salaries->setRoleFilter(QStringLiteral("backend-developer"));
        salaries->setSourceFilter(QStringLiteral("Glassdoor via TakeThisCourse.net"));
        auto* figures = cg::test::child<QTableView>(salaries, "figureTable");
        for (const char* country : {"GB", "IN"}) {
            const QAbstractItemModel* model = figures->model();
            int found = -1;
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(cg::SalaryTableModel::CountryCodeRole).toString() ==
                    QString::fromLatin1(country))
                    found = row;
            }
            QVERIFY2(found >= 0, country);
            figures->setFocus();
            figures->setCurrentIndex(model->index(found, cg::SalaryTableModel::AmountColumn));
            QTest::keyClick(figures, Qt::Key_Return);
        }
        const cg::SalaryComparisonModel* comparison = salaries->comparisonModel();
        QCOMPARE(comparison->columnCount(), 4);

        auto* currency = cg::test::child<QComboBox>(salaries, "currencyCombo");
        currency->setCurrentIndex(currency->findData(QStringLiteral("USD")));
        auto* basis = cg::test::child<QComboBox>(salaries, "basisCombo");
        basis->setCurrentIndex(basis->findData(QStringLiteral("ppp")));
        const auto converted = [comparison](int column) {
            return comparison->index(cg::SalaryComparisonModel::ConvertedRow, column)
                .data(cg::SalaryComparisonModel::ConvertedMinorRole)
                .toLongLong();
        };
        const auto text = [comparison](int row, int column) {
            return comparison->index(row, column).data().toString();
        };
        // $170,910 / 1.12581 and $130,500 / 0.97175 at U.S. average prices; £58,682 / 0.660709 and ₹900,000 /
        // 20.2904054217658 at World Bank PPP (GDP, 2023).
        QCOMPARE(converted(0), qint64(15181070));
        QCOMPARE(converted(1), qint64(13429380));
        QCOMPARE(converted(2), qint64(8881671));
        QCOMPARE(converted(3), qint64(4435594));
        QCOMPARE(text(cg::SalaryComparisonModel::CountryRow, 0), QStringLiteral("California, United States"));
        QCOMPARE(text(cg::SalaryComparisonModel::CountryRow, 1), QStringLiteral("Texas, United States"));
        QVERIFY(text(cg::SalaryComparisonModel::ConversionRow, 0).contains(QStringLiteral("BEA RPP 2023: 112.581")));
        QVERIFY(text(cg::SalaryComparisonModel::ConversionRow, 1).contains(QStringLiteral("BEA RPP 2023: 97.175")));
        for (int column = 2; column < 4; ++column)
            QVERIFY(text(cg::SalaryComparisonModel::ConversionRow, column).contains(QStringLiteral("World Bank PPP")));
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        cg::test::save(&m_app.window(), QStringLiteral("salary-comparison-states.png"));

        auto* exportPdf = m_app.window().findChild<QAction*>(QStringLiteral("actionExportPdf"));
        QVERIFY(exportPdf && exportPdf->isEnabled());
        m_savePath = cg::test::artifactPath(QStringLiteral("salary-comparison-states.pdf"));
        QFile::remove(m_savePath);
        exportPdf->trigger();
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
        QFile pdf(m_savePath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        pdf.close();
        if (!cg::test::hasPdfToText())
            QSKIP("pdftotext is not installed; the PDF was written but not read back");
        QString error;
        const QString printed = cg::test::pdfText(m_savePath, {}, &error).simplified();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& expected :
             {QStringLiteral("California, United States"), QStringLiteral("Texas, United States"),
              QStringLiteral("United Kingdom"), QStringLiteral("India"), QStringLiteral("BEA RPP 2023: 112.581"),
              QStringLiteral("$151,811"), QStringLiteral("OEWS")})
            QVERIFY2(printed.contains(expected), qPrintable(expected));
    }

    void anotherOccupationOutsideComputing()
    {
        QVERIFY(page()->showOccupation(QStringLiteral("29-1141"))); // Registered Nurses
        QCOMPARE(page()->model()->rowCount(), 51);
        QVERIFY(!page()->showOccupation(QStringLiteral("99-9999")));
        QCOMPARE(page()->occupation(), QStringLiteral("29-1141"));
    }
};

QTEST_MAIN(TestStateWagesPage)
#include "TestStateWagesPage.moc"
