// The matter edits (core/edits/MatterEdits): each command round-trips exactly, a deleted matter or
// step comes back with its scans whatever today's size limit, and a failing undo changes nothing.
#include "TestSupport.h"

#include "edits/History.h"
#include "edits/MatterEdits.h"
#include "matters/MatterRepository.h"
#include "model/VillageRepository.h"
#include "storage/Settings.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace tl;

namespace {
QByteArray pdf(int size)
{
    return QByteArray("%PDF-1.4\n") + QByteArray(size, 'x') + "\n%%EOF\n";
}


struct Fixture
{
    test::TempDir dir;
    std::unique_ptr<Ledger> ledger = test::demoLedger(dir.file(QStringLiteral("m.ledger")), 2);
    qint64 village = VillageRepository(*ledger).all().value(0).id;

    Matter sampleMatter() const
    {
        Matter m;
        m.villageId = village;
        m.title = QStringLiteral("村道硬化");
        m.category = MatterText::categoryCodes().value(0);
        m.amountFen = 86'000'000;
        m.proposer = QStringLiteral("村党支部");
        m.description = QStringLiteral("硬化三组至五组道路 1.2 公里");
        return m;
    }
    qint64 addMatter()
    {
        const Result<qint64> id = edits::addMatter(*ledger, sampleMatter());
        INFO(id.message().toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    static StepRecord proposal(qint64 matterId)
    {
        StepRecord r;
        r.matterId = matterId;
        r.step = MatterStep::PartyProposal;
        r.date = QDate(2026, 5, 1);
        r.place = QStringLiteral("村党群服务中心");
        r.chair = QStringLiteral("王书记");
        r.expected = 5;
        r.present = 5;
        r.summary = QStringLiteral("同意提交两委会商议");
        return r;
    }
    // A matter with two steps and a scan on each, written directly (the starting state).
    qint64 matterWithScans(int scanSize = 2000)
    {
        const qint64 id = addMatter();
        MatterRepository repo(*ledger);
        const Saved first = repo.saveStep(proposal(id));
        REQUIRE(first.ok());
        StepRecord joint = proposal(id);
        joint.step = MatterStep::JointDeliberation;
        joint.date = QDate(2026, 5, 8);
        const Saved second = repo.saveStep(joint);
        REQUIRE(second.ok());
        REQUIRE(repo.addAttachment(first.id, QStringLiteral("支委会记录.pdf"), pdf(scanSize)).ok());
        REQUIRE(repo.addAttachment(second.id, QStringLiteral("两委会记录.pdf"), pdf(scanSize)).ok());
        REQUIRE(repo.addAttachment(second.id, QStringLiteral("签到表.pdf"), pdf(scanSize / 2)).ok());
        return id;
    }
    void setLimitMb(int mb)
    {
        DeliberationSettings s = SettingsStore(*ledger).deliberation();
        s.maxAttachmentMb = mb;
        REQUIRE(SettingsStore(*ledger).setDeliberation(s, nullptr));
    }
};
} // namespace

TEST_CASE("Matter edits: new, edit, withdraw and delete round-trip", "[edits][matters]")
{
    Fixture f;
    edits::History &history = f.ledger->history();
    QSignalSpy changed(&history, &edits::History::changed);
    qint64 id = 0;
    test::checkRoundTrip(*f.ledger, [&] { id = f.addMatter(); });
    REQUIRE(id > 0);
    CHECK(history.stack()->text(history.stack()->count() - 1) == QStringLiteral("New matter “村道硬化”"));
    REQUIRE_FALSE(changed.isEmpty());
    const auto change = changed.last().at(0).value<edits::Change>();
    CHECK(change.kind == edits::Change::Kind::Matters);
    CHECK(change.villageId == f.village);
    CHECK(change.ids == QList<qint64>{id});

    Matter m = *MatterRepository(*f.ledger).get(id);
    m.amountFen = 90'000'000;
    m.title = QStringLiteral("村道硬化（二期）");
    test::checkRoundTrip(*f.ledger, [&] { REQUIRE(edits::editMatter(*f.ledger, m).ok()); });
    CHECK(MatterRepository(*f.ledger).get(id)->amountFen == 90'000'000);
    CHECK(history.stack()->text(history.stack()->count() - 1).startsWith(QStringLiteral("Edit matter")));

    m.withdrawnOn = QDate(2026, 6, 1);
    m.withdrawnReason = QStringLiteral("上级项目资金已覆盖");
    test::checkRoundTrip(*f.ledger, [&] { REQUIRE(edits::editMatter(*f.ledger, m).ok()); });
    CHECK(history.stack()->text(history.stack()->count() - 1).startsWith(QStringLiteral("Withdraw")));

    test::checkRoundTrip(*f.ledger, [&] { REQUIRE(edits::removeMatter(*f.ledger, id).ok()); });
    CHECK_FALSE(MatterRepository(*f.ledger).get(id));
}

TEST_CASE("Matter edits: refused input names the field and leaves no command", "[edits][matters]")
{
    Fixture f;
    const QString before = test::dumpTables(*f.ledger);
    Matter m = f.sampleMatter();
    m.title = QStringLiteral("   ");
    const Result<qint64> added = edits::addMatter(*f.ledger, m);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == Error::Kind::InvalidInput);
    CHECK(added.error().fields.value(0).field == QStringLiteral("title"));

