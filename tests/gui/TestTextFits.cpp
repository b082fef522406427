// Text that fits: every visible label, button, combo, tab and header of the real window shows its whole text, in
// English, Spanish and Hindi, at 1024×768 and 1366×850, unless the widget carries the whole text as its tooltip. And
// the parts of controls people must see (check box and radio indicators, field and button borders) stand out from
// their background by at least 3:1 (WCAG 2.1, 1.4.11) in the light and the dark theme.
#include "LearningPathTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "TestSupport.h"
#include "ThemeManager.h"
#include "Translations.h"
#include "WidgetTestSupport.h"
#include "models/StepProgressModel.h"
#include "plan/StepProgress.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

using cg::test::child;

namespace {

// A widget's text as drawn: without the mnemonic's ampersand.
QString shown(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

// The widest line of a text in a font.
int textWidth(const QFontMetrics& metrics, const QString& text)
{
    int widest = 0;
    for (const QString& line : text.split(u'\n'))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

// Whether a tooltip carries the whole of a text (an elided text is allowed when it does).
bool carries(const QString& toolTip, const QString& text)
{
    return !text.isEmpty() && toolTip.contains(text);
}

QString describe(const QWidget* widget)
{
    QString name = widget->objectName();
    for (const QWidget* parent = widget->parentWidget(); name.isEmpty() && parent; parent = parent->parentWidget())
        name = parent->objectName().isEmpty() ? QString() : parent->objectName() + QStringLiteral("/…");
    return QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()), name);
}

// The free width a combo box has for its current text, as the style lays it out.
int comboTextWidth(const QComboBox* combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.currentText = combo->currentText();
    option.frame = combo->hasFrame();
    const QRect field =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    // A line edit keeps a little room on either side of its text.
    return field.width() - (combo->isEditable() ? 4 : 0);
}

// Walks what a window shows now and collects, one line each, every text that does not fit its widget.
class FitWalk final
{
public:
    explicit FitWalk(QString where) : m_where(std::move(where)) {}

    void walk(QWidget* top)
    {
        // Guarded: a tooltip shown on the way is a child of its widget and is deleted when the next one shows.
        QList<QPointer<QWidget>> widgets;
        for (QWidget* widget : top->findChildren<QWidget*>())
            widgets.append(widget);
        for (QWidget* widget : std::as_const(widgets)) {
            if (!widget || widget->isWindow() || !widget->isVisible() || widget->width() <= 0 || insideItemView(widget))
                continue;
            if (auto* label = qobject_cast<QLabel*>(widget))
                checkLabel(label);
            else if (auto* combo = qobject_cast<QComboBox*>(widget))
                checkCombo(combo);
            else if (auto* tabBar = qobject_cast<QTabBar*>(widget))
                checkTabBar(tabBar);
            else if (auto* header = qobject_cast<QHeaderView*>(widget))
                checkHeader(header);
            else if (auto* button = qobject_cast<QAbstractButton*>(widget))
                checkButton(button);
            else
                continue;
            checkUncovered(widget);
        }
    }

    // The study plan's status cells: every status fits the column, and so does the editor that picks one.
    void checkStatusColumn(QTableView* table)
    {
        const int column = cg::StepProgressModel::StatusColumn;
        if (table->model()->rowCount() == 0) {
            m_failures.append(m_where + QStringLiteral(": the study plan has no steps to check"));
            return;
        }
        const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        const int cell = table->columnWidth(column);
        for (int status = 0; status < cg::StepProgress::StatusCount; ++status) {
            const QString text = cg::StepProgress::displayName(cg::StepProgress::Status(status));
            const int needed = table->fontMetrics().horizontalAdvance(text) + margin;
            if (needed > cell)
                fail(table, QStringLiteral("status cell"), text, needed, cell);
        }
        const QModelIndex index = table->model()->index(0, column);
        table->setCurrentIndex(index);
        table->edit(index);
        auto* editor = table->findChild<QComboBox*>();
        if (!editor) {
            m_failures.append(m_where + QStringLiteral(": the status editor did not open"));
            return;
        }
        for (int i = 0; i < editor->count(); ++i) {
            editor->setCurrentIndex(i);
            const int needed = editor->fontMetrics().horizontalAdvance(editor->currentText());
            const int room = comboTextWidth(editor);
            if (needed > room && !carries(editor->toolTip(), editor->currentText()))
                fail(editor, QStringLiteral("status editor"), editor->currentText(), needed, room);
        }
        table->closePersistentEditor(index);
        table->setCurrentIndex(table->model()->index(0, 0)); // closes the editor without a commit
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    const QStringList& failures() const { return m_failures; }
    int checked() const { return m_checked; }

private:
    static bool insideItemView(const QWidget* widget)
    {
        for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto* view = qobject_cast<const QAbstractItemView*>(parent))
                return widget->parentWidget() == view->viewport() || widget->isAncestorOf(view->viewport());
        }
        return false;
    }

