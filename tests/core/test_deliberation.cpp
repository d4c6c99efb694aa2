// 四议两公开: counting words as Chinese law reads them, the six steps, status and defects.
#include "matters/Deliberation.h"
#include "matters/MatterBoard.h"
#include "matters/MatterRepository.h"
#include "findings/Findings.h"
#include "storage/Settings.h"
#include "TestSupport.h"
#include "model/VillageRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tl;
using namespace tl::counting;

TEST_CASE("以上 includes the number, 过半数 is strictly more", "[deliberation][counting]")
{
    CHECK(atLeastHalf(5, 10));
    CHECK_FALSE(atLeastHalf(4, 10));
    CHECK(atLeastHalf(3, 5)); // odd sizes: 2.5 → 3
    CHECK_FALSE(atLeastHalf(2, 5));
    CHECK(moreThanHalf(6, 10));
    CHECK_FALSE(moreThanHalf(5, 10));
    CHECK(moreThanHalf(3, 5));
    CHECK_FALSE(moreThanHalf(2, 5));
    CHECK(atLeastTwoThirds(20, 30));
    CHECK_FALSE(atLeastTwoThirds(19, 30));
    CHECK(atLeastTwoThirds(21, 31)); // 20.67 → 21
    CHECK_FALSE(atLeastTwoThirds(20, 31));
    CHECK(atLeastTwoThirds(2, 3));
    // Nothing is ever decided by an empty body.
    CHECK_FALSE(atLeastHalf(0, 0));
    CHECK_FALSE(moreThanHalf(0, 0));
    CHECK_FALSE(atLeastTwoThirds(0, 0));
    // Large numbers stay exact (no floating point).
    CHECK(moreThanHalf(1'000'000'001, 2'000'000'000));
    CHECK_FALSE(moreThanHalf(1'000'000'000, 2'000'000'000));
}

namespace {
StepRecord meeting(MatterStep step, int expected, int present, std::optional<int> votesFor = std::nullopt,
                   ResolutionForm form = ResolutionForm::None)
{
    StepRecord r;
    r.step = step;
    r.date = QDate(2026, 5, 1);
    r.expected = expected;
    r.present = present;
    r.votesFor = votesFor;
    if (votesFor) {
        r.votesAgainst = 0;
        r.votesAbstain = 0;
    }
    r.form = form;
    return r;
}
} // namespace

TEST_CASE("DOMAIN.md §3 examples: party members' meeting", "[deliberation]")
{
    const DeliberationSettings s;
    // 10 voting members, 5 present → quorum met; 5 for → not passed; 6 for → passed.
    MeetingVerdict v = Deliberation::judge(meeting(MatterStep::MembersReview, 10, 5, 5), s);
    CHECK(v.quorum);
    CHECK(v.passedKnown);
    CHECK_FALSE(v.passed);
    v = Deliberation::judge(meeting(MatterStep::MembersReview, 10, 6, 6), s);
    CHECK(v.passed);
    // Passing counts against the members EXPECTED, not those present: 6 present, 4 for is a
    // majority of those present but not of the 10.
    v = Deliberation::judge(meeting(MatterStep::MembersReview, 10, 6, 4), s);
    CHECK(v.quorum);
    CHECK_FALSE(v.passed);
    // 4 of 10 present: no quorum, and so no valid decision even with all 4 for.
    v = Deliberation::judge(meeting(MatterStep::MembersReview, 10, 4, 4), s);
    CHECK_FALSE(v.quorum);
    CHECK_FALSE(v.passed);
    // 0 expected: nothing can be checked, which is itself a problem to show.
    v = Deliberation::judge(meeting(MatterStep::MembersReview, 0, 0, 0), s);
    CHECK_FALSE(v.quorumKnown);
    CHECK_FALSE(v.problems.isEmpty());
}

