// Quarters, masking, and a cancelled export that leaves nothing behind.
#include "model/Masking.h"
#include "model/Quarter.h"
#include "reports/QuarterlyReport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace tl;

TEST_CASE("quarters are parsed and bounded", "[report]")
{
    const auto q = Quarter::parse(QStringLiteral("2026Q3"));
    REQUIRE(q);
    CHECK(q->first() == QDate(2026, 7, 1));
    CHECK(q->last() == QDate(2026, 9, 30));
    CHECK(Quarter::parse(QStringLiteral("2024q1"))->last() == QDate(2024, 3, 31));
    CHECK(Quarter::parse(QStringLiteral("2026-Q4"))->last() == QDate(2026, 12, 31));
    CHECK_FALSE(Quarter::parse(QStringLiteral("2026Q5")));
    CHECK_FALSE(Quarter::parse(QStringLiteral("Q3 2026")));
    CHECK_FALSE(Quarter::parse(QString()));
    CHECK(Quarter::containing(QDate(2026, 11, 23)).code() == QStringLiteral("2026Q4"));
}

TEST_CASE("personal data is masked", "[report][masking]")
{
    CHECK(Masking::idNumber(QStringLiteral("110101199003070011")) == QStringLiteral("110101********0011"));
    CHECK(Masking::idNumber(QStringLiteral("11010519491231002X")) == QStringLiteral("110105********002X"));
    CHECK(Masking::phone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(Masking::phone(QStringLiteral("0539-3216000")) == QStringLiteral("********6000"));
    CHECK(Masking::idNumber(QString()).isEmpty());
    CHECK(Masking::phone(QString()).isEmpty());
    CHECK_FALSE(Masking::idNumber(QStringLiteral("12345")).contains(QLatin1Char('1')));
}

TEST_CASE("ID numbers: boundary cases are masked, never shown in full", "[report][masking]")
{
    // The check character, however typed, comes out upper-case.
    CHECK(Masking::idNumber(QStringLiteral("11010519491231002x")) == QStringLiteral("110105********002X"));
    CHECK(Masking::idNumber(QStringLiteral("11010519491231002ｘ")) == QStringLiteral("110105********002X"));
    // Full-width digits and stray blanks, as pasted from a sheet typed with a Chinese input method.
    CHECK(Masking::idNumber(QStringLiteral("３７１３０２１９９００１０１１２３４")) == QStringLiteral("371302********1234"));
    CHECK(Masking::idNumber(QStringLiteral(" 371302 19900101 1234　")) == QStringLiteral("371302********1234"));
    // Old 15-digit IDs: region and sequence kept, the birth date (YYMMDD) hidden.
    CHECK(Masking::idNumber(QStringLiteral("371302900101123")) == QStringLiteral("371302******123"));
    // Short and garbled: a quarter at most at each end, nothing below 8 characters.
    CHECK(Masking::idNumber(QStringLiteral("1234567")) == QStringLiteral("*******"));
    CHECK(Masking::idNumber(QStringLiteral("1")) == QStringLiteral("*"));
    CHECK(Masking::idNumber(QStringLiteral("12345678")) == QStringLiteral("12****78"));
    CHECK(Masking::idNumber(QStringLiteral("3713021990")) == QStringLiteral("37******90"));
    CHECK(Masking::idNumber(QStringLiteral("37130219900101")) == QStringLiteral("371********101"));
    CHECK(Masking::idNumber(QStringLiteral("3713021990010112345")) == QStringLiteral("3713***********2345"));
    CHECK(Masking::idNumber(QStringLiteral("不详")) == QStringLiteral("**"));
    for (const QString &id : {QStringLiteral("110101"), QStringLiteral("1101011990"), QStringLiteral("11010119900307"),
                              QStringLiteral("1101011990030700"), QStringLiteral("11010119900307001")}) {
        INFO(id.toStdString());
        CHECK(Masking::idNumber(id) != id);
        CHECK(Masking::idNumber(id).size() == id.size());
        CHECK(Masking::idNumber(id).count(QLatin1Char('*')) >= id.size() / 2);
    }
}

TEST_CASE("phones: prefixes, blanks and dashes; landlines keep their last four", "[report][masking]")
{
    CHECK(Masking::phone(QStringLiteral("+8613812345678")) == QStringLiteral("138****5678"));
    CHECK(Masking::phone(QStringLiteral("+86 138 1234 5678")) == QStringLiteral("138****5678"));
    CHECK(Masking::phone(QStringLiteral("0086-138-1234-5678")) == QStringLiteral("138****5678"));
    CHECK(Masking::phone(QStringLiteral("8613812345678")) == QStringLiteral("138****5678"));
    CHECK(Masking::phone(QStringLiteral("１３８１２３４５６７８")) == QStringLiteral("138****5678"));
    CHECK(Masking::phone(QStringLiteral(" 138 1234 5678 ")) == QStringLiteral("138****5678"));
    CHECK(Masking::phone(QStringLiteral("05393216000")) == QStringLiteral("*******6000"));
    CHECK(Masking::phone(QStringLiteral("6000")) == QStringLiteral("****"));
    CHECK(Masking::phone(QStringLiteral("12812345678")) == QStringLiteral("*******5678")); // no mobile starts 12
}

TEST_CASE("free text: every ID and mobile number in it is masked", "[report][masking]")
{
    CHECK(Masking::freeText(QStringLiteral("户主身份证 110101199003070011，电话13812345678。"))
          == QStringLiteral("户主身份证 110101********0011，电话138****5678。"));
    CHECK(Masking::freeText(QStringLiteral("老证371302900101123")) == QStringLiteral("老证371302******123"));
    CHECK(Masking::freeText(QStringLiteral("身份证11010519491231002x")) == QStringLiteral("身份证110105********002X"));
    CHECK(Masking::freeText(QStringLiteral("ID ３７１３０２１９９００１０１１２３４")) == QStringLiteral("ID 371302********1234"));
    CHECK(Masking::freeText(QStringLiteral("tel +86 138-1234-5678")) == QStringLiteral("tel 138****5678"));
    CHECK(Masking::freeText(QStringLiteral("tel 0086 13812345678")) == QStringLiteral("tel 138****5678"));
    CHECK(Masking::freeText(QStringLiteral("tel 138 1234 5678 ok")) == QStringLiteral("tel 138****5678 ok"));
    // Amounts, dates and account numbers are no personal data.
    const QString plain = QStringLiteral("2026年3月20日 支出 12345.50 元，账号 6222021234567890123456");
    CHECK(Masking::freeText(plain) == plain);
    // The published supervision phone stays whole, however it was written in the list.
    CHECK(Masking::freeText(QStringLiteral("监督电话 13905391234"), {QStringLiteral("139 0539 1234")})
          == QStringLiteral("监督电话 13905391234"));
}

TEST_CASE("a cancelled export leaves no file, a finished one replaces the old", "[report]")
{
    test::TempDir tmp;
    auto ledger = test::demoLedger(tmp.file(QStringLiteral("r.ledger")), 8);
    ReportOptions o;
    o.quarter = *Quarter::parse(QStringLiteral("2026Q4"));
    o.madeOn = test::fixedToday();
    const QString out = tmp.file(QStringLiteral("report.xlsx"));
    QString error;
    int calls = 0;
    CHECK_FALSE(QuarterlyReport::write(*ledger, o, out, &error, [&](int done, int) {
        ++calls;
        return done < 3; // cancel half way
    }));
    CHECK(error == QStringLiteral("cancelled"));
    CHECK(calls >= 3);
    CHECK(QDir(tmp.dir.path()).entryList(QDir::Files).filter(QStringLiteral("report")).isEmpty());

    REQUIRE(QuarterlyReport::write(*ledger, o, out, &error));
    CHECK(QFile(out).size() > 1000);
    CHECK_FALSE(QFile::exists(out + QStringLiteral(".part")));
}

#include "reports/TableExport.h"

TEST_CASE("table export: numbers, dates and long digit strings as text", "[report]")
{
    test::TempDir tmp;
    const QString out = tmp.file(QStringLiteral("table.xlsx"));
    QString error;
    const QList<QVariantList> rows{
        {QStringLiteral("王家庄村"), 966, QDate(2026, 3, 20), QStringLiteral("110101199003070011"), 12.5},
        {QStringLiteral("李家洼村"), 680, QDate(), QStringLiteral("13812345678"), 0.0},
    };
    REQUIRE(TableExport::write(QStringLiteral("Households: [all]"), {QStringLiteral("Village"), QStringLiteral("Households"),
                                                                   QStringLiteral("Since"), QStringLiteral("ID"),
                                                                   QStringLiteral("Income")},
                               rows, out));
    CHECK(QFile(out).size() > 1000);
    const Result<void> cancelled =
        TableExport::write(QStringLiteral("x"), {QStringLiteral("a")}, rows, out, [](int, int) { return false; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
    CHECK(QFile::exists(out)); // a cancelled export leaves the earlier file untouched
    CHECK_FALSE(QFile::exists(out + QStringLiteral(".part")));
}
