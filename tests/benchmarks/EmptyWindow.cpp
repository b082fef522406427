// The yardsticks for start-up: a QMainWindow of the main window's default size that quits after its first paint
// exactly as `careerguide --exit-after-startup` does (the paint finishes, then a queued quit).
//
// Without arguments the window is empty: everything the app adds to it is the cost of the app. With --with-text it
// shows what any window of text shows, laid out like the app's first page: a menu bar, four tabs, a filter field, a
// list of ten names and a page of formatted text beside it, a status line. The gap between the two is what showing
// text costs in Qt at all (fonts, shaping, layout), which no application of text can avoid.
#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace {

class YardstickWindow final : public QMainWindow
{
public:
    explicit YardstickWindow(bool withText)
    {
        resize(1280, 800);
        if (withText)
            addText();
    }

protected:
    bool event(QEvent* event) override
    {
        const bool result = QMainWindow::event(event);
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return result;
    }

private:
    void addText()
    {
        for (const char* title : {"&File", "&Edit", "&View", "&Help"})
            menuBar()->addMenu(QString::fromLatin1(title))->addAction(QStringLiteral("Item"));
        auto* tabs = new QTabWidget(this);
        auto* page = new QWidget(tabs);
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(new QLineEdit(page));
        auto* splitter = new QSplitter(page);
        auto* list = new QListWidget(splitter);
        for (int i = 1; i <= 10; ++i)
            list->addItem(QStringLiteral("Occupation number %1").arg(i));
        auto* text = new QTextBrowser(splitter);
        QString html = QStringLiteral("<h1>Back-end developer</h1><p>A short summary of the role.</p>");
        for (int i = 0; i < 6; ++i)
            html += QStringLiteral("<h2>Section %1</h2><p>Several sentences of plain text describe what the work "
                                   "involves, what it pays, and how people get into it, with a source.</p>"
                                   "<ul><li>One point</li><li>Another point</li></ul>")
                        .arg(i + 1);
        text->setHtml(html);
        layout->addWidget(splitter);
        tabs->addTab(page, QStringLiteral("&Roles"));
        for (const char* title : {"&Skills", "S&alaries", "&Learning Path"})
            tabs->addTab(new QWidget(tabs), QString::fromLatin1(title));
        setCentralWidget(tabs);
        statusBar()->showMessage(QStringLiteral("Content as of 2026-11-25"));
    }

    bool m_painted = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const bool withText = app.arguments().contains(QStringLiteral("--with-text"));
    YardstickWindow window(withText);
    window.show();
    return app.exec();
}
