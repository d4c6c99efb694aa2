#include "edits/GridEdits.h"

#include "edits/ChangeSettings.h"
#include "edits/History.h"
#include "edits/Records.h"
#include "grids/HouseholdRepository.h"
#include "model/VillageRepository.h"
#include "storage/Ledger.h"
#include "storage/Settings.h"

#include <QPair>
#include <QSqlError>
#include <QSqlQuery>

namespace tl::edits {

template<>
struct Record<Grid>
{
    static constexpr Change::Kind kind = Change::Kind::Grids;
    static qint64 villageOf(const Grid &g) { return g.villageId; }
    static Result<qint64> insert(Ledger &ledger, const Grid &g) { return fromSaved(GridRepository(ledger).insert(g)); }
    static Result<void> remove(Ledger &ledger, qint64 id)
    {
        QString error;
        const bool ok = GridRepository(ledger).remove(id, &error);
        return fromWrite(ok, error);
    }
};

template<>
struct Record<Household>
{
    static constexpr Change::Kind kind = Change::Kind::Households;
    static qint64 villageOf(const Household &h) { return h.villageId; }
    // Keeps a set id (redo after undo); a household with a grid gets its first history row.
    static Result<qint64> insert(Ledger &ledger, const Household &h)
    {
        return fromSaved(HouseholdRepository(ledger).insert(h));
    }
    static Result<void> remove(Ledger &ledger, qint64 id) // its history goes with it
    {
        QString error;
        const bool ok = HouseholdRepository(ledger).remove(id, &error);
        return fromWrite(ok, error);
    }
};

namespace {

// The assignment history rows an edit added: the ids above the newest one before its first redo.
// Undo removes exactly those (a redo writes them again under the same ids).
class HistoryRows
{
public:
    void before(Ledger &ledger) { m_after = HouseholdRepository(ledger).lastAssignmentId(); }
    void after(Ledger &ledger) { m_upTo = HouseholdRepository(ledger).lastAssignmentId(); }
    Result<void> drop(Ledger &ledger) const
    {
        QString error;
        const bool ok = HouseholdRepository(ledger).dropAssignments(m_after, m_upTo, &error);
        return fromWrite(ok, error);
    }

private:
    qint64 m_after = 0, m_upTo = 0;
};

// Households to a grid and worker, as one batch per worker.
class AssignHouseholds : public Command
{
public:
    AssignHouseholds(Ledger &ledger, const QString &text, qint64 villageId, QVector<qint64> ids, qint64 gridId,
                     qint64 workerId, QString note, QDate on)
        : Command(ledger, text, Change{Change::Kind::Grids, villageId, QList<qint64>(ids.cbegin(), ids.cend())}),
          m_ids(std::move(ids)), m_gridId(gridId), m_workerId(workerId), m_note(std::move(note)), m_on(on)
    {
    }

protected:
    Result<void> doRedo() override
    {
        if (firstRun()) {
            m_history.before(ledger());
            m_batches = batches();
        }
        QList<Assignment> previous;
        for (const auto &[worker, part] : std::as_const(m_batches)) {
            QList<Assignment> p;
            QString error;
            if (!HouseholdRepository(ledger()).assign(part, m_gridId, worker, m_on, m_note, &p, &error))
                return Error::invalid(QString(), error);
            previous += p;
        }
        if (firstRun())
            m_previous = previous;
        m_history.after(ledger());
        return {};
    }
    Result<void> doUndo() override
    {
        QString error;
        if (!HouseholdRepository(ledger()).setAssignments(m_previous, &error))
            return Error::database(error);
        return m_history.drop(ledger());
    }

private:
    // One batch per worker, shared out in the households' order (by group).
    QList<QPair<qint64, QVector<qint64>>> batches() const
    {
        QList<QPair<qint64, QVector<qint64>>> out;
        if (m_workerId != kShareAmongWorkers) {
            out.append({m_workerId, m_ids});
            return out;
        }
        const std::optional<Grid> grid = m_gridId > 0 ? GridRepository(ledger()).get(m_gridId) : std::nullopt;
        const QList<qint64> workers = grid ? grid->workers : QList<qint64>{};
        const qsizetype w = workers.size();
        if (w == 0)
            out.append({0, m_ids});
        for (qsizetype i = 0; i < w; ++i) {
            const qsizetype from = m_ids.size() * i / w, to = m_ids.size() * (i + 1) / w;
            if (to > from)
                out.append({workers[i], m_ids.mid(from, to - from)});
        }
        return out;
    }

