#pragma once

#include "content/Source.h"
#include "documents/CareerPageSections.h"
#include "documents/RolePageData.h"
#include "documents/SkillPageDocument.h"

#include <QHash>
#include <QString>

// Value types for the page documents' tests, with every free-text field set to one given text, so a test can fill
// them with ordinary words or with markup that must come out as text.
namespace cg::test {

// Markup a hostile content file or user could put in any text field.
extern const QString HostileText;

QHash<QString, Source> sampleSources(const QString& text);
Occupation sampleOccupation(const QString& text, const QString& socCode = QStringLiteral("15-1252.00"));
// A role with duties, skills, facts, outlooks, statistics, pay, routes, related roles and two occupations.
RolePageData sampleRole(const QString& text, const QString& slug = QStringLiteral("backend-developer"));
SkillPageData sampleSkill(const QString& text);
// The sections every career page shares, over sampleSources(text), in English, with all occupations growing 3.1%.
CareerPageSections sampleSections(const QString& text);

// Empty when `html`, shown as QTextBrowser shows it, holds no image and links only within the app (role:, skill:,
// occupation:, step:, #anchor) or to http(s) addresses; otherwise what is wrong.
QString unsafeMarkup(const QString& html);
// The text `html` shows, as QTextBrowser would show it.
QString shownText(const QString& html);
// Every link target in `html`, in order.
QStringList linkTargets(const QString& html);

} // namespace cg::test