TEST_CASE("DOMAIN.md §3 examples: representatives meeting", "[deliberation]")
{
    const DeliberationSettings s;
    const auto reps = ResolutionForm::RepresentativesMeeting;
    // 30 representatives: 20 present → quorum, 19 → not.
    CHECK(Deliberation::judge(meeting(MatterStep::Resolution, 30, 20, 20, reps), s).quorum);
    CHECK_FALSE(Deliberation::judge(meeting(MatterStep::Resolution, 30, 19, 19, reps), s).quorum);
    // 20 present and 10 for → not passed; 11 → passed (of those present).
    CHECK_FALSE(Deliberation::judge(meeting(MatterStep::Resolution, 30, 20, 10, reps), s).passed);
    CHECK(Deliberation::judge(meeting(MatterStep::Resolution, 30, 20, 11, reps), s).passed);
}

TEST_CASE("villagers' meeting: half of the adults or two thirds of the households", "[deliberation]")
{
    const DeliberationSettings s;
    StepRecord r = meeting(MatterStep::Resolution, 1000, 500, 400, ResolutionForm::VillagersMeeting);
    CHECK_FALSE(Deliberation::judge(r, s).quorum); // exactly half is not MORE than half
    r.present = 501;
    r.votesFor = 251;
    CHECK(Deliberation::judge(r, s).quorum);
    CHECK(Deliberation::judge(r, s).passed);
    r.votesFor = 250;
    CHECK_FALSE(Deliberation::judge(r, s).passed);
    // Households instead: 200 of 300 households represented is two thirds.
    r.present = 400;
    r.votesFor = 300;
    r.householdsExpected = 300;
    r.householdsPresent = 200;
    CHECK(Deliberation::judge(r, s).quorum);
    r.householdsPresent = 199;
    CHECK_FALSE(Deliberation::judge(r, s).quorum);
}

TEST_CASE("party committee and joint meeting quorums", "[deliberation]")
{
    DeliberationSettings s;
    CHECK(Deliberation::judge(meeting(MatterStep::PartyProposal, 5, 3), s).quorum);
    CHECK_FALSE(Deliberation::judge(meeting(MatterStep::PartyProposal, 5, 2), s).quorum);
    CHECK(Deliberation::judge(meeting(MatterStep::PartyProposal, 4, 2), s).quorum); // exactly half
    s.jointQuorum = JointQuorum::TwoThirds;
    CHECK_FALSE(Deliberation::judge(meeting(MatterStep::JointDeliberation, 9, 5), s).quorum);
    CHECK(Deliberation::judge(meeting(MatterStep::JointDeliberation, 9, 6), s).quorum);
    s.jointQuorum = JointQuorum::None;
    CHECK(Deliberation::judge(meeting(MatterStep::JointDeliberation, 9, 1), s).quorum);
}

TEST_CASE("inconsistent counts are problems", "[deliberation]")
{
    const DeliberationSettings s;
    StepRecord r = meeting(MatterStep::MembersReview, 10, 6, 5);
    r.votesAgainst = 1;
    r.votesAbstain = 1; // 7 votes, 6 present
    const MeetingVerdict v = Deliberation::judge(r, s);
    bool found = false;
    for (const auto &p : v.problems)
        found |= p.kind == MeetingVerdict::Problem::Counts && p.text.contains(QStringLiteral("7 votes"));
    CHECK(found);
    CHECK_FALSE(Deliberation::judge(meeting(MatterStep::PartyProposal, 5, 6), s).problems.isEmpty());
}

TEST_CASE("disclosure periods in calendar and working days", "[deliberation]")
{
    CHECK(Deliberation::disclosureDays(QDate(2026, 3, 2), QDate(2026, 3, 8), false) == 7);
    CHECK(Deliberation::disclosureDays(QDate(2026, 3, 2), QDate(2026, 3, 8), true) == 5); // Mon–Sun
    CHECK(Deliberation::disclosureDays(QDate(2026, 3, 2), QDate(2026, 3, 1), false) == 0);
    CHECK(Deliberation::disclosureDays(QDate(2028, 2, 28), QDate(2028, 3, 1), false) == 3); // leap year
}