    const qint64 id = f.addMatter();
    const QString withMatter = test::dumpTables(*f.ledger);
    const int depth = f.ledger->history().stack()->count();
    StepRecord r = Fixture::proposal(id);
    r.date = QDate();
    const Result<edits::StepSaved> saved = edits::saveStep(*f.ledger, r, {}, {{QStringLiteral("a.pdf"), pdf(100)}});
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind == Error::Kind::InvalidInput);
    CHECK(saved.error().fields.value(0).field == QStringLiteral("date"));
    CHECK(f.ledger->history().stack()->count() == depth);
    CHECK(test::dumpTables(*f.ledger) == withMatter);
    CHECK(withMatter != before);
}

TEST_CASE("Deleting a matter is undone with its steps and scans, whatever today's size limit", "[edits][matters]")
{
    Fixture f;
    const qint64 id = f.matterWithScans(2 * 1024 * 1024); // 2 MB scans, within the 20 MB default
    MatterRepository repo(*f.ledger);
    const MatterSnapshot before = *repo.snapshot(id);
    REQUIRE(before.steps.size() == 2);
    REQUIRE(before.attachments.size() == 3);
    // The limit is lowered after the scans were added: putting them back must not check it again.
    f.setLimitMb(1);
    test::checkRoundTrip(*f.ledger, [&] { REQUIRE(edits::removeMatter(*f.ledger, id).ok()); });
    CHECK_FALSE(repo.get(id));
    CHECK(repo.storedAttachments(before.steps.first().id).isEmpty());

    REQUIRE(f.ledger->history().undo().ok());
    const MatterSnapshot after = *repo.snapshot(id);
    REQUIRE(after.attachments.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(after.attachments.at(i).info.id == before.attachments.at(i).info.id);
        CHECK(after.attachments.at(i).info.added == before.attachments.at(i).info.added);
        CHECK(after.attachments.at(i).data == before.attachments.at(i).data);
    }
}

