// Villages, people, terms and posts: validation, history and the derived figures.
#include "committees/CommitteeRepository.h"
#include "committees/Indicators.h"
#include "committees/PersonRepository.h"
#include "committees/ReserveRepository.h"
#include "TestSupport.h"
#include "model/VillageRepository.h"

#include <catch2/catch.hpp>

using namespace tl;

namespace {
struct Fixture
{
    test::TempDir tmp;
    std::unique_ptr<Ledger> ledger = test::newLedger(tmp.file(QStringLiteral("c.ledger")));
    qint64 village = 0;
    int seq = 100;

    Fixture()
    {
        Village v;
        v.name = QStringLiteral("杨树沟村");
        const Saved s = VillageRepository(*ledger).insert(v);
        REQUIRE(s.ok());
        village = s.id;
    }

    qint64 person(const QString &name, Gender g, int birthYear, Education e = Education::College,
                  PoliticalStatus pol = PoliticalStatus::PartyMember)
    {
        Person p;
        p.villageId = village;
        p.name = name;
        seq += 2;
        p.idNumber = test::makeId(QStringLiteral("371321"), QDate(birthYear, 5, 6), seq + (g == Gender::Male ? 1 : 0));
        p.education = e;
        p.political = pol;
        const Saved s = PersonRepository(*ledger).insert(p);
        INFO(s.message().toStdString());
        REQUIRE(s.ok());
        return s.id;
    }

    qint64 term(Body body, const QDate &start)
    {
        Term t;
        t.villageId = village;
        t.body = body;
        t.number = 12;
        t.start = start;
        t.end = start.addYears(5);
        const Saved s = CommitteeRepository(*ledger).openTerm(t);
        REQUIRE(s.ok());
        return s.id;
    }

    Saved post(qint64 term, qint64 person, Role role, const QDate &start)
    {
        Post p;
        p.termId = term;
        p.personId = person;
        p.role = role;
        p.start = start;
        return CommitteeRepository(*ledger).addPost(p);
    }
};
} // namespace

TEST_CASE("village fields are validated field by field", "[village]")
{
    Fixture f;
    VillageRepository villages(*f.ledger);
    Village v;
    v.name = QStringLiteral("杨树沟村"); // taken
    v.creditCode = QStringLiteral("91350100M000100Y43"); // valid, but not a civil-affairs code
    v.households = -3;
    v.starRating = 6;
    v.supervisionPhone = QStringLiteral("12345");
    const FieldErrors errors = villages.validate(v);
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    CHECK(fields.contains(QStringLiteral("name")));
    CHECK(fields.contains(QStringLiteral("creditCode")));
    CHECK(fields.contains(QStringLiteral("households")));
    CHECK(fields.contains(QStringLiteral("starRating")));
    CHECK(fields.contains(QStringLiteral("supervisionPhone")));
    for (const FieldError &e : errors)
        CHECK_FALSE(e.message.isEmpty());

    Village good;
    good.name = QStringLiteral("  新庄村 ");
    const QString body = QStringLiteral("54371321MJ001ABCD");
    // Typed with a Chinese input method: full-width characters are normalised.
    good.creditCode = tl::test::fullWidth(body + Validators::creditCodeCheckChar(body));
    good.incomeYuan = 123456;
    const Saved saved = villages.insert(good);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    const auto back = villages.get(saved.id);
    REQUIRE(back);
    CHECK(back->name == QStringLiteral("新庄村"));
    CHECK(back->incomeYuan == 123456);
    CHECK(back->creditCode == body + Validators::creditCodeCheckChar(body));
}

TEST_CASE("a person's gender and birth date come from the ID and must agree with it", "[person]")
{
    Fixture f;
    PersonRepository people(*f.ledger);
    Person p;
    p.villageId = f.village;
    p.name = QStringLiteral("王秀英");
    p.idNumber = QStringLiteral("11010519491231002x");
    QStringList notes;
    CHECK(people.validate(p, PersonRepository::IdPolicy::Strict, &notes).isEmpty());
    CHECK(p.gender == Gender::Female);
    CHECK(p.birthDate == QDate(1949, 12, 31));
    CHECK(p.idNumber == QStringLiteral("11010519491231002X"));
    CHECK(notes.size() == 2);

    Person wrong = p;
    wrong.gender = Gender::Male;
    wrong.birthDate = QDate(1950, 1, 1);
    const FieldErrors errors = people.validate(wrong);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].field == QStringLiteral("gender"));
    CHECK(errors[1].field == QStringLiteral("birthDate"));

    Person badId = p;
    badId.idNumber = QStringLiteral("110105194912310021");
    const FieldErrors idErrors = people.validate(badId);
    REQUIRE(idErrors.size() == 1);
    CHECK(idErrors[0].field == QStringLiteral("idNumber"));
    CHECK_THAT(idErrors[0].message.toStdString(), Catch::Contains("check character"));
    // Lenient keeps the paper record as typed; the findings list reports it.
    CHECK(people.validate(badId, PersonRepository::IdPolicy::Lenient).isEmpty());

    REQUIRE(people.insert(p).ok());
    Person twin = p;
    twin.name = QStringLiteral("另一个人");
    const Saved dup = people.insert(twin);
    CHECK_FALSE(dup.ok());
    CHECK_THAT(dup.message().toStdString(), Catch::Contains("already registered") && Catch::Contains("王秀英"));

    Person phone = p;
    phone.idNumber.clear();
    phone.phone = QStringLiteral("1381234567");
    const FieldErrors phoneErrors = people.validate(phone);
    REQUIRE(phoneErrors.size() == 1);
    CHECK(phoneErrors[0].field == QStringLiteral("phone"));
}

