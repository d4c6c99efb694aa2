#include "model/Validation.h"

#include "model/TextNormalize.h"

#include <QRegularExpression>

namespace tl {

namespace {
constexpr int kIdWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kIdCheckChars[] = "10X98765432";
constexpr int kUsccWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}
} // namespace

QChar Validators::idNumberCheckChar(const QString &first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * kIdWeights[i];
    return QLatin1Char(kIdCheckChars[sum % 11]);
}

IdNumberInfo Validators::checkIdNumber(const QString &input)
{
    IdNumberInfo info;
    const QString id = normalizeCode(input).toUpper();
    info.normalized = id;
    if (id.isEmpty()) {
        info.error = tr("ID number is empty");
        return info;
    }
    if (id.size() != 18) {
        info.error = tr("ID number must have 18 characters, this one has %1").arg(id.size());
        return info;
    }
    const QString body = id.left(17);
    if (!allDigits(body)) {
        info.error = tr("the first 17 characters of an ID number must be digits");
        return info;
    }
    const QChar last = id.at(17);
    if (!(last.isDigit() || last == QLatin1Char('X'))) {
        info.error = tr("the last character of an ID number must be a digit or X");
        return info;
    }
    // Parsed by hand: this runs for every person and household when the findings are computed.
    auto num = [&](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i)
            v = v * 10 + (id.at(i).unicode() - '0');
        return v;
    };
    const QDate birth(num(6, 4), num(10, 2), num(12, 2));
    if (!birth.isValid()) {
        info.error = tr("the birth date %1 in the ID number is not a real date").arg(id.mid(6, 8));
        return info;
    }
    if (birth.year() < 1900 || birth > QDate::currentDate()) {
        info.error = tr("the birth date %1 in the ID number is out of range").arg(birth.toString(Qt::ISODate));
        return info;
    }
    const QChar expected = idNumberCheckChar(body);
    if (expected != last) {
        info.error = tr("wrong check character: %1 expected, %2 given").arg(expected).arg(last);
        return info;
    }
    info.valid = true;
    info.birthDate = birth;
    info.gender = (id.at(16).unicode() - '0') % 2 == 1 ? Gender::Male : Gender::Female;
    return info;
}

const QString &Validators::creditCodeAlphabet()
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return alphabet;
}

QChar Validators::creditCodeCheckChar(const QString &first17)
{
    if (first17.size() != 17)
        return QChar();
    const QString &alphabet = creditCodeAlphabet();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = alphabet.indexOf(first17.at(i));
        if (v < 0)
            return QChar();
        sum += v * kUsccWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return alphabet.at(check);
}

CreditCodeInfo Validators::checkCreditCode(const QString &input)
{
    CreditCodeInfo info;
    const QString code = normalizeCode(input).toUpper();
    info.normalized = code;
    if (code.isEmpty()) {
        info.error = tr("credit code is empty");
        return info;
    }
    if (code.size() != 18) {
        info.error = tr("a unified social credit code has 18 characters, this one has %1").arg(code.size());
        return info;
    }
    const QString &alphabet = creditCodeAlphabet();
    for (int i = 0; i < 18; ++i) {
        if (!alphabet.contains(code.at(i))) {
            info.error = tr("character %1 (\"%2\") is not allowed in a credit code (I, O, Z, S, V are never used)")
                             .arg(i + 1)
                             .arg(code.at(i));
            return info;
        }
    }
    const QChar expected = creditCodeCheckChar(code.left(17));
    if (expected != code.at(17)) {
        info.error = tr("wrong check character: %1 expected, %2 given").arg(expected).arg(code.at(17));
        return info;
    }
    info.valid = true;
    return info;
}

bool Validators::checkMobile(const QString &input, QString *normalized, QString *error)
{
    QString n = normalizeCode(input);
    n.remove(QLatin1Char('-'));
    if (n.startsWith(QLatin1String("+86")))
        n = n.mid(3);
    if (normalized)
        *normalized = n;
    // ^1[3-9][0-9]{9}$, by hand: every household's phone passes here on an import.
    if (n.size() == 11 && n.at(0) == QLatin1Char('1') && n.at(1) >= QLatin1Char('3') && n.at(1) <= QLatin1Char('9')
        && allDigits(n))
        return true;
    if (error) {
        if (!allDigits(n))
            *error = tr("a mobile number has only digits");
        else if (n.size() != 11)
            *error = tr("a mobile number has 11 digits, this one has %1").arg(n.size());
        else
            *error = tr("a mobile number starts with 13–19");
    }
    return false;
}

bool Validators::checkPhone(const QString &input, QString *normalized, QString *error)
{
    const QString n = normalizeCode(input);
    static const QRegularExpression landline(QStringLiteral("^0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7}(-[0-9]{1,5})?$"));
    if (n.startsWith(QLatin1Char('0')) && landline.match(n).hasMatch()) {
        if (normalized)
            *normalized = n;
        return true;
    }
    if (checkMobile(n, normalized, nullptr))
        return true;
    if (normalized)
        *normalized = n;
    if (error)
        *error = tr("not a mobile number (11 digits) or a landline with area code such as 0539-1234567");
    return false;
}

} // namespace tl
