// Taking a reserve cadre off the list keeps the record with the date and reason (one command,
// undoable); the list as of an earlier date still counts the cadre; deleting a record entered
// by mistake stays possible as its own action.
#include "TestSupport.h"

#include "committees/PersonRepository.h"
#include "committees/ReserveRepository.h"
#include "edits/CommitteeEdits.h"
#include "edits/History.h"
#include "model/AsOf.h"
#include "model/VillageRepository.h"
#include "storage/AuditChain.h"
#include "storage/Ledger.h"

#include <QSet>

using namespace tl;

TEST_CASE("A reserve cadre taken off the list keeps the record, its date and reason", "[edits][reserves][asof]")
{
    test::TempDir dir;
    std::unique_ptr<Ledger> ledger = test::demoLedger(dir.file(QStringLiteral("r.ledger")), 2);
    const qint64 village = VillageRepository(*ledger).all().value(0).id;
    ReserveRepository reserves(*ledger);
    QSet<qint64> listed;
    for (const ReserveCadre &c : reserves.ofVillage(village))
        listed.insert(c.personId);
    qint64 personId = 0;
    for (const Person &p : PersonRepository(*ledger).byVillage(village))
        if (!listed.contains(p.id)) {
            personId = p.id;
            break;
        }
    REQUIRE(personId > 0);
    ReserveCadre cadre;
    cadre.villageId = village;
    cadre.personId = personId;
    cadre.source = QStringLiteral("graduate");
    cadre.added = QDate(2025, 1, 10);
    const Result<qint64> added = edits::addReserveCadre(*ledger, cadre, QStringLiteral("张后备"));
    REQUIRE(added.ok());
    const qint64 id = *added;
    auto listedOn = [&](const QDate &d) { return TownshipAsOf(*ledger, d).reservesByVillage().value(village); };
    const int june = listedOn(QDate(2026, 6, 1)), july = listedOn(QDate(2026, 7, 1));
    const int depth = ledger->history().stack()->count();

    // Refused: no reason, a date before the cadre was added. Nothing is pushed.
    Result<void> refused = edits::takeReserveCadreOff(*ledger, id, QDate(2026, 6, 30), QStringLiteral("  "), QStringLiteral("张后备"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("Reason")));
    refused = edits::takeReserveCadreOff(*ledger, id, QDate(2024, 12, 31), QStringLiteral("当选"), QStringLiteral("张后备"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("2025-01-10")));
    CHECK(ledger->history().stack()->count() == depth);
    CHECK(reserves.get(id)->isCurrent());

    test::checkRoundTrip(*ledger, [&] {
        const Result<void> r = edits::takeReserveCadreOff(*ledger, id, QDate(2026, 6, 30), QStringLiteral("当选村委会委员"),
                                                          QStringLiteral("张后备"));
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
    });
    CHECK(ledger->history().stack()->text(ledger->history().stack()->count() - 1)
          == QStringLiteral("Take reserve cadre 张后备 off the list"));
    const std::optional<ReserveCadre> off = reserves.get(id);
    REQUIRE(off); // the record stays
    CHECK_FALSE(off->isCurrent());
    CHECK(off->removedOn == QDate(2026, 6, 30));
    CHECK(off->removedReason == QStringLiteral("当选村委会委员"));
    // On the list through 06-29, off it from 06-30.
    CHECK(listedOn(QDate(2026, 6, 1)) == june);
    CHECK(listedOn(QDate(2026, 6, 29)) == june);
    CHECK(listedOn(QDate(2026, 7, 1)) == july - 1);

    // Once off, not again; and the person keeps one record (not added a second time).
    CHECK_FALSE(edits::takeReserveCadreOff(*ledger, id, QDate(2026, 7, 1), QStringLiteral("再次"), QStringLiteral("张后备")).ok());
    ReserveCadre again = cadre;
    again.added = QDate(2026, 9, 1);
    CHECK_FALSE(edits::addReserveCadre(*ledger, again, QStringLiteral("张后备")).ok());
    CHECK(reserves.ofPerson(personId).size() == 1);

    // A record entered by mistake is still deleted as such (and undone as one step).
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::removeReserveCadre(*ledger, id, QStringLiteral("张后备")).ok()); });
    CHECK_FALSE(reserves.get(id));

    const AuditChain::Verdict v = AuditChain::verify(ledger->database());
    INFO(v.problem.toStdString());
    CHECK(v.whole);
}