    // A widget pushed partly under its neighbour or past its window's edge, as a row of too many widgets is.
    // (Widgets in a scrolled area may be scrolled out of sight; those are not counted.)
    void checkUncovered(QWidget* widget)
    {
        for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (qobject_cast<const QAbstractScrollArea*>(parent))
                return;
        }
        // visibleRegion() clips by the ancestors but subtracts only opaque siblings; a label is not opaque.
        QRegion seen = widget->visibleRegion();
        for (const QObject* object : widget->parentWidget()->children()) {
            const auto* sibling = qobject_cast<const QWidget*>(object);
            if (sibling && sibling != widget && sibling->isVisible() && !sibling->isWindow())
                seen -= sibling->geometry().translated(-widget->pos());
        }
        const QRect hidden = (QRegion(widget->rect()) - seen).boundingRect();
        if (hidden.width() > 2 && hidden.height() > 2)
            m_failures.append(QStringLiteral("%1: %2 is %3×%4 px out of sight (under a neighbour or past the edge)")
                                  .arg(m_where, describe(widget))
                                  .arg(hidden.width())
                                  .arg(hidden.height()));
    }

    void fail(const QWidget* widget, const QString& part, const QString& text, int needed, int room)
    {
        m_failures.append(QStringLiteral("%1: %2 %3 \"%4\" needs %5 px, has %6")
                              .arg(m_where, describe(widget), part, text)
                              .arg(needed)
                              .arg(room));
    }

    void checkLabel(QLabel* label)
    {
        const QString text = label->text();
        if (text.isEmpty())
            return;
        ++m_checked;
        const bool rich =
            label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        QString plain = text;
        if (rich) {
            QTextDocument document;
            document.setHtml(text);
            plain = document.toPlainText();
        } else if (label->buddy()) {
            plain = shown(text);
        }
        if (carries(label->toolTip(), plain))
            return;
        const QRect contents =
            label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                fail(label, QStringLiteral("height of"), plain.left(60), needed, label->height());
            return;
        }
        const int needed = rich ? label->sizeHint().width() - (label->width() - contents.width())
                                : textWidth(label->fontMetrics(), plain);
        if (needed > contents.width())
            fail(label, QString(), plain, needed, contents.width());
    }

    void checkButton(QAbstractButton* button)
    {
        const QString text = shown(button->text());
        if (text.isEmpty())
            return;
        ++m_checked;
        if (carries(button->toolTip(), text))
            return;
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        int room = 0;
        QStyle* style = button->style();
        if (qobject_cast<QCheckBox*>(button)) {
            room = style->subElementRect(QStyle::SE_CheckBoxContents, &option, button).width();
        } else if (qobject_cast<QRadioButton*>(button)) {
            room = style->subElementRect(QStyle::SE_RadioButtonContents, &option, button).width();
        } else if (auto* tool = qobject_cast<QToolButton*>(button)) {
            if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly || tool->arrowType() != Qt::NoArrow)
                return;
            room = tool->width() - 2 * style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, tool);
            if (tool->toolButtonStyle() == Qt::ToolButtonTextBesideIcon && !tool->icon().isNull())
                room -= tool->iconSize().width() + 4;
        } else {
            room = style->subElementRect(QStyle::SE_PushButtonContents, &option, button).width();
            if (!button->icon().isNull())
                room -= button->iconSize().width() + 4;
        }
        if (!button->icon().isNull() && !qobject_cast<QToolButton*>(button) && !qobject_cast<QPushButton*>(button))
            room -= button->iconSize().width() + 4;
        const int needed = textWidth(button->fontMetrics(), text);
        if (needed > room)
            fail(button, QString(), text, needed, room);
    }

    void checkCombo(QComboBox* combo)
    {
        if (combo->currentText().isEmpty())
            return;
        checkComboText(combo, QString());
        // A short list of choices: each, once picked, fits too or is shown whole by the box's tooltip. Picked here
        // with the box's signals blocked, so nothing else in the window follows, and put back afterwards.
        if (combo->isEditable() || combo->count() > MaxChoicesToTry)
            return;
        const int current = combo->currentIndex();
        const QSignalBlocker blocker(combo);
        for (int i = 0; i < combo->count(); ++i) {
            if (i == current)
                continue;
            combo->setCurrentIndex(i);
            checkComboText(combo, QStringLiteral("item"));
        }
        combo->setCurrentIndex(current);
    }

    void checkComboText(QComboBox* combo, const QString& part)
    {
        const QString text = combo->currentText();
        ++m_checked;
        int needed = combo->fontMetrics().horizontalAdvance(text);
        if (!combo->itemIcon(combo->currentIndex()).isNull())
            needed += combo->iconSize().width() + 4;
        const int room = comboTextWidth(combo);
        if (needed > room && !carries(shownToolTip(combo), text))
            fail(combo, part, text, needed, room);
    }

    // The tooltip a widget shows when the pointer rests on it, or nothing.
    static QString shownToolTip(QWidget* widget)
    {
        const QPoint local = widget->rect().center();
        QHelpEvent help(QEvent::ToolTip, local, widget->mapToGlobal(local));
        QApplication::sendEvent(widget, &help);
        const QString text = QToolTip::isVisible() ? QToolTip::text() : QString();
        // Hidden at once: QToolTip::hideText() lets it linger, and the next widget would seem to show it.
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->inherits("QTipLabel"))
                top->hide();
        }
        return text;
    }

    static constexpr int MaxChoicesToTry = 12;

    void checkTabBar(QTabBar* tabBar)
    {
        const int space = tabBar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabBar);
        for (int i = 0; i < tabBar->count(); ++i) {
            const QString text = shown(tabBar->tabText(i));
            if (text.isEmpty() || !tabBar->isTabVisible(i))
                continue;
            ++m_checked;
            if (carries(tabBar->tabToolTip(i), text))
                continue;
            const QRect rect = tabBar->tabRect(i);
            const int room = qMin(rect.right(), tabBar->width() - 1) - qMax(rect.left(), 0) + 1 - space;
            const int needed = tabBar->fontMetrics().horizontalAdvance(text);
            if (needed > room)
                fail(tabBar, QStringLiteral("tab"), text, needed, room);
        }
    }

    void checkHeader(QHeaderView* header)
    {
        const QAbstractItemModel* model = header->model();
        if (!model)
            return;
        const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || header->sectionViewportPosition(section) >= header->width() ||
                header->sectionViewportPosition(section) + header->sectionSize(section) <= 0)
                continue;
            const QString text = model->headerData(section, header->orientation()).toString();
            if (text.isEmpty())
                continue;
            ++m_checked;
            if (carries(model->headerData(section, header->orientation(), Qt::ToolTipRole).toString(), text))
                continue;
            int needed = textWidth(header->fontMetrics(), text) + margin;
            // The sort arrow takes half the header's height and a margin either side, as QCommonStyle lays it out.
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
                needed += header->height() / 2 + margin;
            const int room = header->orientation() == Qt::Horizontal ? header->sectionSize(section) : header->width();
            if (needed > room)
                fail(header, QStringLiteral("section"), text, needed, room);
        }
    }

    QString m_where;
    QStringList m_failures;
    int m_checked = 0;
};

