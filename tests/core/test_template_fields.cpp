// What county templates record besides the counts (schema version 12): the 动议事由 of a matter,
// the township cadre attending steps 3 and 4, and the supervision committee's opinion on each
// disclosure. Stored, edited as one command, worded in the history, and carried by migration.
#include "TestSupport.h"

#include "disclosures/Disclosures.h"
#include "disclosures/Notices.h"
#include "edits/DisclosureEdits.h"
#include "edits/History.h"
#include "edits/MatterEdits.h"
#include "matters/MatterRepository.h"
#include "model/VillageRepository.h"
#include "storage/AuditChain.h"
#include "storage/AuditText.h"
#include "storage/AuditTrail.h"
#include "storage/Translations.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace tl;

namespace {
struct Chinese
{
    Chinese() { Translations::install(QStringLiteral("zh_CN")); }
    ~Chinese() { Translations::install(QStringLiteral("en")); }
};
} // namespace

TEST_CASE("动议事由: codes, Chinese text, and the words county templates write", "[matters][template]")
{
    Chinese chinese;
    CHECK(MatterText::motionSources() == QStringList{QStringLiteral("masses"), QStringLiteral("cadres"), QStringLiteral("higher")});
    CHECK(MatterText::motionSource(QStringLiteral("masses")) == QStringLiteral("党员群众建议"));
    CHECK(MatterText::motionSource(QStringLiteral("cadres")) == QStringLiteral("村干部提议"));
    CHECK(MatterText::motionSource(QStringLiteral("higher")) == QStringLiteral("上级党委政府安排"));
    CHECK(MatterText::motionSourceFrom(QStringLiteral("上级党委政府安排")) == QStringLiteral("higher"));
    CHECK(MatterText::motionSourceFrom(QStringLiteral(" 党员群众建议 ")) == QStringLiteral("masses"));
    CHECK(MatterText::motionSourceFrom(QString()) == QString());
    CHECK_FALSE(MatterText::motionSourceFrom(QStringLiteral("乡长拍板")).has_value());
}

TEST_CASE("The template fields are stored, edited as one command and worded in the history", "[matters][template][edits]")
{
    Chinese chinese;
    test::TempDir dir;
    auto ledger = test::demoLedger(dir.file(QStringLiteral("t.ledger")), 2);
    MatterRepository matters(*ledger);
    const QList<Matter> all = matters.all();
    REQUIRE_FALSE(all.isEmpty());
    // A matter with steps 3 and 5 recorded.
    Matter matter;
    QList<StepRecord> steps;
    for (const Matter &m : all) {
        steps = matters.steps(m.id);
        const bool has3 = std::any_of(steps.begin(), steps.end(), [](const StepRecord &r) { return r.step == MatterStep::MembersReview; });
        const bool has5 = std::any_of(steps.begin(), steps.end(), [](const StepRecord &r) { return r.step == MatterStep::ResolutionDisclosure; });
        if (has3 && has5) {
            matter = m;
            break;
        }
    }
    REQUIRE(matter.id > 0);

    matter.motionSource = QStringLiteral("higher");
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::editMatter(*ledger, matter).ok()); });
    REQUIRE(edits::editMatter(*ledger, matter).ok());
    CHECK(matters.get(matter.id)->motionSource == QStringLiteral("higher"));
    Matter unknown = matter;
    unknown.motionSource = QStringLiteral("whim");
    CHECK_FALSE(edits::editMatter(*ledger, unknown).ok());

    for (StepRecord r : matters.steps(matter.id)) {
        if (r.step == MatterStep::MembersReview) {
            r.townshipAttendee = QStringLiteral("  李包村  ");
            test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::saveStep(*ledger, r, {}, {}).ok()); });
            REQUIRE(edits::saveStep(*ledger, r, {}, {}).ok());
            CHECK(matters.stepById(r.id)->townshipAttendee == QStringLiteral("李包村"));
        } else if (r.step == MatterStep::ResolutionDisclosure) {
            r.supervisionOpinion = QStringLiteral("经审核，程序合规，同意公开");
            REQUIRE(edits::saveStep(*ledger, r, {}, {}).ok());
            CHECK(matters.stepById(r.id)->supervisionOpinion == QStringLiteral("经审核，程序合规，同意公开"));
        }
    }

    DisclosureRepository disclosures(*ledger);
    REQUIRE_FALSE(disclosures.all().isEmpty());
    Disclosure d = *disclosures.get(disclosures.all().constFirst().id);
    d.supervisionOpinion = QStringLiteral("账目清楚，同意公开");
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::editDisclosure(*ledger, d).ok()); });
    REQUIRE(edits::editDisclosure(*ledger, d).ok());
    CHECK(disclosures.get(d.id)->supervisionOpinion == QStringLiteral("账目清楚，同意公开"));

    // The history words the new fields: no storage key, the code as its text.
    const AuditText text(*ledger);
    QStringList lines;
    for (const AuditEntry &e : AuditTrail::entries(*ledger, {}))
        if (e.field == QLatin1String("motion_source") || e.field == QLatin1String("township_attendee")
            || e.field == QLatin1String("supervision_opinion"))
            lines << text.line(e, true);
    const QString joined = lines.join(QLatin1Char('\n'));
    INFO(joined.toStdString());
    CHECK(joined.contains(QStringLiteral("动议事由")));
    CHECK(joined.contains(QStringLiteral("上级党委政府安排")));
    CHECK(joined.contains(QStringLiteral("乡镇参会人员")));
    CHECK(joined.contains(QStringLiteral("监督意见")));
    CHECK_FALSE(joined.contains(QStringLiteral("motion_source")));
    CHECK_FALSE(joined.contains(QStringLiteral("higher")));
    CHECK_FALSE(joined.contains(QStringLiteral("township_attendee")));
    CHECK_FALSE(joined.contains(QStringLiteral("supervision_opinion")));

    const AuditChain::Verdict v = AuditChain::verify(ledger->database());
    INFO(v.problem.toStdString());
    CHECK(v.whole);
}

