#include "model/AsOf.h"

#include "matters/MatterBoard.h"
#include "model/VillageRepository.h"
#include "storage/Ledger.h"
#include "storage/Settings.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace tl {

TownshipAsOf::TownshipAsOf(Ledger &ledger, const QDate &date) : m_ledger(ledger), m_date(date) {}

QString TownshipAsOf::dateText() const
{
    return sql::dateText(m_date);
}

QList<Village> TownshipAsOf::villages() const
{
    QList<Village> out;
    for (const Village &v : VillageRepository(m_ledger).all())
        if (!v.since.isValid() || v.since <= m_date)
            out << v;
    return out;
}

bool TownshipAsOf::hasVillage(qint64 villageId) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT 1 FROM village WHERE id = ? AND (since = '' OR since <= ?)"));
    q.addBindValue(villageId);
    q.addBindValue(dateText());
    return q.exec() && q.next();
}

QString TownshipAsOf::postHeldSql(const QString &post, const QString &term)
{
    return QStringLiteral("%1.start_date <= :d AND (%1.end_date = '' OR %1.end_date > :d) AND %2")
        .arg(post, termRunningSql(term));
}

QString TownshipAsOf::termRunningSql(const QString &term)
{
    // A term closed after D was running on D: a past date is judged by the terms of its time.
    return QStringLiteral("%1.start_date <= :d AND (%1.closed_on = '' OR %1.closed_on > :d)").arg(term);
}

QString TownshipAsOf::reserveListedSql(const QString &reserve)
{
    // A cadre with no date of entry (none could be recovered) has always been on the list.
    return QStringLiteral("(%1.added_on = '' OR %1.added_on <= :d) AND (%1.removed_on = '' OR %1.removed_on > :d)")
        .arg(reserve);
}

QHash<qint64, int> TownshipAsOf::reservesByVillage() const
{
    QHash<qint64, int> out;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.village_id, COUNT(*) FROM reserve_cadre r WHERE %1 GROUP BY r.village_id")
                  .arg(reserveListedSql()));
    q.bindValue(QStringLiteral(":d"), dateText());
    q.exec();
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

QList<BoardRow> TownshipAsOf::matters(qint64 villageId) const
{
    MatterRepository repository(m_ledger);
    const DeliberationSettings settings = SettingsStore(m_ledger).deliberation();
    QHash<qint64, Village> villages;
    for (const Village &v : VillageRepository(m_ledger).all())
        villages.insert(v.id, v);
    const QList<Matter> list = villageId > 0 ? repository.ofVillage(villageId) : repository.all();
    QHash<qint64, QList<StepRecord>> steps;
    QHash<qint64, QList<EarlierMeeting>> earlier;
    if (villageId > 0) {
        for (const Matter &m : list) {
            steps.insert(m.id, repository.steps(m.id));
            earlier.insert(m.id, repository.earlierMeetings(m.id));
        }
    } else {
        steps = repository.allSteps();
        earlier = repository.allEarlierMeetings();
    }
    QList<BoardRow> out;
    out.reserve(list.size());
    for (Matter m : list) {
        const QList<StepRecord> all = steps.value(m.id);
        // As a rule every step was held by D: the list is then shared, not copied record by record.
        const bool allHeld = std::all_of(all.cbegin(), all.cend(), [&](const StepRecord &s) {
            return !s.date.isValid() || s.date <= m_date;
        });
        QList<StepRecord> held;
        if (allHeld) {
            held = all;
        } else {
            const QList<EarlierMeeting> before = earlier.value(m.id);
            for (const StepRecord &s : all) {
                if (!s.date.isValid() || s.date <= m_date) {
                    held << s;
                    continue;
                }
                // The meeting of the record came after D; a meeting held for the step by D (one
                // without quorum, held again later) is the step as it stood on D.
                const EarlierMeeting *latest = nullptr;
                for (const EarlierMeeting &e : before)
                    if (e.stepId == s.id && e.meeting.date.isValid() && e.meeting.date <= m_date)
                        latest = &e;
                if (latest) {
                    StepRecord was = latest->meeting;
                    was.id = s.id;
                    was.overridden = s.overridden;
                    was.overrideReason = s.overrideReason;
                    held << was;
                }
            }
        }
        if (m.withdrawnOn.isValid() && m.withdrawnOn > m_date) {
            m.withdrawnOn = QDate();
            m.withdrawnReason.clear();
        }
        const bool dated = m.withdrawnOn.isValid() || std::any_of(held.cbegin(), held.cend(), [](const StepRecord &s) {
                               return s.date.isValid();
                           });
        // Everything recorded about it happened after D. A draft (no step at all) has no date:
        // it is kept, and belongsToPeriod() shows it only for the running period.
        if (!dated && !all.isEmpty())
            continue;
        out << MatterBoard::evaluate(m, villages.value(m.villageId), held, settings, m_date);
    }
    return out;
}