// Relative luminance and contrast ratio, as WCAG 2.1 defines them.
double luminance(QRgb rgb)
{
    const auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// How well the edge of a control drawn in `area` of the picture stands out from `background`. On each side, the line
// parallel to it (within a few pixels of the area's edge, where styles draw) that stands out best is found, and a line
// counts only as much as its weakest pixel over the middle of the side (`middle`: the share of the side looked at,
// away from rounded corners; a circle meets its square only near the middle of each side). The weakest side is the
// result, since a person must see every side to see the control.
double outlineContrast(const QImage& picture, const QRect& area, QRgb background, double middle = 0.5)
{
    const QRect bounds = picture.rect();
    double weakestSide = 1e9;
    for (int side = 0; side < 4; ++side) {
        const bool horizontal = side < 2;
        const int length = horizontal ? area.width() : area.height();
        const int from = int(length * (1.0 - middle) / 2.0);
        const int to = length - 1 - from;
        double bestLine = 1.0;
        for (int inset = -1; inset <= 3; ++inset) {
            double line = 1e9;
            for (int i = from; i <= to; ++i) {
                QPoint p;
                switch (side) {
                case 0:
                    p = QPoint(area.left() + i, area.top() + inset);
                    break;
                case 1:
                    p = QPoint(area.left() + i, area.bottom() - inset);
                    break;
                case 2:
                    p = QPoint(area.left() + inset, area.top() + i);
                    break;
                default:
                    p = QPoint(area.right() - inset, area.top() + i);
                    break;
                }
                line = bounds.contains(p) ? qMin(line, contrast(picture.pixel(p), background)) : 1.0;
            }
            bestLine = qMax(bestLine, line);
        }
        weakestSide = qMin(weakestSide, bestLine);
    }
    return weakestSide;
}

} // namespace

