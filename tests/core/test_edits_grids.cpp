// Grid and household edits (core/edits/GridEdits): each round-trips through the history with the
// tables exactly as before and after, and a batch undo that fails midway leaves the ledger as it was.
#include "TestSupport.h"

#include "committees/PersonRepository.h"
#include "edits/GridEdits.h"
#include "edits/History.h"
#include "grids/GridProposal.h"
#include "grids/HouseholdRepository.h"
#include "model/VillageRepository.h"
#include "storage/Settings.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace tl;

namespace {
struct Village2
{
    test::TempDir tmp;
    std::unique_ptr<Ledger> ledger = test::newLedger(tmp.file(QStringLiteral("g.ledger")));
    qint64 village = 0;
    int seq = 1;
    QList<qint64> people;

    explicit Village2(int persons = 6)
    {
        Village v;
        v.name = QStringLiteral("网格村");
        village = VillageRepository(*ledger).insert(v).id;
        REQUIRE(village > 0);
        for (int i = 0; i < persons; ++i) {
            Person p;
            p.villageId = village;
            p.name = QStringLiteral("网格员%1").arg(i);
            p.idNumber = nextId();
            const Saved s = PersonRepository(*ledger).insert(p);
            REQUIRE(s.ok());
            people << s.id;
        }
    }

    QString nextId()
    {
        const int n = seq++;
        return test::makeId(QStringLiteral("371321"), QDate(1970, 1, 1).addDays(n), (n % 400) * 2 + 1);
    }

    QVector<qint64> addHouseholds(const QStringList &groups, int n)
    {
        QList<Household> list;
        for (const QString &g : groups)
            for (int i = 0; i < n; ++i) {
                Household h;
                h.villageId = village;
                h.headName = QStringLiteral("户主%1").arg(seq);
                h.headIdNumber = nextId();
                h.group = g;
                h.people = 3;
                list << h;
            }
        QString error;
        REQUIRE(HouseholdRepository(*ledger).insertMany(list, &error));
        QVector<qint64> ids;
        for (const Household &h : list)
            ids << h.id;
        return ids;
    }

    // Not through the history: the setting the edits start from.
    qint64 addGrid(const QString &name, qint64 leader, const QList<qint64> &workers, qint64 parent = 0)
    {
        Grid g;
        g.villageId = village;
        g.name = name;
        g.parentId = parent;
        g.leaderId = leader;
        g.workers = workers;
        const Saved s = GridRepository(*ledger).insert(g);
        REQUIRE(s.ok());
        return s.id;
    }

    void assign(const QVector<qint64> &ids, qint64 grid, qint64 worker, const QString &note = {})
    {
        QString error;
        REQUIRE(HouseholdRepository(*ledger).assign(ids, grid, worker, test::fixedToday(), note, nullptr, &error));
    }

    int count(HouseholdFilter f)
    {
        f.villageId = village;
        return HouseholdRepository(*ledger).count(f);
    }
};

} // namespace

TEST_CASE("Assigning households round-trips: to a worker, shared among workers, out of the grid", "[edits][grids]")
{
    Village2 v;
    const QVector<qint64> ids = v.addHouseholds({QStringLiteral("一组"), QStringLiteral("二组")}, 10);
    const qint64 grid = v.addGrid(QStringLiteral("一组网格"), v.people[0], {v.people[1], v.people[2]});
    const qint64 other = v.addGrid(QStringLiteral("二组网格"), v.people[3], {v.people[4]});
    v.assign(ids.mid(15), other, v.people[4], QStringLiteral("早先"));

    test::checkRoundTrip(*v.ledger, [&] {
        const Result<void> r = edits::assignHouseholds(*v.ledger, v.village, ids.mid(0, 8), grid, v.people[1],
                                                       QStringLiteral("入户"), test::fixedToday());
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
    });
    CHECK(v.ledger->history().stack()->undoText() == QStringLiteral("Assign 8 household(s) to 一组网格"));
    HouseholdFilter ofWorker;
    ofWorker.workerId = v.people[1];
    CHECK(v.count(ofWorker) == 8);
    CHECK(HouseholdRepository(*v.ledger).history(ids[0]).last().note == QStringLiteral("入户"));

    // Shared among the grid's two workers, households that were elsewhere included.
    test::checkRoundTrip(*v.ledger, [&] {
        REQUIRE(edits::assignHouseholds(*v.ledger, v.village, ids, grid, edits::kShareAmongWorkers, {},
                                        test::fixedToday())
                    .ok());
    });
    CHECK(v.count(ofWorker) == 10);
    ofWorker.workerId = v.people[2];
    CHECK(v.count(ofWorker) == 10);

    test::checkRoundTrip(*v.ledger, [&] {
        REQUIRE(edits::assignHouseholds(*v.ledger, v.village, ids.mid(0, 5), 0, 0, QStringLiteral("外出"),
                                        test::fixedToday())
                    .ok());
    });
    HouseholdFilter unassigned;
    unassigned.gridMode = HouseholdFilter::GridMode::Unassigned;
    CHECK(v.count(unassigned) == 5);
}

