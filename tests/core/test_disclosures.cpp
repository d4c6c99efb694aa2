// 三务公开: the schedule of what is due, disclosures with finance items, templates and masking.
#include "disclosures/Disclosures.h"
#include "findings/Findings.h"
#include "disclosures/Notices.h"
#include "storage/Settings.h"
#include "storage/SqlUtil.h"
#include "TestSupport.h"
#include "model/VillageRepository.h"

#include <catch2/catch.hpp>

using namespace tl;

TEST_CASE("periods: months and quarters across year boundaries and leap years", "[disclosures]")
{
    auto months = DisclosureSchedule::periods(DisclosureKind::Finance, QDate(2023, 12, 1), QDate(2024, 3, 31));
    REQUIRE(months.size() == 4);
    CHECK(months[0].first == QDate(2023, 12, 1));
    CHECK(months[0].second == QDate(2023, 12, 31));
    CHECK(months[2].second == QDate(2024, 2, 29)); // leap year
    auto quarters = DisclosureSchedule::periods(DisclosureKind::Affairs, QDate(2025, 11, 15), QDate(2026, 7, 1));
    REQUIRE(quarters.size() == 3); // 2025Q4, 2026Q1 and 2026Q2 (ends 06-30) end inside the window
    CHECK(quarters[0].first == QDate(2025, 10, 1));
    CHECK(quarters[0].second == QDate(2025, 12, 31));
    CHECK(quarters[1].second == QDate(2026, 3, 31));
    // A window ending on a quarter's last day includes it.
    CHECK(DisclosureSchedule::periods(DisclosureKind::Party, QDate(2026, 1, 1), QDate(2026, 6, 30)).size() == 2);
    CHECK(DisclosureSchedule::dueDate(DisclosureKind::Finance, QDate(2024, 2, 29), DisclosureSettings{}) ==
          QDate(2024, 3, 10));
    CHECK(DisclosureSchedule::dueDate(DisclosureKind::Affairs, QDate(2025, 12, 31), DisclosureSettings{}) ==
          QDate(2026, 1, 15));
}

namespace {
struct Fixture
{
    test::TempDir tmp;
    std::unique_ptr<Ledger> ledger = test::newLedger(tmp.file(QStringLiteral("d.ledger")));
    qint64 village = 0;
    DisclosureRepository repo{*ledger};

    Fixture()
    {
        Village v;
        v.name = QStringLiteral("公开村");
        v.supervisionPhone = QStringLiteral("13905391234");
        village = VillageRepository(*ledger).insert(v).id;
        REQUIRE(village > 0);
    }

    Saved post(DisclosureKind kind, const QDate &start, const QDate &end, const QDate &posted)
    {
        Disclosure d;
        d.villageId = village;
        d.kind = kind;
        d.periodStart = start;
        d.periodEnd = end;
        d.title = QStringLiteral("公开");
        d.postedOn = posted;
        d.endsOn = posted.addDays(29);
        d.channels = {QStringLiteral("公开栏")};
        return repo.insert(d);
    }

    QMap<QString, DueItem::State> states(const QDate &from, const QDate &to, const QDate &asOf)
    {
        QMap<QString, DueItem::State> out;
        for (const DueItem &i : DisclosureSchedule::items(*ledger, from, to, asOf))
            out.insert(DisclosureText::kindCode(i.kind) + QLatin1Char(' ') + i.periodStart.toString(Qt::ISODate), i.state);
        return out;
    }
};
} // namespace

TEST_CASE("the schedule: done, done late, due, overdue", "[disclosures]")
{
    Fixture f;
    REQUIRE(f.post(DisclosureKind::Finance, QDate(2026, 1, 1), QDate(2026, 1, 31), QDate(2026, 2, 5)).ok());  // on time
    REQUIRE(f.post(DisclosureKind::Finance, QDate(2026, 2, 1), QDate(2026, 2, 28), QDate(2026, 3, 20)).ok()); // late
    const auto s = f.states(QDate(2026, 1, 1), QDate(2026, 3, 31), QDate(2026, 4, 5));
    CHECK(s.value(QStringLiteral("finance 2026-01-01")) == DueItem::State::Done);
    CHECK(s.value(QStringLiteral("finance 2026-02-01")) == DueItem::State::DoneLate);
    CHECK(s.value(QStringLiteral("finance 2026-03-01")) == DueItem::State::Due); // due 04-10
    CHECK(s.value(QStringLiteral("affairs 2026-01-01")) == DueItem::State::Due); // due 04-15
    const auto later = f.states(QDate(2026, 1, 1), QDate(2026, 3, 31), QDate(2026, 4, 16));
    CHECK(later.value(QStringLiteral("finance 2026-03-01")) == DueItem::State::Overdue);
    CHECK(later.value(QStringLiteral("party 2026-01-01")) == DueItem::State::Overdue);
    // A period that has not ended is not due yet.
    CHECK_FALSE(f.states(QDate(2026, 1, 1), QDate(2026, 6, 30), QDate(2026, 5, 20))
                    .contains(QStringLiteral("affairs 2026-04-01")));
}