namespace {
struct MatterFixture
{
    test::TempDir tmp;
    std::unique_ptr<Ledger> ledger = test::newLedger(tmp.file(QStringLiteral("m.ledger")));
    qint64 village = 0;
    qint64 matter = 0;
    MatterRepository matters{*ledger};

    MatterFixture()
    {
        Village v;
        v.name = QStringLiteral("议事村");
        v.partyMembers = 10;
        v.representatives = 30;
        village = VillageRepository(*ledger).insert(v).id;
        Matter m;
        m.villageId = village;
        m.title = QStringLiteral("村内道路硬化工程");
        m.category = QStringLiteral("project");
        m.amountFen = 86'000'000;
        const Saved s = matters.insert(m);
        REQUIRE(s.ok());
        matter = s.id;
    }

    Saved record(StepRecord r)
    {
        r.matterId = matter;
        if (Deliberation::isDisclosure(r.step)) {
            r.channels = QStringList{QStringLiteral("公开栏")};
            r.signedBy = QStringLiteral("监委会主任");
            if (!r.disclosureEnd.isValid())
                r.disclosureEnd = r.date.addDays(6);
        }
        return matters.saveStep(r);
    }

    StepRecord at(MatterStep step, const QDate &date, int expected = 10, int present = 8,
                  std::optional<int> votesFor = std::nullopt)
    {
        StepRecord r = meeting(step, expected, present, votesFor,
                               step == MatterStep::Resolution ? ResolutionForm::RepresentativesMeeting
                                                              : ResolutionForm::None);
        r.date = date;
        if (Deliberation::isDisclosure(step)) {
            r.expected.reset();
            r.present.reset();
        }
        return r;
    }

    MatterStatus status(const QDate &on)
    {
        return Deliberation::status(*matters.get(matter), matters.steps(matter), SettingsStore(*ledger).deliberation(), on);
    }
    QStringList rules(const QDate &on)
    {
        QStringList out;
        for (const auto &d : Deliberation::defects(*matters.get(matter), matters.steps(matter),
                                                   SettingsStore(*ledger).deliberation(), on))
            out << d.rule;
        return out;
    }
};
} // namespace

TEST_CASE("a matter through its six steps: derived status at every stage", "[deliberation][matter]")
{
    MatterFixture f;
    const QDate on(2026, 6, 30);
    CHECK(f.status(on) == MatterStatus::Draft);
    REQUIRE(f.record(f.at(MatterStep::PartyProposal, QDate(2026, 5, 1), 5, 4)).ok());
    CHECK(f.status(on) == MatterStatus::InProgress);
    REQUIRE(f.record(f.at(MatterStep::JointDeliberation, QDate(2026, 5, 3), 7, 7)).ok());
    REQUIRE(f.record(f.at(MatterStep::MembersReview, QDate(2026, 5, 6), 10, 8, 7)).ok());
    CHECK(f.status(on) == MatterStatus::InProgress);
    REQUIRE(f.record(f.at(MatterStep::Resolution, QDate(2026, 5, 10), 30, 25, 20)).ok());
    CHECK(f.status(QDate(2026, 5, 12)) == MatterStatus::Resolved);
    CHECK(f.rules(QDate(2026, 5, 12)).isEmpty());
    // Not disclosed within 7 days: a finding.
    CHECK(f.rules(QDate(2026, 5, 18)) == QStringList{QStringLiteral("matter.disclosure_missing")});
    REQUIRE(f.record(f.at(MatterStep::ResolutionDisclosure, QDate(2026, 5, 12))).ok());
    CHECK(f.status(QDate(2026, 5, 15)) == MatterStatus::Disclosing);
    CHECK(f.status(QDate(2026, 5, 19)) == MatterStatus::AwaitingResult);
    CHECK(f.rules(QDate(2026, 5, 19)).isEmpty());
    REQUIRE(f.record(f.at(MatterStep::ResultDisclosure, QDate(2026, 6, 20))).ok());
    CHECK(f.status(on) == MatterStatus::Completed);
    CHECK(f.rules(on).isEmpty());
}

