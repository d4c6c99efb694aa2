// Every finding rule: a clean village has none; breaking one rule shows exactly that rule.
#include "committees/CommitteeRepository.h"
#include "findings/Findings.h"
#include "committees/PersonRepository.h"
#include "committees/ReserveRepository.h"
#include "storage/Settings.h"
#include "TestSupport.h"
#include "model/Validation.h"
#include "model/VillageRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace tl;

namespace {
const QDate kToday = test::fixedToday();
const QDate kTermStart(2026, 3, 20);

struct CleanVillage
{
    test::TempDir tmp;
    std::unique_ptr<Ledger> ledger = test::newLedger(tmp.file(QStringLiteral("f.ledger")));
    qint64 village = 0;
    qint64 terms[3] = {0, 0, 0};
    qint64 secretary = 0, woman = 0, member = 0;
    QList<qint64> supervisors;
    int seq = 10;

    qint64 person(const QString &name, Gender g)
    {
        Person p;
        p.villageId = village;
        p.name = name;
        seq += 2;
        p.idNumber = test::makeId(QStringLiteral("371321"), QDate(1980, 1, 1), seq + (g == Gender::Male ? 1 : 0));
        p.education = Education::College;
        p.political = PoliticalStatus::PartyMember;
        const Saved s = PersonRepository(*ledger).insert(p);
        REQUIRE(s.ok());
        return s.id;
    }

    void post(Body body, qint64 person, Role role, const QDate &start = kTermStart)
    {
        Post p;
        p.termId = terms[int(body)];
        p.personId = person;
        p.role = role;
        p.start = start;
        const Saved s = CommitteeRepository(*ledger).addPost(p);
        INFO(s.message().toStdString());
        REQUIRE(s.ok());
    }

    CleanVillage()
    {
        Village v;
        v.name = QStringLiteral("清白村");
        v.incomeYuan = 200'000;
        v.starRating = 5;
        village = VillageRepository(*ledger).insert(v).id;
        REQUIRE(village > 0);
        for (Body b : {Body::Party, Body::Committee, Body::Supervision}) {
            Term t;
            t.villageId = village;
            t.body = b;
            t.number = 12;
            t.start = kTermStart;
            t.end = kTermStart.addYears(5);
            terms[int(b)] = CommitteeRepository(*ledger).openTerm(t).id;
            REQUIRE(terms[int(b)] > 0);
        }
        secretary = person(QStringLiteral("张书记"), Gender::Male);
        woman = person(QStringLiteral("李春燕"), Gender::Female);
        member = person(QStringLiteral("王委员"), Gender::Male);
        post(Body::Party, secretary, Role::Chair);
        post(Body::Party, woman, Role::Member);
        post(Body::Party, member, Role::Member);
        post(Body::Committee, secretary, Role::Chair);
        post(Body::Committee, woman, Role::Member);
        post(Body::Committee, member, Role::Member);
        for (int i = 0; i < 3; ++i) {
            supervisors << person(QStringLiteral("监委%1").arg(i), Gender::Male);
            post(Body::Supervision, supervisors.last(), i == 0 ? Role::Chair : Role::Member);
        }
        for (int i = 0; i < 2; ++i) {
            ReserveCadre r;
            r.villageId = village;
            r.personId = person(QStringLiteral("后备%1").arg(i), Gender::Female);
            r.source = QStringLiteral("graduate");
            REQUIRE(ReserveRepository(*ledger).add(r).ok());
        }
    }

    QStringList rules(const QDate &on = kToday)
    {
        QStringList out;
        // Disclosures have their own tests (test_disclosures.cpp); this village keeps none.
        for (const Finding &f : FindingEngine::run(*ledger, on))
            if (!f.rule.startsWith(QLatin1String("disclosure.")))
                out << f.rule;
        return out;
    }

    // Raw SQL for states the editors refuse but older files or imports may hold.
    void sql(const QString &statement)
    {
        QSqlQuery q(ledger->database());
        INFO(statement.toStdString());
        REQUIRE(q.exec(statement));
    }
};
} // namespace

TEST_CASE("a well-kept village has no findings", "[findings]")
{
    CleanVillage c;
    CHECK(c.rules().isEmpty());
}

