#include "FieldLimits.h"

#include <QLocale>

namespace cg {

QString FieldLimits::check(const QString& field, QStringView text, Kind kind)
{
    const qsizetype limit = maxLength(kind);
    if (text.size() <= limit)
        return {};
    const QString what = kind == Kind::Name  ? QStringLiteral("a name")
                         : kind == Kind::Url ? QStringLiteral("a URL")
                                             : QStringLiteral("a paragraph");
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions); // 20,000: the C locale leaves out the separator by default
    return QStringLiteral("%1 is %2 characters long; the limit for %3 is %4")
        .arg(field, c.toString(text.size()), what, c.toString(limit));
}

} // namespace cg