TEST_CASE("Saving a step with its scans is one command, round-trips, and reports refused scans", "[edits][matters]")
{
    Fixture f;
    const qint64 id = f.addMatter();
    MatterRepository repo(*f.ledger);

    // A new record with two scans, one of which is not a scan at all.
    edits::StepSaved saved;
    test::checkRoundTrip(*f.ledger, [&] {
        const Result<edits::StepSaved> r = edits::saveStep(
            *f.ledger, Fixture::proposal(id), {},
            {{QStringLiteral("记录.pdf"), pdf(3000)}, {QStringLiteral("notes.txt"), QByteArray("plain text")}});
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        saved = *r;
    });
    REQUIRE(saved.stepId > 0);
    REQUIRE(saved.refusedScans.size() == 1);
    CHECK(saved.refusedScans.first().first == 1);
    CHECK(saved.refusedScans.first().second.contains(QStringLiteral("notes.txt")));
    const QList<AttachmentInfo> scans = repo.attachments(saved.stepId);
    REQUIRE(scans.size() == 1);
    CHECK(repo.stepById(saved.stepId)->place == QStringLiteral("村党群服务中心"));
    CHECK(f.ledger->history().stack()->text(f.ledger->history().stack()->count() - 1)
          == QStringLiteral("Record step 1 of “村道硬化”"));

    // Changing the record: one scan removed, another added, fields changed — one command.
    StepRecord changed = *repo.stepById(saved.stepId);
    changed.present = 4;
    changed.summary = QStringLiteral("一人请假，其余同意");
    test::checkRoundTrip(*f.ledger, [&] {
        const Result<edits::StepSaved> r = edits::saveStep(*f.ledger, changed, {scans.first().id},
                                                           {{QStringLiteral("签到表.pdf"), pdf(500)}});
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        CHECK(r->stepId == saved.stepId);
        CHECK(r->refusedScans.isEmpty());
    });
    const QList<AttachmentInfo> now = repo.attachments(saved.stepId);
    REQUIRE(now.size() == 1);
    CHECK(now.first().fileName == QStringLiteral("签到表.pdf"));
    CHECK(repo.stepById(saved.stepId)->present == 4);

    // Deleting the record takes its scans; undo puts both back (same ids).
    test::checkRoundTrip(*f.ledger, [&] { REQUIRE(edits::removeStep(*f.ledger, saved.stepId).ok()); });
    CHECK_FALSE(repo.stepById(saved.stepId));
    REQUIRE(f.ledger->history().undo().ok());
    REQUIRE(repo.attachments(saved.stepId).size() == 1);
    CHECK(repo.attachments(saved.stepId).first().id == now.first().id);
}

TEST_CASE("Deleting a step is undone with its scans after the size limit was lowered", "[edits][matters]")
{
    Fixture f;
    const qint64 id = f.matterWithScans(2 * 1024 * 1024);
    MatterRepository repo(*f.ledger);
    const qint64 stepId = repo.step(id, MatterStep::JointDeliberation)->id;
    f.setLimitMb(1);
    test::checkRoundTrip(*f.ledger, [&] { REQUIRE(edits::removeStep(*f.ledger, stepId).ok()); });
    CHECK_FALSE(repo.stepById(stepId));
}

TEST_CASE("The deliberation rules are one command; undo puts the settings rows back exactly", "[edits][matters]")
{
    Fixture f;
    QSignalSpy changed(&f.ledger->history(), &edits::History::changed);
    DeliberationSettings s = SettingsStore(*f.ledger).deliberation();
    s.minDisclosureDays = 10;
    s.maxAttachmentMb = 5;
    // From the defaults (no rows) …
    test::checkRoundTrip(*f.ledger, [&] { REQUIRE(edits::editDeliberationSettings(*f.ledger, s).ok()); });
    CHECK(SettingsStore(*f.ledger).deliberation().maxAttachmentMb == 5);
    REQUIRE_FALSE(changed.isEmpty());
    CHECK(changed.last().at(0).value<edits::Change>().kind == edits::Change::Kind::Settings);
    // … and from values already set.
    s.workingDays = true;
    s.jointQuorum = JointQuorum::TwoThirds;
    test::checkRoundTrip(*f.ledger, [&] { REQUIRE(edits::editDeliberationSettings(*f.ledger, s).ok()); });
    CHECK(SettingsStore(*f.ledger).deliberation().workingDays);

    s.maxAttachmentMb = 0; // not valid: refused, nothing pushed
    const int depth = f.ledger->history().stack()->count();
    CHECK_FALSE(edits::editDeliberationSettings(*f.ledger, s).ok());
    CHECK(f.ledger->history().stack()->count() == depth);
}

