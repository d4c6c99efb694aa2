#pragma once

// Working days as a township office counts them: Monday to Friday, minus the statutory holidays,
// plus the 调休 weekends worked instead. The State Council publishes each year's schedule in
// advance; the program ships 2025 and 2026 (resources/calendar/holidays-cn.txt) and a ledger may
// keep its own edited copy. A year with no line counts Monday to Friday.

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>

#include <memory>

namespace tl {

class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)
public:
    // The calendar shipped with the program.
    static QString shippedText();
    // Parses lines "2025-10-01..2025-10-08 休 国庆节" / "2025-09-28 班 调休"; '#' starts a comment.
    // On a bad line: nullptr and a translated reason naming the line.
    static std::shared_ptr<const WorkCalendar> parse(const QString &text, QString *error);
    // The calendar of a text (empty: the shipped one), parsed once; a text that does not parse
    // counts Monday to Friday.
    static std::shared_ptr<const WorkCalendar> of(const QString &text);

    bool isWorkingDay(const QDate &d) const;
    bool covers(int year) const { return m_years.contains(year); }
    // Working days from `from` to `to`, both included.
    int workingDays(const QDate &from, const QDate &to) const;
    // The day on which a period starting on `from` reaches `count` working days.
    QDate lastOfWorkingDays(const QDate &from, int count) const;

private:
    QSet<QDate> m_off;
    QSet<QDate> m_worked;
    QSet<int> m_years;
};

} // namespace tl