TEST_CASE("steps out of order need an override, which stays a finding", "[deliberation][matter]")
{
    MatterFixture f;
    const Saved refused = f.record(f.at(MatterStep::MembersReview, QDate(2026, 5, 6), 10, 8, 7));
    CHECK_FALSE(refused.ok());
    CHECK(refused.errors.first().field == QStringLiteral("step"));
    CHECK(f.matters.steps(f.matter).isEmpty());

    StepRecord late = f.at(MatterStep::MembersReview, QDate(2026, 5, 6), 10, 8, 7);
    late.overridden = true;
    CHECK_FALSE(f.record(late).ok()); // the reason is required
    late.overrideReason = QStringLiteral("补录：支委会记录待查");
    REQUIRE(f.record(late).ok());
    const QStringList rules = f.rules(QDate(2026, 5, 7));
    CHECK(rules.contains(QStringLiteral("matter.order")));

    SECTION("dated before the previous step")
    {
        MatterFixture g;
        REQUIRE(g.record(g.at(MatterStep::PartyProposal, QDate(2026, 5, 10), 5, 4)).ok());
        const Saved before = g.record(g.at(MatterStep::JointDeliberation, QDate(2026, 5, 9), 7, 7));
        CHECK_FALSE(before.ok());
        CHECK(before.errors.first().field == QStringLiteral("date"));
    }
}

TEST_CASE("a rejected matter stops, but its rejection must be disclosed", "[deliberation][matter]")
{
    MatterFixture f;
    REQUIRE(f.record(f.at(MatterStep::PartyProposal, QDate(2026, 5, 1), 5, 4)).ok());
    REQUIRE(f.record(f.at(MatterStep::JointDeliberation, QDate(2026, 5, 3), 7, 7)).ok());
    REQUIRE(f.record(f.at(MatterStep::MembersReview, QDate(2026, 5, 6), 10, 8, 5)).ok()); // 5 of 10: not passed
    CHECK(f.status(QDate(2026, 5, 7)) == MatterStatus::Rejected);
    const auto next = Deliberation::nextStep(*f.matters.get(f.matter), f.matters.steps(f.matter),
                                             SettingsStore(*f.ledger).deliberation());
    REQUIRE(next);
    CHECK(*next == MatterStep::ResolutionDisclosure);
    // Step 4 cannot follow a rejection.
    const Saved step4 = f.record(f.at(MatterStep::Resolution, QDate(2026, 5, 10), 30, 25, 20));
    CHECK_FALSE(step4.ok());
    CHECK(f.rules(QDate(2026, 5, 7)) == QStringList{QStringLiteral("matter.vote_failed")});
    CHECK(f.rules(QDate(2026, 5, 20)).contains(QStringLiteral("matter.disclosure_missing")));
    REQUIRE(f.record(f.at(MatterStep::ResolutionDisclosure, QDate(2026, 5, 8))).ok());
    CHECK_FALSE(f.rules(QDate(2026, 5, 20)).contains(QStringLiteral("matter.disclosure_missing")));
    CHECK(f.status(QDate(2026, 5, 20)) == MatterStatus::Rejected);
}

