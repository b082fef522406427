#pragma once

#include "content/SourceRef.h"

#include <QString>

namespace cg {

// One skill premium exactly as an article states it: "back-end developers who know Linux earn 91% more than those
// who do not". Premiums are read one at a time against peers without that skill; adding or multiplying several of
// them together would claim something no source says.
struct PremiumStatement
{
    QString skillSlug;
    QString skillName;
    QString roleSlug;
    QString roleName;
    QString percent; // decimal string as stated, e.g. "91" or "9.5"
    SourceRef source;
    QString note;
    bool doubtful = false;

    // "+91% vs peers without Linux — GLOMASTCO Ltd., 2022 ⚠ doubtful" (peers: people in the same role)
    QString summary() const;
};

} // namespace cg
