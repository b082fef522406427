// The yardstick for start-up: an empty QMainWindow of the main window's default size that quits after its first
// paint exactly as `careerguide --exit-after-startup` does (the paint finishes, then a queued quit). Everything
// the app adds to this is the cost of the app itself.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace {

class EmptyWindow final : public QMainWindow
{
public:
    EmptyWindow() { resize(1280, 800); }

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
    bool m_painted = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    EmptyWindow window;
    window.show();
    return app.exec();
}
