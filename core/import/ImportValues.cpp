#include "import/ImportValues.h"

#include "model/TextNormalize.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tl {

namespace {

// Excel's 1900 date system: serial 1 is 1900-01-01, and Excel counts a 1900-02-29 that never
// existed, so every serial from 61 on is one day ahead. 1899-12-30 + serial is right from 61.
QDate fromExcelSerial(double serial)
{
    if (!(serial >= 1 && serial < 2958466)) // 9999-12-31; NaN is no date either
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (days < 61)
        return QDate(1899, 12, 31).addDays(days);
    return QDate(1899, 12, 30).addDays(days);
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

bool plausible(const QDate &d)
{
    return d.isValid() && d.year() >= 1900 && d.year() <= 2100;
}

} // namespace

QString ImportValues::text(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Double:
    case QMetaType::Float:
        return numberText(cell.toDouble());
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.toDateTime().date().toString(Qt::ISODate);
    default:
        break;
    }
    QString t = toHalfWidth(cell.toString());
    // Non-breaking spaces come in with text copied from web pages.
    t.replace(QChar(0x00A0), QLatin1Char(' '));
    return t.trimmed();
}

bool ImportValues::isBlank(const QVariant &cell)
{
    return text(cell).isEmpty();
}

std::optional<QDate> ImportValues::date(const QVariant &cell, QString *error, bool allowMonthOnly)
{
    if (cell.typeId() == QMetaType::QDate)
        return cell.toDate();
    if (cell.typeId() == QMetaType::QDateTime)
        return cell.toDateTime().date();
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Float) {
        const double v = cell.toDouble();
        // 20260305 typed into a numeric cell is not a serial (that would be the year 57000+).
        if (v >= 19000101 && v <= 21001231 && v == std::floor(v))
            return date(numberText(v), error, allowMonthOnly);
        const QDate d = fromExcelSerial(v);
        if (plausible(d))
            return d;
        *error = tr("%1 is not a date").arg(numberText(v));
        return std::nullopt;
    }
    const QString t = normalizeCode(text(cell));
    if (t.isEmpty()) {
        *error = tr("no date given");
        return std::nullopt;
    }
    static const QRegularExpression ymd(QStringLiteral(R"(^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    static const QRegularExpression ym(QStringLiteral(R"(^(\d{4})[-/.年](\d{1,2})月?$)"));
    static const QRegularExpression ymCompact(QStringLiteral(R"(^(\d{4})(\d{2})$)"));
    static const QRegularExpression serial(QStringLiteral(R"(^\d{1,5}(\.\d+)?$)"));
    QRegularExpressionMatch m = ymd.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (plausible(d))
            return d;
        *error = tr("%1 is not a real date").arg(t);
        return std::nullopt;
    }
    if (allowMonthOnly) {
        m = ym.match(t);
        if (!m.hasMatch())
            m = ymCompact.match(t);
        if (m.hasMatch()) {
            const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
            if (plausible(d))
                return d;
        }
    }
    if (serial.match(t).hasMatch()) {
        const QDate d = fromExcelSerial(t.toDouble());
        if (plausible(d))
            return d;
    }
    *error = tr("%1 is not a date (write it as 2026-03-05)").arg(t);
    return std::nullopt;
}