TEST_CASE("disclosure defects: late, short, unsigned; result missing; withdrawal", "[deliberation][matter]")
{
    MatterFixture f;
    REQUIRE(f.record(f.at(MatterStep::PartyProposal, QDate(2026, 5, 1), 5, 4)).ok());
    REQUIRE(f.record(f.at(MatterStep::JointDeliberation, QDate(2026, 5, 3), 7, 7)).ok());
    REQUIRE(f.record(f.at(MatterStep::MembersReview, QDate(2026, 5, 6), 10, 8, 7)).ok());
    REQUIRE(f.record(f.at(MatterStep::Resolution, QDate(2026, 5, 10), 30, 25, 20)).ok());
    StepRecord d = f.at(MatterStep::ResolutionDisclosure, QDate(2026, 5, 20));
    d.disclosureEnd = QDate(2026, 5, 24); // 5 days
    d.channels = QStringList{QStringLiteral("公开栏")};
    d.matterId = f.matter;
    REQUIRE(f.matters.saveStep(d).ok()); // unsigned
    QStringList rules = f.rules(QDate(2026, 6, 1));
    rules.sort();
    CHECK(rules == QStringList{QStringLiteral("matter.disclosure_late"), QStringLiteral("matter.disclosure_short"),
                               QStringLiteral("matter.unsigned")});
    // Working days: 5 calendar days contain at most 5 working days; with a 5-day period the
    // setting decides.
    DeliberationSettings s = SettingsStore(*f.ledger).deliberation();
    s.minDisclosureDays = 5;
    REQUIRE(SettingsStore(*f.ledger).setDeliberation(s, nullptr));
    CHECK_FALSE(f.rules(QDate(2026, 6, 1)).contains(QStringLiteral("matter.disclosure_short")));
    s.workingDays = true; // 2026-05-20 (Wed) to 05-24 (Sun): 3 working days
    REQUIRE(SettingsStore(*f.ledger).setDeliberation(s, nullptr));
    CHECK(f.rules(QDate(2026, 6, 1)).contains(QStringLiteral("matter.disclosure_short")));

    Matter m = *f.matters.get(f.matter);
    m.plannedCompletion = QDate(2026, 7, 1);
    REQUIRE(f.matters.update(m).ok());
    CHECK_FALSE(f.rules(QDate(2026, 7, 31)).contains(QStringLiteral("matter.result_missing")));
    CHECK(f.rules(QDate(2026, 8, 1)).contains(QStringLiteral("matter.result_missing")));

    m.withdrawnOn = QDate(2026, 6, 2);
    CHECK_FALSE(f.matters.update(m).ok()); // the reason is required
    m.withdrawnReason = QStringLiteral("项目取消");
    REQUIRE(f.matters.update(m).ok());
    CHECK(f.status(QDate(2026, 8, 1)) == MatterStatus::Withdrawn);
    CHECK_FALSE(f.rules(QDate(2026, 8, 1)).contains(QStringLiteral("matter.result_missing")));
}

TEST_CASE("matter findings reach check, expected counts come from the village", "[deliberation][matter]")
{
    MatterFixture f;
    REQUIRE(f.record(f.at(MatterStep::PartyProposal, QDate(2026, 5, 1), 5, 2)).ok()); // 2 of 5
    bool found = false;
    for (const Finding &x : FindingEngine::run(*f.ledger, QDate(2026, 5, 2)))
        found |= x.rule == QLatin1String("matter.quorum") && x.recordKind == Finding::RecordKind::Matter &&
                 x.recordId == f.matter && x.detail.contains(QStringLiteral("村内道路硬化工程"));
    CHECK(found);

    const ExpectedCounts review = f.matters.expectedDefaults(f.village, MatterStep::MembersReview,
                                                             ResolutionForm::None, QDate(2026, 5, 2));
    REQUIRE(review.expected);
    CHECK(*review.expected == 10);
    const ExpectedCounts reps = f.matters.expectedDefaults(f.village, MatterStep::Resolution,
                                                           ResolutionForm::RepresentativesMeeting, QDate(2026, 5, 2));
    REQUIRE(reps.expected);
    CHECK(*reps.expected == 30);
}

