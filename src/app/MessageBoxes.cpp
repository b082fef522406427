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
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void MessageBoxes::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, Kind::Information, title, text);
}

void MessageBoxes::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, Kind::Warning, title, text);
}

void MessageBoxes::critical(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, Kind::Critical, title, text);
}

void MessageBoxes::about(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, Kind::About, title, text);
}

void MessageBoxes::show(QWidget* parent, Kind kind, const QString& title, const QString& text)
{
    if (handler()) {
        handler()(kind, title, text);
        return;
    }
    switch (kind) {
    case Kind::Information:
        QMessageBox::information(parent, title, text);
        break;
    case Kind::Warning:
        QMessageBox::warning(parent, title, text);
        break;
    case Kind::Critical:
        QMessageBox::critical(parent, title, text);
        break;
    case Kind::About:
        QMessageBox::about(parent, title, text);
        break;
    }
}

} // namespace cg
