#include "MessageBoxes.h"

#include <QMessageBox>

namespace cg {

namespace {
MessageBoxes::Handler& handler()
{
    static MessageBoxes::Handler instance;
    return instance;
}
MessageBoxes::QuestionHandler& questionHandler()
{
    static MessageBoxes::QuestionHandler instance;
    return instance;
}
} // namespace

void MessageBoxes::setHandler(Handler newHandler)
{
    handler() = std::move(newHandler);
}

void MessageBoxes::setQuestionHandler(QuestionHandler newHandler)
{
    questionHandler() = std::move(newHandler);
}

bool MessageBoxes::question(QWidget* parent, const QString& title, const QString& text)
{
    if (questionHandler())
        return questionHandler()(title, text);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void MessageBoxes::information(QWidget* parent, const QString& title, const QString& text, Qt::TextFormat format)
{
    show(parent, Kind::Information, title, text, format);
}

void MessageBoxes::warning(QWidget* parent, const QString& title, const QString& text, Qt::TextFormat format)
{
    show(parent, Kind::Warning, title, text, format);
}

void MessageBoxes::critical(QWidget* parent, const QString& title, const QString& text, Qt::TextFormat format)
{
    show(parent, Kind::Critical, title, text, format);
}

void MessageBoxes::about(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, Kind::About, title, text, Qt::RichText);
}

void MessageBoxes::show(QWidget* parent, Kind kind, const QString& title, const QString& text, Qt::TextFormat format)
{
    if (handler()) {
        handler()(kind, title, text);
        return;
    }
    if (kind == Kind::About) {
        QMessageBox::about(parent, title, text); // our own markup, with the application's icon
        return;
    }
    const QMessageBox::Icon icon = kind == Kind::Information ? QMessageBox::Information
                                   : kind == Kind::Warning   ? QMessageBox::Warning
                                                             : QMessageBox::Critical;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(format);
    box.exec();
}

} // namespace cg