TEST_CASE("attachments: scans and PDFs inside the ledger, with a size limit", "[deliberation][matter]")
{
    MatterFixture f;
    const Saved step = f.record(f.at(MatterStep::PartyProposal, QDate(2026, 5, 1), 5, 4));
    REQUIRE(step.ok());
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(2000, 'x') + "\n%%EOF\n";
    const Saved a = f.matters.addAttachment(step.id, QStringLiteral("支委会记录.pdf"), pdf);
    INFO(a.message().toStdString());
    REQUIRE(a.ok());
    CHECK(f.matters.attachmentData(a.id) == pdf);
    CHECK(f.matters.attachments(step.id).size() == 1);
    const Saved text = f.matters.addAttachment(step.id, QStringLiteral("notes.txt"), "plain text");
    CHECK_FALSE(text.ok());
    DeliberationSettings s = SettingsStore(*f.ledger).deliberation();
    s.maxAttachmentMb = 1;
    REQUIRE(SettingsStore(*f.ledger).setDeliberation(s, nullptr));
    const Saved big = f.matters.addAttachment(step.id, QStringLiteral("big.pdf"),
                                              QByteArray("%PDF-1.4\n") + QByteArray(2 * 1024 * 1024, 'x'));
    CHECK_FALSE(big.ok());
    CHECK_THAT(big.message().toStdString(), Catch::Contains("limit"));
}

TEST_CASE("the demo has matters in every status", "[deliberation][demo]")
{
    test::TempDir tmp;
    auto ledger = test::demoLedger(tmp.file(QStringLiteral("d.ledger")), 12);
    QSet<int> statuses;
    for (const BoardRow &row : MatterBoard::rows(*ledger, test::fixedToday()))
        statuses.insert(int(row.status));
    for (MatterStatus s : {MatterStatus::Draft, MatterStatus::InProgress, MatterStatus::Resolved, MatterStatus::Disclosing,
                           MatterStatus::AwaitingResult, MatterStatus::Completed, MatterStatus::Rejected,
                           MatterStatus::Withdrawn}) {
        INFO(MatterText::status(s).toStdString());
        CHECK(statuses.contains(int(s)));
    }
}

