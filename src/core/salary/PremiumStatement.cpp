#include "PremiumStatement.h"

#include <QCoreApplication>

namespace cg {

QString PremiumStatement::summary() const
{
    const QString sign = percent.startsWith(u'-') ? QString() : QStringLiteral("+");
    //: %1 signed percent as stated, %2 skill, %3 who says so, %4 the as-of date. Peers: people in the same role.
    QString text = QCoreApplication::translate("cg::PremiumStatement", "%1% vs peers without %2 — %3, %4")
                       .arg(sign + percent, skillName, source.label(), source.asOf);
    if (doubtful)
        text += QCoreApplication::translate("cg::PremiumStatement", " ⚠ doubtful");
    return text;
}

} // namespace cg
