#pragma once

#include <QStringView>

namespace cg {

// Which official records belong to the computer-occupations build. The subset tool and the importer share this one
// rule, so the committed subset and an import of the full release with allOccupations=false hold the same rows.
class OfficialScope final
{
public:
    OfficialScope() = delete;

    // An O*NET-SOC code ("15-1252.00"): every computer occupation (15-1xxx), computer and information systems
    // managers (11-3021.xx) and data scientists (15-2051.xx).
    static bool isComputerOccupation(QStringView onetSocCode);

    // A 6-digit SOC code as BLS prints it ("15-1252"): the same occupations plus the rows the app compares them
    // with, the all-occupations total (00-0000) and the computer and mathematical major group (15-0000). The
    // 15-1xxx rule already takes in the computer group rows (15-1200, 15-1210, ...).
    static bool isComputerStatistic(QStringView socCode);
};

} // namespace cg
