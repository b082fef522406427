#pragma once

#include <QString>

namespace cg {

// Text a person typed (a plan's name, a note), made safe to show where Qt would guess at rich text, and short
// enough to show at once. A tooltip is rendered as HTML whenever Qt::mightBeRichText() says so, so user text is
// escaped and wrapped as rich text on purpose: it then shows literally, whatever markup it holds.
class PlainText final
{
public:
    // Longest part of a text a tooltip shows; the rest is cut at a line or word and marked with an ellipsis.
    static constexpr int MaxToolTipLength = 1000;
    // Longest part of a note a table cell shows.
    static constexpr int MaxCellLength = 200;

    // The text as a tooltip that shows it literally, line breaks kept; at most MaxToolTipLength of it. Text that
    // Qt could take for markup is escaped and wrapped as rich text; any other text is returned as it is.
    static QString toolTip(const QString& text);
    // The first line of a text, at most maxLength characters, with an ellipsis when the line was cut. Reads
    // only what it shows, so a huge text costs no more than a short one.
    static QString firstLine(const QString& text, int maxLength = MaxCellLength);
    // At most maxLength characters of the text, with an ellipsis when it was longer.
    static QString truncated(const QString& text, int maxLength);
};

} // namespace cg
