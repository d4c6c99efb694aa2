#include "model/TextNormalize.h"

#include <algorithm>

namespace tl {

namespace {

bool isFullWidth(char16_t u)
{
    return u == 0x3000 || (u >= 0xFF01 && u <= 0xFF5E);
}

} // namespace

QString toHalfWidth(const QString &text)
{
    // Most text has nothing to change: it is handed back shared, not copied (every cell of an
    // import passes here).
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isFullWidth(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else
            out.append(c);
    }
    return out;
}

QString normalizeCode(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isFullWidth(c.unicode()) || c.isSpace(); }))
        return text;
    QString half = toHalfWidth(text);
    QString out;
    out.reserve(half.size());
    for (QChar c : half) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace tl
