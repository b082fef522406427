#pragma once

#include <QString>

namespace cg {

// One entry of the bibliography: an article, an organisation it quotes, or an official dataset.
struct Source
{
    QString id;
    QString kind;
    QString title;
    QString publisher;
    QString author;
    QString published;
    QString asOf;
    QString url;
    QString licence;
    QString contributes;
    QString citation; // how the publisher asks to be cited, where it says
};

} // namespace cg