TEST_CASE("A refused assignment leaves no command and the ledger unchanged", "[edits][grids]")
{
    Village2 v;
    const QVector<qint64> ids = v.addHouseholds({QStringLiteral("一组")}, 3);
    const qint64 grid = v.addGrid(QStringLiteral("一组网格"), v.people[0], {v.people[1]});
    const QString before = test::dumpTables(*v.ledger);
    const Result<void> r =
        edits::assignHouseholds(*v.ledger, v.village, ids, grid, v.people[5], {}, test::fixedToday());
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("does not work in that grid")));
    CHECK(v.ledger->history().stack()->count() == 0);
    CHECK(test::dumpTables(*v.ledger) == before);
}

TEST_CASE("Assigning 5,000 households is one command", "[edits][grids]")
{
    Village2 v;
    QStringList groups;
    for (int g = 1; g <= 10; ++g)
        groups << QStringLiteral("%1组").arg(g);
    const QVector<qint64> ids = v.addHouseholds(groups, 500);
    REQUIRE(ids.size() == 5000);
    const qint64 grid = v.addGrid(QStringLiteral("大网格"), v.people[0], {v.people[1], v.people[2], v.people[3]});
    edits::History &history = v.ledger->history();
    QElapsedTimer timer;
    timer.start();
    REQUIRE(edits::assignHouseholds(*v.ledger, v.village, ids, grid, edits::kShareAmongWorkers, {}, test::fixedToday())
                .ok());
    const qint64 edit = timer.restart();
    REQUIRE(history.undo().ok());
    const qint64 undo = timer.restart();
    REQUIRE(history.redo().ok());
    const qint64 redo = timer.elapsed();
    // One transaction of prepared statements each. The figures are printed, not judged: speed is
    // measured by tl_bench, not by a timed test.
    WARN("5,000 households: edit " << edit << " ms, undo " << undo << " ms, redo " << redo << " ms");
    CHECK(history.stack()->count() == 1);
    HouseholdFilter inGrid;
    inGrid.gridMode = HouseholdFilter::GridMode::InGrid;
    inGrid.gridId = grid;
    CHECK(v.count(inGrid) == 5000);

    // And all of them out again, exactly undone.
    test::checkRoundTrip(*v.ledger, [&] {
        REQUIRE(edits::assignHouseholds(*v.ledger, v.village, ids, 0, 0, {}, test::fixedToday()).ok());
    });
    CHECK(v.count(inGrid) == 0);
}

