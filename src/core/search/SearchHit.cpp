#include "SearchHit.h"

#include "text/EnumWords.h"

namespace cg {

namespace {
constexpr EnumWord<SearchHit::Kind> Keys[] = {
    {SearchHit::Kind::Role, "role"},
    {SearchHit::Kind::Skill, "skill"},
    {SearchHit::Kind::Occupation, "occupation"},
    {SearchHit::Kind::Step, "step"},
    {SearchHit::Kind::Resource, "resource"},
    {SearchHit::Kind::Salary, "salary"},
    {SearchHit::Kind::State, "state"},
};

constexpr EnumWord<SearchHit::Kind> Names[] = {
    {SearchHit::Kind::Role, QT_TRANSLATE_NOOP("cg::SearchHit", "Roles")},
    {SearchHit::Kind::Skill, QT_TRANSLATE_NOOP("cg::SearchHit", "Skills")},
    {SearchHit::Kind::Occupation, QT_TRANSLATE_NOOP("cg::SearchHit", "Official occupations (O*NET)")},
    {SearchHit::Kind::Step, QT_TRANSLATE_NOOP("cg::SearchHit", "Learning steps")},
    {SearchHit::Kind::Resource, QT_TRANSLATE_NOOP("cg::SearchHit", "Courses and resources")},
    {SearchHit::Kind::Salary, QT_TRANSLATE_NOOP("cg::SearchHit", "Salary figures")},
    {SearchHit::Kind::State, QT_TRANSLATE_NOOP("cg::SearchHit", "Pay by state")},
};
} // namespace

QString SearchHit::kindKey(Kind kind)
{
    return EnumWords::keyOf(Keys, kind);
}

QString SearchHit::kindName(Kind kind)
{
    return EnumWords::nameOf("cg::SearchHit", Names, kind);
}

} // namespace cg
