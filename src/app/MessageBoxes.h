#pragma once

#include <QString>
#include <Qt>

#include <functional>

class QWidget;

namespace cg {

// A seam over QMessageBox: tests install a handler that records the message instead of blocking on a dialog.
// Texts are shown as plain text unless a caller passes Qt::RichText for markup it wrote itself: a message often
// quotes what the user typed (a plan's or a comparison's name), and QMessageBox would otherwise guess rich text.
class MessageBoxes final
{
public:
    enum class Kind
    {
        Information,
        Warning,
        Critical,
        About
    };
    using Handler = std::function<void(Kind, const QString& title, const QString& text)>;
    // Answers a yes/no question: true for yes.
    using QuestionHandler = std::function<bool(const QString& title, const QString& text)>;

    static void information(QWidget* parent, const QString& title, const QString& text,
                            Qt::TextFormat format = Qt::PlainText);
    static void warning(QWidget* parent, const QString& title, const QString& text,
                        Qt::TextFormat format = Qt::PlainText);
    static void critical(QWidget* parent, const QString& title, const QString& text,
                         Qt::TextFormat format = Qt::PlainText);
    static void about(QWidget* parent, const QString& title, const QString& text);
    // A yes/no question whose default is no, for changes that cannot be undone. True when the answer is yes.
    static bool question(QWidget* parent, const QString& title, const QString& text);

    // Replaces the real dialogs (for tests); an empty handler restores them.
    static void setHandler(Handler handler);
    static void setQuestionHandler(QuestionHandler handler);

private:
    static void show(QWidget* parent, Kind kind, const QString& title, const QString& text, Qt::TextFormat format);
};

} // namespace cg
