#include "OfficialFormat.h"

namespace cg {

namespace {
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool hasShape(QStringView text, QStringView pattern)
{
    // pattern: '9' stands for a digit, anything else must match literally.
    if (text.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (pattern.at(i) == u'9' ? !isDigit(text.at(i)) : text.at(i) != pattern.at(i))
            return false;
    }
    return true;
}
} // namespace

bool OfficialFormat::isOnetSocCode(QStringView text)
{
    return hasShape(text, u"99-9999.99");
}

bool OfficialFormat::isSocCode(QStringView text)
{
    return hasShape(text, u"99-9999");
}

bool OfficialFormat::isCount(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

bool OfficialFormat::isDecimal(QStringView text)
{
    if (text.startsWith(u'-'))
        text = text.mid(1);
    const qsizetype point = text.indexOf(u'.');
    if (point < 0)
        return isCount(text);
    return isCount(text.left(point)) && isCount(text.mid(point + 1));
}

bool OfficialFormat::isElementId(QStringView text)
{
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.') || text.contains(u".."))
        return false;
    for (QChar c : text) {
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (!letter && !isDigit(c) && c != u'.')
            return false;
    }
    return true;
}

bool OfficialFormat::isYesNo(QStringView text)
{
    return text == u"Y" || text == u"N";
}

} // namespace cg
