// Grids and households: validation, filters, assignment with history, the proposal and its undo,
// and each grid finding.
#include "findings/Findings.h"
#include "grids/GridProposal.h"
#include "grids/HouseholdRepository.h"
#include "committees/PersonRepository.h"
#include "storage/Settings.h"
#include "TestSupport.h"
#include "model/VillageRepository.h"

#include <catch2/catch.hpp>

using namespace tl;

namespace {
struct GridFixture
{
    test::TempDir tmp;
    std::unique_ptr<Ledger> ledger = test::newLedger(tmp.file(QStringLiteral("g.ledger")));
    qint64 village = 0;
    qint64 otherVillage = 0;
    int seq = 1;
    HouseholdRepository households{*ledger};
    GridRepository grids{*ledger};

    GridFixture()
    {
        Village v;
        v.name = QStringLiteral("网格村");
        village = VillageRepository(*ledger).insert(v).id;
        v.name = QStringLiteral("邻村");
        otherVillage = VillageRepository(*ledger).insert(v).id;
        REQUIRE(village > 0);
    }

    QString nextId()
    {
        const int n = seq++;
        return test::makeId(QStringLiteral("371321"), QDate(1970, 1, 1).addDays(n), (n % 400) * 2 + 1);
    }

    qint64 person(const QString &name, qint64 inVillage = 0)
    {
        Person p;
        p.villageId = inVillage ? inVillage : village;
        p.name = name;
        p.idNumber = nextId();
        const Saved s = PersonRepository(*ledger).insert(p);
        REQUIRE(s.ok());
        return s.id;
    }

    // n households in each named group.
    QVector<qint64> addHouseholds(const QStringList &groups, int n, const QStringList &tags = {})
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
                h.tags = tags;
                list << h;
            }
        QString error;
        REQUIRE(households.insertMany(list, &error));
        QVector<qint64> ids;
        for (const Household &h : list)
            ids << h.id;
        return ids;
    }

    QStringList rules()
    {
        QStringList out;
        for (const Finding &f : FindingEngine::run(*ledger, test::fixedToday()))
            if (f.rule.startsWith(QLatin1String("grid.")) || f.rule.startsWith(QLatin1String("household.")))
                out << f.rule;
        return out;
    }
};
} // namespace

TEST_CASE("households are validated", "[grids]")
{
    GridFixture f;
    Household h;
    h.villageId = f.village;
    h.headName = QStringLiteral("  张福生 ");
    h.headIdNumber = QStringLiteral("110101199003070012"); // wrong check character
    h.people = 60;
    h.phone = QStringLiteral("123");
    const FieldErrors errors = f.households.validate(h);
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    CHECK(fields == QStringList{QStringLiteral("headIdNumber"), QStringLiteral("people"), QStringLiteral("phone")});
    CHECK(h.headName == QStringLiteral("张福生"));

    QList<Household> batch{h};
    QString error;
    int failedAt = -1;
    CHECK_FALSE(f.households.insertMany(batch, &error, &failedAt));
    CHECK(failedAt == 0);
    CHECK(f.households.count(HouseholdFilter{}) == 0);
}

TEST_CASE("household filters: name, ID, group, tag, grid", "[grids]")
{
    GridFixture f;
    f.addHouseholds({QStringLiteral("第一组"), QStringLiteral("第二组")}, 5);
    f.addHouseholds({QStringLiteral("第三组")}, 2, {QStringLiteral("低保")});
    HouseholdFilter all;
    all.villageId = f.village;
    CHECK(f.households.count(all) == 12);
    HouseholdFilter tag = all;
    tag.tag = QStringLiteral("dibao");
    CHECK(f.households.count(tag) == 2); // 低保 was stored as its code
    HouseholdFilter group = all;
    group.group = QStringLiteral("第二组");
    CHECK(f.households.ids(group).size() == 5);
    const Household first = f.households.fetch(f.households.ids(all)).first();
    HouseholdFilter byId;
    byId.text = first.headIdNumber.left(12);
    CHECK(f.households.ids(byId).contains(first.id));
    HouseholdFilter byName;
    byName.text = first.headName;
    CHECK(f.households.ids(byName).contains(first.id));
    HouseholdFilter unassigned = all;
    unassigned.gridMode = HouseholdFilter::GridMode::Unassigned;
    CHECK(f.households.count(unassigned) == 12);
    // fetch keeps the order asked for
    QVector<qint64> ids = f.households.ids(all);
    std::reverse(ids.begin(), ids.end());
    const QList<Household> rows = f.households.fetch(ids);
    REQUIRE(rows.size() == ids.size());
    CHECK(rows.first().id == ids.first());
}

