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
    // A character test, not a pattern: a report masks the phone of every cadre it lists.
    s.removeIf([](QChar c) {
        return c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
               c == QChar(u'（') || c == QChar(u'）');
    });
    return s;
}

} // namespace

QString idNumber(const QString &id)
{
    // Blanks and dashes people type between the groups (371302-19900101-1234) are not part of it.
    QString s = normalizeCode(id);
    s.remove(QLatin1Char('-'));
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

namespace {

// Half- or full-width digits; the separators people type inside a number: blanks (also the
// ideographic one) and dashes, half- or full-width, and for phones dots too.
#define TL_DIGIT "[0-9\\x{FF10}-\\x{FF19}]"
#define TL_ID_SEP "[ \\x{3000}\\-\\x{FF0D}]"
#define TL_PHONE_SEP "[ \\x{3000}\\-\\x{FF0D}.\\x{FF0E}]"

qsizetype digitCount(const QString &text)
{
    qsizetype n = 0;
    for (QChar c : text)
        if ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19))
            ++n;
    return n;
}

} // namespace

QString freeText(const QString &text, const QStringList &keepWhole)
{
    // Nothing below 11 digits can be an ID or a mobile number: most cells and lines stop here.
    if (digitCount(text) < 11)
        return text;
    // An ID number: 18 digits (the last may be the check character x/X/ｘ/Ｘ) or an old 15-digit
    // one, digits half- or full-width, with at most one blank or dash where people group them
    // (18: 6-8-4 or 6-4-4-4; 15: 6-6-3). A run of digits longer than that (a bank card number,
    // 19 digits) is left alone: it is not taken apart into an ID and a rest, and bank accounts
    // are not personal data this program masks. What follows a blank or a dash is not looked at,
    // so "371302199001011234 5人" is still masked.
    static const QRegularExpression id(QStringLiteral(
        "(?<!" TL_DIGIT ")(?:"
        TL_DIGIT "{6}" TL_ID_SEP "?" TL_DIGIT "{4}" TL_ID_SEP "?" TL_DIGIT "{4}" TL_ID_SEP "?" TL_DIGIT "{3}"
        "[0-9\\x{FF10}-\\x{FF19}Xx\\x{FF38}\\x{FF58}]"
        "|" TL_DIGIT "{6}" TL_ID_SEP "?" TL_DIGIT "{6}" TL_ID_SEP "?" TL_DIGIT "{3}"
        ")(?![0-9\\x{FF10}-\\x{FF19}Xx\\x{FF38}\\x{FF58}])"));
    // A mobile number: 1[3-9] and 9 more digits, blanks, dashes or dots between them, after an
    // optional +86, 0086 or 86. Not glued to other digits, not the whole part of an amount
    // (13800138000.00).
    static const QRegularExpression mobile(QStringLiteral(
        "(?<!" TL_DIGIT ")(?<![+\\x{FF0B}])(?:(?:[+\\x{FF0B}]|00|\\x{FF10}\\x{FF10})?(?:86|\\x{FF18}\\x{FF16})" TL_PHONE_SEP "?)?"
        "[1\\x{FF11}][3-9\\x{FF13}-\\x{FF19}](?:" TL_PHONE_SEP "?" TL_DIGIT "){9}"
        "(?!" TL_DIGIT ")(?![.\\x{FF0E}]" TL_DIGIT ")"));
    Q_ASSERT(id.isValid() && mobile.isValid());
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
