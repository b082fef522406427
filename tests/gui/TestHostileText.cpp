// Text a person types (a plan's name, a step's note, a saved comparison's name) holding markup is shown as typed,
// wherever it appears: labels, buttons, window titles, tooltips, table cells, documents, message boxes and the
// status bar. No view may turn it into an image, a link to a local file or bold type.
#include "LearningPathTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MessageBoxes.h"
#include "SalariesTab.h"
#include "WidgetTestSupport.h"
#include "models/StepProgressModel.h"
#include "plan/StepProgress.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

using cg::LearningPathTab;
using cg::MainWindow;
using cg::StepProgress;
using cg::StepProgressModel;
using cg::test::child;

namespace {

const QString Hostile =
    QStringLiteral("<img src=\"/tmp/x.png\"><a href=\"file:///etc/passwd\">link</a><b>bold</b> & \"quotes\"");

// What a piece of text looks like once Qt has shown it, and what it gained on the way.
struct Shown
{
    QString where;
    QString text;       // as the person reads it
    QStringList gained; // images and local links the markup became
};

void inspectDocument(const QTextDocument& document, Shown* shown)
{
    shown->text = document.toPlainText();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                shown->gained.append(QStringLiteral("an image %1").arg(format.toImageFormat().name()));
            if (format.isAnchor() && format.anchorHref().startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
                shown->gained.append(QStringLiteral("a link to %1").arg(format.anchorHref()));
            // Markup that took effect makes "bold" a fragment of its own (a title set in bold as a whole is ours).
            if (format.fontWeight() >= QFont::Bold && it.fragment().text() == QLatin1String("bold"))
                shown->gained.append(QStringLiteral("bold type"));
        }
    }
}

Shown render(const QString& where, const QString& text, bool rich)
{
    Shown shown{where, text, {}};
    if (rich) {
        QTextDocument document;
        document.setHtml(text);
        inspectDocument(document, &shown);
    }
    return shown;
}

// Tooltips, like labels left to guess, are rich text whenever Qt::mightBeRichText() says so.
Shown renderGuess(const QString& where, const QString& text)
{
    return render(where, text, Qt::mightBeRichText(text));
}

void collectModel(const QString& where, const QAbstractItemModel* model, QList<Shown>* out)
{
    if (!model)
        return;
    const int rows = qMin(model->rowCount(), 300);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            // Item delegates draw the display text as plain text.
            out->append(render(QStringLiteral("%1 cell %2,%3").arg(where).arg(row).arg(column),
                               index.data(Qt::DisplayRole).toString(), false));
            out->append(renderGuess(QStringLiteral("%1 tooltip %2,%3").arg(where).arg(row).arg(column),
                                    index.data(Qt::ToolTipRole).toString()));
        }
    }
}

// Everything the visible widgets under root show now.
QList<Shown> collect(const QWidget* root)
{
    QList<Shown> out;
    QList<const QWidget*> widgets{root};
    for (const QWidget* widget : root->findChildren<QWidget*>())
        widgets.append(widget);
    for (const QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        const QString name = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                            : widget->objectName();
        if (widget->isWindow())
            out.append(render(name + QStringLiteral(" title"), widget->windowTitle(), false));
        out.append(renderGuess(name + QStringLiteral(" tooltip"), widget->toolTip()));
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            const bool rich = label->textFormat() == Qt::RichText || label->textFormat() == Qt::MarkdownText ||
                              (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            out.append(render(name, label->text(), rich));
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            out.append(render(name, button->text(), false));
        } else if (const auto* browser = qobject_cast<const QTextBrowser*>(widget)) {
            Shown shown{name, {}, {}};
            inspectDocument(*browser->document(), &shown);
            out.append(shown);
        } else if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            out.append(render(name, combo->currentText(), false));
            collectModel(name, combo->model(), &out);
        } else if (const auto* view = qobject_cast<const QAbstractItemView*>(widget)) {
            if (!qobject_cast<const QComboBox*>(view->parentWidget()))
                collectModel(name, view->model(), &out);
        }
    }
    return out;
}

} // namespace

