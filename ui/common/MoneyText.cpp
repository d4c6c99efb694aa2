#include "common/MoneyText.h"

#include "model/TextNormalize.h"

#include <QRegularExpression>

namespace tl::ui {

namespace {
// The upper bound core accepts (MatterRepository::validate): 10 billion 元.
constexpr qint64 kMaxFen = 10'000'000'000LL * 100;
} // namespace

QString MoneyText::formatYuan(qint64 fen, bool grouping)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? quint64(-(fen + 1)) + 1 : quint64(fen);
    QString whole = QString::number(abs / 100);
    if (grouping)
        for (int i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, QLatin1Char(','));
    const QString cents = QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char('.') + cents;
}

std::optional<qint64> MoneyText::parseYuan(const QString &input, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString s = toHalfWidth(input);
    s.remove(QRegularExpression(QStringLiteral("[\\s,]")));
    s.replace(QChar(0x3002), QLatin1Char('.')); // 。 typed in Chinese punctuation mode
    s.remove(QChar(0x00A5)); // ¥
    s.remove(QChar(0xFFE5)); // ￥ (full width, outside the block toHalfWidth maps)
    if (s.endsWith(QChar(0x5143))) // 元
        s.chop(1);
    // 万元: four more places, so up to six decimals of 万 are still whole 分.
    int scaleDigits = 2;
    if (s.endsWith(QChar(0x4E07))) { // 万
        s.chop(1);
        scaleDigits = 6;
    }
    if (s.isEmpty())
        return scaleDigits == 2 ? std::optional<qint64>(0) : fail(tr("Amount: a number is missing"));
    if (s.startsWith(QLatin1Char('-')))
        return fail(tr("Amount: cannot be negative"));
    static const QRegularExpression number(QStringLiteral("^(\\d*)(?:\\.(\\d*))?$"));
    const QRegularExpressionMatch m = number.match(s);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return fail(tr("Amount: type a number of yuan, e.g. 860000.00"));
    QString whole = m.captured(1);
    QString fraction = m.captured(2);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    if (fraction.size() > scaleDigits)
        return fail(scaleDigits == 2 ? tr("Amount: at most two decimals (fen)")
                                     : tr("Amount: at most six decimals of 10k yuan"));
    if (whole.size() > 12) // keeps the product below 2^63 before the range check
        return fail(tr("Amount: must be between 0 and 10 billion yuan"));
    fraction = fraction.leftJustified(scaleDigits, QLatin1Char('0'));
    qint64 scale = 1;
    for (int i = 0; i < scaleDigits; ++i)
        scale *= 10;
    const qint64 fen = (whole.isEmpty() ? 0 : whole.toLongLong()) * scale + fraction.toLongLong();
    if (fen > kMaxFen)
        return fail(tr("Amount: must be between 0 and 10 billion yuan"));
    return fen;
}

} // namespace tl::ui