std::optional<bool> ImportValues::yesNo(const QVariant &cell, QString *error)
{
    if (cell.typeId() == QMetaType::Bool)
        return cell.toBool();
    const QString t = normalizeCode(text(cell)).toLower();
    static const QStringList yes = {QStringLiteral("是"), QStringLiteral("√"), QStringLiteral("✓"),
                                    QStringLiteral("✔"), QStringLiteral("y"), QStringLiteral("yes"),
                                    QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("有"),
                                    QStringLiteral("对")};
    static const QStringList no = {QString(), QStringLiteral("否"), QStringLiteral("×"), QStringLiteral("x"),
                                   QStringLiteral("✗"), QStringLiteral("n"), QStringLiteral("no"),
                                   QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("无"),
                                   QStringLiteral("不是"), QStringLiteral("/"), QStringLiteral("-")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    *error = tr("%1 is neither yes (是, √) nor no (否)").arg(text(cell));
    return std::nullopt;
}

std::optional<qint64> ImportValues::count(const QVariant &cell, QString *error)
{
    if (isBlank(cell))
        return std::nullopt;
    QString t = normalizeCode(text(cell));
    if (!t.isEmpty() && t.size() <= 12 && std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return t.toLongLong(); // plain digits, as most counts are: no unit or separator to take off
    static const QRegularExpression thousands(QStringLiteral(R"((?<=\d),(?=\d{3}(\D|$)))"));
    t.remove(thousands); // 1,100
    // A unit typed after the number is common: 12人, 35户, 7个.
    static const QRegularExpression unit(QStringLiteral(R"((人|户|个|名|组|颗星|星)$)"));
    t.remove(unit);
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0 || v != std::floor(v) || v > 1e12) {
        *error = tr("%1 is not a whole number").arg(text(cell));
        return std::nullopt;
    }
    return qint64(v);
}

std::optional<qint64> ImportValues::scaled(const QVariant &cell, int decimals, QString *error)
{
    if (isBlank(cell))
        return std::nullopt;
    QString t = normalizeCode(text(cell));
    t.remove(QLatin1Char(','));
    t.remove(QChar(0xFFE5)); // ￥
    t.remove(QChar(0x00A5)); // ¥
    static const QRegularExpression unit(QStringLiteral(R"((万元|元|万)$)"));
    t.remove(unit);
    static const QRegularExpression number(QStringLiteral(R"(^-?\d+(\.\d+)?$)"));
    if (!number.match(t).hasMatch()) {
        *error = tr("%1 is not an amount").arg(text(cell));
        return std::nullopt;
    }
    // Decimal arithmetic on the digits, not floating point, so 0.1 万元 is exactly 1000 元.
    const bool negative = t.startsWith(QLatin1Char('-'));
    if (negative)
        t.remove(0, 1);
    const int dot = t.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? t : t.left(dot);
    QString frac = dot < 0 ? QString() : t.mid(dot + 1);
    if (frac.size() > decimals) {
        // Digits beyond the unit's precision must be zeros (12.345 元 has no 分 for the 5).
        if (frac.mid(decimals).count(QLatin1Char('0')) != frac.size() - decimals) {
            *error = tr("%1 has more than %n decimal(s)", nullptr, decimals).arg(text(cell));
            return std::nullopt;
        }
        frac.truncate(decimals);
    }
    frac = frac.leftJustified(decimals, QLatin1Char('0'));
    if (whole.size() > 13) {
        *error = tr("%1 is too large").arg(text(cell));
        return std::nullopt;
    }
    qint64 v = (whole + frac).toLongLong();
    return negative ? -v : v;
}

std::optional<QString> ImportValues::code(const QVariant &cell, QString *error)
{
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Float) {
        const double v = cell.toDouble();
        // Up to 15 significant digits survive a double; an 18-digit ID number does not.
        if (std::fabs(v) >= 1e15) {
            *error = tr("stored as a number (%1), so its last digits are lost; format the column as text "
                        "and type it again")
                         .arg(QString::number(v, 'E', 5));
            return std::nullopt;
        }
        return numberText(v);
    }
    const QString t = normalizeCode(text(cell));
    static const QRegularExpression scientific(QStringLiteral(R"(^\d(\.\d+)?[eE]\+?\d+$)"));
    if (t.contains(QLatin1Char('e'), Qt::CaseInsensitive) && scientific.match(t).hasMatch()) {
        *error = tr("%1 is in scientific notation, so its last digits are lost; format the column as text "
                    "and type it again")
                     .arg(t);
        return std::nullopt;
    }
    return t;
}

QStringList ImportValues::splitList(const QString &text)
{
    if (text.isEmpty())
        return {};
    static const QRegularExpression separators(QStringLiteral(R"([、，,;；/／\s]+)"));
    QStringList parts = toHalfWidth(text).split(separators, Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    return parts;
}

namespace {

// 1 … 99 written in Chinese numerals (十五, 二十三, 两) or digits; -1 when it is neither.
int groupNumber(const QString &t)
{
    bool ok = false;
    const int n = t.toInt(&ok);
    if (ok)
        return n > 0 && n < 1000 ? n : -1;
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    auto digit = [&](QChar c) { return c == QChar(0x4E24) ? 2 : int(digits.indexOf(c)); }; // 两
    if (t.size() == 1)
        return t.at(0) == QChar(0x5341) ? 10 : (digit(t.at(0)) > 0 ? digit(t.at(0)) : -1); // 十
    const int ten = int(t.indexOf(QChar(0x5341)));
    if (ten < 0 || t.size() > 3)
        return -1;
    const int tens = ten == 0 ? 1 : (ten == 1 ? digit(t.at(0)) : -1);
    const int units = ten == t.size() - 1 ? 0 : (ten == t.size() - 2 ? digit(t.at(t.size() - 1)) : -1);
    if (tens <= 0 || units < 0)
        return -1;
    return tens * 10 + units;
}

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 10)
        return digits.at(n);
    if (n >= 100)
        return QString::number(n);
    QString out;
    if (n >= 20)
        out += digits.at(n / 10);
    out += QChar(0x5341);
    if (n % 10)
        out += digits.at(n % 10);
    return out;
}

} // namespace

QString ImportValues::villagerGroup(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^第?([0-9]+|[零一二两三四五六七八九十]+)(?:村民小组|小组|组)$"));
    const QString t = text.trimmed();
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return text;
    const int n = groupNumber(m.captured(1));
    if (n <= 0)
        return text;
    return QStringLiteral("第%1村民小组").arg(chineseNumber(n));
}

std::optional<double> ImportValues::ratio(const QVariant &cell)
{
    if (isBlank(cell))
        return std::nullopt;
    bool ok = false;
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int || cell.typeId() == QMetaType::LongLong) {
        const double v = cell.toDouble(&ok);
        if (!ok || v < 0)
            return std::nullopt;
        return v > 1.0 ? v / 100.0 : v;
    }
    QString t = toHalfWidth(text(cell));
    t.remove(QLatin1Char(' '));
    if (t.endsWith(QLatin1Char('%'))) {
        const double v = t.chopped(1).toDouble(&ok);
        return ok && v >= 0 ? std::optional<double>(v / 100.0) : std::nullopt;
    }
    if (const int slash = int(t.indexOf(QLatin1Char('/'))); slash > 0) {
        bool okDen = false;
        const double num = t.left(slash).toDouble(&ok);
        const double den = t.mid(slash + 1).toDouble(&okDen);
        return ok && okDen && den > 0 && num >= 0 ? std::optional<double>(num / den) : std::nullopt;
    }
    const double v = t.toDouble(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v > 1.0 ? v / 100.0 : v;
}

} // namespace tl