TEST_CASE("a village added mid-quarter owes the periods that end after it came", "[disclosures]")
{
    Fixture f;
    Village v = *VillageRepository(*f.ledger).get(f.village);
    v.since = QDate(2026, 2, 15);
    REQUIRE(VillageRepository(*f.ledger).update(v).ok());
    const auto s = f.states(QDate(2026, 1, 1), QDate(2026, 3, 31), QDate(2026, 6, 1));
    CHECK_FALSE(s.contains(QStringLiteral("finance 2026-01-01"))); // January ended before it came
    CHECK(s.contains(QStringLiteral("finance 2026-02-01")));
    CHECK(s.contains(QStringLiteral("affairs 2026-01-01"))); // the quarter ends after
}

TEST_CASE("overdue disclosures are findings", "[disclosures][findings]")
{
    Fixture f;
    int overdue = 0;
    for (const Finding &x : FindingEngine::run(*f.ledger, QDate(2026, 4, 20)))
        overdue += x.rule == QLatin1String("disclosure.overdue") ? 1 : 0;
    CHECK(overdue > 0);
}

TEST_CASE("finance disclosures keep their items; templates by accounting system", "[disclosures]")
{
    Fixture f;
    Disclosure d;
    d.villageId = f.village;
    d.kind = DisclosureKind::Finance;
    d.periodStart = QDate(2026, 3, 1);
    d.periodEnd = QDate(2026, 3, 31);
    d.title = QStringLiteral("3月财务公开");
    d.items << FinanceItem{0, QDate(2026, 3, 3), true, QStringLiteral("发包收入"), QStringLiteral("鱼塘承包费"), 1'250'050, {}}
            << FinanceItem{0, QDate(2026, 3, 9), false, QStringLiteral("公益支出"), QStringLiteral("路灯维修"), 38'000, {}};
    const Saved s = f.repo.insert(d);
    REQUIRE(s.ok());
    const auto back = f.repo.get(s.id);
    REQUIRE(back);
    REQUIRE(back->items.size() == 2);
    CHECK(back->incomeFen() == 1'250'050);
    CHECK(back->expenseFen() == 38'000);
    CHECK(DisclosureText::incomeCategories(QDate(2024, 1, 1)).contains(QStringLiteral("发包收入")));
    CHECK(DisclosureText::incomeCategories(QDate(2023, 12, 1)).contains(QStringLiteral("发包及上交收入")));
    CHECK(DisclosureText::expenseCategories(QDate(2024, 1, 1)).contains(QStringLiteral("公益支出")));
    CHECK_FALSE(DisclosureText::expenseCategories(QDate(2023, 12, 1)).contains(QStringLiteral("公益支出")));
    d.items.first().amountFen = -5;
    CHECK_FALSE(f.repo.insert(d).ok());
}

TEST_CASE("notice templates: a broken template is a clear error, values are masked", "[notices]")
{
    Fixture f;
    NoticeTemplate t = NoticeTemplates::defaults(NoticeKind::Resolution);
    CHECK(NoticeTemplates::check(t).isEmpty());
    t.body += QStringLiteral("\n\n{{villagee}}");
    QString problem = NoticeTemplates::check(t);
    CHECK_THAT(problem.toStdString(), Catch::Contains("unknown placeholder {{villagee}}"));
    t.body = QStringLiteral("line one\n{{village");
    CHECK_THAT(NoticeTemplates::check(t).toStdString(), Catch::Contains("line 2") && Catch::Contains("not closed"));
    QString error;
    CHECK_FALSE(NoticeTemplates::save(*f.ledger, t, &error));
    CHECK_FALSE(error.isEmpty());

    QString e;
    const QString filled = NoticeTemplates::fill(
        QStringLiteral("{{a}} / {{b}} / {{c}}"),
        {{QStringLiteral("a"), QStringLiteral("户主身份证 110101199003070011")},
         {QStringLiteral("b"), QStringLiteral("联系人 13812345678")},
         {QStringLiteral("c"), QStringLiteral("监督电话 13905391234")}},
        {QStringLiteral("13905391234")}, &e);
    CHECK(e.isEmpty());
    CHECK(filled.contains(QStringLiteral("110101********0011")));
    CHECK_FALSE(filled.contains(QStringLiteral("110101199003070011")));
    CHECK(filled.contains(QStringLiteral("138****5678")));
    CHECK(filled.contains(QStringLiteral("13905391234"))); // the supervision phone stays whole
}

TEST_CASE("a saved template comes back as saved, also with characters SQLite will not give back", "[notices]")
{
    Fixture f;
    NoticeTemplate t = NoticeTemplates::defaults(NoticeKind::General);
    // U+FFFF, U+FFFE and half a surrogate pair: SQLite reads them back as U+FFFD.
    t.title = QStringLiteral("公告") + QChar(0xFFFF) + QChar(0xFFFE) + QChar(0xD800) + QStringLiteral("尾");
    t.body += QChar(0xDC00) + QStringLiteral("😀");
    REQUIRE(NoticeTemplates::check(t).isEmpty());
    QString error;
    REQUIRE(NoticeTemplates::save(*f.ledger, t, &error));
    const NoticeTemplate back = NoticeTemplates::load(*f.ledger, NoticeKind::General);
    const QString r(QChar::ReplacementCharacter);
    CHECK(back.title == QStringLiteral("公告") + r + r + r + QStringLiteral("尾"));
    CHECK(back.body.endsWith(r + QStringLiteral("😀"))); // a whole pair stays
    CHECK(back.title == sql::text(t.title));
    CHECK(back.body == sql::text(t.body));
}
