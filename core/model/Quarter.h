#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tl {

// A calendar quarter, written 2026Q3 in reports and on the command line.
struct Quarter
{
    int year = 0;
    int number = 0; // 1–4

    static std::optional<Quarter> parse(const QString &text); // 2026Q3, 2026q3, 2026-Q3
    static Quarter containing(const QDate &d) { return Quarter{d.year(), (d.month() - 1) / 3 + 1}; }
    QDate first() const { return QDate(year, (number - 1) * 3 + 1, 1); }
    QDate last() const { return first().addMonths(3).addDays(-1); }
    QString code() const { return QStringLiteral("%1Q%2").arg(year).arg(number); }
    bool contains(const QDate &d) const { return d.isValid() && d >= first() && d <= last(); }
};

inline std::optional<Quarter> Quarter::parse(const QString &text)
{
    QString t = text.trimmed().toUpper();
    t.remove(QLatin1Char('-'));
    if (t.size() != 6 || t.at(4) != QLatin1Char('Q'))
        return std::nullopt;
    bool ok = false;
    const int y = t.left(4).toInt(&ok);
    if (!ok || y < 1990 || y > 2100)
        return std::nullopt;
    const int q = t.mid(5).toInt(&ok);
    if (!ok || q < 1 || q > 4)
        return std::nullopt;
    return Quarter{y, q};
}

} // namespace tl
