// The township as of a date (TownshipAsOf), and schema version 10: reserve cadres with dates.
#include "TestSupport.h"

#include "committees/Indicators.h"
#include "findings/Findings.h"
#include "model/AsOf.h"
#include "storage/AuditChain.h"
#include "storage/Ledger.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tl;

namespace {
QVariant value(Ledger &ledger, const QString &sql)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0) : QVariant();
}

QVariantList column(Ledger &ledger, const QString &sql)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(sql));
    QVariantList out;
    while (q.next())
        out << q.value(0);
    return out;
}
} // namespace

TEST_CASE("version 10: reserve cadres get dates from the audit trail, and the trail still verifies",
          "[asof][migration]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("v9.ledger"));
    test::buildAtVersion(path, 9);
    test::rawExec(path, {QStringLiteral("INSERT INTO person (id, village_id, name) VALUES (1, 7, '张后备')"),
                         QStringLiteral("INSERT INTO person (id, village_id, name) VALUES (2, 7, '李后备')"),
                         QStringLiteral("INSERT INTO reserve_cadre (id, village_id, person_id, source, added_on) "
                                        "VALUES (1, 7, 1, 'graduate', '')"),
                         QStringLiteral("INSERT INTO reserve_cadre (id, village_id, person_id, source, added_on) "
                                        "VALUES (2, 7, 2, 'veteran', '2024-05-01')")});
    test::sealTrail(path); // as the version-9 program would have
    auto opened = Ledger::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ledger);
    Ledger &ledger = *opened.ledger;
    CHECK(value(ledger, QStringLiteral("PRAGMA user_version")).toInt() >= 10);
    // The undated one: the day its record was written (today here); the dated one keeps its date.
    CHECK(value(ledger, QStringLiteral("SELECT added_on FROM reserve_cadre WHERE id = 1")).toString()
          == QDate::currentDate().toString(Qt::ISODate));
    CHECK(value(ledger, QStringLiteral("SELECT added_on FROM reserve_cadre WHERE id = 2")).toString() == QStringLiteral("2024-05-01"));
    CHECK(value(ledger, QStringLiteral("SELECT removed_on || removed_reason FROM reserve_cadre WHERE id = 2")).toString().isEmpty());

    // Taking one off the list keeps the record; the list on each date follows the dates.
    REQUIRE(ledger.write([&](QString *) {
        QSqlQuery q(ledger.database());
        return q.exec(QStringLiteral("UPDATE reserve_cadre SET removed_on = '2025-01-10', removed_reason = '外出务工' "
                                     "WHERE id = 2"));
    }, nullptr));
    CHECK(TownshipAsOf(ledger, QDate(2024, 4, 30)).reservesByVillage().value(7) == 0);
    CHECK(TownshipAsOf(ledger, QDate(2024, 5, 1)).reservesByVillage().value(7) == 1);
    CHECK(TownshipAsOf(ledger, QDate(2025, 1, 9)).reservesByVillage().value(7) == 1);
    CHECK(TownshipAsOf(ledger, QDate(2025, 1, 10)).reservesByVillage().value(7) == 0);
    CHECK(TownshipAsOf(ledger, QDate::currentDate()).reservesByVillage().value(7) == 1);

    const AuditChain::Verdict v = AuditChain::verify(ledger.database());
    INFO(v.problem.toStdString());
    CHECK(v.whole);
}

TEST_CASE("as of a date: households keep the grid of their assignment history", "[asof][grids]")
{
    test::TempDir tmp;
    auto ledger = test::demoLedger(tmp.file(QStringLiteral("grids.ledger")), 3);
    const qint64 household = value(*ledger, QStringLiteral("SELECT MIN(id) FROM household WHERE grid_id IS NOT NULL")).toLongLong();
    const qint64 grid = value(*ledger, QStringLiteral("SELECT grid_id FROM household WHERE id = %1").arg(household)).toLongLong();
    const qint64 village = value(*ledger, QStringLiteral("SELECT village_id FROM household WHERE id = %1").arg(household)).toLongLong();
    auto unassigned = [&](const QDate &on) {
        QHash<qint64, TownshipAsOf::HouseholdTotals> totals;
        QHash<TownshipAsOf::VillageGrid, QPair<int, int>> grids;
        const TownshipAsOf asOf(*ledger, on);
        asOf.householdFigures(&totals, &grids);
        return std::pair(totals.value(village).unassigned, grids.value({village, grid}).first);
    };
    const auto before = unassigned(QDate(2027, 1, 31));
    // Taken out of its grid on 2027-02-01 (a record typed in now about that day).
    REQUIRE(ledger->write([&](QString *) {
        QSqlQuery q(ledger->database());
        return q.exec(QStringLiteral("INSERT INTO household_assignment (household_id, grid_id, worker_id, assigned_on) "
                                     "VALUES (%1, NULL, NULL, '2027-02-01')").arg(household))
            && q.exec(QStringLiteral("UPDATE household SET grid_id = NULL, worker_id = NULL WHERE id = %1").arg(household));
    }, nullptr));
    CHECK(unassigned(QDate(2027, 1, 31)) == before);
    const auto after = unassigned(QDate(2027, 2, 1));
    CHECK(after.first == before.first + 1);
    CHECK(after.second == before.second - 1);
}

