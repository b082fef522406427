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
#include "models/StateWageModel.h"

#include <QFile>
#include <QImage>
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
