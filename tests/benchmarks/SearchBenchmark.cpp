#include "SearchBenchmark.h"

#include "DirectQuerySet.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PaintProbe.h"
#include "Report.h"
#include "Samples.h"
#include "SearchDialog.h"
#include "StatementRecorder.h"
#include "Stopwatch.h"
#include "models/SearchResultModel.h"

#include <QHash>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>

#include <cstdio>

namespace cg::bench {

namespace {
int indexRows(test::MainWindowFixture& session)
{
    QSqlQuery query(session.content().database());
    return query.exec(QStringLiteral("SELECT count(*) FROM search_index")) && query.next() ? query.value(0).toInt()
                                                                                           : -1;
}
} // namespace

QStringList SearchBenchmark::defaultWords()
{
    // Common first letters and words people look for; "back e" and "c++" check a second word and punctuation, the
    // rest the forms search reads specially: names with punctuation, compounds, synonyms, salaries and states, and a
    // miss that asks for the nearest titles.
    QStringList words{
        QStringLiteral("post"),  QStringLiteral("java"),  QStringLiteral("sql"),    QStringLiteral("dev"),
        QStringLiteral("soft"),  QStringLiteral("data"),  QStringLiteral("cloud"),  QStringLiteral("api"),
        QStringLiteral("test"),  QStringLiteral("secur"), QStringLiteral("manag"),  QStringLiteral("python"),
        QStringLiteral("linux"), QStringLiteral("web"),   QStringLiteral("back e"), QStringLiteral("c++")};
    return words + reportedTexts();
}

QStringList SearchBenchmark::reportedTexts()
{
    return {QStringLiteral("c#"),        QStringLiteral("node.js"),  QStringLiteral("backend"),
            QStringLiteral("back end"),  QStringLiteral("k8s"),      QStringLiteral("salary india"),
            QStringLiteral("texas dev"), QStringLiteral("kubernets")};
}

bool SearchBenchmark::run(const QString& label, test::MainWindowFixture& session, Limits limits, Report& report,
                          QString* error) const
{
    MainWindow& window = session.window();
    window.openSearch();
    SearchDialog* dialog = window.searchDialog();
    auto* field = dialog ? dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit")) : nullptr;
    auto* view = dialog ? dialog->findChild<QTreeView*>(QStringLiteral("resultView")) : nullptr;
    if (!field || !view || !QTest::qWaitForWindowExposed(dialog)) {
        *error = QStringLiteral("the search dialog did not open");
        return false;
    }

    // Every text state a keystroke produces, in typing order, with the statements the app ran for it.
    struct State
    {
        QString text;
        int direct = -1;
    };
    QList<State> states;
    StatementRecorder recorder;
    if (!recorder.attach(session.content().database())) {
        *error = QStringLiteral("the content connection is not an SQLite one");
        return false;
    }
    DirectQuerySet direct;
    if (!direct.open(session.content().path(), error))
        return false;
    for (const QString& word : m_words) {
        field->clear();
        for (const QChar letter : word) {
            recorder.start();
            QTest::keyClick(field, letter.toLatin1());
            const QStringList statements = recorder.stop();
            const int index = direct.add(statements, error);
            if (index < 0)
                return false;
            states.append({field->text(), index});
        }
    }

    PaintProbe probe;
    Samples model;
    Samples modelCpu;
    Samples painted;
    Samples baseline;
    QHash<QString, Samples> byText;
    QHash<QString, Samples> directByText;
    QHash<QString, int> hitsByText;
    for (int round = -1; round < m_rounds; ++round) { // round -1 warms both connections' caches
        int state = 0;
        for (const QString& word : m_words) {
            field->clear();
            probe.settle();
            for (const QChar letter : word) {
                probe.arm(view);
                const Stopwatch watch;
                QTest::keyClick(field, letter.toLatin1());
                const double modelMs = watch.wallMs();
                const double modelCpuMs = watch.cpuMs();
                if (!probe.waitForPaint()) {
                    *error = QStringLiteral("the results of \"%1\" were never painted").arg(field->text());
                    return false;
                }
                const double paintedMs = watch.wallMs();
                if (field->text() != states.at(state).text) {
                    *error = QStringLiteral("typed \"%1\" but the field holds \"%2\"")
                                 .arg(states.at(state).text, field->text());
                    return false;
                }
                const Stopwatch directWatch;
                if (direct.run(states.at(state).direct) < 0) {
                    *error = QStringLiteral("the direct query for \"%1\" failed").arg(states.at(state).text);
                    return false;
                }
                const double directMs = directWatch.wallMs();
                if (round >= 0) {
                    model.add(modelMs);
                    modelCpu.add(modelCpuMs);
                    painted.add(paintedMs);
                    baseline.add(directMs);
                    byText[states.at(state).text].add(modelMs);
                    directByText[states.at(state).text].add(directMs);
                    hitsByText[states.at(state).text] = dialog->results()->hitCount();
                }
                ++state;
            }
        }
    }
    dialog->hide();

    // Per text, for whoever works on the search: on stderr, which the runner keeps in bench-logs/.
    std::fprintf(stderr, "search, %s database: text | keystroke median ms | direct median ms | hits shown\n",
                 qUtf8Printable(label));
    for (const State& each : std::as_const(states)) {
        std::fprintf(stderr, "  %-8s %8.2f %8.2f %4d\n", qUtf8Printable(each.text), byText.value(each.text).median(),
                     directByText.value(each.text).median(), hitsByText.value(each.text));
    }

    QString slowest;
    double slowestMedian = -1;
    for (auto it = byText.cbegin(); it != byText.cend(); ++it) {
        if (it.value().median() > slowestMedian) {
            slowestMedian = it.value().median();
            slowest = it.key();
        }
    }

    const QString prefix = QStringLiteral("search.%1.").arg(label);
    const auto budget = [](double limit) { return limit < 0 ? std::optional<double>() : std::optional<double>(limit); };
    report.add({prefix + QStringLiteral("index_rows"), double(indexRows(session)), QStringLiteral("count"),
                std::nullopt, QStringLiteral("rows in the search index of the %1 database").arg(label)});
    report.add({prefix + QStringLiteral("keystroke_median"), model.median(), QStringLiteral("ms"), std::nullopt,
                QStringLiteral("key press to updated result model, median of %1 keystrokes over %2 prefixes")
                    .arg(model.count())
                    .arg(states.size())});
    report.add(
        {prefix + QStringLiteral("keystroke_p95"), model.p95(), QStringLiteral("ms"), budget(limits.p95Ms),
         QStringLiteral("key press to updated result model, p95 (slowest prefix \"%1\": median %2 ms, max %3 ms)")
             .arg(slowest)
             .arg(slowestMedian, 0, 'f', 2)
             .arg(model.max(), 0, 'f', 2)});
    report.add(
        {prefix + QStringLiteral("keystroke_cpu_p95"), modelCpu.p95(), QStringLiteral("ms"), std::nullopt,
         QStringLiteral("CPU time of the same keystrokes, p95 (median %1 ms)").arg(modelCpu.median(), 0, 'f', 2)});
    report.add({prefix + QStringLiteral("painted_p95"), painted.p95(), QStringLiteral("ms"), std::nullopt,
                QStringLiteral("key press to results painted, p95 (median %1 ms)").arg(painted.median(), 0, 'f', 2)});
    report.add({prefix + QStringLiteral("direct_median"), baseline.median(), QStringLiteral("ms"), std::nullopt,
                QStringLiteral("the same statements through the SQLite C API, prepared once, median")});
    report.add({prefix + QStringLiteral("direct_p95"), baseline.p95(), QStringLiteral("ms"), std::nullopt,
                QStringLiteral("the same statements through the SQLite C API, prepared once, p95")});
    report.add({prefix + QStringLiteral("ratio_p95"), model.p95() / baseline.p95(), QStringLiteral("x"),
                budget(limits.ratio),
                QStringLiteral("keystroke p95 over direct p95 (ratio of medians %1)")
                    .arg(model.median() / baseline.median(), 0, 'f', 2)});
    // The cases search reads specially, each as its whole text: what the last keystroke of it cost.
    QStringList cases{QStringLiteral("c++")};
    cases += reportedTexts();
    for (const QString& text : std::as_const(cases)) {
        if (!byText.contains(text))
            continue;
        QString key = text;
        key.replace(QRegularExpression(QStringLiteral("[^a-z0-9+#]+")), QStringLiteral("_"));
        report.add({prefix + QStringLiteral("case.") + key, byText.value(text).median(), QStringLiteral("ms"),
                    std::nullopt,
                    QStringLiteral("\"%1\": keystroke median (max %2 ms, direct median %3 ms, %4 hits shown)")
                        .arg(text)
                        .arg(byText.value(text).max(), 0, 'f', 2)
                        .arg(directByText.value(text).median(), 0, 'f', 2)
                        .arg(hitsByText.value(text))});
    }
    return true;
}

} // namespace cg::bench
