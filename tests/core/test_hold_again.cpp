// A step keeps every meeting held for it (schema version 11): a meeting without quorum, held
// again, stays on record with its date and counts; the township as of a date between the two
// meetings sees the failed one; holding again is one command; the trail still verifies.
#include "TestSupport.h"

#include "edits/History.h"
#include "edits/MatterEdits.h"
#include "matters/MatterBoard.h"
#include "matters/MatterRepository.h"
#include "model/AsOf.h"
#include "model/VillageRepository.h"
#include "storage/AuditChain.h"
#include "storage/Ledger.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tl;

namespace {
struct Fixture
{
    test::TempDir dir;
    std::unique_ptr<Ledger> ledger = test::demoLedger(dir.file(QStringLiteral("h.ledger")), 2);
    qint64 village = VillageRepository(*ledger).all().value(0).id;
    qint64 matter = 0;

    Fixture()
    {
        Matter m;
        m.villageId = village;
        m.title = QStringLiteral("村道硬化");
        m.category = MatterText::categoryCodes().value(0);
        m.proposer = QStringLiteral("村党支部");
        const Result<qint64> id = edits::addMatter(*ledger, m);
        REQUIRE(id.ok());
        matter = *id;
    }
    // 支委会 of 5: 2 present is void (no quorum), 4 present decides.
    StepRecord proposal(const QDate &on, int present) const
    {
        StepRecord r;
        r.matterId = matter;
        r.step = MatterStep::PartyProposal;
        r.date = on;
        r.place = QStringLiteral("村党群服务中心");
        r.chair = QStringLiteral("王书记");
        r.expected = 5;
        r.present = present;
        r.summary = QStringLiteral("提议");
        return r;
    }
    std::optional<BoardRow> asOf(const QDate &d) const
    {
        for (const BoardRow &row : TownshipAsOf(*ledger, d).matters(village))
            if (row.matter.id == matter)
                return row;
        return std::nullopt;
    }
};

bool hasQuorumFinding(const BoardRow &row)
{
    for (const Deliberation::Defect &d : row.defects)
        if (d.rule == QLatin1String("matter.quorum") && d.detail.contains(QStringLiteral("hold it again")))
            return true;
    return false;
}
} // namespace

