#pragma once

#include "salary/SalaryEntry.h"

#include <QCoreApplication>
#include <QString>

namespace cg {

// The Salaries tab's detail pane for one figure: the amount as stated, for official wages the occupation and its
// percentiles, the source with its as-of date, the conversion into the display currency and the figure's note.
class SalaryEntryDocument final
{
    // The texts keep the translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(cg::SalariesTab)

public:
    // conversionNote: the conversion the comparison would make, in plain text; empty for none.
    static QString html(const SalaryEntry& entry, const QString& conversionNote);
};

} // namespace cg