class TestHostileText final : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;
    QStringList m_messages;  // title and text of each message box
    QStringList m_questions; // text of each question
    bool m_answerYes = false;

    LearningPathTab* learningPath() const { return m_app.window().learningPathTab(); }
    cg::SalariesTab* salaries() const { return m_app.window().salariesTab(); }

    // Nothing anywhere in the window turned the markup into an image, a local link or bold type, and no text was
    // shown escaped (which would mean it was escaped twice, or escaped and then shown as plain text).
    void verifyNothingRendered()
    {
        for (const Shown& shown : collect(&m_app.window())) {
            QVERIFY2(
                shown.gained.isEmpty(),
                qPrintable(QStringLiteral("%1 shows %2").arg(shown.where, shown.gained.join(QStringLiteral(", ")))));
            QVERIFY2(!shown.text.contains(QLatin1String("&lt;img")) && !shown.text.contains(QLatin1String("&amp;")),
                     qPrintable(QStringLiteral("%1 shows escapes: %2").arg(shown.where, shown.text.left(200))));
        }
    }

    // Where the hostile text is shown whole, as typed.
    QStringList placesShowingItLiterally()
    {
        QStringList places;
        for (const Shown& shown : collect(&m_app.window())) {
            if (shown.text.contains(Hostile))
                places.append(shown.where);
        }
        return places;
    }

    StepProgressModel* progressModel() const
    {
        return qobject_cast<StepProgressModel*>(child<QTableView>(learningPath(), "progressTable")->model());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_app.open(&error), qPrintable(error));
        QVERIFY2(m_app.showWindow(&error, MainWindow::LearningPathIndex), qPrintable(error));
        cg::MessageBoxes::setHandler([this](cg::MessageBoxes::Kind, const QString& title, const QString& text) {
            m_messages.append(title + QLatin1Char('\n') + text);
        });
        cg::MessageBoxes::setQuestionHandler([this](const QString&, const QString& text) {
            m_questions.append(text);
            return m_answerYes;
        });
    }

    void cleanupTestCase()
    {
        cg::MessageBoxes::setHandler({});
        cg::MessageBoxes::setQuestionHandler({});
        m_app.closeWindow();
    }

    void init()
    {
        m_messages.clear();
        m_questions.clear();
        m_answerYes = false;
    }

    // A plan named with markup, typed into the form: the plan list, the summary and the status bar show the name.
    void planNameIsShownAsTyped()
    {
        learningPath()->showPage(LearningPathTab::PlanPage);
        auto* nameEdit = child<QLineEdit>(learningPath(), "nameEdit");
        nameEdit->clear();
        QTest::keyClicks(nameEdit, Hostile);
        QCOMPARE(nameEdit->text(), Hostile);
        QTest::mouseClick(child<QPushButton>(learningPath(), "generateButton"), Qt::LeftButton);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
        QCOMPARE(learningPath()->currentSavedPlan().name, Hostile);

        QCOMPARE(child<QComboBox>(learningPath(), "planCombo")->currentText(), Hostile);
        const QStringList places = placesShowingItLiterally();
        QVERIFY2(places.contains(QLatin1String("summaryLabel")), qPrintable(places.join(QStringLiteral(", "))));
        QVERIFY2(places.contains(QLatin1String("planCombo")), qPrintable(places.join(QStringLiteral(", "))));
        QVERIFY2(m_app.window().statusBar()->currentMessage().contains(Hostile),
                 qPrintable(m_app.window().statusBar()->currentMessage()));
        verifyNothingRendered();
    }

    // A note with markup, typed into the progress table: the cell and its tooltip show it as typed.
    void noteIsShownAsTyped()
    {
        QVERIFY(learningPath()->currentSavedPlan().id > 0);
        auto* table = child<QTableView>(learningPath(), "progressTable");
        StepProgressModel* model = progressModel();
        QVERIFY(model->rowCount() > 0);
        table->setFocus();
        table->setCurrentIndex(model->index(0, StepProgressModel::NoteColumn));
        QTest::keyClick(table, Qt::Key_F2);
        auto* editor = table->findChild<QLineEdit*>();
        QVERIFY(editor);
        QCOMPARE(editor->maxLength(), StepProgress::MaxNoteLength);
        QTest::keyClicks(editor, Hostile);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model->progress().value(model->slugAt(0)).note, Hostile);

        const QModelIndex note = model->index(0, StepProgressModel::NoteColumn);
        QCOMPARE(note.data().toString(), Hostile);
        const Shown tip = renderGuess(QStringLiteral("note tooltip"), note.data(Qt::ToolTipRole).toString());
        QVERIFY(tip.gained.isEmpty());
        QCOMPARE(tip.text.simplified(), Hostile);
        QVERIFY(placesShowingItLiterally().contains(
            QStringLiteral("progressTable tooltip 0,%1").arg(int(StepProgressModel::NoteColumn))));
        verifyNothingRendered();
    }

    // Notes are bounded: the longest allowed one is saved, a longer one is refused with the limit named, and a
    // huge note already in the file (written by something else) is shown without a pause.
    void longNotesAreBoundedAndShownAtOnce()
    {
        StepProgressModel* model = progressModel();
        const QModelIndex note = model->index(1, StepProgressModel::NoteColumn);
        const QString longest = QString(StepProgress::MaxNoteLength - Hostile.size(), QLatin1Char('n')) + Hostile;
        QVERIFY(model->setData(note, longest));
        QTRY_COMPARE(model->progress().value(model->slugAt(1)).note, longest);
        QVERIFY(note.data().toString().size() <= 201);
        QVERIFY(note.data().toString().endsWith(QChar(0x2026)));

        QVERIFY(!model->setData(note, longest + QLatin1Char('!')));
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QLocale().toString(StepProgress::MaxNoteLength)),
                 qPrintable(m_messages.first()));
        QCOMPARE(model->progress().value(model->slugAt(1)).note, longest);

        // 10 MB, as once pasted: written straight into the file, as another program could.
        QSqlQuery query(m_app.user().database());
        QVERIFY(query.prepare(QStringLiteral("UPDATE step_progress SET note = ? WHERE plan_id = ? AND step_slug = ?")));
        query.addBindValue(QString(10 * 1024 * 1024, QLatin1Char('x')) + Hostile);
        query.addBindValue(learningPath()->currentSavedPlan().id);
        query.addBindValue(model->slugAt(1));
        QVERIFY2(query.exec() && query.numRowsAffected() == 1, qPrintable(query.lastError().text()));

        auto* table = child<QTableView>(learningPath(), "progressTable");
        QElapsedTimer timer;
        timer.start();
        learningPath()->reloadUserData();
        QTRY_COMPARE(progressModel()->progress().value(progressModel()->slugAt(1)).note.size(),
                     10 * 1024 * 1024 + Hostile.size());
        table->viewport()->grab(); // paints every visible cell
        const QString tip = progressModel()->index(1, StepProgressModel::NoteColumn).data(Qt::ToolTipRole).toString();
        const qint64 elapsed = timer.elapsed();
        qInfo("a 10 MB note shown in %lld ms", elapsed);
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
        QVERIFY(tip.size() < 2 * cg::StepProgress::MaxNoteLength);
        QVERIFY(progressModel()->index(1, StepProgressModel::NoteColumn).data().toString().size() <= 201);
    }

    // The delete confirmation quotes the name as typed, in the seam and in a real message box.
    void deleteConfirmationShowsTheNameAsTyped()
    {
        auto* deleteButton = child<QPushButton>(learningPath(), "deletePlanButton");
        QVERIFY(deleteButton->isEnabled());
        m_answerYes = false;
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.first().contains(Hostile), qPrintable(m_questions.first()));

        // The real dialog: plain text, whatever the name holds. Answered No from a timer, so the plan stays.
        cg::MessageBoxes::setQuestionHandler({});
        QString boxText;
        Qt::TextFormat boxFormat = Qt::RichText;
        QList<Shown> boxShown;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll.stop();
            boxText = box->text();
            boxFormat = box->textFormat();
            boxShown = collect(box);
            box->button(QMessageBox::No)->click();
        });
        poll.start();
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        cg::MessageBoxes::setQuestionHandler([this](const QString&, const QString& text) {
            m_questions.append(text);
            return m_answerYes;
        });
        QCOMPARE(boxFormat, Qt::PlainText);
        QVERIFY2(boxText.contains(Hostile), qPrintable(boxText));
        bool literal = false;
        for (const Shown& shown : std::as_const(boxShown)) {
            QVERIFY2(shown.gained.isEmpty(), qPrintable(shown.where));
            literal = literal || shown.text.contains(Hostile);
        }
        QVERIFY(literal);
        QVERIFY(learningPath()->currentSavedPlan().id > 0);

        // Yes: gone, and the status bar names it as typed.
        m_answerYes = true;
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        QTRY_VERIFY(learningPath()->currentSavedPlan().id == 0);
        QVERIFY2(m_app.window().statusBar()->currentMessage().contains(Hostile),
                 qPrintable(m_app.window().statusBar()->currentMessage()));
        verifyNothingRendered();
    }

    // A saved comparison named with markup: the list of saved comparisons, the message label and its tooltip show
    // the name as typed.
    void savedComparisonNameIsShownAsTyped()
    {
        m_app.window().showTab(MainWindow::SalariesIndex);
        QTRY_VERIFY(salaries()->visibleFigureCount() > 0);
        QVERIFY(salaries()->addCurrentToComparison());
        QVERIFY(salaries()->saveComparison(Hostile));
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));

        auto* label = child<QLabel>(salaries(), "messageLabel");
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(label->text().contains(Hostile), qPrintable(label->text()));
        const Shown tip = renderGuess(QStringLiteral("message tooltip"), label->toolTip());
        QVERIFY(tip.gained.isEmpty());
        QVERIFY2(tip.text.contains(Hostile), qPrintable(tip.text));
        QCOMPARE(child<QComboBox>(salaries(), "savedCombo")->currentText(), Hostile);

        QVERIFY(salaries()->loadComparison(Hostile));
        QVERIFY(label->text().contains(Hostile));
        const QStringList places = placesShowingItLiterally();
        QVERIFY2(places.contains(QLatin1String("messageLabel")), qPrintable(places.join(QStringLiteral(", "))));
        QVERIFY2(places.contains(QLatin1String("messageLabel tooltip")), qPrintable(places.join(QStringLiteral(", "))));
        verifyNothingRendered();

        QVERIFY(salaries()->deleteSavedComparison(Hostile));
        QVERIFY(label->text().contains(Hostile));
        verifyNothingRendered();
    }
};

QTEST_MAIN(TestHostileText)
#include "TestHostileText.moc"
