// Disclosure edits (core/edits/DisclosureEdits): a disclosure with its finance items, the
// disclosure rules and notice fonts, the notice templates — each one command that round-trips
// exactly, and a failing undo leaves the ledger as it was.
#include "TestSupport.h"

#include "disclosures/Disclosures.h"
#include "disclosures/Notices.h"
#include "edits/DisclosureEdits.h"
#include "edits/History.h"
#include "edits/VillageEdits.h"
#include "storage/Settings.h"

#include <QSqlQuery>

using namespace tl;

namespace {
qint64 addSampleVillage(Ledger &ledger)
{
    Village v;
    v.name = QStringLiteral("东湖村");
    v.groups = 6;
    v.households = 320;
    v.registeredPopulation = 1100;
    v.residentPopulation = 900;
    const Result<qint64> id = edits::addVillage(ledger, v);
    REQUIRE(id.ok());
    return *id;
}

FinanceItem item(bool income, const QString &category, const QString &name, qint64 fen)
{
    FinanceItem it;
    it.date = QDate(2026, 3, 12);
    it.income = income;
    it.category = category;
    it.item = name;
    it.amountFen = fen;
    return it;
}

Disclosure financeDisclosure(qint64 villageId)
{
    Disclosure d;
    d.villageId = villageId;
    d.kind = DisclosureKind::Finance;
    d.periodStart = QDate(2026, 3, 1);
    d.periodEnd = QDate(2026, 3, 31);
    d.title = QStringLiteral("东湖村2026年3月财务收支公开");
    d.content = QStringLiteral("现将本月财务收支情况公开如下。");
    d.postedOn = QDate(2026, 4, 5);
    d.endsOn = QDate(2026, 4, 20);
    d.channels = {QStringLiteral("公开栏")};
    d.items = {item(true, QStringLiteral("发包收入"), QStringLiteral("鱼塘承包费"), 1'250'050),
               item(false, QStringLiteral("管理费用"), QStringLiteral("办公用品"), 32'000)};
    return d;
}

QList<qint64> itemIds(Ledger &ledger, qint64 disclosureId)
{
    const std::optional<Disclosure> d = DisclosureRepository(ledger).get(disclosureId);
    REQUIRE(d);
    QList<qint64> ids;
    for (const FinanceItem &it : d->items)
        ids << it.id;
    return ids;
}

} // namespace

TEST_CASE("Adding and editing a disclosure with its finance items round-trip", "[edits][disclosures]")
{
    test::TempDir dir;
    auto ledger = test::newLedger(dir.file("t.ledger"));
    const qint64 village = addSampleVillage(*ledger);
    QList<edits::Change> changes;
    QObject::connect(&ledger->history(), &edits::History::changed,
                     [&](const edits::Change &c) { changes << c; });

    qint64 id = 0;
    test::checkRoundTrip(*ledger, [&] {
        const Result<qint64> added = edits::addDisclosure(*ledger, financeDisclosure(village));
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
        id = *added;
    });
    REQUIRE(id > 0);
    const std::optional<Disclosure> stored = DisclosureRepository(*ledger).get(id);
    REQUIRE(stored);
    CHECK(stored->items.size() == 2);
    CHECK(ledger->history().stack()->text(ledger->history().stack()->index() - 1).contains(stored->title));
    REQUIRE_FALSE(changes.isEmpty());
    CHECK(changes.last().kind == edits::Change::Kind::Disclosures);
    CHECK(changes.last().villageId == village);
    CHECK(changes.last().ids == QList<qint64>{id});

    // Edit: another title, one item dropped, one changed, one added (the items are renumbered by
    // the save; undo must bring back the old ids).
    const QList<qint64> oldIds = itemIds(*ledger, id);
    Disclosure changed = *stored;
    changed.title = QStringLiteral("东湖村2026年3月财务公开（更正）");
    changed.items.removeFirst();
    changed.items[0].amountFen = 35'000;
    changed.items << item(true, QStringLiteral("补助收入"), QStringLiteral("上级补助"), 2'000'000);
    test::checkRoundTrip(*ledger, [&] {
        const Result<void> edited = edits::editDisclosure(*ledger, changed);
        INFO(edited.message().toStdString());
        REQUIRE(edited.ok());
    });
    const std::optional<Disclosure> after = DisclosureRepository(*ledger).get(id);
    CHECK(after->title == changed.title);
    CHECK(after->items.size() == 2);
    CHECK(after->incomeFen() == 2'000'000);
    REQUIRE(ledger->history().undo().ok());
    CHECK(itemIds(*ledger, id) == oldIds);
    CHECK(DisclosureRepository(*ledger).get(id)->title == stored->title);
    CHECK(changes.last().kind == edits::Change::Kind::Disclosures);
    CHECK(changes.last().villageId == village);
}

TEST_CASE("A disclosure refused for its input names the field and leaves no command", "[edits][disclosures]")
{
    test::TempDir dir;
    auto ledger = test::newLedger(dir.file("t.ledger"));
    const qint64 village = addSampleVillage(*ledger);
    const QString before = test::dumpTables(*ledger);
    const int depth = ledger->history().stack()->count();
    Disclosure d = financeDisclosure(village);
    d.title = QStringLiteral("  ");
    const Result<qint64> added = edits::addDisclosure(*ledger, d);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == Error::Kind::InvalidInput);
    REQUIRE(added.error().fields.size() == 1);
    CHECK(added.error().fields.first().field == QStringLiteral("title"));
    CHECK(ledger->history().stack()->count() == depth);
    CHECK(test::dumpTables(*ledger) == before);

    CHECK(edits::editDisclosure(*ledger, [&] { Disclosure e = financeDisclosure(village); e.id = 4242; return e; }())
              .error()
              .kind == Error::Kind::NotFound);
    CHECK(edits::removeDisclosure(*ledger, 4242).error().kind == Error::Kind::NotFound);
    CHECK(ledger->history().stack()->count() == depth);
}

TEST_CASE("Deleting a disclosure is undone with its finance items, the same ids", "[edits][disclosures]")
{
    test::TempDir dir;
    auto ledger = test::demoLedger(dir.file("demo.ledger"), 3);
    QSqlQuery q(ledger->database());
    REQUIRE(q.exec(QStringLiteral("SELECT disclosure_id FROM finance_item GROUP BY disclosure_id "
                                  "HAVING count(*) > 1 ORDER BY disclosure_id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 id = q.value(0).toLongLong();
    const QList<qint64> ids = itemIds(*ledger, id);

    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::removeDisclosure(*ledger, id).ok()); });
    CHECK_FALSE(DisclosureRepository(*ledger).get(id));
    REQUIRE(ledger->history().undo().ok());
    REQUIRE(DisclosureRepository(*ledger).get(id));
    CHECK(itemIds(*ledger, id) == ids);
}

TEST_CASE("Undo writes a disclosure back as it was, without today's checks", "[edits][disclosures]")
{
    test::TempDir dir;
    auto ledger = test::newLedger(dir.file("t.ledger"));
    const qint64 village = addSampleVillage(*ledger);
    // Posted without a channel: refused by today's validation, but such records exist (imports).
    QSqlQuery q(ledger->database());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO disclosure (id, village_id, kind, period_start, period_end, title, "
                                  "posted_on) VALUES (77, %1, 'affairs', '2026-01-01', '2026-03-31', "
                                  "'一季度村务公开', '2026-04-03')")
                       .arg(village)));
    Disclosure fixed = *DisclosureRepository(*ledger).get(77);
    fixed.channels = {QStringLiteral("公开栏")};
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::editDisclosure(*ledger, fixed).ok()); });
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::removeDisclosure(*ledger, 77).ok()); });
    REQUIRE(ledger->history().undo().ok()); // the deletion
    REQUIRE(ledger->history().undo().ok()); // the edit: back to the record without a channel
    CHECK(DisclosureRepository(*ledger).get(77)->channels.isEmpty());
}

