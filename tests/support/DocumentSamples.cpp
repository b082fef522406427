#include "DocumentSamples.h"

#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

#include <algorithm>

namespace cg::test {

const QString HostileText =
    QStringLiteral("<img src=x><a href=\"file:///etc/passwd\">open</a> &amp; \"double\" 'single' <b>bold</b>");

namespace {

SourceRef sourceRef(const QString& text)
{
    SourceRef ref;
    ref.sourceId = QStringLiteral("article");
    ref.sourceTitle = text;
    ref.asOf = QStringLiteral("2023-08");
    return ref;
}

template <typename Visit> void eachFragment(const QString& html, Visit visit)
{
    QTextDocument document;
    document.setHtml(html);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            visit(it.fragment());
    }
}

} // namespace

QHash<QString, Source> sampleSources(const QString& text)
{
    QHash<QString, Source> sources;
    const auto add = [&](const QString& id, const QString& title, const QString& asOf) {
        Source source;
        source.id = id;
        source.kind = QStringLiteral("dataset");
        source.title = title;
        source.publisher = text;
        source.asOf = asOf;
        sources.insert(id, source);
    };
    add(QStringLiteral("article"), text, QStringLiteral("2023-08"));
    add(QStringLiteral("onet"), QStringLiteral("O*NET 29.3 Database"), QStringLiteral("2025-05"));
    add(QStringLiteral("oews"), QStringLiteral("OEWS May 2024"), QStringLiteral("2024-05"));
    add(QStringLiteral("ep"), QStringLiteral("Employment Projections 2024-34"), QStringLiteral("2025-08"));
    return sources;
}

Occupation sampleOccupation(const QString& text, const QString& socCode)
{
    Occupation occupation;
    occupation.socCode = socCode;
    occupation.title = text;
    occupation.description = text;
    occupation.rated = true;
    occupation.jobZone = {4, text, text, text, text};
    occupation.sourceId = QStringLiteral("onet");
    occupation.alternateTitles = {text};
    occupation.tasks = {{text, QStringLiteral("Core")}, {text, QStringLiteral("Supplemental")}};
    occupation.ratings = {{QStringLiteral("skill"), QStringLiteral("2.A.1.a"), text, text, QStringLiteral("4.12"),
                           QStringLiteral("4.50"), false, false},
                          {QStringLiteral("knowledge"), QStringLiteral("2.C.3.a"), text, text, QStringLiteral("3.50"),
                           QStringLiteral("3.00"), false, false},
                          {QStringLiteral("skill"), QStringLiteral("2.A.1.b"), text, text, QStringLiteral("2.00"),
                           QStringLiteral("1.00"), true, false}};
    occupation.technologies = {{text, text, true, true}, {text, text, true, false}};
    occupation.related = {{QStringLiteral("15-1251.00"), text, QStringLiteral("Primary-Short"), true},
                          {QStringLiteral("15-1299.08"), text, QStringLiteral("Primary-Long"), false}};
    occupation.education = {{6, text, QStringLiteral("61.5"), false}, {4, text, QStringLiteral("20.1"), true}};

    OccupationWage& wage = occupation.wage;
    wage.occCode = Occupation::blsCode(socCode);
    wage.title = text;
    wage.employment = QStringLiteral("1654440");
    wage.hourlyMean = QStringLiteral("69.50");
    wage.annualMean = QStringLiteral("144570");
    wage.hourlyP10 = QStringLiteral("36.35");
    wage.hourlyP25 = QStringLiteral("48.17");
    wage.hourlyMedian = QStringLiteral("63.59");
    wage.hourlyP75 = QStringLiteral("84.32");
    wage.hourlyP90 = QStringLiteral("#");
    wage.annualP10 = QStringLiteral("75600");
    wage.annualP25 = QStringLiteral("100190");
    wage.annualMedian = QStringLiteral("132270");
    wage.annualP75 = QStringLiteral("175390");
    wage.annualP90 = QStringLiteral("#");
    wage.sourceId = QStringLiteral("oews");

    OccupationProjection& projection = occupation.projection;
    projection.occCode = wage.occCode;
    projection.title = text;
    projection.employment2024 = QStringLiteral("1895.5");
    projection.employment2034 = QStringLiteral("2189.4");
    projection.changeNumber = QStringLiteral("293.9");
    projection.changePercent = QStringLiteral("15.5");
    projection.openings = QStringLiteral("129.2");
    projection.education = text;
    projection.workExperience = text;
    projection.training = text;
    projection.sourceId = QStringLiteral("ep");
    return occupation;
}

