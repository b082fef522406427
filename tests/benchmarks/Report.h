#pragma once

#include "Measure.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cg::bench {

// Everything one benchmark run found: the measures in the order they were taken and notes on how (load, scale, what
// could not be measured). Renders the human table and the machine-readable lines.
class Report final
{
public:
    void add(const Measure& measure) { m_measures.append(measure); }
    void addNote(const QString& note) { m_notes.append(note); }

    const QList<Measure>& measures() const { return m_measures; }
    const QStringList& notes() const { return m_notes; }
    int missedCount() const;
    // Groups the measures by their first name part in this order (others last), keeping the order within a group.
    void sortBySection(const QStringList& sections);

    QString table() const;
    QString lines() const;
    // The table and notes as '#' comments, then one line per measure: `grep -v '^#'` leaves the lines.
    bool write(const QString& path, QString* error) const;

private:
    QList<Measure> m_measures;
    QStringList m_notes;
};

} // namespace cg::bench