bool TownshipAsOf::belongsToPeriod(const BoardRow &row, const QDate &from, const QDate &to, bool running)
{
    if (row.steps.isEmpty() && !row.matter.withdrawnOn.isValid())
        return running;
    const bool open = row.status != MatterStatus::Completed && row.status != MatterStatus::Rejected &&
                      row.status != MatterStatus::Withdrawn;
    const bool withdrawnInPeriod = row.matter.withdrawnOn.isValid() && row.matter.withdrawnOn >= from &&
                                   row.matter.withdrawnOn <= to;
    return open || withdrawnInPeriod || row.touches(from, to);
}

QList<BoardRow> TownshipAsOf::mattersOfPeriod(const QDate &from, bool running, qint64 villageId) const
{
    QList<BoardRow> out;
    for (BoardRow &row : matters(villageId))
        if (belongsToPeriod(row, from, m_date, running))
            out << std::move(row);
    return out;
}

const QList<TownshipAsOf::HouseholdGroup> &TownshipAsOf::householdGroups() const
{
    if (m_groups)
        return *m_groups;
    // The households as they are now, per (village, grid, 网格员): the covering index
    // household_village_grid alone.
    struct Key
    {
        qint64 village, grid, worker;
        bool operator==(const Key &o) const { return village == o.village && grid == o.grid && worker == o.worker; }
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const { return qHashMulti(0, k.village, k.grid, k.worker); }
    };
    auto idOrZero = [](const QVariant &v) { return v.isNull() ? qint64(0) : v.toLongLong(); };
    // GROUP BY gives each (village, grid, 网格员) once, so the groups are read as they come, not
    // looked up. (A grid or 网格员 id 0, which only a file written around the foreign keys can
    // hold, reads like none and may then come twice: the figures add groups up all the same.)
    QList<HouseholdGroup> groups;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT village_id, grid_id, worker_id, COUNT(*), TOTAL(people) FROM household "
                          "GROUP BY village_id, grid_id, worker_id"));
    while (q.next())
        groups << HouseholdGroup{q.value(0).toLongLong(), idOrZero(q.value(1)), idOrZero(q.value(2)),
                                 q.value(3).toInt(), q.value(4).toDouble()};
    // Only the households with an assignment dated after D (as a rule a few moves, none when D
    // is today) are taken back to the grid they had on D: the latest assignment dated on or
    // before D (ties: the later written), else the first one written (a household is entered with
    // the grid it is in, stamped with the day of entry; a move typed in later may carry an earlier
    // date). SQLite takes the bare columns from the row that gives MAX(), here an integer (day
    // number, then id). A household with one assignment, dated after D, is on D where that
    // assignment puts it: it is looked at only when that is not where it is now. So a ledger
    // whose households were all entered after D (imported this month, the report for last
    // quarter) costs one pass over the history, not a grouping of all of it. As a rule nothing
    // is dated after D (D is today: the running quarter, the panel): one look at the history says
    // so, instead of the two passes over it.
    q.prepare(QStringLiteral("SELECT 1 FROM household_assignment WHERE assigned_on > :d LIMIT 1"));
    q.bindValue(QStringLiteral(":d"), dateText());
    const bool laterAssignments = q.exec() && q.next();
    q.finish();
    if (laterAssignments) {
        // Finding a group by its key is needed only here; a group that came twice is made one.
        std::unordered_map<Key, qsizetype, KeyHash> index;
        index.reserve(size_t(groups.size()));
        for (qsizetype i = 0; i < groups.size(); ++i) {
            HouseholdGroup &g = groups[i];
            const auto [it, added] = index.try_emplace(Key{g.village, g.grid, g.worker}, i);
            if (!added) {
                groups[it->second].households += std::exchange(g.households, 0);
                groups[it->second].people += std::exchange(g.people, 0);
            }
        }
        auto group = [&](qint64 village, const QVariant &grid, const QVariant &worker) -> HouseholdGroup & {
            const Key k{village, idOrZero(grid), idOrZero(worker)};
            const auto [it, added] = index.try_emplace(k, groups.size());
            if (added)
                groups << HouseholdGroup{k.village, k.grid, k.worker, 0, 0};
            return groups[it->second];
        };
        q.prepare(QStringLiteral(
            "WITH moved AS (SELECT household_id FROM household_assignment GROUP BY household_id HAVING COUNT(*) > 1) "
            "SELECT h.village_id, h.people, h.grid_id, h.worker_id, a.grid_id, a.worker_id FROM ("
            "  SELECT household_id, grid_id, worker_id, MAX(CASE WHEN assigned_on <= :d "
            "   THEN 1000000000000000 + IFNULL(CAST(julianday(assigned_on) AS INTEGER), 0) * 1000000000 + id "
            "   ELSE -id END) "
            "  FROM household_assignment WHERE household_id IN "
            "   (SELECT household_id FROM household_assignment WHERE assigned_on > :d AND household_id IN moved) "
            "  GROUP BY household_id"
            " ) a JOIN household h ON h.id = a.household_id "
            "UNION ALL "
            "SELECT h.village_id, h.people, h.grid_id, h.worker_id, a.grid_id, a.worker_id "
            "FROM household_assignment a JOIN household h ON h.id = a.household_id "
            "WHERE a.assigned_on > :d AND (a.grid_id IS NOT h.grid_id OR a.worker_id IS NOT h.worker_id) "
            "AND a.household_id NOT IN moved"));
        q.bindValue(QStringLiteral(":d"), dateText());
        q.exec();
        while (q.next()) {
            const qint64 village = q.value(0).toLongLong();
            const double people = q.value(1).toDouble();
            HouseholdGroup &now = group(village, q.value(2), q.value(3));
            now.households -= 1;
            now.people -= people;
            HouseholdGroup &then = group(village, q.value(4), q.value(5));
            then.households += 1;
            then.people += people;
        }
    }
    groups.removeIf([](const HouseholdGroup &g) { return g.households == 0; });
    m_groups = std::move(groups);
    return *m_groups;
}

void TownshipAsOf::householdFigures(QHash<qint64, HouseholdTotals> *villages,
                                    QHash<VillageGrid, QPair<int, int>> *grids) const
{
    QHash<qint64, double> people;
    QHash<VillageGrid, QPair<int, double>> perGrid;
    for (const HouseholdGroup &g : householdGroups()) {
        HouseholdTotals &t = (*villages)[g.village];
        t.households += g.households;
        people[g.village] += g.people;
        if (g.grid == 0) {
            t.unassigned += g.households;
        } else if (grids) {
            QPair<int, double> &c = perGrid[{g.village, g.grid}];
            c.first += g.households;
            c.second += g.people;
        }
    }
    for (auto it = villages->begin(); it != villages->end(); ++it)
        it->people = QVariant(people.value(it.key())).toInt();
    if (grids)
        for (auto it = perGrid.cbegin(); it != perGrid.cend(); ++it)
            grids->insert(it.key(), {it->first, QVariant(it->second).toInt()});
}

QHash<qint64, int> TownshipAsOf::householdsPerWorker() const
{
    QHash<qint64, int> out;
    for (const HouseholdGroup &g : householdGroups())
        if (g.worker != 0)
            out[g.worker] += g.households;
    return out;
}

} // namespace tl