    QVector<qint64> m_ids;
    qint64 m_gridId, m_workerId;
    QString m_note;
    QDate m_on;
    QList<QPair<qint64, QVector<qint64>>> m_batches;
    QList<Assignment> m_previous;
    HistoryRows m_history;
};

// Households deleted with their history; undo writes both back with their ids.
class DeleteHouseholds : public Command
{
public:
    DeleteHouseholds(Ledger &ledger, const QString &text, qint64 villageId, QVector<qint64> ids)
        : Command(ledger, text, Change{Change::Kind::Households, villageId, QList<qint64>(ids.cbegin(), ids.cend())}),
          m_ids(std::move(ids))
    {
    }

protected:
    Result<void> doRedo() override
    {
        if (firstRun()) {
            m_stored = HouseholdRepository(ledger()).stored(m_ids);
            if (m_stored.households.isEmpty())
                return Error::notFound(Command::tr("the households no longer exist"));
        }
        QString error;
        const bool ok = HouseholdRepository(ledger()).removeMany(m_ids, &error);
        return fromWrite(ok, error);
    }
    Result<void> doUndo() override
    {
        QString error;
        const bool ok = HouseholdRepository(ledger()).putBack(m_stored, &error);
        return fromWrite(ok, error);
    }

private:
    QVector<qint64> m_ids;
    StoredHouseholds m_stored;
};

// A household's fields (and grid or worker: the repository adds a history row for a move).
class EditHousehold : public Command
{
public:
    EditHousehold(Ledger &ledger, const QString &text, Household after)
        : Command(ledger, text, Change{Change::Kind::Households, after.villageId, {after.id}}), m_after(std::move(after))
    {
    }

protected:
    Result<void> doRedo() override
    {
        if (firstRun()) {
            m_before = HouseholdRepository(ledger()).stored({m_after.id});
            if (m_before.households.isEmpty())
                return Error::notFound(Command::tr("the households no longer exist"));
            m_history.before(ledger());
        }
        const Saved saved = HouseholdRepository(ledger()).update(m_after);
        if (!saved.ok())
            return Error::fromSaved(saved);
        m_history.after(ledger());
        return {};
    }
    Result<void> doUndo() override
    {
        if (const Result<void> dropped = m_history.drop(ledger()); !dropped)
            return dropped;
        QString error;
        const bool ok = HouseholdRepository(ledger()).putBack(m_before, &error);
        return fromWrite(ok, error);
    }

private:
    Household m_after;
    StoredHouseholds m_before;
    HistoryRows m_history;
};

// An edit of a village's grids that may touch several of them, their staff and the village's
// households: undo puts the village's grids back as stored before the first redo.
class VillageGridsCommand : public Command
{
public:
    VillageGridsCommand(Ledger &ledger, const QString &text, qint64 villageId, QList<qint64> ids)
        : Command(ledger, text, Change{Change::Kind::Grids, villageId, std::move(ids)}), m_villageId(villageId)
    {
    }

protected:
    virtual Result<void> apply() = 0;

    Result<void> doRedo() override
    {
        if (firstRun()) {
            m_before = GridRepository(ledger()).stored(m_villageId);
            m_history.before(ledger());
        }
        if (const Result<void> done = apply(); !done)
            return done;
        m_history.after(ledger());
        return {};
    }
    Result<void> doUndo() override
    {
        if (const Result<void> dropped = m_history.drop(ledger()); !dropped)
            return dropped;
        QString error;
        const bool ok = GridRepository(ledger()).putBack(m_before, &error);
        return fromWrite(ok, error);
    }

