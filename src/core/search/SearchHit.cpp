#include "SearchHit.h"

#include <QCoreApplication>

namespace cg {

QString SearchHit::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Role:
        return QStringLiteral("role");
    case Kind::Skill:
        return QStringLiteral("skill");
    case Kind::Occupation:
        return QStringLiteral("occupation");
    case Kind::Step:
        return QStringLiteral("step");
    case Kind::Resource:
        return QStringLiteral("resource");
    }
    return {};
}

QString SearchHit::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Role:
        return QCoreApplication::translate("cg::SearchHit", "Roles");
    case Kind::Skill:
        return QCoreApplication::translate("cg::SearchHit", "Skills");
    case Kind::Occupation:
        return QCoreApplication::translate("cg::SearchHit", "Official occupations (O*NET)");
    case Kind::Step:
        return QCoreApplication::translate("cg::SearchHit", "Learning steps");
    case Kind::Resource:
        return QCoreApplication::translate("cg::SearchHit", "Courses and resources");
    }
    return {};
}

} // namespace cg