TEST_CASE("A matter edit whose undo or redo fails midway leaves the ledger unchanged", "[edits][matters]")
{
    Fixture f;
    edits::History &history = f.ledger->history();
    QSignalSpy failed(&history, &edits::History::failed);
    MatterRepository repo(*f.ledger);

    SECTION("undo of a matter deletion fails at its last scan")
    {
        const qint64 id = f.matterWithScans();
        REQUIRE(edits::removeMatter(*f.ledger, id).ok());
        const QString removed = test::dumpTables(*f.ledger);
        // The matter and its steps are written before the scans: the failure comes late.
        test::failWritesOf(*f.ledger, QStringLiteral("attachment"), QStringLiteral("INSERT"));
        const Result<void> undone = history.undo();
        REQUIRE_FALSE(undone.ok());
        CHECK(undone.message().contains(QStringLiteral("injected")));
        CHECK(test::dumpTables(*f.ledger) == removed);
        CHECK_FALSE(repo.get(id));
        CHECK(failed.count() == 1);
        test::stopFailing(*f.ledger, QStringLiteral("attachment"));
    }
    SECTION("undo of a step change fails after its scans were put back")
    {
        const qint64 id = f.matterWithScans();
        const StepRecord joint = *repo.step(id, MatterStep::JointDeliberation);
        const QList<AttachmentInfo> scans = repo.attachments(joint.id);
        StepRecord changed = joint;
        changed.summary = QStringLiteral("改");
        REQUIRE(edits::saveStep(*f.ledger, changed, {scans.first().id}, {{QStringLiteral("新.pdf"), pdf(800)}}).ok());
        const QString after = test::dumpTables(*f.ledger);
        // Undo removes the new scan, restores the old one, then rewrites the step: that fails.
        test::failWritesOf(*f.ledger, QStringLiteral("matter_step"), QStringLiteral("UPDATE"));
        REQUIRE_FALSE(history.undo().ok());
        CHECK(test::dumpTables(*f.ledger) == after);
        CHECK(failed.count() == 1);
        test::stopFailing(*f.ledger, QStringLiteral("matter_step"));
    }
    SECTION("undo of a step deletion fails at its scans; redo of a matter deletion fails")
    {
        const qint64 id = f.matterWithScans();
        const qint64 stepId = repo.step(id, MatterStep::JointDeliberation)->id;
        REQUIRE(edits::removeStep(*f.ledger, stepId).ok());
        const QString removed = test::dumpTables(*f.ledger);
        test::failWritesOf(*f.ledger, QStringLiteral("attachment"), QStringLiteral("INSERT"));
        REQUIRE_FALSE(history.undo().ok());
        CHECK(test::dumpTables(*f.ledger) == removed);
        test::stopFailing(*f.ledger, QStringLiteral("attachment"));

        REQUIRE(edits::removeMatter(*f.ledger, id).ok());
        REQUIRE(history.undo().ok());
        const QString restored = test::dumpTables(*f.ledger);
        test::failWritesOf(*f.ledger, QStringLiteral("matter"), QStringLiteral("DELETE"));
        REQUIRE_FALSE(history.redo().ok());
        CHECK(test::dumpTables(*f.ledger) == restored);
        test::stopFailing(*f.ledger, QStringLiteral("matter"));
    }
    SECTION("a new step whose scan cannot be stored is not saved at all")
    {
        const qint64 id = f.addMatter();
        const QString before = test::dumpTables(*f.ledger);
        const int depth = history.stack()->count();
        test::failWritesOf(*f.ledger, QStringLiteral("attachment"), QStringLiteral("INSERT"));
        const Result<edits::StepSaved> saved =
            edits::saveStep(*f.ledger, Fixture::proposal(id), {}, {{QStringLiteral("记录.pdf"), pdf(100)}});
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().kind == Error::Kind::Database);
        CHECK(test::dumpTables(*f.ledger) == before);
        CHECK(history.stack()->count() == depth);
        test::stopFailing(*f.ledger, QStringLiteral("attachment"));
    }
}