TEST_CASE("Deleting households round-trips with their ids and assignment history", "[edits][grids]")
{
    Village2 v;
    const QVector<qint64> ids = v.addHouseholds({QStringLiteral("一组")}, 6);
    const qint64 grid = v.addGrid(QStringLiteral("一组网格"), v.people[0], {v.people[1]});
    v.assign(ids, grid, v.people[1], QStringLiteral("第一次"));
    v.assign(ids.mid(0, 2), 0, 0, QStringLiteral("外出"));
    // Rows after them, so that the deleted ones come back in the middle of the tables.
    v.addHouseholds({QStringLiteral("二组")}, 2);
    v.assign(ids.mid(4), grid, 0);

    test::checkRoundTrip(*v.ledger, [&] { REQUIRE(edits::deleteHouseholds(*v.ledger, v.village, ids.mid(0, 4)).ok()); });
    CHECK(v.ledger->history().stack()->undoText() == QStringLiteral("Delete 4 households"));
    CHECK_FALSE(HouseholdRepository(*v.ledger).get(ids[0]));
    test::checkRoundTrip(*v.ledger, [&] { REQUIRE(edits::deleteHouseholds(*v.ledger, v.village, {ids[4]}).ok()); });
    CHECK(v.ledger->history().stack()->undoText().startsWith(QStringLiteral("Delete household 户主")));

    REQUIRE(v.ledger->history().undo().ok());
    REQUIRE(v.ledger->history().undo().ok());
    CHECK(HouseholdRepository(*v.ledger).history(ids[0]).size() == 2);
}

TEST_CASE("Adding and editing a household round-trip, a move's history row included", "[edits][grids]")
{
    Village2 v;
    v.addHouseholds({QStringLiteral("一组")}, 2);
    const qint64 grid = v.addGrid(QStringLiteral("一组网格"), v.people[0], {v.people[1]});
    const qint64 other = v.addGrid(QStringLiteral("二组网格"), v.people[0], {v.people[2]});
    Household h;
    h.villageId = v.village;
    h.headName = QStringLiteral(" 张福生 ");
    h.group = QStringLiteral("一组");
    h.people = 4;
    h.gridId = grid;
    h.workerId = v.people[1];
    h.tags = {QStringLiteral("低保"), QStringLiteral("自定义")};
    qint64 id = 0;
    test::checkRoundTrip(*v.ledger, [&] {
        const Result<qint64> added = edits::addHousehold(*v.ledger, h);
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
        id = *added;
    });
    CHECK(v.ledger->history().stack()->undoText() == QStringLiteral("Add household 张福生"));
    Household stored = *HouseholdRepository(*v.ledger).get(id);
    CHECK(HouseholdRepository(*v.ledger).history(id).size() == 1);

    stored.phone = QStringLiteral("13812345678");
    test::checkRoundTrip(*v.ledger, [&] { REQUIRE(edits::editHousehold(*v.ledger, stored).ok()); });
    stored.gridId = other;
    stored.workerId = v.people[2];
    test::checkRoundTrip(*v.ledger, [&] { REQUIRE(edits::editHousehold(*v.ledger, stored).ok()); });
    CHECK(HouseholdRepository(*v.ledger).history(id).size() == 2);

    // Refused input names the field and leaves nothing behind.
    stored.people = 99;
    const QString before = test::dumpTables(*v.ledger);
    const Result<void> refused = edits::editHousehold(*v.ledger, stored);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::InvalidInput);
    CHECK(test::dumpTables(*v.ledger) == before);
}

TEST_CASE("Adding and editing a grid round-trip; a worker leaving takes their households' worker", "[edits][grids]")
{
    Village2 v;
    const QVector<qint64> ids = v.addHouseholds({QStringLiteral("一组")}, 8);
    const qint64 first = v.addGrid(QStringLiteral("老网格"), v.people[0], {v.people[3], v.people[4]});
    Grid g;
    g.villageId = v.village;
    g.name = QStringLiteral(" 东片网格 ");
    g.code = QStringLiteral("01");
    g.leaderId = v.people[0];
    g.workers = {v.people[1], v.people[2]};
    qint64 grid = 0;
    test::checkRoundTrip(*v.ledger, [&] {
        const Result<qint64> added = edits::addGrid(*v.ledger, g);
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
        grid = *added;
    });
    CHECK(v.ledger->history().stack()->undoText() == QStringLiteral("Add grid 东片网格"));
    // Staff rows of another grid after this grid's, so a rewrite would change their order.
    Grid old = *GridRepository(*v.ledger).get(first);
    old.workers << v.people[5];
    REQUIRE(GridRepository(*v.ledger).update(old).ok());
    v.assign(ids.mid(0, 5), grid, v.people[1]);
    v.assign(ids.mid(5), grid, v.people[2]);

    Grid edited = *GridRepository(*v.ledger).get(grid);
    edited.workers = {v.people[2]};
    edited.area = QStringLiteral("村东");
    test::checkRoundTrip(*v.ledger, [&] { REQUIRE(edits::editGrid(*v.ledger, edited).ok()); });
    HouseholdFilter ofWorker;
    ofWorker.workerId = v.people[1];
    CHECK(v.count(ofWorker) == 0);
    REQUIRE(v.ledger->history().undo().ok());
    CHECK(v.count(ofWorker) == 5);
    CHECK(GridRepository(*v.ledger).get(grid)->workers == QList<qint64>{v.people[1], v.people[2]});
    REQUIRE(v.ledger->history().redo().ok());
    CHECK(v.count(ofWorker) == 0);

    // A sub-grid.
    Grid sub;
    sub.villageId = v.village;
    sub.parentId = grid;
    sub.name = QStringLiteral("东片一组");
    test::checkRoundTrip(*v.ledger, [&] { REQUIRE(edits::addGrid(*v.ledger, sub).ok()); });
}

