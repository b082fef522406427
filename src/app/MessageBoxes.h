#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace cg {

// A seam over QMessageBox: tests install a handler that records the message instead of blocking on a dialog.
class MessageBoxes final
{
public:
    enum class Kind { Information, Warning, Critical, About };
    using Handler = std::function<void(Kind, const QString& title, const QString& text)>;
    // Answers a yes/no question: true for yes.
    using QuestionHandler = std::function<bool(const QString& title, const QString& text)>;

    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void about(QWidget* parent, const QString& title, const QString& text);
    // A yes/no question whose default is no, for changes that cannot be undone. True when the answer is yes.
    static bool question(QWidget* parent, const QString& title, const QString& text);

    // Replaces the real dialogs (for tests); an empty handler restores them.
    static void setHandler(Handler handler);
    static void setQuestionHandler(QuestionHandler handler);

private:
    static void show(QWidget* parent, Kind kind, const QString& title, const QString& text);
};

} // namespace cg
