#include "TestSupport.h"
#include "model/Validation.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace tl;

namespace {
// An independent implementation of the GB 11643 check character, written from the standard's
// formula (not the production code), to cross-check generated numbers.
QChar referenceIdCheck(const QString &first17)
{
    static const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int s = 0;
    for (int i = 0; i < 17; ++i)
        s += first17.at(i).digitValue() * w[i];
    return QLatin1String("10X98765432").at(s % 11);
}

QChar referenceUsccCheck(const QString &first17)
{
    static const QString a = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static const int w[] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int s = 0;
    for (int i = 0; i < 17; ++i)
        s += int(a.indexOf(first17.at(i))) * w[i];
    int c = 31 - s % 31;
    if (c == 31)
        c = 0;
    return a.at(c);
}
} // namespace

TEST_CASE("ID numbers from DOMAIN.md are valid", "[validators]")
{
    for (const char *id : {"11010519491231002X", "110101199003070011", "130181200002290048"}) {
        const IdNumberInfo info = Validators::checkIdNumber(QString::fromLatin1(id));
        INFO(id << " " << info.error.toStdString());
        CHECK(info.valid);
    }
    const IdNumberInfo a = Validators::checkIdNumber(QStringLiteral("11010519491231002X"));
    CHECK(a.birthDate == QDate(1949, 12, 31));
    CHECK(a.gender == Gender::Female); // 17th digit 2 is even
    const IdNumberInfo b = Validators::checkIdNumber(QStringLiteral("110101199003070011"));
    CHECK(b.gender == Gender::Male);
    CHECK(b.birthDate == QDate(1990, 3, 7));
    const IdNumberInfo leap = Validators::checkIdNumber(QStringLiteral("130181200002290048"));
    CHECK(leap.birthDate == QDate(2000, 2, 29));
}

TEST_CASE("ID numbers are normalised: lower-case x, full-width digits, blanks", "[validators]")
{
    const IdNumberInfo lower = Validators::checkIdNumber(QStringLiteral("11010519491231002x"));
    CHECK(lower.valid);
    CHECK(lower.normalized == QStringLiteral("11010519491231002X"));
    const IdNumberInfo wide = Validators::checkIdNumber(QStringLiteral("１１０１０１１９９００３０７００１１"));
    CHECK(wide.valid);
    CHECK(wide.normalized == QStringLiteral("110101199003070011"));
    const IdNumberInfo spaced = Validators::checkIdNumber(QStringLiteral(" 110101 19900307 0011 "));
    CHECK(spaced.valid);
}

TEST_CASE("invalid ID numbers are refused with the reason", "[validators]")
{
    auto reason = [](const char *id) { return Validators::checkIdNumber(QString::fromUtf8(id)).error.toStdString(); };
    CHECK_FALSE(Validators::checkIdNumber(QStringLiteral("110101199003070012")).valid);
    CHECK_THAT(reason("110101199003070012"), Catch::Contains("check character") && Catch::Contains("1 expected"));
    CHECK_THAT(reason("11010119900307001"), Catch::Contains("18 characters"));
    CHECK_THAT(reason("1101011990030700111"), Catch::Contains("18 characters"));
    CHECK_THAT(reason("11010119900230001X"), Catch::Contains("not a real date")); // 30 February
    CHECK_THAT(reason("130181190002290048"), Catch::Contains("not a real date")); // 1900 was no leap year
    CHECK_THAT(reason("11010A199003070011"), Catch::Contains("digits"));
    CHECK_THAT(reason("11010119900307001Y"), Catch::Contains("digit or X"));
    CHECK_THAT(reason(""), Catch::Contains("empty"));
    CHECK_THAT(reason("110101189912310011"), Catch::Contains("out of range"));
}

TEST_CASE("any region code is accepted", "[validators]")
{
    // 990000 is no real region; region codes change, so they are never checked.
    const QString id = test::makeId(QStringLiteral("990000"), QDate(1980, 1, 1), 123);
    CHECK(Validators::checkIdNumber(id).valid);
}

TEST_CASE("generated ID numbers agree with an independent check", "[validators]")
{
    QRandomGenerator rng(42);
    for (int i = 0; i < 2000; ++i) {
        const QDate birth = QDate(1930, 1, 1).addDays(rng.bounded(30000));
        QString body = QStringLiteral("%1").arg(rng.bounded(1000000), 6, 10, QLatin1Char('0')) +
                       birth.toString(QStringLiteral("yyyyMMdd")) +
                       QStringLiteral("%1").arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
        const QChar check = referenceIdCheck(body);
        REQUIRE(Validators::idNumberCheckChar(body) == check);
        REQUIRE(Validators::checkIdNumber(body + check).valid);
        // Every other check character is refused.
        const QChar wrong = check == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        REQUIRE_FALSE(Validators::checkIdNumber(body + wrong).valid);
    }
}

TEST_CASE("credit codes (GB 32100)", "[validators]")
{
    CHECK(Validators::checkCreditCode(QStringLiteral("91350100M000100Y43")).valid);
    CHECK(Validators::checkCreditCode(QStringLiteral("91350100m000100y43")).valid); // case is normalised
    const CreditCodeInfo wrong = Validators::checkCreditCode(QStringLiteral("91350100M000100Y44"));
    CHECK_FALSE(wrong.valid);
    CHECK_THAT(wrong.error.toStdString(), Catch::Contains("3 expected"));
    const CreditCodeInfo letter = Validators::checkCreditCode(QStringLiteral("91350100M0001O0Y43"));
    CHECK_FALSE(letter.valid);
    CHECK_THAT(letter.error.toStdString(), Catch::Contains("not allowed"));
    CHECK_FALSE(Validators::checkCreditCode(QStringLiteral("91350100M000100Y4")).valid);

    QRandomGenerator rng(7);
    const QString &alphabet = Validators::creditCodeAlphabet();
    for (int i = 0; i < 2000; ++i) {
        QString body = QStringLiteral("5");
        while (body.size() < 17)
            body += alphabet.at(rng.bounded(int(alphabet.size())));
        const QChar check = referenceUsccCheck(body);
        REQUIRE(Validators::creditCodeCheckChar(body) == check);
        REQUIRE(Validators::checkCreditCode(body + check).valid);
    }
}

TEST_CASE("mobile and supervision phone numbers", "[validators]")
{
    QString n, why;
    CHECK(Validators::checkMobile(QStringLiteral("13812345678"), &n, &why));
    CHECK(Validators::checkMobile(QStringLiteral("１３８ １２３４ ５６７８"), &n, &why));
    CHECK(n == QStringLiteral("13812345678"));
    CHECK(Validators::checkMobile(QStringLiteral("+86 138-1234-5678"), &n, &why));
    CHECK_FALSE(Validators::checkMobile(QStringLiteral("1381234567"), &n, &why));
    CHECK_THAT(why.toStdString(), Catch::Contains("11 digits"));
    CHECK_FALSE(Validators::checkMobile(QStringLiteral("12812345678"), &n, &why));
    CHECK_FALSE(Validators::checkMobile(QStringLiteral("1381234567a"), &n, &why));
    CHECK(Validators::checkPhone(QStringLiteral("0539-3216000"), &n, &why));
    CHECK(Validators::checkPhone(QStringLiteral("010-62345678"), &n, &why));
    CHECK(Validators::checkPhone(QStringLiteral("13812345678"), &n, &why));
    CHECK_FALSE(Validators::checkPhone(QStringLiteral("3216000"), &n, &why));
}
