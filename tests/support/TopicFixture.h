#pragma once

#include "content/LearningStep.h"

#include <QSet>
#include <QString>
#include <QStringList>

// A small hand-built path for the topic tests, hours chosen so every sum below can be checked by hand:
//   lang (40 h needed): python-deep 30 h | java-deep 40 h (pick one: counts 30), oop 10 h
//   db   (23 h): sql-basics 8 (sql), indexes 4 (sql), pg 6 (postgresql), nosql 5 (mongodb + non-relational)
//   ship (17 h): docker 10 (cloud-computing + linux), ci 7 (continuous-integration)
//   whole (12 h, no topics): git
// 92 hours in all; each step needs the one before it.
namespace cg::test {

inline Topic fixtureTopic(const QString& slug, int hours, const QStringList& skills, const QString& oneOf = {})
{
    Topic topic;
    topic.slug = slug;
    topic.title = slug;
    topic.hours = hours;
    topic.skills = skills;
    topic.oneOf = oneOf;
    return topic;
}

inline LearningPath topicFixture()
{
    LearningPath path;
    path.slug = QStringLiteral("fixture");
    path.name = QStringLiteral("Fixture path");
    path.groups = {TopicGroup{QStringLiteral("language"), QStringLiteral("One language"), {}}};

    LearningStep lang;
    lang.slug = QStringLiteral("lang");
    lang.title = QStringLiteral("Language");
    lang.skills = {QStringLiteral("python"), QStringLiteral("java"), QStringLiteral("object-oriented-programming")};
    lang.topics = {
        fixtureTopic(QStringLiteral("python-deep"), 30, {QStringLiteral("python")}, QStringLiteral("language")),
        fixtureTopic(QStringLiteral("java-deep"), 40, {QStringLiteral("java")}, QStringLiteral("language")),
        fixtureTopic(QStringLiteral("oop"), 10, {QStringLiteral("object-oriented-programming")})};
    lang.hours = 40;

    LearningStep db;
    db.slug = QStringLiteral("db");
    db.title = QStringLiteral("Databases");
    db.prerequisites = {lang.slug};
    db.skills = {QStringLiteral("sql"), QStringLiteral("postgresql"), QStringLiteral("mongodb"),
                 QStringLiteral("non-relational-databases")};
    db.topics = {fixtureTopic(QStringLiteral("sql-basics"), 8, {QStringLiteral("sql")}),
                 fixtureTopic(QStringLiteral("indexes"), 4, {QStringLiteral("sql")}),
                 fixtureTopic(QStringLiteral("pg"), 6, {QStringLiteral("postgresql")}),
                 fixtureTopic(QStringLiteral("nosql"), 5,
                              {QStringLiteral("mongodb"), QStringLiteral("non-relational-databases")})};
    db.hours = 23;

    LearningStep ship;
    ship.slug = QStringLiteral("ship");
    ship.title = QStringLiteral("Shipping");
    ship.prerequisites = {db.slug};
    ship.skills = {QStringLiteral("cloud-computing"), QStringLiteral("linux"),
                   QStringLiteral("continuous-integration")};
    ship.topics = {
        fixtureTopic(QStringLiteral("docker"), 10, {QStringLiteral("cloud-computing"), QStringLiteral("linux")}),
        fixtureTopic(QStringLiteral("ci"), 7, {QStringLiteral("continuous-integration")})};
    ship.hours = 17;

    LearningStep whole;
    whole.slug = QStringLiteral("whole");
    whole.title = QStringLiteral("A step without topics");
    whole.prerequisites = {ship.slug};
    whole.skills = {QStringLiteral("git")};
    whole.hours = 12;

    path.steps = {lang, db, ship, whole};
    for (int i = 0; i < path.steps.size(); ++i)
        path.steps[i].position = i + 1;
    return path;
}

inline constexpr int TopicFixtureHours = 92;

inline QSet<QString> setOf(const QString& commaSeparated)
{
    const QStringList items = commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return QSet<QString>(items.cbegin(), items.cend());
}

} // namespace cg::test