TEST_CASE("应到 is checked against the village record, as a warning naming both numbers", "[deliberation][expected]")
{
    Village village;
    village.id = 1;
    village.partyMembers = 36;
    village.representatives = 41;
    village.adults = 1200;
    village.households = 450;
    Matter m;
    m.id = 1;
    m.villageId = 1;
    m.title = QStringLiteral("修建村道");
    const DeliberationSettings settings;
    auto mismatches = [&](const QList<StepRecord> &steps, const Village *v) {
        QStringList out;
        for (const Deliberation::Defect &d : Deliberation::defects(m, steps, settings, QDate(2026, 6, 1), v))
            if (d.rule == QLatin1String("matter.expected_mismatch"))
                out << d.detail;
        return out;
    };
    const QList<StepRecord> matching = {meeting(MatterStep::PartyProposal, 5, 5),
                                        meeting(MatterStep::JointDeliberation, 12, 10),
                                        meeting(MatterStep::MembersReview, 36, 30, 25),
                                        meeting(MatterStep::Resolution, 41, 35, 30, ResolutionForm::RepresentativesMeeting)};
    CHECK(mismatches(matching, &village).isEmpty());

    QList<StepRecord> off = matching;
    off[2].expected = 34; // 党员大会: two members short of the record
    off[3].expected = 40;
    const QStringList found = mismatches(off, &village);
    REQUIRE(found.size() == 2);
    CHECK(found[0].contains(QStringLiteral("34")));
    CHECK(found[0].contains(QStringLiteral("36")));
    CHECK(found[0].startsWith(QStringLiteral("step 3")));
    CHECK(found[1].contains(QStringLiteral("40")));
    CHECK(found[1].contains(QStringLiteral("41")));
    CHECK(found[1].startsWith(QStringLiteral("step 4")));
    // Without the record (or with the body not on file) nothing is compared.
    CHECK(mismatches(off, nullptr).isEmpty());
    Village unknown = village;
    unknown.partyMembers = 0;
    unknown.representatives = 0;
    CHECK(mismatches(off, &unknown).isEmpty());

    // 村民会议: the adults and the households on file.
    QList<StepRecord> assembly = matching;
    assembly[3] = meeting(MatterStep::Resolution, 1100, 700, 600, ResolutionForm::VillagersMeeting);
    assembly[3].householdsExpected = 450;
    assembly[3].householdsPresent = 320;
    const QStringList a = mismatches(assembly, &village);
    REQUIRE(a.size() == 1);
    CHECK(a[0].contains(QStringLiteral("1100")));
    CHECK(a[0].contains(QStringLiteral("1200")));

    // The board (and so the findings) compares with the village of each matter, as a warning.
    test::TempDir dir;
    auto ledger = test::demoLedger(dir.file(QStringLiteral("demo.ledger")), 3);
    QSqlQuery q(ledger->database());
    REQUIRE(q.exec(QStringLiteral("SELECT m.village_id, s.expected FROM matter_step s JOIN matter m ON m.id = s.matter_id "
                                  "WHERE s.step = 3 AND s.expected IS NOT NULL ORDER BY s.id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 villageId = q.value(0).toLongLong();
    const int expected = q.value(1).toInt();
    q.finish();
    // The village record says two more party members than the meeting counted.
    QString error;
    REQUIRE(ledger->write(
        [&](QString *why) {
            QSqlQuery u(ledger->database());
            u.prepare(QStringLiteral("UPDATE village SET party_members = ? WHERE id = ?"));
            u.addBindValue(expected + 2);
            u.addBindValue(villageId);
            if (!u.exec())
                *why = u.lastError().text();
            return why->isEmpty();
        },
        &error));
    int warnings = 0;
    for (const Finding &f : FindingEngine::run(*ledger, QDate(2026, 9, 30)))
        if (f.rule == QLatin1String("matter.expected_mismatch") && f.villageId == villageId) {
            CHECK(f.severity == Finding::Severity::Warning);
            CHECK(f.detail.contains(QString::number(expected + 2)));
            ++warnings;
        }
    CHECK(warnings >= 1);
}

namespace {
// Steps 1 and 2 held properly, then `third` (and, when given, `fourth`).
QList<StepRecord> throughStep(const QList<StepRecord> &later)
{
    QList<StepRecord> steps{meeting(MatterStep::PartyProposal, 5, 5), meeting(MatterStep::JointDeliberation, 9, 9)};
    steps += later;
    return steps;
}

struct Outcome
{
    MatterStatus status;
    std::optional<MatterStep> next;
    bool quorumDefect;
    bool voteDefect;
};

Outcome outcome(const QList<StepRecord> &steps)
{
    const DeliberationSettings settings;
    const Matter m;
    Outcome o{Deliberation::status(m, steps, settings, QDate(2026, 6, 1)), Deliberation::nextStep(m, steps, settings),
              false, false};
    for (const auto &d : Deliberation::defects(m, steps, settings, QDate(2026, 6, 1))) {
        o.quorumDefect = o.quorumDefect || d.rule == QLatin1String("matter.quorum");
        o.voteDefect = o.voteDefect || d.rule == QLatin1String("matter.vote_failed");
    }
    return o;
}
} // namespace

TEST_CASE("no quorum is not a rejection: the matter stays at the step, to be held again", "[deliberation][quorum]")
{
    const auto Rep = ResolutionForm::RepresentativesMeeting;
    const auto All = ResolutionForm::VillagersMeeting;
    SECTION("支委会: 5 members, 2 present is void, 3 present decides")
    {
        auto o = outcome({meeting(MatterStep::PartyProposal, 5, 2)});
        CHECK(o.status == MatterStatus::InProgress);
        CHECK(o.next == MatterStep::PartyProposal);
        CHECK(o.quorumDefect);
        o = outcome({meeting(MatterStep::PartyProposal, 5, 3)});
        CHECK(o.next == MatterStep::JointDeliberation);
        CHECK_FALSE(o.quorumDefect);
    }
    SECTION("党员大会: 10 voting members")
    {
        // 4 present, all for: void (no quorum), not rejected, not a failed vote.
        auto o = outcome(throughStep({meeting(MatterStep::MembersReview, 10, 4, 4)}));
        CHECK(o.status == MatterStatus::InProgress);
        CHECK(o.next == MatterStep::MembersReview);
        CHECK(o.quorumDefect);
        CHECK_FALSE(o.voteDefect);
        CHECK_FALSE(Deliberation::rejectedAt(throughStep({meeting(MatterStep::MembersReview, 10, 4, 4)}), {}));
        // 5 present (quorum), 5 for: not more than half of 10 expected: rejected.
        o = outcome(throughStep({meeting(MatterStep::MembersReview, 10, 5, 5)}));
        CHECK(o.status == MatterStatus::Rejected);
        CHECK(o.voteDefect);
        CHECK_FALSE(o.quorumDefect);
        // 6 present, 6 for: passed, on to the resolution.
        o = outcome(throughStep({meeting(MatterStep::MembersReview, 10, 6, 6)}));
        CHECK(o.status == MatterStatus::InProgress);
        CHECK(o.next == MatterStep::Resolution);
    }
    SECTION("村民代表会议: 30 representatives")
    {
        const StepRecord review = meeting(MatterStep::MembersReview, 10, 8, 8);
        auto o = outcome(throughStep({review, meeting(MatterStep::Resolution, 30, 19, 19, Rep)}));
        CHECK(o.status == MatterStatus::InProgress);
        CHECK(o.next == MatterStep::Resolution);
        CHECK(o.quorumDefect);
        CHECK_FALSE(o.voteDefect);
        o = outcome(throughStep({review, meeting(MatterStep::Resolution, 30, 20, 10, Rep)}));
        CHECK(o.status == MatterStatus::Rejected);
        o = outcome(throughStep({review, meeting(MatterStep::Resolution, 30, 20, 11, Rep)}));
        CHECK(o.status == MatterStatus::Resolved);
        CHECK(o.next == MatterStep::ResolutionDisclosure);
    }
    SECTION("村民会议: 100 adults, or two thirds of 30 households")
    {
        const StepRecord review = meeting(MatterStep::MembersReview, 10, 8, 8);
        auto o = outcome(throughStep({review, meeting(MatterStep::Resolution, 100, 50, 50, All)}));
        CHECK(o.status == MatterStatus::InProgress);
        CHECK(o.next == MatterStep::Resolution);
        CHECK(o.quorumDefect);
        o = outcome(throughStep({review, meeting(MatterStep::Resolution, 100, 51, 25, All)}));
        CHECK(o.status == MatterStatus::Rejected);
        o = outcome(throughStep({review, meeting(MatterStep::Resolution, 100, 51, 26, All)}));
        CHECK(o.status == MatterStatus::Resolved);
        StepRecord households = meeting(MatterStep::Resolution, 100, 40, 21, All);
        households.householdsExpected = 30;
        households.householdsPresent = 19;
        CHECK(outcome(throughStep({review, households})).next == MatterStep::Resolution); // void
        households.householdsPresent = 20;
        CHECK(outcome(throughStep({review, households})).status == MatterStatus::Resolved);
    }
    SECTION("a meeting held again with quorum moves the matter on")
    {
        QList<StepRecord> steps = throughStep({meeting(MatterStep::MembersReview, 10, 3, 3)});
        CHECK(outcome(steps).next == MatterStep::MembersReview);
        // A later step recorded over a void meeting is out of order.
        QList<StepRecord> skipped = steps;
        skipped << meeting(MatterStep::Resolution, 30, 25, 20, Rep);
        bool order = false;
        for (const auto &d : Deliberation::defects(Matter{}, skipped, {}, QDate(2026, 6, 1)))
            order = order || d.rule == QLatin1String("matter.order");
        CHECK(order);
        steps.last() = meeting(MatterStep::MembersReview, 10, 7, 7);
        steps.last().date = QDate(2026, 5, 10);
        const Outcome o = outcome(steps);
        CHECK(o.next == MatterStep::Resolution);
        CHECK_FALSE(o.quorumDefect);
    }
}
