#pragma once

#include "content/Source.h"

#include <QCoreApplication>
#include <QList>

namespace cg {

// Help → Sources: every source by kind, with who published it, when, what it contributed, how to cite it, its
// licence and its address.
class SourcesDocument final
{
    // The texts keep the translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(cg::SourcesDialog)

public:
    static QString html(const QList<Source>& sources);
};

} // namespace cg
