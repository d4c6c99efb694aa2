#include "model/TextNormalize.h"

namespace tl {

QString toHalfWidth(const QString &text)
{
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
