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
    QString sourcePublisher; // who published the source ("Forage"); may be empty
    QString originPublisher; // who published the quoted organisation's figure ("Glassdoor"); may be empty

    // "Glassdoor, via Coursera (2023-08)" — the one-line citation shown next to a figure.
    QString citation() const;
    // "Glassdoor via Forage" — who stands behind a figure, short enough for a table column. Falls back to the titles
    // when publishers are not known.
    QString label() const;
};

} // namespace cg