TEST_CASE("assigning households keeps their history and can be undone", "[grids]")
{
    GridFixture f;
    const QVector<qint64> ids = f.addHouseholds({QStringLiteral("第一组")}, 20);
    const qint64 worker = f.person(QStringLiteral("网格员甲"));
    Grid g;
    g.villageId = f.village;
    g.name = QStringLiteral("一组网格");
    g.leaderId = f.person(QStringLiteral("网格长"));
    g.workers = {worker};
    const Saved sg = f.grids.insert(g);
    REQUIRE(sg.ok());
    Grid g2 = g;
    g2.name = QStringLiteral("二组网格");
    g2.workers = {};
    const Saved sg2 = f.grids.insert(g2);
    REQUIRE(sg2.ok());

    QString error;
    QList<Assignment> previous;
    REQUIRE(f.households.assign(ids, sg.id, worker, QDate(2026, 3, 1), QStringLiteral("初次划分"), &previous, &error));
    CHECK(previous.size() == 20);
    REQUIRE(f.households.assign(ids.mid(0, 5), sg2.id, 0, QDate(2026, 6, 1), QString(), nullptr, &error));
    const QList<Assignment> history = f.households.history(ids.first());
    REQUIRE(history.size() == 2);
    CHECK(history[0].gridId == sg.id);
    CHECK(history[1].gridId == sg2.id);
    const auto summaries = f.grids.summaries(f.village);
    REQUIRE(summaries.size() == 2);
    int inFirst = 0;
    for (const GridSummary &s : summaries)
        if (s.grid.id == sg.id)
            inFirst = s.households;
    CHECK(inFirst == 15);

    // A worker of another grid, or a grid of another village, is refused.
    CHECK_FALSE(f.households.assign(ids.mid(0, 1), sg2.id, worker, QDate(2026, 6, 2), QString(), nullptr, &error));
    CHECK_THAT(error.toStdString(), Catch::Contains("does not work in that grid"));
    Grid foreign;
    foreign.villageId = f.otherVillage;
    foreign.name = QStringLiteral("邻村网格");
    const Saved sf = f.grids.insert(foreign);
    REQUIRE(sf.ok());
    CHECK_FALSE(f.households.assign(ids.mid(0, 1), sf.id, 0, QDate(2026, 6, 2), QString(), nullptr, &error));
    CHECK_THAT(error.toStdString(), Catch::Contains("another village"));

    REQUIRE(f.households.restore(previous, QDate(2026, 6, 3), &error));
    HouseholdFilter unassigned;
    unassigned.villageId = f.village;
    unassigned.gridMode = HouseholdFilter::GridMode::Unassigned;
    CHECK(f.households.count(unassigned) == 20);

    // Removing a grid leaves its households unassigned, never deleted.
    REQUIRE(f.households.assign(ids, sg.id, worker, QDate(2026, 7, 1), QString(), nullptr, &error));
    REQUIRE(f.grids.remove(sg.id, &error));
    CHECK(f.households.count(unassigned) == 20);
}