TEST_CASE("Version 12 adds the template fields to a version-11 ledger; the trail verifies", "[storage][migration][template]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v11.ledger"));
    test::buildAtVersion(path, 11);
    test::rawExec(path, {QStringLiteral("INSERT INTO matter (id, village_id, title) VALUES (3, 7, '村道硬化')"),
                         QStringLiteral("INSERT INTO matter_step (id, matter_id, step, held_on, channels, signed_by) "
                                        "VALUES (5, 3, 5, '2026-03-01', '公开栏', '赵监督')"),
                         QStringLiteral("INSERT INTO disclosure (id, village_id, kind, period_start, period_end, title) "
                                        "VALUES (9, 7, 'affairs', '2026-01-01', '2026-03-31', '一季度村务公开')")});
    test::sealTrail(path); // as the version-11 program would have
    auto opened = Ledger::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ledger);
    Ledger &ledger = *opened.ledger;
    // A backup of the version-11 file was written before the upgrade.
    CHECK_FALSE(opened.backupPath.isEmpty());
    CHECK(QFileInfo::exists(opened.backupPath));
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == Ledger::schemaVersion());
    // Version 13: the household indexes the in-memory search made useless are gone, and the
    // village-grid index covers the 网格员.
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'household' "
                                  "ORDER BY name")));
    QStringList indexes;
    while (q.next())
        indexes << q.value(0).toString();
    CHECK_FALSE(indexes.contains(QStringLiteral("household_head_name")));
    CHECK_FALSE(indexes.contains(QStringLiteral("household_head_name_all")));
    CHECK_FALSE(indexes.contains(QStringLiteral("household_phone")));
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(name) FROM pragma_index_info('household_village_grid')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("village_id,grid_id,worker_id,people"));
    MatterRepository matters(ledger);
    REQUIRE(matters.get(3));
    CHECK(matters.get(3)->motionSource.isEmpty());
    REQUIRE(matters.stepById(5));
    CHECK(matters.stepById(5)->signedBy == QStringLiteral("赵监督"));
    CHECK(matters.stepById(5)->supervisionOpinion.isEmpty());
    CHECK(DisclosureRepository(ledger).get(9)->supervisionOpinion.isEmpty());

    // An earlier meeting (held again) keeps its township cadre as the step does.
    {
        EarlierMeeting e;
        e.stepId = 5;
        e.meeting.date = QDate(2026, 2, 20);
        e.meeting.townshipAttendee = QStringLiteral("周包村");
        REQUIRE(matters.storeEarlierMeeting(e).ok());
        REQUIRE(matters.earlierMeetings(3).size() == 1);
        CHECK(matters.earlierMeetings(3).constFirst().meeting.townshipAttendee == QStringLiteral("周包村"));
    }
    // The upgraded file records the new fields, through the triggers, and the trail replays.
    Matter m = *matters.get(3);
    m.category = QStringLiteral("other");
    m.motionSource = QStringLiteral("masses");
    REQUIRE(edits::editMatter(ledger, m).ok());
    REQUIRE(q.exec(QStringLiteral("SELECT new_value FROM audit_log WHERE tbl = 'matter' AND field = 'motion_source' "
                                  "ORDER BY id DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("masses"));
    const AuditChain::Verdict v = AuditChain::verify(ledger.database());
    INFO(v.problem.toStdString());
    CHECK(v.whole);
}

TEST_CASE("A printed notice carries the supervision committee's opinion beside its signature, masked",
          "[notices][template]")
{
    test::TempDir dir;
    auto ledger = test::demoLedger(dir.file(QStringLiteral("n.ledger")), 1);
    DisclosureRepository disclosures(*ledger);
    REQUIRE_FALSE(disclosures.all().isEmpty());
    Disclosure d = *disclosures.get(disclosures.all().constFirst().id);
    d.signedBy = QStringLiteral("陈守正");
    d.supervisionOpinion = QStringLiteral("账目清楚，同意公开，有疑问请联系 13812345678");
    REQUIRE(edits::editDisclosure(*ledger, d).ok());
    NoticeDocument notice;
    QString error;
    REQUIRE(NoticeBuilder::forDisclosure(*ledger, d.id, QDate(2026, 11, 1), &notice, &error));
    INFO(notice.supervision.toStdString());
    CHECK(notice.supervision.contains(QStringLiteral("陈守正")));
    CHECK(notice.supervision.contains(QStringLiteral("账目清楚")));
    CHECK(notice.supervision.contains(QStringLiteral("138****5678")));
    CHECK_FALSE(notice.supervision.contains(QStringLiteral("13812345678")));
}
