#include "grids/GridProposal.h"

#include "committees/CommitteeRepository.h"
#include "grids/HouseholdRepository.h"
#include "storage/Ledger.h"
#include "committees/PersonRepository.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace tl {

GridProposalPlan GridProposal::propose(Ledger &ledger, qint64 villageId, const GridSettings &settings, const QDate &on)
{
    HouseholdRepository households(ledger);
    HouseholdFilter filter;
    filter.villageId = villageId;
    QList<HouseholdSlot> slots;
    for (const Household &h : households.fetch(households.ids(filter)))
        slots << HouseholdSlot{h.id, h.group};
    QList<qint64> committee, others;
    staff(ledger, villageId, on, &committee, &others);
    GridProposalPlan result = plan(villageId, slots, committee, others, settings);
    const QList<Grid> existing = GridRepository(ledger).ofVillage(villageId);
    if (!existing.isEmpty())
        result.notes << tr("The village already has %1 grids; names that exist are reused, their households are moved.")
                            .arg(existing.size());
    return result;
}

void GridProposal::staff(Ledger &ledger, qint64 villageId, const QDate &on, QList<qint64> *committee,
                         QList<qint64> *others)
{
    // Nobody is given two grids: a member of the two committees leads, the others staff.
    QSet<qint64> onCommittee;
    for (const RosterEntry &e : CommitteeRepository(ledger).roster(villageId, on)) {
        bool twoCommittees = false;
        for (Body b : e.bodies)
            twoCommittees = twoCommittees || b != Body::Supervision;
        if (twoCommittees) {
            *committee << e.person.id;
            onCommittee.insert(e.person.id);
        }
    }
    for (const Person &p : PersonRepository(ledger).byVillage(villageId))
        if (!onCommittee.contains(p.id))
            *others << p.id;
}

GridProposalPlan GridProposal::plan(qint64 villageId, const QList<HouseholdSlot> &households,
                                    const QList<qint64> &committee, const QList<qint64> &others,
                                    const GridSettings &settings)
{
    GridProposalPlan plan;
    plan.villageId = villageId;
    plan.households = int(households.size());

    // Households by 村民小组, in the order of the group names.
    QMap<QString, QVector<qint64>> byGroup;
    for (const HouseholdSlot &h : households)
        byGroup[h.group.isEmpty() ? tr("(no group)") : h.group] << h.key;

    int nextLeader = 0, nextWorker = 0;
    int missingWorkers = 0;
    const int size = std::max(1, settings.size);
    const int perWorker = std::max(1, settings.perWorker);

    int groupIndex = 0;
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it, ++groupIndex) {
        const QVector<qint64> &ids = *it;
        const int parts = int((ids.size() + size - 1) / size);
        for (int part = 0; part < parts; ++part) {
            // Even split: sizes differ by at most one.
            const qsizetype from = ids.size() * part / parts;
            const qsizetype to = ids.size() * (part + 1) / parts;
            ProposedGrid g;
            g.group = it.key();
            g.name = parts == 1 ? tr("%1 grid").arg(it.key()) : tr("%1 grid %2").arg(it.key()).arg(part + 1);
            g.code = QStringLiteral("%1-%2").arg(groupIndex + 1, 2, 10, QLatin1Char('0')).arg(part + 1, 2, 10, QLatin1Char('0'));
            g.households = ids.mid(from, to - from);
            if (nextLeader < committee.size())
                g.leaderId = committee.at(nextLeader++);
            const int wanted = int((g.households.size() + perWorker - 1) / perWorker);
            while (g.workers.size() < wanted && nextWorker < others.size())
                g.workers << others.at(nextWorker++);
            missingWorkers += wanted - int(g.workers.size());
            if (!g.leaderId && !g.workers.isEmpty())
                g.leaderId = g.workers.first();
            const int w = int(g.workers.size());
            for (qsizetype i = 0; i < g.households.size(); ++i)
                g.workerOf << (w ? g.workers.at(int(i * w / g.households.size())) : 0);
            plan.grids << g;
        }
    }
    if (plan.households == 0)
        plan.notes << tr("The village has no households yet: add or import them first.");
    if (missingWorkers > 0)
        plan.notes << tr("%1 more grid workers are needed; add people to the village and assign them afterwards.")
                          .arg(missingWorkers);
    return plan;
}

bool GridProposal::apply(Ledger &ledger, const GridProposalPlan &plan, const QDate &on, AppliedGridProposal *applied,
                         QString *error)
{
    AppliedGridProposal result;
    result.villageId = plan.villageId;
    GridRepository grids(ledger);
    HouseholdRepository households(ledger);
    QHash<QString, Grid> existing;
    for (const Grid &g : grids.ofVillage(plan.villageId))
        existing.insert(g.name, g);
    const bool ok = ledger.write(
        [&](QString *err) {
            for (const ProposedGrid &p : plan.grids) {
                qint64 gridId = 0;
                if (auto it = existing.find(p.name); it != existing.end()) {
                    Grid g = *it;
                    result.updatedGridsBefore << *it;
                    for (qint64 w : p.workers)
                        if (!g.workers.contains(w))
                            g.workers << w;
                    if (!g.leaderId)
                        g.leaderId = p.leaderId;
                    const Saved s = grids.update(g);
                    if (!s.ok()) {
                        *err = s.message();
                        return false;
                    }
                    gridId = g.id;
                } else {
                    Grid g;
                    g.villageId = plan.villageId;
                    g.name = p.name;
                    g.code = p.code;
                    g.leaderId = p.leaderId;
                    g.workers = p.workers;
                    g.area = p.group;
                    const Saved s = grids.insert(g);
                    if (!s.ok()) {
                        *err = s.message();
                        return false;
                    }
                    gridId = s.id;
                    result.createdGrids << gridId;
                }
                // One batch per worker: the households of a worker share grid and worker.
                QMap<qint64, QVector<qint64>> byWorker;
                for (qsizetype i = 0; i < p.households.size(); ++i)
                    byWorker[p.workerOf.value(i)] << p.households.at(i);
                for (auto it = byWorker.cbegin(); it != byWorker.cend(); ++it) {
                    QList<Assignment> previous;
                    if (!households.assign(*it, gridId, it.key(), on, tr("proposed grids"), &previous, err))
                        return false;
                    result.previous += previous;
                }
            }
            return true;
        },
        error);
    if (ok && applied)
        *applied = result;
    return ok;
}

bool GridProposal::undo(Ledger &ledger, const AppliedGridProposal &applied, const QDate &on, QString *error)
{
    return ledger.write(
        [&](QString *err) {
            if (!HouseholdRepository(ledger).restore(applied.previous, on, err))
                return false;
            for (qint64 id : applied.createdGrids)
                if (!GridRepository(ledger).remove(id, err))
                    return false;
            for (const Grid &g : applied.updatedGridsBefore) {
                const Saved s = GridRepository(ledger).update(g);
                if (!s.ok()) {
                    *err = s.message();
                    return false;
                }
            }
            // Restoring workers may have cleared worker links; put the households back once more.
            return HouseholdRepository(ledger).restore(applied.previous, on, err);
        },
        error);
}

} // namespace tl
