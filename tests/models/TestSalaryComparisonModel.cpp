// SalaryComparisonModel (columns = picks) and the salary table with its filter proxy, under QAbstractItemModelTester,
// with the signals a view relies on: columns inserted, moved and removed, and every cell and header refreshed when the
// display currency or basis changes (the converted row is titled by the currency).
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "models/SalaryComparisonModel.h"
#include "models/SalaryFilterProxyModel.h"
#include "models/SalaryTableModel.h"
#include "money/CurrencyConverter.h"
#include "repositories/OfficialWageRepository.h"
#include "repositories/SalaryRepository.h"
#include "salary/SalaryEntry.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using Tester = QAbstractItemModelTester;
using cg::SalaryComparisonModel;
using cg::SalaryTableModel;

class TestSalaryComparisonModel final : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;
    cg::CurrencyConverter m_converter;
    QList<cg::SalaryEntry> m_entries;

    // The TakeThisCourse figure for a country: all five come from one table, as of 2023-08.
    cg::SalaryEntry takeThisCourse(const char* country) const
    {
        for (const cg::SalaryEntry& entry : m_entries) {
            if (entry.roleSlug == QLatin1String("backend-developer") && entry.country == QLatin1String(country) &&
                entry.source.sourceId == QLatin1String("takethiscourse-who-is-backend-developer-2023"))
                return entry;
        }
        qFatal("no TakeThisCourse figure for %s", country);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
        QString error;
        m_converter = cg::SalaryRepository(m_content.database()).converter(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const cg::SalaryFigure& figure : cg::SalaryRepository(m_content.database()).all())
            m_entries.append(cg::SalaryEntry::fromFigure(figure));
        for (const cg::RoleWage& wage : cg::OfficialWageRepository(m_content.database()).roleWages())
            m_entries.append(cg::SalaryEntry::fromRoleWage(wage));
    }

    void columnsFollowThePicks()
    {
        SalaryComparisonModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setConverter(&m_converter);
        QCOMPARE(model.rowCount(), int(SalaryComparisonModel::RowCount));
        QCOMPARE(model.columnCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::columnsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy comparisonChanged(&model, &SalaryComparisonModel::comparisonChanged);

        const cg::SalaryEntry us = takeThisCourse("US");
        const cg::SalaryEntry gb = takeThisCourse("GB");
        const cg::SalaryEntry in = takeThisCourse("IN");
        for (const cg::SalaryEntry& entry : {us, gb, in})
            QCOMPARE(model.add(entry), cg::SalaryComparison::AddOutcome::Added);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted.last().at(1).toInt(), 2);
        QCOMPARE(model.add(gb), cg::SalaryComparison::AddOutcome::AlreadyPicked);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(comparisonChanged.count(), 3);

        // Role and country, then what the figure is, so that no two picks read alike.
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("1 · Back-end developer (US)\n") + us.figureLabel());
        QVERIFY(us.figureLabel().contains(QStringLiteral("All levels")));
        QCOMPARE(model.headerData(SalaryComparisonModel::ConvertedRow, Qt::Vertical).toString(),
                 QStringLiteral("In USD"));
        QCOMPARE(model.index(SalaryComparisonModel::StatedRow, 1).data().toString(), QStringLiteral("£58,682"));
        QCOMPARE(model.index(SalaryComparisonModel::ConvertedRow, 1)
                     .data(SalaryComparisonModel::ConvertedMinorRole)
                     .toLongLong(),
                 qint64(7440164));
        QCOMPARE(model.index(SalaryComparisonModel::DifferenceRow, 0).data().toString(),
                 QStringLiteral("reference (pick 1)"));
        QVERIFY(model.index(SalaryComparisonModel::SourceRow, 2)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2023-08")));
        QCOMPARE(model.index(SalaryComparisonModel::ConversionRow, 1).data(Qt::ToolTipRole),
                 model.index(SalaryComparisonModel::ConversionRow, 1).data());

        // Moving India first: one column move, and every difference now against India.
        changed.clear();
        QVERIFY(model.move(2, 0));
        QCOMPARE(moved.count(), 1);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(0, 0).data(SalaryComparisonModel::KeyRole).toString(), in.key);
        QCOMPARE(model.index(SalaryComparisonModel::DifferenceRow, 0).data().toString(),
                 QStringLiteral("reference (pick 1)"));
        QVERIFY(model.index(SalaryComparisonModel::DifferenceRow, 1).data().toString().startsWith(u'+'));
        QVERIFY(model.move(0, 2)); // and back to the end, moving right
        QCOMPARE(model.comparison().keys(), (QStringList{us.key, gb.key, in.key}));
        QVERIFY(!model.move(0, 3));

        QVERIFY(model.removeAt(0));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.index(SalaryComparisonModel::DifferenceRow, 0).data().toString(),
                 QStringLiteral("reference (pick 1)"));
        QVERIFY(!model.removeAt(5));
        model.clear();
        QCOMPARE(model.columnCount(), 0);
        QCOMPARE(removed.count(), 2);
    }

    void currencyAndBasisRefreshEveryCell()
    {
        SalaryComparisonModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.setConverter(&m_converter);
        model.add(takeThisCourse("US"));
        model.add(takeThisCourse("GB"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.setCurrency(QStringLiteral("EUR"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(SalaryComparisonModel::RowCount - 1, 1));
        QVERIFY(!headers.isEmpty());
        QCOMPARE(model.headerData(SalaryComparisonModel::ConvertedRow, Qt::Vertical).toString(),
                 QStringLiteral("In EUR"));
        QVERIFY(model.index(SalaryComparisonModel::ConvertedRow, 0).data().toString().startsWith(QStringLiteral("€")));
        model.setCurrency(QStringLiteral("EUR")); // no change, no signal
        QCOMPARE(changed.count(), 1);

        // EUR is the currency of several countries with PPP factors: PPP into it has no rate, and says why.
        model.setBasis(cg::ConversionBasis::Ppp);
        QCOMPARE(model.index(SalaryComparisonModel::ConvertedRow, 1).data().toString(), QStringLiteral("no rate"));
        QVERIFY(!model.index(SalaryComparisonModel::ConvertedRow, 1)
                     .data(SalaryComparisonModel::ConvertedMinorRole)
                     .isValid());
        QVERIFY(model.index(SalaryComparisonModel::ConversionRow, 1)
                    .data()
                    .toString()
                    .contains(QStringLiteral("one country")));
        QVERIFY(model.index(SalaryComparisonModel::ConvertedRow, 1).data(Qt::FontRole).value<QFont>().italic());
        model.setCurrency(QStringLiteral("USD"));
        QVERIFY(
            model.index(SalaryComparisonModel::ConversionRow, 1).data().toString().contains(QStringLiteral("parity")));
    }

    void withoutConverterEverythingSaysNoRate()
    {
        SalaryComparisonModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        model.add(takeThisCourse("GB"));
        QCOMPARE(model.index(SalaryComparisonModel::ConvertedRow, 0).data().toString(), QStringLiteral("no rate"));
        QVERIFY(!model.index(SalaryComparisonModel::ConversionRow, 0).data().toString().isEmpty());
    }

    void salaryTableFiltersAndSortsNumerically()
    {
        SalaryTableModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEntries(m_entries);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), m_entries.size());
        QCOMPARE(model.rowOfKey(m_entries.last().key), int(m_entries.size()) - 1);
        QCOMPARE(model.rowOfKey(QStringLiteral("figure:nothing")), -1);

        cg::SalaryFilterProxyModel proxy;
        Tester proxyTester(&proxy, Tester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.setRoleSlug(QStringLiteral("backend-developer"));
        proxy.setCountry(QStringLiteral("IN"));
        QVERIFY(proxy.rowCount() >= 5);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            QCOMPARE(proxy.index(row, 0).data().toString(), QStringLiteral("Back-end developer"));
            QCOMPARE(proxy.index(row, 0).data(SalaryTableModel::CountryCodeRole).toString(), QStringLiteral("IN"));
        }
        proxy.setSourceLabel(QStringLiteral("GLOMASTCO Ltd."));
        QCOMPARE(proxy.rowCount(), 2); // two USD figures for India, both doubtful
        proxy.setSourceLabel(QString());

        // INR amounts sort as numbers (₹123,000 < ₹486,091 < ₹900,000 < ₹1,000,000), and currencies stay together.
        proxy.sort(SalaryTableModel::AmountColumn, Qt::AscendingOrder);
        QString lastCurrency;
        qint64 last = -1;
        QStringList currencies;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QString currency = proxy.index(row, 0).data(SalaryTableModel::CurrencyRole).toString();
            const qint64 amount = proxy.index(row, 0).data(SalaryTableModel::AmountMinorRole).toLongLong();
            if (currency != lastCurrency) {
                QVERIFY2(!currencies.contains(currency), qPrintable(currency));
                currencies.append(currency);
                last = -1;
            }
            QVERIFY(amount >= last);
            last = amount;
            lastCurrency = currency;
        }
        QCOMPARE(currencies, (QStringList{QStringLiteral("INR"), QStringLiteral("USD")}));
        QCOMPARE(proxy.index(proxy.rowCount() - 3, SalaryTableModel::AmountColumn).data().toString(),
                 QStringLiteral("₹1,000,000"));

        proxy.setRoleSlug(QString());
        proxy.setCountry(QString());
        proxy.setText(QStringLiteral("gb")); // a country code finds the country spelled out
        QVERIFY(proxy.rowCount() >= 1);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, 0).data(SalaryTableModel::CountryCodeRole).toString(), QStringLiteral("GB"));
        proxy.setText(QString());
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }
};

QTEST_GUILESS_MAIN(TestSalaryComparisonModel)
#include "TestSalaryComparisonModel.moc"
