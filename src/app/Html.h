#pragma once

#include <QString>
#include <QStringList>

namespace cg::html {

// Small helpers for the rich-text detail views; every piece of content text passes through escape().
QString escape(const QString& text);
QString heading(const QString& text, int level = 2);
QString paragraph(const QString& text);
QString list(const QStringList& escapedItems);
QString muted(const QString& escapedText);

} // namespace cg::html
