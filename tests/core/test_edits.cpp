// The edit commands (core/edits): each round-trips without widgets, and a failing step leaves the
// ledger exactly as it was.
#include "TestSupport.h"

#include "committees/PersonRepository.h"
#include "committees/ReserveRepository.h"
#include "edits/CommitteeEdits.h"
#include "edits/History.h"
#include "edits/VillageEdits.h"
#include "model/VillageRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace tl;

namespace {
Village sampleVillage(const QString &name)
{
    Village v;
    v.name = name;
    v.groups = 6;
    v.households = 320;
    v.registeredPopulation = 1100;
    v.residentPopulation = 900;
    return v;
}

} // namespace

TEST_CASE("Village edits round-trip through the history", "[edits]")
{
    test::TempDir dir;
    auto ledger = test::newLedger(dir.file("t.ledger"));
    qint64 id = 0;
    test::checkRoundTrip(*ledger, [&] {
        const Result<qint64> added = edits::addVillage(*ledger, sampleVillage(QStringLiteral("东湖村")));
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
        id = *added;
    });
    REQUIRE(id > 0);
    REQUIRE(VillageRepository(*ledger).get(id));

    Village changed = *VillageRepository(*ledger).get(id);
    changed.households = 333;
    changed.starRating = 4;
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::editVillage(*ledger, changed).ok()); });
    CHECK(VillageRepository(*ledger).get(id)->households == 333);

    Township t = ledger->township();
    t.county = QStringLiteral("新县");
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::editTownship(*ledger, t).ok()); });
    CHECK(ledger->township().county == QStringLiteral("新县"));
}

TEST_CASE("An edit refused for its input names the field and leaves no command", "[edits]")
{
    test::TempDir dir;
    auto ledger = test::newLedger(dir.file("t.ledger"));
    const QString before = test::dumpTables(*ledger);
    const Result<qint64> added = edits::addVillage(*ledger, sampleVillage(QString()));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == Error::Kind::InvalidInput);
    CHECK_FALSE(added.error().fields.isEmpty());
    CHECK(ledger->history().stack()->count() == 0);
    CHECK(test::dumpTables(*ledger) == before);
}

TEST_CASE("Reserve cadre edits round-trip", "[edits]")
{
    test::TempDir dir;
    auto ledger = test::newLedger(dir.file("t.ledger"));
    const qint64 village = *edits::addVillage(*ledger, sampleVillage(QStringLiteral("西山村")));
    Person p;
    p.villageId = village;
    p.name = QStringLiteral("李明");
    p.idNumber = test::makeId(QStringLiteral("371302"), QDate(1990, 5, 1), 13);
    const Saved person = PersonRepository(*ledger).insert(p);
    REQUIRE(person.ok());

    ReserveCadre c;
    c.villageId = village;
    c.personId = person.id;
    c.source = QStringLiteral("graduate");
    c.added = QDate(2026, 3, 1);
    qint64 id = 0;
    test::checkRoundTrip(*ledger, [&] {
        const Result<qint64> added = edits::addReserveCadre(*ledger, c, p.name);
        REQUIRE(added.ok());
        id = *added;
    });
    c.id = id;
    c.note = QStringLiteral("返乡创业");
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::editReserveCadre(*ledger, c, p.name).ok()); });
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::removeReserveCadre(*ledger, id, p.name).ok()); });
    CHECK(ReserveRepository(*ledger).ofVillage(village).isEmpty());
}

TEST_CASE("An undo or redo that fails midway leaves the ledger unchanged and says why", "[edits]")
{
    test::TempDir dir;
    auto ledger = test::newLedger(dir.file("t.ledger"));
    edits::History &history = ledger->history();
    QSignalSpy failed(&history, &edits::History::failed);
    const qint64 id = *edits::addVillage(*ledger, sampleVillage(QStringLiteral("南岭村")));
    Village changed = *VillageRepository(*ledger).get(id);
    changed.households = 999;
    REQUIRE(edits::editVillage(*ledger, changed).ok());

    const QString after = test::dumpTables(*ledger);
    test::failWritesOf(*ledger, QStringLiteral("village"), QStringLiteral("UPDATE"));
    const Result<void> undone = history.undo();
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.message().contains(QStringLiteral("injected")));
    CHECK(test::dumpTables(*ledger) == after);
    CHECK(failed.count() == 1);
    test::stopFailing(*ledger, QStringLiteral("village"));

    // The adding command is still there: undoing it removes the village.
    REQUIRE(history.undo().ok());
    CHECK_FALSE(VillageRepository(*ledger).get(id));
    const QString removed = test::dumpTables(*ledger);
    test::failWritesOf(*ledger, QStringLiteral("village"), QStringLiteral("INSERT"));
    REQUIRE_FALSE(history.redo().ok());
    CHECK(test::dumpTables(*ledger) == removed);
}

TEST_CASE("Edits of a read-only ledger are refused as such", "[edits]")
{
    test::TempDir dir;
    const QString path = dir.file("t.ledger");
    test::newLedger(path).reset();
    auto opened = Ledger::open(path, Ledger::Access::ReadOnly);
    REQUIRE(opened.ledger);
    const Result<qint64> added = edits::addVillage(*opened.ledger, sampleVillage(QStringLiteral("北坡村")));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == Error::Kind::ReadOnly);
}

TEST_CASE("A refused edit keeps what can be redone", "[edits]")
{
    test::TempDir dir;
    auto ledger = test::newLedger(dir.file("t.ledger"));
    edits::History &history = ledger->history();
    REQUIRE(edits::addVillage(*ledger, sampleVillage(QStringLiteral("东岗村"))).ok());
    REQUIRE(history.undo().ok());
    REQUIRE(history.canRedo());
    REQUIRE_FALSE(edits::addVillage(*ledger, sampleVillage(QString())).ok());
    CHECK(history.canRedo());
    REQUIRE(history.redo().ok());
    CHECK(VillageRepository(*ledger).all().size() == 1);
}