    qint64 m_villageId;

private:
    StoredGrids m_before;
    HistoryRows m_history;
};

// A grid's fields, leader and workers; households whose 网格员 leaves the grid lose the worker.
class EditGrid : public VillageGridsCommand
{
public:
    EditGrid(Ledger &ledger, const QString &text, Grid after)
        : VillageGridsCommand(ledger, text, after.villageId, {after.id}), m_after(std::move(after))
    {
    }

protected:
    Result<void> apply() override
    {
        if (firstRun() && !GridRepository(ledger()).get(m_after.id))
            return Error::notFound(Command::tr("the grid no longer exists"));
        const Saved saved = GridRepository(ledger()).update(m_after);
        return saved.ok() ? Result<void>() : Result<void>(Error::fromSaved(saved));
    }

private:
    Grid m_after;
};

// A grid with its sub-grids; their households become unassigned.
class DeleteGrid : public VillageGridsCommand
{
public:
    DeleteGrid(Ledger &ledger, const QString &text, qint64 villageId, qint64 gridId)
        : VillageGridsCommand(ledger, text, villageId, {gridId}), m_gridId(gridId)
    {
    }

protected:
    Result<void> apply() override
    {
        const std::optional<Grid> grid = GridRepository(ledger()).get(m_gridId);
        if (!grid || grid->villageId != m_villageId)
            return Error::notFound(Command::tr("the grid no longer exists"));
        QString error;
        const bool ok = GridRepository(ledger()).remove(m_gridId, &error);
        return fromWrite(ok, error);
    }

private:
    qint64 m_gridId;
};

// A reviewed proposal: new grids (or staff added to existing ones) and every household assigned.
class ApplyGridProposal : public VillageGridsCommand
{
public:
    ApplyGridProposal(Ledger &ledger, const QString &text, GridProposalPlan plan, QDate on)
        : VillageGridsCommand(ledger, text, plan.villageId, {}), m_plan(std::move(plan)), m_on(on)
    {
    }

protected:
    Result<void> apply() override
    {
        QString error;
        const bool ok = GridProposal::apply(ledger(), m_plan, m_on, nullptr, &error);
        return ok ? Result<void>() : Result<void>(Error::invalid(QString(), error));
    }

private:
    GridProposalPlan m_plan;
    QDate m_on;
};

} // namespace

Result<void> assignHouseholds(Ledger &ledger, qint64 villageId, const QVector<qint64> &householdIds, qint64 gridId,
                              qint64 workerId, const QString &note, const QDate &on)
{
    const std::optional<Grid> grid = gridId > 0 ? GridRepository(ledger).get(gridId) : std::nullopt;
    const int n = int(householdIds.size());
    const QString text = grid ? Command::tr("Assign %n household(s) to %1", nullptr, n).arg(grid->name)
                              : Command::tr("Take %n household(s) out of their grid", nullptr, n);
    return withoutValue(ledger.history().push(
        std::make_unique<AssignHouseholds>(ledger, text, villageId, householdIds, gridId, workerId, note, on)));
}

Result<qint64> addHousehold(Ledger &ledger, const Household &household)
{
    return ledger.history().push(std::make_unique<AddRecord<Household>>(
        ledger, Command::tr("Add household %1").arg(household.headName.trimmed()), household));
}

Result<void> editHousehold(Ledger &ledger, const Household &household)
{
    return withoutValue(ledger.history().push(std::make_unique<EditHousehold>(
        ledger, Command::tr("Edit household %1").arg(household.headName.trimmed()), household)));
}

Result<void> deleteHouseholds(Ledger &ledger, qint64 villageId, const QVector<qint64> &householdIds)
{
    QString text;
    if (householdIds.size() == 1)
        text = Command::tr("Delete household %1")
                   .arg(HouseholdRepository(ledger).get(householdIds.first()).value_or(Household{}).headName);
    else
        text = Command::tr("Delete %1 households").arg(householdIds.size());
    return withoutValue(
        ledger.history().push(std::make_unique<DeleteHouseholds>(ledger, text, villageId, householdIds)));
}

Result<qint64> addGrid(Ledger &ledger, const Grid &grid)
{
    return ledger.history().push(
        std::make_unique<AddRecord<Grid>>(ledger, Command::tr("Add grid %1").arg(grid.name.trimmed()), grid));
}

Result<void> editGrid(Ledger &ledger, const Grid &grid)
{
    return withoutValue(ledger.history().push(
        std::make_unique<EditGrid>(ledger, Command::tr("Edit grid %1").arg(grid.name.trimmed()), grid)));
}

Result<void> deleteGrid(Ledger &ledger, qint64 villageId, qint64 gridId)
{
    const std::optional<Grid> grid = GridRepository(ledger).get(gridId);
    if (!grid)
        return Error::notFound(Command::tr("the grid no longer exists"));
    return withoutValue(ledger.history().push(
        std::make_unique<DeleteGrid>(ledger, Command::tr("Delete grid %1").arg(grid->name), villageId, gridId)));
}

Result<void> applyGridProposal(Ledger &ledger, const GridProposalPlan &plan, const QDate &on)
{
    const QString village = VillageRepository(ledger).get(plan.villageId).value_or(Village{}).name;
    return withoutValue(ledger.history().push(
        std::make_unique<ApplyGridProposal>(ledger, Command::tr("Propose grids for %1").arg(village), plan, on)));
}

Result<void> changeGridSettings(Ledger &ledger, const GridSettings &settings)
{
    return withoutValue(ledger.history().push(std::make_unique<ChangeSettings>(
        ledger, Command::tr("Change the grid rules"), [settings](Ledger &l) -> Result<void> {
            QString error;
            if (SettingsStore(l).setGrid(settings, &error))
                return {};
            if (!SettingsStore::validate(settings).isEmpty())
                return Error::invalid(QString(), error);
            return Error::database(error);
        })));
}

} // namespace tl::edits