TEST_CASE("each broken rule is a finding", "[findings]")
{
    CleanVillage c;
    CommitteeRepository committees(*c.ledger);

    SECTION("committee.size: fewer than three")
    {
        const Post p = committees.postsOfPerson(c.member).last();
        REQUIRE(committees.endPost(p.id, QDate(2026, 8, 1), QStringLiteral("辞职"), nullptr));
        CHECK(c.rules() == QStringList{QStringLiteral("committee.size")});
        // …but on a date before the resignation all was well.
        CHECK(c.rules(QDate(2026, 7, 1)).isEmpty());
    }
    SECTION("committee.size: more than seven")
    {
        for (int i = 0; i < 5; ++i)
            c.post(Body::Committee, c.person(QStringLiteral("新委员%1").arg(i), Gender::Male), Role::Member);
        CHECK(c.rules() == QStringList{QStringLiteral("committee.size")});
    }
    SECTION("committee.no_woman")
    {
        const Post p = committees.postsOfPerson(c.woman).last();
        REQUIRE(committees.endPost(p.id, QDate(2026, 8, 1), QStringLiteral("辞职"), nullptr));
        c.post(Body::Committee, c.person(QStringLiteral("男委员"), Gender::Male), Role::Member, QDate(2026, 8, 2));
        CHECK(c.rules() == QStringList{QStringLiteral("committee.no_woman")});
    }
    SECTION("party.size")
    {
        for (int i = 0; i < 5; ++i)
            c.post(Body::Party, c.person(QStringLiteral("党委员%1").arg(i), Gender::Male), Role::Member);
        CHECK(c.rules() == QStringList{QStringLiteral("party.size")});
    }
    SECTION("supervision.conflict (村委会组织法 §32)")
    {
        c.post(Body::Supervision, c.member, Role::Member);
        CHECK(c.rules() == QStringList{QStringLiteral("supervision.conflict")});
    }
    SECTION("post.duplicate_chair: overlapping periods, as an older file may hold")
    {
        c.sql(QStringLiteral("INSERT INTO post (term_id, person_id, role, start_date) VALUES (%1, %2, 'chair', "
                             "'2026-06-01')")
                  .arg(c.terms[int(Body::Party)])
                  .arg(c.member));
        CHECK(c.rules().contains(QStringLiteral("post.duplicate_chair")));
    }
    SECTION("reserve.shortage")
    {
        const auto reserves = ReserveRepository(*c.ledger).ofVillage(c.village);
        REQUIRE(ReserveRepository(*c.ledger).remove(reserves.first().id, nullptr));
        CHECK(c.rules() == QStringList{QStringLiteral("reserve.shortage")});
    }
    SECTION("term.ending and term.expired")
    {
        // Five months before the end: a warning for each of the three bodies.
        CHECK(c.rules(QDate(2030, 10, 20)) == QStringList(3, QStringLiteral("term.ending")));
        CHECK(c.rules(QDate(2031, 3, 21)) == QStringList(3, QStringLiteral("term.expired")));
        // A month outside the warning window: nothing.
        CHECK(c.rules(QDate(2030, 9, 1)).isEmpty());
    }
    SECTION("committee.missing")
    {
        Village v;
        v.name = QStringLiteral("无届村");
        v.incomeYuan = 300'000;
        v.starRating = 5;
        REQUIRE(VillageRepository(*c.ledger).insert(v).ok());
        const QStringList r = c.rules();
        CHECK(r.contains(QStringLiteral("committee.missing")));
        CHECK(r.contains(QStringLiteral("reserve.shortage")));
    }
    SECTION("person.invalid_id and person.missing_id")
    {
        c.sql(QStringLiteral("UPDATE person SET id_number = '110101199003070012' WHERE id = %1").arg(c.member));
        CHECK(c.rules() == QStringList{QStringLiteral("person.invalid_id")});
        c.sql(QStringLiteral("UPDATE person SET id_number = '' WHERE id = %1").arg(c.member));
        CHECK(c.rules() == QStringList{QStringLiteral("person.missing_id")});
    }
    SECTION("post.review_failed")
    {
        c.sql(QStringLiteral("UPDATE post SET review = 'failed' WHERE person_id = %1").arg(c.member));
        CHECK(c.rules() == QStringList{QStringLiteral("post.review_failed")});
    }
    SECTION("target.income: income must be ABOVE 5 万元")
    {
        c.sql(QStringLiteral("UPDATE village SET income_yuan = 50000"));
        QStringList r = c.rules();
        r.sort();
        CHECK(r == QStringList{QStringLiteral("target.high_income_share"), QStringLiteral("target.income")});
        c.sql(QStringLiteral("UPDATE village SET income_yuan = 50001"));
        CHECK(c.rules() == QStringList{QStringLiteral("target.high_income_share")});
    }
    SECTION("target shares are editable settings, compared in integers")
    {
        c.sql(QStringLiteral("UPDATE village SET star_rating = 4"));
        CHECK(c.rules() == QStringList{QStringLiteral("target.five_star_share")});
        Targets t = SettingsStore(*c.ledger).targets();
        t.fiveStarSharePct = 0;
        REQUIRE(SettingsStore(*c.ledger).setTargets(t, nullptr));
        CHECK(c.rules().isEmpty());
        // Three people sit on the two committees; one with 高中 leaves 2/3 = 66.7% < 70%.
        c.sql(QStringLiteral("UPDATE person SET education = 'secondary' WHERE id = %1").arg(c.member));
        CHECK(c.rules() == QStringList{QStringLiteral("target.college_share")});
        t.collegeSharePct = 67; // 200 < 201: still short
        REQUIRE(SettingsStore(*c.ledger).setTargets(t, nullptr));
        CHECK(c.rules() == QStringList{QStringLiteral("target.college_share")});
        t.collegeSharePct = 66;
        REQUIRE(SettingsStore(*c.ledger).setTargets(t, nullptr));
        CHECK(c.rules().isEmpty());
    }
}

