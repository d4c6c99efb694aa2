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
    CHECK(maskIdNumber(QStringLiteral("110101199003070011")) == QStringLiteral("110101********0011"));
    CHECK(maskIdNumber(QStringLiteral("11010519491231002X")) == QStringLiteral("110105********002X"));
    CHECK(maskPhone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(maskPhone(QStringLiteral("0539-3216000")) == QStringLiteral("********6000"));
    CHECK(maskIdNumber(QString()).isEmpty());
    CHECK_FALSE(maskIdNumber(QStringLiteral("12345")).contains(QLatin1Char('1')));
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
                               rows, out, &error));
    CHECK(QFile(out).size() > 1000);
    CHECK_FALSE(TableExport::write(QStringLiteral("x"), {QStringLiteral("a")}, rows, out, &error,
                                   [](int, int) { return false; }));
    CHECK(error == QStringLiteral("cancelled"));
    CHECK(QFile::exists(out)); // a cancelled export leaves the earlier file untouched
    CHECK_FALSE(QFile::exists(out + QStringLiteral(".part")));
}
