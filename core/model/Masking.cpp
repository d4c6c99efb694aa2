#include "model/Masking.h"

namespace tl {

QString maskIdNumber(const QString &id)
{
    const QString s = id.trimmed();
    if (s.isEmpty())
        return {};
    if (s.size() < 10)
        return QString(s.size(), QLatin1Char('*'));
    return s.left(6) + QString(s.size() - 10, QLatin1Char('*')) + s.right(4);
}

QString maskPhone(const QString &phone)
{
    const QString s = phone.trimmed();
    if (s.isEmpty())
        return {};
    if (s.size() == 11 && s.startsWith(QLatin1Char('1')))
        return s.left(3) + QStringLiteral("****") + s.right(4);
    if (s.size() <= 4)
        return QString(s.size(), QLatin1Char('*'));
    // Landlines and anything else: keep the last four digits only.
    return QString(s.size() - 4, QLatin1Char('*')) + s.right(4);
}

} // namespace tl
