#include "Report.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace cg::bench {

int Report::missedCount() const
{
    int missed = 0;
    for (const Measure& measure : m_measures)
        missed += measure.met() ? 0 : 1;
    return missed;
}

void Report::sortBySection(const QStringList& sections)
{
    const auto rank = [&sections](const Measure& measure) {
        const qsizetype index = sections.indexOf(measure.name.section(u'.', 0, 0));
        return index < 0 ? sections.size() : index;
    };
    std::stable_sort(m_measures.begin(), m_measures.end(),
                     [&rank](const Measure& a, const Measure& b) { return rank(a) < rank(b); });
}

QString Report::table() const
{
    const QStringList header{QStringLiteral("measure"), QStringLiteral("value"), QStringLiteral("budget"),
                             QStringLiteral("status"), QStringLiteral("what")};
    QList<QStringList> rows;
    for (const Measure& measure : m_measures) {
        const QString status = !measure.hasLimit() ? QString()
                               : measure.met()     ? QStringLiteral("ok")
                                                   : QStringLiteral("MISSED");
        const QString budget = measure.hasLimit() ? measure.limitText().mid(2) + u' ' + measure.unit : QString();
        rows.append({measure.name, measure.valueText() + u' ' + measure.unit, budget, status, measure.description});
    }
    QList<qsizetype> widths;
    for (const QString& cell : header)
        widths.append(cell.size());
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    const auto render = [&widths](const QStringList& row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            // Numbers read best right-aligned; the last column is free text and is not padded.
            if (i == 1 || i == 2)
                line += row.at(i).rightJustified(widths.at(i));
            else if (i + 1 < row.size())
                line += row.at(i).leftJustified(widths.at(i));
            else
                line += row.at(i);
            if (i + 1 < row.size())
                line += QStringLiteral("  ");
        }
        return line.trimmed() + u'\n';
    };
    QString text = render(header);
    QString rule;
    for (qsizetype i = 0; i < header.size(); ++i)
        rule += QString(i + 1 < header.size() ? widths.at(i) : header.at(i).size(), u'-') + QStringLiteral("  ");
    text += rule.trimmed() + u'\n';
    QString section;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString first = m_measures.at(i).name.section(u'.', 0, 0);
        if (!section.isEmpty() && first != section)
            text += u'\n';
        section = first;
        text += render(rows.at(i));
    }
    const int missed = missedCount();
    text += missed == 0 ? QStringLiteral("\nEvery budget holds.\n")
                        : QStringLiteral("\n%1 budget(s) MISSED.\n").arg(missed);
    return text;
}

QString Report::lines() const
{
    QString text;
    for (const Measure& measure : m_measures)
        text += measure.line() + u'\n';
    return text;
}

bool Report::write(const QString& path, QString* error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    QString text;
    for (const QString& note : m_notes)
        text += QStringLiteral("# ") + note + u'\n';
    text += QStringLiteral("#\n");
    for (const QString& line : table().split(u'\n'))
        text += (QStringLiteral("# ") + line).trimmed() + u'\n';
    text += QStringLiteral("# name value unit target\n");
    text += lines();
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace cg::bench