TEST_CASE("Deleting a grid round-trips: sub-grids, staff and every household's grid and worker", "[edits][grids]")
{
    Village2 v;
    const QVector<qint64> ids = v.addHouseholds({QStringLiteral("一组")}, 12);
    const qint64 grid = v.addGrid(QStringLiteral("东片网格"), v.people[0], {v.people[1], v.people[2]});
    const qint64 sub = v.addGrid(QStringLiteral("东片一组"), v.people[3], {v.people[4]}, grid);
    const qint64 other = v.addGrid(QStringLiteral("西片网格"), v.people[5], {v.people[5]});
    v.assign(ids.mid(0, 4), grid, v.people[1]);
    v.assign(ids.mid(4, 3), grid, v.people[2]);
    v.assign(ids.mid(7, 3), sub, v.people[4]);
    v.assign(ids.mid(10), other, v.people[5]);

    test::checkRoundTrip(*v.ledger, [&] { REQUIRE(edits::deleteGrid(*v.ledger, v.village, grid).ok()); });
    CHECK(v.ledger->history().stack()->undoText() == QStringLiteral("Delete grid 东片网格"));
    CHECK_FALSE(GridRepository(*v.ledger).get(sub));
    HouseholdFilter unassigned;
    unassigned.gridMode = HouseholdFilter::GridMode::Unassigned;
    CHECK(v.count(unassigned) == 10);

    const Result<void> gone = edits::deleteGrid(*v.ledger, v.village, grid);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind == Error::Kind::NotFound);
}

TEST_CASE("Applying a grid proposal round-trips, existing grids' staff included", "[edits][grids]")
{
    Village2 v(20);
    v.addHouseholds({QStringLiteral("第一村民小组"), QStringLiteral("第二村民小组")}, 60);
    GridSettings settings = SettingsStore(*v.ledger).grid();
    const GridProposalPlan first = GridProposal::propose(*v.ledger, v.village, settings, test::fixedToday());
    REQUIRE(first.grids.size() >= 2);
    test::checkRoundTrip(*v.ledger, [&] {
        const Result<void> r = edits::applyGridProposal(*v.ledger, first, test::fixedToday());
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
    });
    CHECK(v.ledger->history().stack()->undoText() == QStringLiteral("Propose grids for 网格村"));

    // Again over the grids it made: staff is added to existing grids, households move.
    v.addHouseholds({QStringLiteral("第三村民小组")}, 30);
    const GridProposalPlan second = GridProposal::propose(*v.ledger, v.village, settings, test::fixedToday());
    test::checkRoundTrip(*v.ledger, [&] { REQUIRE(edits::applyGridProposal(*v.ledger, second, test::fixedToday()).ok()); });
}

TEST_CASE("Changing the grid rules round-trips, rows that did not exist included", "[edits][grids]")
{
    Village2 v(0);
    GridSettings s = SettingsStore(*v.ledger).grid();
    s.size = 80;
    s.tolerancePct = 30;
    test::checkRoundTrip(*v.ledger, [&] { REQUIRE(edits::changeGridSettings(*v.ledger, s).ok()); });
    CHECK(SettingsStore(*v.ledger).grid().size == 80);
    s.perWorker = 15;
    test::checkRoundTrip(*v.ledger, [&] { REQUIRE(edits::changeGridSettings(*v.ledger, s).ok()); });

    s.size = 1;
    const Result<void> refused = edits::changeGridSettings(*v.ledger, s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::InvalidInput);
}

