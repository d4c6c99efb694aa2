// Masking::freeText: every spelling of an ID or mobile number clerks type, wherever it stands in
// Chinese text, and what must be left alone (amounts, dates, landlines, longer digit runs).

#include <catch2/catch.hpp>

#include "model/Masking.h"

#include <QString>

using namespace tl;

namespace {
struct Case
{
    const char *in;
    const char *out;
};
} // namespace

TEST_CASE("masking: ID and mobile numbers in every spelling, inside free text", "[masking]")
{
    const Case cases[] = {
        // ID numbers, 18 digits
        {"371302199001011234", "371302********1234"},
        {"身份证号３７１３０２１９９００１０１１２３４", "身份证号371302********1234"},
        {"身份证号:37130219900101123x,户主", "身份证号:371302********123X,户主"},
        {"37130219900101123X", "371302********123X"},
        {"37130219900101123ｘ。", "371302********123X。"},
        {"３７１３０２１９９００１０１１２３Ｘ", "371302********123X"},
        {"证件 371302 19900101 1234 已核", "证件 371302********1234 已核"},
        {"371302-19900101-1234", "371302********1234"},
        {"3713021990 0101 1234", "371302********1234"},
        {"371302 1990 0101 1234", "371302********1234"},
        {"３７１３０２－１９９００１０１－１２３４", "371302********1234"},
        {"张三371302199001011234李四", "张三371302********1234李四"},
        {"371302199001011234 5人", "371302********1234 5人"},
        {"A:371302199001011234;B:110105194912310021", "A:371302********1234;B:110105********0021"},
        // old 15-digit IDs
        {"老证号371302900101123。", "老证号371302******123。"},
        {"371302-900101-123", "371302******123"},
        {"３７１３０２９００１０１１２３", "371302******123"},
        // mobiles
        {"联系电话：138-0013-8000。", "联系电话：138****8000。"},
        {"电话13800138000", "电话138****8000"},
        {"+86 138 0013 8000", "138****8000"},
        {"+8613800138000", "138****8000"},
        {"0086-13800138000", "138****8000"},
        {"0086 138 0013 8000", "138****8000"},
        {"86-13800138000", "138****8000"},
        {"138.0013.8000", "138****8000"},
        {"138 0013 8000", "138****8000"},
        {"１３８００１３８０００", "138****8000"},
        {"＋８６ １３８－００１３－８０００", "138****8000"},
        {"手机１３８　００１３　８０００，", "手机138****8000，"},
        {"王五(19912345678)、赵六(13900139000)", "王五(199****5678)、赵六(139****9000)"},
        {"地址：王家庄村3组12号，电话15012345678", "地址：王家庄村3组12号，电话150****5678"},
        // left alone
        {"金额380000.00元", "金额380000.00元"},
        {"13800138000.00元", "13800138000.00元"},
        {"截止20260930", "截止20260930"},
        {"2026-09-30", "2026-09-30"},
        {"监督电话0539-3216000", "监督电话0539-3216000"},
        {"（0531）88886000", "（0531）88886000"},
        {"12345678901", "12345678901"},       // 11 digits, not 1[3-9]
        {"6222021234567890123", "6222021234567890123"}, // 19 digits: a bank card, left whole
        {"62220212345678901234", "62220212345678901234"},
        {"1380013800012", "1380013800012"},   // 13 digits: not a mobile
        {"37130219900101123", "37130219900101123"}, // 17 digits: neither
        {"村级集体收入 1,380,013,800 元", "村级集体收入 1,380,013,800 元"},
        {"统一社会信用代码 54371302MJD123456X", "统一社会信用代码 54371302MJD123456X"},
        // already masked stays as it is
        {"371302********1234 138****8000", "371302********1234 138****8000"},
    };
    for (const Case &c : cases) {
        const QString in = QString::fromUtf8(c.in);
        INFO(c.in);
        CHECK(Masking::freeText(in) == QString::fromUtf8(c.out));
        CHECK(Masking::freeText(Masking::freeText(in)) == QString::fromUtf8(c.out));
    }
}

TEST_CASE("masking: the published supervision mobile stays whole, others in the same text do not", "[masking]")
{
    const QString text = QStringLiteral("监督电话：138 0013 8000；户主电话13900139000");
    CHECK(Masking::freeText(text, {QStringLiteral("13800138000")})
          == QStringLiteral("监督电话：138 0013 8000；户主电话139****9000"));
}

TEST_CASE("masking: ID fields with dashes and spaces mask like the plain number", "[masking]")
{
    CHECK(Masking::idNumber(QStringLiteral("371302-19900101-1234")) == QStringLiteral("371302********1234"));
    CHECK(Masking::phone(QStringLiteral("138.0013.8000")) == QStringLiteral("138****8000"));
    CHECK(Masking::phone(QStringLiteral("0086-13800138000")) == QStringLiteral("138****8000"));
}