TEST_CASE("targets are validated before they are saved", "[settings]")
{
    CleanVillage c;
    Targets t;
    t.committeeMin = 8;
    t.committeeMax = 7;
    QString error;
    CHECK_FALSE(SettingsStore(*c.ledger).setTargets(t, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(SettingsStore(*c.ledger).targets().committeeMin == 3);
}

TEST_CASE("the demo ledger carries its deliberate findings", "[findings][demo]")
{
    test::TempDir tmp;
    auto ledger = test::demoLedger(tmp.file(QStringLiteral("demo.ledger")), 12);
    QSet<QString> rules;
    for (const Finding &f : FindingEngine::run(*ledger, test::fixedToday())) {
        rules.insert(f.rule);
        CHECK_FALSE(f.detail.isEmpty());
    }
    for (const char *expected : {"committee.no_woman", "committee.size", "supervision.conflict", "reserve.shortage",
                                 "term.expired", "person.invalid_id", "target.income"})
        CHECK(rules.contains(QString::fromLatin1(expected)));
}

TEST_CASE("a unified social credit code shared by two villages is a finding on the second", "[findings]")
{
    test::TempDir tmp;
    std::unique_ptr<Ledger> ledger = test::newLedger(tmp.file(QStringLiteral("c.ledger")));
    const QString body = QStringLiteral("54371321MF0123456");
    const QString code = body + Validators::creditCodeCheckChar(body);
    auto add = [&](const QString &name, const QString &credit) {
        Village v;
        v.name = name;
        v.creditCode = credit;
        const Saved s = VillageRepository(*ledger).insert(v);
        REQUIRE(s.ok());
        return s.id;
    };
    add(QStringLiteral("甲村"), code);
    add(QStringLiteral("乙村"), QString());
    auto duplicates = [&] {
        QStringList out;
        for (const Finding &f : FindingEngine::run(*ledger, test::fixedToday()))
            if (f.rule == QLatin1String("village.duplicate_credit_code"))
                out << f.village + QLatin1Char(':') + f.detail;
        return out;
    };
    CHECK(duplicates().isEmpty());
    add(QStringLiteral("丙村"), code);
    const QStringList found = duplicates();
    REQUIRE(found.size() == 1);
    CHECK(found.first().startsWith(QStringLiteral("丙村:")));
    CHECK(found.first().contains(QStringLiteral("甲村")));
}
