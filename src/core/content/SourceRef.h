#pragma once

#include <QString>

namespace cg {

// Where a figure or a sentence comes from: the source it was read in and, when that source quotes an organisation,
// the organisation too, with the date the figure describes.
struct SourceRef
{
    QString sourceId;
    QString sourceTitle;
    QString originId;
    QString originTitle;
    QString asOf;

    // "Glassdoor, via Coursera (2023-08)" — the one-line citation shown next to a figure.
    QString citation() const;
};

} // namespace cg
