#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tl::ui {

// Amounts are kept as integer 分 and shown as 元 with two decimals. Conversions go through the
// digits of the text, never through a double, so 0.1 + 0.2 stays 0.30 and 86万 stays 860,000.00.
class MoneyText
{
    Q_DECLARE_TR_FUNCTIONS(MoneyText)
public:
    // 86000000 → "860,000.00" (grouping for tables) or "860000.00" (for an edit field).
    static QString formatYuan(qint64 fen, bool grouping = true);

    // Parses what a clerk types: "860000", "860,000.00", "¥860000", "860000元", full-width digits,
    // or 万元 ("86万", "86.5万元"). Empty text is 0. Returns std::nullopt with a translated *error for
    // anything else (negative amounts, more than two decimals of 元, more than 10 billion 元).
    static std::optional<qint64> parseYuan(const QString &text, QString *error = nullptr);
};
} // namespace tl::ui