TEST_CASE("proposed grids: one per group, split by size, workers about ten households each", "[grids]")
{
    GridFixture f;
    f.addHouseholds({QStringLiteral("第一组")}, 120);
    f.addHouseholds({QStringLiteral("第二组")}, 30);
    for (int i = 0; i < 20; ++i)
        f.person(QStringLiteral("志愿者%1").arg(i));
    GridSettings settings; // 50 per grid, 10 per worker
    const GridProposalPlan plan = GridProposal::propose(*f.ledger, f.village, settings, test::fixedToday());
    REQUIRE(plan.grids.size() == 4); // 120 → 40+40+40, 30 → 30
    CHECK(plan.households == 150);
    for (const ProposedGrid &g : plan.grids) {
        CHECK(g.households.size() <= settings.size);
        CHECK(g.workers.size() == (g.households.size() + 9) / 10);
        QHash<qint64, int> load;
        for (qint64 w : g.workerOf)
            load[w]++;
        for (int n : load)
            CHECK(n <= 10);
    }
    AppliedGridProposal applied;
    QString error;
    REQUIRE(GridProposal::apply(*f.ledger, plan, test::fixedToday(), &applied, &error));
    CHECK(f.grids.ofVillage(f.village).size() == 4);
    HouseholdFilter unassigned;
    unassigned.villageId = f.village;
    unassigned.gridMode = HouseholdFilter::GridMode::Unassigned;
    CHECK(f.households.count(unassigned) == 0);
    CHECK(f.rules().isEmpty());

    REQUIRE(GridProposal::undo(*f.ledger, applied, test::fixedToday(), &error));
    CHECK(f.grids.ofVillage(f.village).isEmpty());
    CHECK(f.households.count(unassigned) == 150);
}

TEST_CASE("a proposal without enough people says so", "[grids]")
{
    GridFixture f;
    f.addHouseholds({QStringLiteral("第一组")}, 40);
    const GridProposalPlan plan = GridProposal::propose(*f.ledger, f.village, GridSettings{}, test::fixedToday());
    REQUIRE(plan.grids.size() == 1);
    CHECK(plan.grids.first().workers.isEmpty());
    CHECK_FALSE(plan.notes.isEmpty());
}

TEST_CASE("each grid rule is a finding", "[grids][findings]")
{
    GridFixture f;
    const QVector<qint64> ids = f.addHouseholds({QStringLiteral("第一组")}, 70);
    CHECK(f.rules() == QStringList{QStringLiteral("grid.unassigned")});

    const qint64 worker = f.person(QStringLiteral("网格员"));
    Grid g;
    g.villageId = f.village;
    g.name = QStringLiteral("大网格");
    g.workers = {worker};
    const Saved sg = f.grids.insert(g);
    REQUIRE(sg.ok());
    QString error;
    REQUIRE(f.households.assign(ids, sg.id, worker, test::fixedToday(), QString(), nullptr, &error));
    QStringList r = f.rules();
    r.sort();
    // 70 > 50 × 1.2; one worker with 70 > 20; no leader.
    CHECK(r == QStringList{QStringLiteral("grid.no_leader"), QStringLiteral("grid.oversize"),
                           QStringLiteral("grid.worker_overload")});

    GridSettings s;
    s.tolerancePct = 40; // 70 = 50 × 1.4 is not above
    s.workerMax = 70;
    REQUIRE(SettingsStore(*f.ledger).setGrid(s, &error));
    g.id = sg.id;
    g.leaderId = worker;
    REQUIRE(f.grids.update(g).ok());
    CHECK(f.rules().isEmpty());

    // The same head ID twice in the township (two villages' sheets listing one family).
    Household dup = f.households.fetch({ids.first()}).first();
    dup.id = 0;
    dup.villageId = f.otherVillage;
    dup.gridId = 0;
    dup.workerId = 0;
    REQUIRE(f.households.insert(dup).ok());
    r = f.rules();
    CHECK(r.contains(QStringLiteral("household.duplicate_id")));
}