TEST_CASE("A grid or household undo that fails midway leaves the ledger unchanged", "[edits][grids]")
{
    Village2 v;
    edits::History &history = v.ledger->history();
    QSignalSpy failed(&history, &edits::History::failed);
    const QVector<qint64> ids = v.addHouseholds({QStringLiteral("一组")}, 10);
    const qint64 grid = v.addGrid(QStringLiteral("东片网格"), v.people[0], {v.people[1], v.people[2]});
    v.assign(ids.mid(0, 3), grid, v.people[1]);

    SECTION("assigning: households restored, then removing the history rows fails")
    {
        REQUIRE(edits::assignHouseholds(*v.ledger, v.village, ids, grid, edits::kShareAmongWorkers, {},
                                        test::fixedToday())
                    .ok());
        const QString after = test::dumpTables(*v.ledger);
        test::failWritesOf(*v.ledger, QStringLiteral("household_assignment"), QStringLiteral("DELETE"));
        const Result<void> undone = history.undo();
        REQUIRE_FALSE(undone.ok());
        CHECK(undone.message().contains(QStringLiteral("injected")));
        CHECK(test::dumpTables(*v.ledger) == after);
        CHECK(failed.count() == 1);
        test::stopFailing(*v.ledger, QStringLiteral("household_assignment"));
        CHECK(history.stack()->count() == 0); // the command no longer matches the file
    }
    SECTION("deleting a grid: the grid is back, then its staff fails")
    {
        REQUIRE(edits::deleteGrid(*v.ledger, v.village, grid).ok());
        const QString after = test::dumpTables(*v.ledger);
        test::failWritesOf(*v.ledger, QStringLiteral("grid_worker"), QStringLiteral("INSERT"));
        REQUIRE_FALSE(history.undo().ok());
        CHECK(test::dumpTables(*v.ledger) == after);
        CHECK(failed.count() == 1);
        test::stopFailing(*v.ledger, QStringLiteral("grid_worker"));
    }
    SECTION("deleting households: the rows are back, then their history fails")
    {
        REQUIRE(edits::deleteHouseholds(*v.ledger, v.village, ids.mid(0, 5)).ok());
        const QString after = test::dumpTables(*v.ledger);
        test::failWritesOf(*v.ledger, QStringLiteral("household_assignment"), QStringLiteral("INSERT"));
        REQUIRE_FALSE(history.undo().ok());
        CHECK(test::dumpTables(*v.ledger) == after);
        test::stopFailing(*v.ledger, QStringLiteral("household_assignment"));
    }
    SECTION("a proposal: history rows removed, then putting a household back fails")
    {
        const GridProposalPlan plan =
            GridProposal::propose(*v.ledger, v.village, SettingsStore(*v.ledger).grid(), test::fixedToday());
        REQUIRE(edits::applyGridProposal(*v.ledger, plan, test::fixedToday()).ok());
        const QString after = test::dumpTables(*v.ledger);
        test::failWritesOf(*v.ledger, QStringLiteral("household"), QStringLiteral("UPDATE"));
        REQUIRE_FALSE(history.undo().ok());
        CHECK(test::dumpTables(*v.ledger) == after);
        test::stopFailing(*v.ledger, QStringLiteral("household"));
    }
    SECTION("a redo of an assignment that fails midway")
    {
        REQUIRE(edits::assignHouseholds(*v.ledger, v.village, ids, grid, edits::kShareAmongWorkers, {},
                                        test::fixedToday())
                    .ok());
        REQUIRE(history.undo().ok());
        const QString undone = test::dumpTables(*v.ledger);
        test::failWritesOf(*v.ledger, QStringLiteral("household_assignment"), QStringLiteral("INSERT"));
        REQUIRE_FALSE(history.redo().ok());
        CHECK(test::dumpTables(*v.ledger) == undone);
        test::stopFailing(*v.ledger, QStringLiteral("household_assignment"));
    }
}
