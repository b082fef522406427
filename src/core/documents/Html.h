#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

class QPalette;

namespace cg::html {

// The one helper set every page, dialog and printout builds its HTML with. Every piece of text from the content or
// the user passes through escape() (or a helper that escapes) before it becomes part of a page; helpers whose
// argument is already HTML say so in its name.

QString escape(const QString& text);
// Escaped, with each line break kept as <br/> (chart labels, multi-line notes).
QString escapeLines(const QString& text);

QString heading(const QString& text, int level = 2);
// A heading a page's "On this page" links and scrollToAnchor() can jump to.
QString section(const QString& anchor, const QString& title, int level = 2);
QString paragraph(const QString& text);
QString bold(const QString& text);
// <ul> of items already in HTML; empty when there are none.
QString list(const QStringList& escapedItems);
// Secondary text: sources, dates, notes. Small and italic in any view; where the view uses styleSheet(), small,
// upright and in the muted colour instead.
QString muted(const QString& escapedText);
// A link to scheme:ref inside the app (role:, skill:, occupation:, step:); ref and text are escaped.
QString link(const QString& scheme, const QString& ref, const QString& text);
// A link to an http(s) address, shown as the address itself; any other address is shown as plain text.
QString webLink(const QString& url);

// A colour a share of the way from one colour to another, e.g. muted text between text and background.
QColor blend(const QColor& from, const QColor& to, double share);
QColor mutedColour(const QPalette& palette);
// The rules muted() and the doubtful-figure flag rely on, in the palette's colours.
QString styleSheet(const QPalette& palette);

} // namespace cg::html
