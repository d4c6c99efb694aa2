#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace tl {

// Reading the values clerks type into spreadsheets. Every parser answers with the value or a
// translated reason that names what was found, so a rejected row tells the clerk what to fix.
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)
public:
    // A cell as text: numbers without a trailing ".0", full-width digits and letters made
    // half-width, ideographic and trailing spaces trimmed.
    static QString text(const QVariant &cell);
    static bool isBlank(const QVariant &cell);

    // 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305, an Excel serial number (a numeric
    // cell or its digits, 1900 date system) or a date cell. 出生年月 may lack the day
    // (1985.03, 1985年3月): the first of the month is taken when allowMonthOnly.
    static std::optional<QDate> date(const QVariant &cell, QString *error, bool allowMonthOnly = false);

    // 是/否, √/×, Y/N, yes/no, true/false, 1/0, 有/无; blank is "no".
    static std::optional<bool> yesNo(const QVariant &cell, QString *error);

    // A whole number ≥ 0 ("12", "12.0", "１２", "12人", "12户"); blank gives std::nullopt
    // without error.
    static std::optional<qint64> count(const QVariant &cell, QString *error);

    // An amount with up to `decimals` decimals ("1,234.5", "１２３４.５０", "¥1234"), scaled to
    // an integer (decimals = 2: 元 → 分). Blank gives std::nullopt without error.
    // A share as written: 80%, 80％, 0.8 (a percentage cell), 4/5, or 80 taken as per cent.
    // nullopt when the cell reads as none.
    static std::optional<double> ratio(const QVariant &cell);
    static std::optional<qint64> scaled(const QVariant &cell, int decimals, QString *error);

    // An ID number or other long code. A numeric cell (or text such as "1.23457E+17") has lost
    // its last digits to floating point and cannot be trusted: rejected with that reason.
    static std::optional<QString> code(const QVariant &cell, QString *error);

    // A 村民小组 as clerks write it — 十五组, 15组, 第十五组, 第15组, 第十五村民小组, 十五小组 — in one
    // form, 第十五村民小组, so the same group is one group. Other text is returned as given.
    static QString villagerGroup(const QString &text);

    // "党支部书记、村委会主任" → {"党支部书记", "村委会主任"}: split on 、，,;；/／ and blanks.
    static QStringList splitList(const QString &text);
};

} // namespace tl
