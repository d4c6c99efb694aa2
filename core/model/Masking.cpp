#include "model/Masking.h"

#include "model/TextNormalize.h"

#include <QRegularExpression>

#include <algorithm>

namespace tl::Masking {

namespace {

QString stars(qsizetype n)
{
    return QString(std::max<qsizetype>(n, 0), QLatin1Char('*'));
}

// The digits of a mobile number without country prefix, or "" when `digits` is none.
QString mobileDigits(QString digits)
{
    if (digits.startsWith(QLatin1String("+86")))
        digits.remove(0, 3);
    else if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    return mobile.match(digits).hasMatch() ? digits : QString();
}

// Half-width, without the blanks, dashes, dots and brackets people type into phone numbers.
QString phoneDigits(const QString &text)
{
    QString s = normalizeCode(text);
    s.remove(QRegularExpression(QStringLiteral("[-.()（）]")));
    return s;
}

} // namespace

QString idNumber(const QString &id)
{
    QString s = normalizeCode(id);
    if (s.isEmpty())
        return {};
    const qsizetype n = s.size();
    if (s.back() == QLatin1Char('x'))
        s.back() = QLatin1Char('X');
    if (n == 18)
        return s.left(6) + stars(8) + s.right(4);
    if (n == 15) // old IDs: 6 region, 6 birth date (YYMMDD), 3 sequence
        return s.left(6) + stars(6) + s.right(3);
    if (n < 8)
        return stars(n);
    const qsizetype front = std::min<qsizetype>(6, n / 4);
    const qsizetype back = std::min<qsizetype>(4, n / 4);
    return s.left(front) + stars(n - front - back) + s.right(back);
}

QString phone(const QString &phone)
{
    const QString trimmed = toHalfWidth(phone).trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString mobile = mobileDigits(phoneDigits(trimmed));
    if (!mobile.isEmpty())
        return mobile.left(3) + stars(4) + mobile.right(4);
    if (trimmed.size() <= 4)
        return stars(trimmed.size());
    return stars(trimmed.size() - 4) + trimmed.right(4);
}

QString freeText(const QString &text, const QStringList &keepWhole)
{
    // Digits may be full-width; an ID's check character may be x, X, ｘ or Ｘ. Numbers glued to
    // other digits are not taken apart.
    static const QRegularExpression id(QStringLiteral(
        "(?<![0-9０-９])(?:[0-9０-９]{17}[0-9０-９XxＸｘ]|[0-9０-９]{15})(?![0-9０-９XxＸｘ])"));
    static const QRegularExpression mobile(QStringLiteral(
        "(?<![0-9０-９+＋])(?:(?:[+＋]|００|00)?(?:86|８６)[ -]?)?[1１][3-9３-９](?:[ -]?[0-9０-９]){9}(?![0-9０-９])"));
    QStringList keep;
    for (const QString &k : keepWhole) {
        const QString digits = mobileDigits(phoneDigits(k));
        keep << (digits.isEmpty() ? phoneDigits(k) : digits);
    }

    auto replaceAll = [](const QString &in, const QRegularExpression &re, const auto &mask) {
        QString out;
        qsizetype last = 0;
        auto it = re.globalMatch(in);
        while (it.hasNext()) {
            const auto m = it.next();
            out += in.mid(last, m.capturedStart() - last) + mask(m.captured());
            last = m.capturedEnd();
        }
        return out + in.mid(last);
    };
    const QString ids = replaceAll(text, id, [](const QString &number) { return idNumber(number); });
    return replaceAll(ids, mobile, [&keep](const QString &number) {
        const QString digits = mobileDigits(phoneDigits(number));
        return keep.contains(digits) ? number : phone(number);
    });
}

} // namespace tl::Masking
