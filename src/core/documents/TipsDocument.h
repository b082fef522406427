#pragma once

#include "content/Source.h"
#include "content/Tip.h"

#include <QCoreApplication>
#include <QList>

namespace cg {

// Help → Tips: the articles' advice by topic, then the frequently asked questions, each with its sources.
class TipsDocument final
{
    // The texts keep the translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(cg::TipsDialog)

public:
    static QString html(const QList<Tip>& tips, const QList<Faq>& faqs, const QList<Source>& sources);
};

} // namespace cg