TEST_CASE("posts keep their history through mid-term changes and 换届", "[committee]")
{
    Fixture f;
    CommitteeRepository committees(*f.ledger);
    const QDate start(2021, 4, 1);
    const qint64 party = f.term(Body::Party, start);
    const qint64 committee = f.term(Body::Committee, start);
    f.term(Body::Supervision, start);
    const qint64 zhang = f.person(QStringLiteral("张建国"), Gender::Male, 1970);
    const qint64 li = f.person(QStringLiteral("李春燕"), Gender::Female, 1985);
    REQUIRE(f.post(party, zhang, Role::Chair, start).ok());
    REQUIRE(f.post(committee, zhang, Role::Chair, start).ok());
    REQUIRE(f.post(committee, li, Role::Member, start).ok());

    SECTION("a single post cannot be given twice at once")
    {
        const Saved second = f.post(party, li, Role::Chair, QDate(2022, 1, 1));
        CHECK_FALSE(second.ok());
        CHECK_THAT(second.message().toStdString(), Catch::Contains("张建国"));
    }
    SECTION("a post must start inside its term")
    {
        const Saved early = f.post(party, li, Role::Member, QDate(2020, 1, 1));
        CHECK_FALSE(early.ok());
        CHECK(early.errors.first().field == QStringLiteral("start"));
    }
    SECTION("a mid-term change keeps the old holder in the history")
    {
        const Post old = committees.postsOfPerson(zhang).first();
        QString error;
        REQUIRE(committees.endPost(old.id, QDate(2023, 6, 30), QStringLiteral("辞职"), &error));
        REQUIRE(f.post(party, li, Role::Chair, QDate(2023, 7, 1)).ok());
        const auto before = committees.roster(f.village, QDate(2023, 6, 1));
        const auto after = committees.roster(f.village, QDate(2023, 8, 1));
        auto titlesOf = [](const QList<RosterEntry> &r, const QString &name) {
            for (const RosterEntry &e : r)
                if (e.person.name == name)
                    return e.postTitles();
            return QString();
        };
        CHECK_THAT(titlesOf(before, QStringLiteral("张建国")).toStdString(), Catch::Contains("Party secretary"));
        CHECK_THAT(titlesOf(after, QStringLiteral("李春燕")).toStdString(), Catch::Contains("Party secretary"));
        CHECK_THAT(titlesOf(after, QStringLiteral("张建国")).toStdString(), !Catch::Contains("Party secretary"));
        const auto history = committees.roster(f.village, QDate(2023, 8, 1), true);
        CHECK(history.size() == 2);
    }
    SECTION("换届 closes the terms, ends the posts and opens the next terms")
    {
        QString error;
        REQUIRE(committees.changeOfTerm(f.village, QDate(2026, 3, 20), 5, true, &error));
        const auto partyTerm = committees.currentTerm(f.village, Body::Party, QDate(2026, 4, 1));
        REQUIRE(partyTerm);
        CHECK(partyTerm->number == 13);
        CHECK(partyTerm->end == QDate(2031, 3, 20));
        // Carried over: the same people hold the same posts in the new term.
        const auto roster = committees.roster(f.village, QDate(2026, 4, 1));
        CHECK(roster.size() == 2);
        // The old posts ended on the day of the change.
        int ended = 0;
        for (const Post &p : committees.postsOfPerson(zhang))
            if (p.end == QDate(2026, 3, 20))
                ++ended;
        CHECK(ended == 2);
        // Without carry-over the new committees start empty.
        REQUIRE(committees.changeOfTerm(f.village, QDate(2027, 1, 1), 5, false, &error));
        CHECK(committees.roster(f.village, QDate(2027, 2, 1)).isEmpty());
    }
    SECTION("indicators: 一肩挑, 交叉任职, women, age bands, education")
    {
        const qint64 wang = f.person(QStringLiteral("王海涛"), Gender::Male, 1990, Education::Bachelor);
        REQUIRE(f.post(party, wang, Role::Member, start).ok());
        REQUIRE(f.post(committee, wang, Role::Member, start).ok());
        const qint64 old = f.person(QStringLiteral("赵老汉"), Gender::Male, 1960, Education::JuniorOrBelow,
                                    PoliticalStatus::Masses);
        REQUIRE(f.post(committee, old, Role::Member, start).ok());
        const auto all = Indicators::compute(*f.ledger, QDate(2026, 11, 23));
        REQUIRE(all.size() == 1);
        const VillageIndicators &v = all.first();
        CHECK(v.oneShoulder);
        CHECK(v.partySize == 2);
        CHECK(v.committeeSize == 4);
        CHECK(v.crossHolders == 2); // 张建国 and 王海涛
        CHECK(v.members == 4);
        CHECK(v.committeeWomen == 1);
        // On 2026-11-23: 张 56, 李 41, 王 36, 赵 66.
        CHECK(v.ageBands[0] == 0);
        CHECK(v.ageBands[1] == 2);
        CHECK(v.ageBands[2] == 0);
        CHECK(v.ageBands[3] == 1);
        CHECK(v.ageBands[4] == 1);
        CHECK(v.averageAge() == Approx((56 + 41 + 36 + 66) / 4.0));
        CHECK(v.college == 3);
        CHECK(v.partyMembersOnCommittees == 3);
    }
}
