#include "SqlScript.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    enum class State
    {
        Code,
        SingleQuote,
        DoubleQuote,
        LineComment,
        BlockComment
    } state = State::Code;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'-' && next == u'-') {
                state = State::LineComment;
                ++i;
                continue;
            }
            if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                ++i;
                continue;
            }
            if (c == u'\'')
                state = State::SingleQuote;
            else if (c == u'"')
                state = State::DoubleQuote;
            if (c == u';') {
                if (!current.trimmed().isEmpty())
                    statements.append(current.trimmed());
                current.clear();
                continue;
            }
            current.append(c);
            break;
        case State::SingleQuote:
            current.append(c);
            if (c == u'\'')
                state = State::Code; // a doubled quote re-enters the string on the next character
            break;
        case State::DoubleQuote:
            current.append(c);
            if (c == u'"')
                state = State::Code;
            break;
        case State::LineComment:
            if (c == u'\n') {
                state = State::Code;
                current.append(c);
            }
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Code;
                ++i;
            }
            break;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

bool SqlScript::run(QSqlDatabase& db, const QString& script, QString* error)
{
    const QStringList statements = split(script);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QSqlQuery query(db);
        if (!query.exec(statements.at(i))) {
            if (error)
                *error = QCoreApplication::translate("cg::SqlScript", "statement %1: %2")
                             .arg(i + 1)
                             .arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool SqlScript::runFile(QSqlDatabase& db, const QString& fileName, QString* error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = QCoreApplication::translate("cg::SqlScript", "%1: %2").arg(fileName, file.errorString());
        return false;
    }
    QString scriptError;
    if (!run(db, QString::fromUtf8(file.readAll()), &scriptError)) {
        if (error)
            *error = QCoreApplication::translate("cg::SqlScript", "%1: %2").arg(fileName, scriptError);
        return false;
    }
    return true;
}

} // namespace cg
