#pragma once

#include <QString>
#include <QStringList>

namespace cg {

struct Tip
{
    QString topic; // interview, resume, portfolio, professional-body, career
    QString text;
    QStringList sourceIds;
};

struct Faq
{
    QString question;
    QString answer;
    QStringList sourceIds;
};

} // namespace cg