TEST_CASE("An undo of a disclosure edit that fails midway leaves the ledger unchanged", "[edits][disclosures]")
{
    test::TempDir dir;
    auto ledger = test::newLedger(dir.file("t.ledger"));
    const qint64 village = addSampleVillage(*ledger);
    edits::History &history = ledger->history();
    const qint64 id = *edits::addDisclosure(*ledger, financeDisclosure(village));

    SECTION("the undo of a deletion: the disclosure is written, then an item fails")
    {
        REQUIRE(edits::removeDisclosure(*ledger, id).ok());
        const QString removed = test::dumpTables(*ledger);
        test::failWritesOf(*ledger, QStringLiteral("finance_item"), QStringLiteral("INSERT"));
        const Result<void> undone = history.undo();
        REQUIRE_FALSE(undone.ok());
        CHECK(undone.message().contains(QStringLiteral("injected")));
        CHECK(test::dumpTables(*ledger) == removed);
        CHECK_FALSE(DisclosureRepository(*ledger).get(id));
        test::stopFailing(*ledger, QStringLiteral("finance_item"));
    }
    SECTION("the undo of an edit: the disclosure row is updated, then an item fails")
    {
        Disclosure changed = *DisclosureRepository(*ledger).get(id);
        changed.title = QStringLiteral("更正后的标题");
        changed.items.removeLast();
        REQUIRE(edits::editDisclosure(*ledger, changed).ok());
        const QString edited = test::dumpTables(*ledger);
        test::failWritesOf(*ledger, QStringLiteral("finance_item"), QStringLiteral("INSERT"));
        REQUIRE_FALSE(history.undo().ok());
        CHECK(test::dumpTables(*ledger) == edited);
        CHECK(DisclosureRepository(*ledger).get(id)->title == changed.title);
        test::stopFailing(*ledger, QStringLiteral("finance_item"));
    }
}