TEST_CASE("as of a date: only households moved after it are taken back, each by the history's rule",
          "[asof][grids]")
{
    test::TempDir tmp;
    auto ledger = test::demoLedger(tmp.file(QStringLiteral("moves.ledger")), 3);
    // Moves typed in over time, some dated out of order, some households entered late.
    QList<qint64> households, grids, workers;
    for (const QVariant &v : column(*ledger, QStringLiteral("SELECT id FROM household ORDER BY id LIMIT 60")))
        households << v.toLongLong();
    for (const QVariant &v : column(*ledger, QStringLiteral("SELECT id FROM grid ORDER BY id")))
        grids << v.toLongLong();
    for (const QVariant &v : column(*ledger, QStringLiteral("SELECT person_id FROM grid_worker ORDER BY person_id")))
        workers << v.toLongLong();
    REQUIRE(households.size() == 60);
    REQUIRE(grids.size() >= 3);
    const QStringList dates = {QStringLiteral("2026-01-10"), QStringLiteral("2026-05-01"), QStringLiteral("2026-09-30"),
                               QStringLiteral("2026-10-01"), QStringLiteral("2027-03-15"), QStringLiteral("2026-02-01")};
    REQUIRE(ledger->write([&](QString *) {
        QSqlQuery q(ledger->database());
        for (int i = 0; i < 90; ++i) {
            const qint64 h = households.at((i * 7) % households.size());
            const bool none = i % 11 == 0;
            const QString grid = none ? QStringLiteral("NULL") : QString::number(grids.at(i % grids.size()));
            const QString worker = none || i % 3 == 0 ? QStringLiteral("NULL") : QString::number(workers.at(i % workers.size()));
            if (!q.exec(QStringLiteral("INSERT INTO household_assignment (household_id, grid_id, worker_id, assigned_on) "
                                       "VALUES (%1, %2, %3, '%4')").arg(h).arg(grid, worker, dates.at(i % dates.size())))
                || !q.exec(QStringLiteral("UPDATE household SET grid_id = %1, worker_id = %2 WHERE id = %3").arg(grid, worker).arg(h)))
                return false;
        }
        // A household put in another grid behind the history's back: its one assignment, dated
        // on the day it was entered, is where it was until then.
        return q.exec(QStringLiteral("UPDATE household SET grid_id = %1, worker_id = NULL WHERE id = "
                                     "(SELECT MAX(id) FROM household)").arg(grids.constLast()))
            && q.numRowsAffected() == 1;
    }, nullptr));
    REQUIRE(column(*ledger, QStringLiteral("SELECT COUNT(*) FROM household_assignment WHERE household_id = "
                                           "(SELECT MAX(id) FROM household) AND (grid_id IS NOT %1 OR worker_id IS NOT NULL)")
                                .arg(grids.constLast()))
                .constFirst()
                .toInt()
            == 1);

    for (const QDate &d : {QDate(2026, 3, 31), QDate(2026, 9, 30), QDate(2026, 12, 31), QDate(2027, 6, 30)}) {
        INFO(d.toString(Qt::ISODate).toStdString());
        // By hand: a household with an assignment after D takes the latest dated on or before D
        // (ties: the later written), else its first one; any other keeps its current grid.
        struct Row { qint64 id; QString on; qint64 grid; qint64 worker; };
        QHash<qint64, QList<Row>> history;
        QSqlQuery q(ledger->database());
        REQUIRE(q.exec(QStringLiteral("SELECT household_id, id, assigned_on, IFNULL(grid_id, 0), IFNULL(worker_id, 0) "
                                      "FROM household_assignment ORDER BY id")));
        while (q.next())
            history[q.value(0).toLongLong()] << Row{q.value(1).toLongLong(), q.value(2).toString(),
                                                    q.value(3).toLongLong(), q.value(4).toLongLong()};
        const QString day = d.toString(Qt::ISODate);
        QHash<TownshipAsOf::VillageGrid, int> expectedGrids;
        QHash<qint64, int> expectedUnassigned, expectedWorkers;
        REQUIRE(q.exec(QStringLiteral("SELECT id, village_id, IFNULL(grid_id, 0), IFNULL(worker_id, 0) FROM household")));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const qint64 village = q.value(1).toLongLong();
            qint64 grid = q.value(2).toLongLong(), worker = q.value(3).toLongLong();
            const QList<Row> rows = history.value(id);
            if (std::any_of(rows.cbegin(), rows.cend(), [&](const Row &r) { return r.on > day; })) {
                const Row *best = nullptr;
                for (const Row &r : rows)
                    if (r.on <= day && (!best || r.on > best->on || (r.on == best->on && r.id > best->id)))
                        best = &r;
                if (!best)
                    best = &rows.constFirst();
                grid = best->grid;
                worker = best->worker;
            }
            if (grid == 0)
                ++expectedUnassigned[village];
            else
                ++expectedGrids[{village, grid}];
            if (worker != 0)
                ++expectedWorkers[worker];
        }
        const TownshipAsOf asOf(*ledger, d);
        QHash<qint64, TownshipAsOf::HouseholdTotals> totals;
        QHash<TownshipAsOf::VillageGrid, QPair<int, int>> perGrid;
        asOf.householdFigures(&totals, &perGrid);
        QHash<TownshipAsOf::VillageGrid, int> gotGrids;
        for (auto it = perGrid.cbegin(); it != perGrid.cend(); ++it)
            gotGrids.insert(it.key(), it->first);
        CHECK(gotGrids == expectedGrids);
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            CHECK(it->unassigned == expectedUnassigned.value(it.key()));
        CHECK(asOf.householdsPerWorker() == expectedWorkers);
    }
}
