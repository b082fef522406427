#pragma once

#include <QList>
#include <QString>

class QSplitter;

namespace cg {

class Settings;

// Gives the splitter the sizes remembered under key (or defaultSizes, when none are and they are given), and
// remembers its sizes whenever the person moves it. Settings must outlive the splitter.
void keepSplitterState(QSplitter* splitter, Settings& settings, const QString& key,
                       const QList<int>& defaultSizes = {});

} // namespace cg