TEST_CASE("Disclosure rules and notice fonts change in one edit and undo exactly", "[edits][disclosures]")
{
    test::TempDir dir;
    auto ledger = test::newLedger(dir.file("t.ledger"));
    DisclosureSettings s;
    s.financeDueDays = 7;
    s.quarterlyDueDays = 20;
    NoticeFonts f;
    f.titleFamily = QStringLiteral("方正小标宋简体");
    f.bodyFamily = QStringLiteral("仿宋_GB2312");
    QList<edits::Change> changes;
    QObject::connect(&ledger->history(), &edits::History::changed, [&](const edits::Change &c) { changes << c; });

    // Nothing stored yet: undo removes the keys again (the defaults apply as before).
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::setDisclosureSettings(*ledger, s, f).ok()); });
    CHECK(SettingsStore(*ledger).disclosure().financeDueDays == 7);
    CHECK(NoticeRenderer::fonts(*ledger).bodyFamily == f.bodyFamily);
    REQUIRE_FALSE(changes.isEmpty());
    CHECK(changes.last().kind == edits::Change::Kind::Settings);

    // Stored values: undo puts them back.
    s.financeDueDays = 15;
    f.titleFamily = QStringLiteral("Noto Serif CJK SC");
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::setDisclosureSettings(*ledger, s, f).ok()); });
    REQUIRE(ledger->history().undo().ok());
    CHECK(SettingsStore(*ledger).disclosure().financeDueDays == 7);
    CHECK(NoticeRenderer::fonts(*ledger).titleFamily == QStringLiteral("方正小标宋简体"));
    REQUIRE(ledger->history().redo().ok()); // 15 days, Noto Serif CJK SC

    // Out of range: refused, nothing pushed.
    const int depth = ledger->history().stack()->count();
    s.financeDueDays = 99;
    CHECK_FALSE(edits::setDisclosureSettings(*ledger, s, f).ok());
    CHECK(ledger->history().stack()->count() == depth);
    CHECK(SettingsStore(*ledger).disclosure().financeDueDays == 15);

    // An undo failing after its first statement leaves the settings as they are.
    s.financeDueDays = 12;
    f.titleFamily = QStringLiteral("方正小标宋简体");
    REQUIRE(edits::setDisclosureSettings(*ledger, s, f).ok());
    const QString after = test::dumpTables(*ledger);
    QSqlQuery q(ledger->database());
    // The second key written back fails (the first went through).
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_setting BEFORE UPDATE ON setting "
                                  "WHEN (SELECT count(*) FROM setting WHERE value IN ('15', 'Noto Serif CJK SC')) > 0 "
                                  "BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    const Result<void> undone = ledger->history().undo();
    REQUIRE_FALSE(undone.ok());
    CHECK(test::dumpTables(*ledger) == after);
    test::stopFailing(*ledger, QStringLiteral("setting"));
}

