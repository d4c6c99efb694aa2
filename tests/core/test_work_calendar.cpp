// Working days as the township counts them: the State Council's holidays and 调休 weekends.
#include "matters/Deliberation.h"
#include "matters/WorkCalendar.h"
#include "storage/Ledger.h"
#include "storage/Settings.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using tl::Deliberation;
using tl::DeliberationSettings;
using tl::WorkCalendar;

namespace {
DeliberationSettings workingDays(int days)
{
    DeliberationSettings s;
    s.workingDays = true;
    s.minDisclosureDays = days;
    return s;
}
} // namespace

TEST_CASE("work calendar: the shipped 2025 and 2026 schedules", "[calendar]")
{
    const auto cal = WorkCalendar::of(QString());
    REQUIRE(cal);
    CHECK(cal->covers(2025));
    CHECK(cal->covers(2026));
    CHECK_FALSE(cal->covers(2027)); // not published when the file was written: weekends only
    CHECK_FALSE(cal->isWorkingDay(QDate(2025, 10, 1)));
    CHECK_FALSE(cal->isWorkingDay(QDate(2025, 10, 8))); // 中秋 joined to 国庆 in 2025
    CHECK(cal->isWorkingDay(QDate(2025, 9, 28)));       // Sunday worked
    CHECK(cal->isWorkingDay(QDate(2025, 10, 11)));      // Saturday worked
    CHECK_FALSE(cal->isWorkingDay(QDate(2026, 2, 16))); // 春节 2026, a Monday
    CHECK(cal->isWorkingDay(QDate(2026, 2, 28)));       // Saturday worked
    CHECK_FALSE(cal->isWorkingDay(QDate(2026, 9, 25))); // 中秋 2026, a Friday
    CHECK(cal->isWorkingDay(QDate(2027, 10, 1)));       // a Friday of a year not recorded
    CHECK_FALSE(cal->isWorkingDay(QDate(2027, 10, 2)));
}

TEST_CASE("work calendar: a five-working-day disclosure over 国庆 2025", "[calendar]")
{
    // Posted Monday 29 September 2025: 29 and 30 September, then eight days off, then 9, 10 and the
    // Saturday 11 October worked in exchange.
    const DeliberationSettings s = workingDays(5);
    CHECK(Deliberation::shortestDisclosureEnd(QDate(2025, 9, 29), s) == QDate(2025, 10, 11));
    CHECK(Deliberation::disclosureDays(QDate(2025, 9, 29), QDate(2025, 10, 10), s) == 4);
    CHECK(Deliberation::disclosureDays(QDate(2025, 9, 29), QDate(2025, 10, 11), s) == 5);
    // Calendar days are not affected.
    DeliberationSettings calendarDays = s;
    calendarDays.workingDays = false;
    CHECK(Deliberation::shortestDisclosureEnd(QDate(2025, 9, 29), calendarDays) == QDate(2025, 10, 3));
    // 国庆 2026: seven days off, Saturday 10 October worked.
    CHECK(Deliberation::shortestDisclosureEnd(QDate(2026, 9, 28), s) == QDate(2026, 10, 9));
    // 春节 2026 over nine days: posted Friday 13 February.
    CHECK(Deliberation::disclosureDays(QDate(2026, 2, 13), QDate(2026, 2, 24), s) == 3); // 13, 14 (Sat worked), 24
}

TEST_CASE("work calendar: a ledger's own calendar, checked line by line", "[calendar]")
{
    QString error;
    CHECK_FALSE(WorkCalendar::parse(QStringLiteral("2027-02-06..2027-02-13 休 春节\n2027-02-30 班 调休\n"), &error));
    CHECK(error.contains(QStringLiteral("2")));
    CHECK(error.contains(QStringLiteral("2027-02-30")));
    CHECK_FALSE(WorkCalendar::parse(QStringLiteral("2027-02-06 放假"), &error));
    CHECK_FALSE(WorkCalendar::parse(QStringLiteral("2027-02-13..2027-02-06 休"), &error));

    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("c.ledger")));
    tl::SettingsStore store(*ledger);
    DeliberationSettings s = store.deliberation();
    CHECK(s.holidays.isEmpty()); // the shipped calendar
    s.workingDays = true;
    s.holidays = QStringLiteral("# 2027年（示例）\n2027-10-01..2027-10-07 休 国庆节\n2027-10-09 班 调休\n");
    REQUIRE(store.setDeliberation(s, &error));
    const DeliberationSettings back = store.deliberation();
    CHECK(back.holidays == s.holidays);
    CHECK(Deliberation::shortestDisclosureEnd(QDate(2027, 9, 29), workingDays(5)) == QDate(2027, 10, 5)); // shipped: no 2027
    DeliberationSettings own = back;
    own.minDisclosureDays = 5;
    CHECK(Deliberation::shortestDisclosureEnd(QDate(2027, 9, 29), own) == QDate(2027, 10, 11));
    // A calendar that does not parse is refused with the line.
    s.holidays = QStringLiteral("2027-10-01 休\nnonsense\n");
    CHECK_FALSE(store.setDeliberation(s, &error));
    CHECK(error.contains(QStringLiteral("2")));
}