TEST_CASE("Holding a meeting again keeps the failed one, with its date and counts", "[edits][matters][quorum]")
{
    Fixture f;
    MatterRepository repo(*f.ledger);
    const Result<edits::StepSaved> first = edits::saveStep(*f.ledger, f.proposal(QDate(2026, 3, 2), 2), {}, {});
    REQUIRE(first.ok());
    const qint64 stepId = first->stepId;

    StepRecord again = f.proposal(QDate(2026, 4, 10), 4);
    again.id = stepId;
    test::checkRoundTrip(*f.ledger, [&] {
        const Result<edits::StepSaved> r = edits::holdStepAgain(*f.ledger, again, {}, {});
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        CHECK(r->stepId == stepId);
    });
    CHECK(f.ledger->history().stack()->text(f.ledger->history().stack()->count() - 1)
          == QStringLiteral("Hold step 1 of “村道硬化” again"));

    // The record of the step holds the meeting held again; the failed one is kept.
    const std::optional<StepRecord> now = repo.stepById(stepId);
    REQUIRE(now);
    CHECK(now->date == QDate(2026, 4, 10));
    CHECK(now->present == 4);
    const QList<EarlierMeeting> earlier = repo.earlierMeetings(f.matter);
    REQUIRE(earlier.size() == 1);
    CHECK(earlier.first().stepId == stepId);
    CHECK(earlier.first().meeting.step == MatterStep::PartyProposal);
    CHECK(earlier.first().meeting.date == QDate(2026, 3, 2));
    CHECK(earlier.first().meeting.present == 2);
    CHECK(earlier.first().meeting.expected == 5);
    CHECK(earlier.first().meeting.chair == QStringLiteral("王书记"));
    CHECK(repo.allEarlierMeetings().value(f.matter).size() == 1);

    SECTION("as of a date between the two meetings the matter waits at the failed one")
    {
        const std::optional<BoardRow> asOfMarch = f.asOf(QDate(2026, 3, 31));
        REQUIRE(asOfMarch);
        const BoardRow &march = *asOfMarch;
        REQUIRE(march.steps.size() == 1);
        CHECK(march.steps.first().date == QDate(2026, 3, 2));
        CHECK(march.steps.first().present == 2);
        CHECK(march.status == MatterStatus::InProgress);
        CHECK(march.next == MatterStep::PartyProposal);
        CHECK(hasQuorumFinding(march));
        // Before the failed meeting nothing about the matter had happened yet.
        CHECK_FALSE(f.asOf(QDate(2026, 2, 1)));
        // After the meeting held again, the matter has moved on.
        const std::optional<BoardRow> asOfApril = f.asOf(QDate(2026, 4, 30));
        REQUIRE(asOfApril);
        const BoardRow &april = *asOfApril;
        REQUIRE(april.steps.size() == 1);
        CHECK(april.steps.first().date == QDate(2026, 4, 10));
        CHECK(april.next == MatterStep::JointDeliberation);
        CHECK_FALSE(hasQuorumFinding(april));
    }
    SECTION("undo is one step: the failed meeting is the record again, nothing else kept")
    {
        const qint64 keptId = earlier.first().id;
        REQUIRE(f.ledger->history().undo().ok());
        CHECK(repo.stepById(stepId)->date == QDate(2026, 3, 2));
        CHECK(repo.stepById(stepId)->present == 2);
        CHECK(repo.earlierMeetings(f.matter).isEmpty());
        REQUIRE(f.ledger->history().redo().ok());
        REQUIRE(repo.earlierMeetings(f.matter).size() == 1);
        CHECK(repo.earlierMeetings(f.matter).first().id == keptId);
    }
    SECTION("deleting the step and undoing puts the earlier meeting back")
    {
        test::checkRoundTrip(*f.ledger, [&] { REQUIRE(edits::removeStep(*f.ledger, stepId).ok()); });
        CHECK(repo.earlierMeetings(f.matter).isEmpty()); // they went with the step
        REQUIRE(f.ledger->history().undo().ok());
        CHECK(repo.earlierMeetings(f.matter).size() == 1);
    }
    SECTION("deleting the matter and undoing puts the earlier meeting back")
    {
        test::checkRoundTrip(*f.ledger, [&] { REQUIRE(edits::removeMatter(*f.ledger, f.matter).ok()); });
        CHECK(repo.earlierMeetings(f.matter).isEmpty());
        REQUIRE(f.ledger->history().undo().ok());
        CHECK(repo.earlierMeetings(f.matter).size() == 1);
        CHECK(repo.stepById(stepId)->date == QDate(2026, 4, 10));
    }
    SECTION("a meeting that had quorum is not held again; the one held again cannot come first")
    {
        StepRecord third = f.proposal(QDate(2026, 5, 1), 5);
        third.id = stepId;
        const Result<edits::StepSaved> refused = edits::holdStepAgain(*f.ledger, third, {}, {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("without quorum")));
        CHECK(repo.earlierMeetings(f.matter).size() == 1);

        REQUIRE(f.ledger->history().undo().ok());
        StepRecord early = f.proposal(QDate(2026, 2, 1), 4);
        early.id = stepId;
        const Result<edits::StepSaved> before = edits::holdStepAgain(*f.ledger, early, {}, {});
        REQUIRE_FALSE(before.ok());
        CHECK(before.message().contains(QStringLiteral("2026-03-02")));
        CHECK(repo.earlierMeetings(f.matter).isEmpty());
    }

    // Every change went through the audited tables: the trail replays to the file.
    const AuditChain::Verdict v = AuditChain::verify(f.ledger->database());
    INFO(v.problem.toStdString());
    CHECK(v.whole);
}

TEST_CASE("Version 11 adds the earlier meetings of a step to a version-10 ledger; the trail verifies",
          "[storage][migration][quorum]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v10.ledger"));
    test::buildAtVersion(path, 10);
    test::sealTrail(path); // as the version-10 program would have
    auto opened = Ledger::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ledger);
    Ledger &ledger = *opened.ledger;
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == Ledger::schemaVersion());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'audit_step_meeting_%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
    const AuditChain::Verdict v = AuditChain::verify(ledger.database());
    INFO(v.problem.toStdString());
    CHECK(v.whole);
}