TEST_CASE("Saving notice templates is undone to exactly the templates stored before", "[edits][disclosures]")
{
    test::TempDir dir;
    auto ledger = test::newLedger(dir.file("t.ledger"));
    // A stored finance template that today's check refuses (an unknown placeholder): undo must
    // put it back all the same.
    QSqlQuery q(ledger->database());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO notice_template (kind, title, body) VALUES ('%1', '{{village}}财务公开', "
                                  "'{{no_such_placeholder}}')")
                       .arg(NoticeTemplates::kindCode(NoticeKind::Finance))));
    REQUIRE_FALSE(NoticeTemplates::check(*NoticeTemplates::stored(*ledger, NoticeKind::Finance)).isEmpty());
    REQUIRE_FALSE(NoticeTemplates::stored(*ledger, NoticeKind::General));

    NoticeTemplate general = NoticeTemplates::defaults(NoticeKind::General);
    general.title = QStringLiteral("{{village}}公告");
    NoticeTemplate finance = NoticeTemplates::defaults(NoticeKind::Finance);
    finance.body += QStringLiteral("\n\n特此公告。");

    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::saveNoticeTemplates(*ledger, {general}).ok()); });
    CHECK(ledger->history().stack()->text(ledger->history().stack()->index() - 1).contains(
        NoticeTemplates::kindName(NoticeKind::General)));
    REQUIRE(ledger->history().undo().ok());
    CHECK_FALSE(NoticeTemplates::stored(*ledger, NoticeKind::General)); // no template again: the defaults
    REQUIRE(ledger->history().redo().ok());

    // Two kinds: the resolution template (none stored yet) and the broken finance one.
    NoticeTemplate resolution = NoticeTemplates::defaults(NoticeKind::Resolution);
    resolution.title = QStringLiteral("{{village}}决议公告");

    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::saveNoticeTemplates(*ledger, {resolution, finance}).ok()); });
    CHECK(NoticeTemplates::load(*ledger, NoticeKind::Resolution).title == resolution.title);
    CHECK(NoticeTemplates::load(*ledger, NoticeKind::Finance).body == finance.body);

    // Undo fails after the finance template was written back: nothing changes.
    const QString after = test::dumpTables(*ledger);
    test::failWritesOf(*ledger, QStringLiteral("notice_template"), QStringLiteral("DELETE"));
    const Result<void> undone = ledger->history().undo();
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.message().contains(QStringLiteral("injected")));
    CHECK(test::dumpTables(*ledger) == after);
    test::stopFailing(*ledger, QStringLiteral("notice_template"));

    // A broken template is refused, nothing pushed.
    const int depth = ledger->history().stack()->count();
    NoticeTemplate broken = general;
    broken.body = QStringLiteral("{{unknown}}");
    CHECK_FALSE(edits::saveNoticeTemplates(*ledger, {broken}).ok());
    CHECK(ledger->history().stack()->count() == depth);
}