class TestTextFits : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;

    // Walks the window as it is now, after its layouts have settled.
    static void walkNow(FitWalk& walk, cg::MainWindow& window)
    {
        QVERIFY(cg::test::waitForRepaint(&window));
        walk.walk(&window);
    }

    // Generates a study plan from the form, so the plan page shows its steps and their status cells.
    static void generatePlan(cg::LearningPathTab* tab)
    {
        auto* target = child<QComboBox>(tab, "targetCombo");
        const int backend = target->findData(QStringLiteral("backend-developer"));
        target->setCurrentIndex(backend >= 0 ? backend : 0);
        auto* nameEdit = child<QLineEdit>(tab, "nameEdit");
        nameEdit->setText(QStringLiteral("Fit"));
        QTest::mouseClick(child<QPushButton>(tab, "generateButton"), Qt::LeftButton);
        auto* progress = child<QTableView>(tab, "progressTable");
        QTRY_VERIFY(progress->model()->rowCount() > 0);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_app.open(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_app.closeWindow();
        cg::Translations::install(*qApp, QStringLiteral("en"));
        cg::ThemeManager::apply(cg::Theme::System);
    }

    void everyTextFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char* language : {"en", "es", "hi"}) {
            for (const QSize size : {QSize(1024, 768), QSize(1366, 850)}) {
                QTest::addRow("%s %dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
            }
        }
    }

    void everyTextFits()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        cg::Translations::install(*qApp, language);
        QString error;
        QVERIFY2(m_app.forgetUserData(&error), qPrintable(error));
        QVERIFY2(m_app.showWindow(&error, -1, size), qPrintable(error));
        cg::MainWindow& window = m_app.window();
        // No window manager offscreen: the size asked for is the size drawn.
        QTRY_COMPARE(window.size(), size);
        auto* tabs = child<QTabWidget>(&window, "tabs");
        const QString where = QStringLiteral("%1 %2×%3").arg(language).arg(size.width()).arg(size.height());
        QStringList failures;
        int checked = 0;
        const auto record = [&failures, &checked](const FitWalk& walk) {
            failures += walk.failures();
            checked += walk.checked();
        };

        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTRY_VERIFY(cg::test::shownRows(tabs->currentWidget()) > 0);
            const QString tabWhere = QStringLiteral("%1 tab %2").arg(where, shown(tabs->tabText(i)));
            if (i == cg::MainWindow::SalariesIndex) {
                // Two picks, so the comparison's pages have something to show: Enter on a figure adds it.
                auto* figures = child<QTableView>(tabs->currentWidget(), "figureTable");
                figures->setFocus();
                for (int row = 0; row < qMin(2, figures->model()->rowCount()); ++row) {
                    figures->setCurrentIndex(figures->model()->index(row, 0));
                    QTest::keyClick(figures, Qt::Key_Return);
                }
                QTRY_VERIFY(child<QTableView>(tabs->currentWidget(), "comparisonTable")->model()->columnCount() > 0);
                auto* comparison = child<QTabWidget>(tabs->currentWidget(), "comparisonTabs");
                for (int page = 0; page < comparison->count(); ++page) {
                    comparison->setCurrentIndex(page);
                    FitWalk walk(QStringLiteral("%1 / %2").arg(tabWhere, shown(comparison->tabText(page))));
                    walkNow(walk, window);
                    record(walk);
                }
                comparison->setCurrentIndex(0);
            } else if (i == cg::MainWindow::LearningPathIndex) {
                cg::LearningPathTab* learning = window.learningPathTab();
                auto* pages = child<QTabWidget>(learning, "pages");
                for (int page = 0; page < pages->count(); ++page) {
                    pages->setCurrentIndex(page);
                    const QString pageWhere = QStringLiteral("%1 / %2").arg(tabWhere, shown(pages->tabText(page)));
                    FitWalk walk(pageWhere);
                    if (page == cg::LearningPathTab::PlanPage) {
                        generatePlan(learning);
                        walkNow(walk, window);
                        walk.checkStatusColumn(child<QTableView>(learning, "progressTable"));
                    } else {
                        walkNow(walk, window);
                    }
                    record(walk);
                }
            } else {
                FitWalk walk(tabWhere);
                walkNow(walk, window);
                record(walk);
            }
            cg::test::save(
                &window,
                QStringLiteral("fit-%1-%2x%3-tab%4.png").arg(language).arg(size.width()).arg(size.height()).arg(i));
        }
        failures.removeDuplicates();
        QVERIFY2(checked > 100, qPrintable(QStringLiteral("only %1 texts were checked").arg(checked)));
        // Every failure, one per line, in one message (the failure's own message is cut short when long).
        if (!failures.isEmpty())
            qWarning().noquote() << QStringLiteral("%1 texts do not fit:\n").arg(failures.size()) +
                                        failures.join(u'\n');
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("%1 texts do not fit (listed above)").arg(failures.size())));
    }

    void controlsStandOut_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("light") << "light";
        QTest::newRow("dark") << "dark";
    }

    void controlsStandOut()
    {
        QFETCH(QString, name);
        cg::ThemeManager::apply(name == QLatin1String("dark") ? cg::Theme::Dark : cg::Theme::Light);

        QWidget panel;
        auto* layout = new QVBoxLayout(&panel);
        auto* unchecked = new QCheckBox(QStringLiteral("Unchecked"));
        auto* checked = new QCheckBox(QStringLiteral("Checked"));
        checked->setChecked(true);
        auto* radio = new QRadioButton(QStringLiteral("Radio"));
        auto* combo = new QComboBox;
        combo->addItem(QStringLiteral("Combo box"));
        auto* edit = new QLineEdit(QStringLiteral("Line edit"));
        auto* button = new QPushButton(QStringLiteral("Push button"));
        auto* spin = new QSpinBox;
        spin->setValue(7);
        for (QWidget* widget : std::initializer_list<QWidget*>{unchecked, checked, radio, combo, edit, button, spin})
            layout->addWidget(widget);
        panel.resize(260, 320);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QImage picture = panel.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(picture.save(cg::test::artifactPath(QStringLiteral("theme-%1-controls.png").arg(name))));
        const qreal ratio = panel.devicePixelRatioF();
        const auto inPicture = [ratio](const QWidget* widget, const QRect& rect) {
            const QRect r = rect.translated(widget->pos());
            return QRect((r.topLeft() * ratio), r.size() * ratio);
        };
        const QRgb window = panel.palette().color(QPalette::Window).rgb();

        QStringList weak;
        const auto require = [&weak](const QString& part, double measured) {
            if (measured < 3.0)
                weak.append(QStringLiteral("%1: %2:1").arg(part).arg(measured, 0, 'f', 2));
        };
        for (QCheckBox* box : {unchecked, checked}) {
            QStyleOptionButton option;
            option.initFrom(box);
            const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
            require(box->text() + QStringLiteral(" check box indicator"),
                    outlineContrast(picture, inPicture(box, indicator), window));
        }
        {
            QStyleOptionButton option;
            option.initFrom(radio);
            const QRect indicator = radio->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, radio);
            // A circle meets its square only at the middle of each side: only the middle tenth is read.
            require(QStringLiteral("radio button indicator"),
                    outlineContrast(picture, inPicture(radio, indicator), window, 0.1));
        }
        for (QWidget* field : std::initializer_list<QWidget*>{combo, edit, button, spin}) {
            require(QLatin1String(field->metaObject()->className()) + QStringLiteral(" border"),
                    outlineContrast(picture, inPicture(field, field->rect()), window));
        }
        QVERIFY2(weak.isEmpty(),
                 qPrintable(QStringLiteral("%1 theme, below 3:1 against the window:\n").arg(name) + weak.join(u'\n')));
    }
};

QTEST_MAIN(TestTextFits)
#include "TestTextFits.moc"