RolePageData sampleRole(const QString& text, const QString& slug)
{
    RolePageData data;
    RoleDetail& role = data.role;
    role.summary.slug = slug;
    role.summary.name = text;
    role.summary.category = text;
    role.summary.summary = text;
    role.summary.aliases = {text};
    role.description = text;
    role.duties = {{text, {QStringLiteral("article")}, {text}, {QStringLiteral("python")}}};
    for (const QString& kind :
         {QStringLiteral("typical-day"), QStringLiteral("works-with"), QStringLiteral("education")})
        role.facts.append({kind, text, text, {QStringLiteral("article")}});
    role.skills = {{QStringLiteral("python"), text, QStringLiteral("language"), 5},
                   {QStringLiteral("git"), text, QStringLiteral("version-control"), 3}};
    role.outlooks = {{QStringLiteral("25"), text, QStringLiteral("4"), sourceRef(text), text, true}};
    role.statistics = {{text, QStringLiteral("60"), QStringLiteral("percent"), sourceRef(text), text, false}};
    role.relatedRoles = {{QStringLiteral("frontend-developer"), text}};
    role.occupationCodes = {QStringLiteral("15-1252.00"), QStringLiteral("15-1254.00")};
    role.sourceIds = {QStringLiteral("article")};
    role.learningPathSlug = QStringLiteral("backend");

    SalaryFigure figure;
    figure.roleSlug = slug;
    figure.roleName = text;
    figure.country = QStringLiteral("US");
    figure.currency = QStringLiteral("USD");
    figure.amountMinor = 10536600;
    figure.period = QStringLiteral("year");
    figure.statistic = QStringLiteral("average");
    figure.experience = QStringLiteral("all");
    figure.source = sourceRef(text);
    figure.note = text;
    figure.doubtful = true;
    data.pay = {figure};
    data.occupations = {sampleOccupation(text, QStringLiteral("15-1252.00")),
                        sampleOccupation(text, QStringLiteral("15-1254.00"))};
    data.routes = {{QStringLiteral("degree"), text, QStringLiteral("degree"), text, text, {QStringLiteral("article")}}};
    return data;
}

SkillPageData sampleSkill(const QString& text)
{
    SkillPageData data;
    data.skill.slug = QStringLiteral("python");
    data.skill.name = text;
    data.skill.kind = QStringLiteral("hard");
    data.skill.category = QStringLiteral("language");
    data.skill.description = text;
    data.needs = {{QStringLiteral("backend-developer"), text, 5}};
    data.technologies = {{QStringLiteral("15-1252.00"), text, text, true, true, sourceRef(text)},
                         {QStringLiteral("15-1254.00"), text, text, true, false, sourceRef(text)}};
    data.premiums = {{QStringLiteral("backend-developer"), text, QStringLiteral("12"), sourceRef(text), text, true}};
    data.steps = {{QStringLiteral("backend/python-basics"), text, text}};
    return data;
}

CareerPageSections sampleSections(const QString& text)
{
    OccupationProjection all;
    all.occCode = QStringLiteral("00-0000");
    all.changePercent = QStringLiteral("3.1");
    return CareerPageSections(sampleSources(text), all, QPalette(), QLocale(QLocale::English));
}

QString unsafeMarkup(const QString& html)
{
    QStringList problems;
    const QStringList allowed{QStringLiteral("role:"),  QStringLiteral("skill:"), QStringLiteral("occupation:"),
                              QStringLiteral("step:"),  QStringLiteral("#"),      QStringLiteral("https://"),
                              QStringLiteral("http://")};
    eachFragment(html, [&](const QTextFragment& fragment) {
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat())
            problems.append(QStringLiteral("an image: %1").arg(format.toImageFormat().name()));
        if (format.isAnchor()) {
            const QString href = format.anchorHref();
            const bool ok = href.isEmpty() || std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString& prefix) {
                                return href.startsWith(prefix);
                            });
            if (!ok)
                problems.append(QStringLiteral("a link to %1").arg(href));
        }
    });
    return problems.join(QStringLiteral("; "));
}

QString shownText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QStringList linkTargets(const QString& html)
{
    QStringList targets;
    eachFragment(html, [&](const QTextFragment& fragment) {
        const QString href = fragment.charFormat().anchorHref();
        if (!href.isEmpty() && (targets.isEmpty() || targets.last() != href))
            targets.append(href);
    });
    return targets;
}

} // namespace cg::test
