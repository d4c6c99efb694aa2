#include "grids/GridEdits.h"

#include "grids/HouseholdRepository.h"
#include "shell/LedgerContext.h"

#include <QCoreApplication>
#include <QPair>

#include <memory>

namespace tl::ui::GridEdits {

namespace {
QString &sink(QString *s, QString &local)
{
    return s ? *s : local;
}
} // namespace

bool assign(LedgerContext *context, qint64 villageId, const QVector<qint64> &ids, qint64 gridId, qint64 workerId,
            const QString &note, QString *done, QString *error)
{
    QString localError;
    QString &err = sink(error, localError);
    if (ids.isEmpty() || context->isReadOnly())
        return false;
    Ledger *ledger = &context->ledger();
    const QDate today = context->today();
    const std::optional<Grid> grid = gridId > 0 ? GridRepository(*ledger).get(gridId) : std::nullopt;

    // One batch per worker, shared out in the households' order (by group).
    QList<QPair<qint64, QVector<qint64>>> batches;
    if (workerId == kShareAmongWorkers) {
        const QList<qint64> workers = grid ? grid->workers : QList<qint64>{};
        const qsizetype w = workers.size();
        if (w == 0)
            batches.append({0, ids});
        for (qsizetype i = 0; i < w; ++i) {
            const qsizetype from = ids.size() * i / w, to = ids.size() * (i + 1) / w;
            if (to > from)
                batches.append({workers[i], ids.mid(from, to - from)});
        }
    } else {
        batches.append({workerId, ids});
    }

    auto assignAll = [ledger, batches, gridId, today, note](QList<Assignment> *before, QString *e) {
        return ledger->write(
            [&](QString *inner) {
                for (const auto &[worker, part] : batches) {
                    QList<Assignment> p;
                    if (!HouseholdRepository(*ledger).assign(part, gridId, worker, today, note, &p, inner))
                        return false;
                    if (before)
                        *before += p;
                }
                return true;
            },
            e);
    };
    auto previous = std::make_shared<QList<Assignment>>();
    if (!assignAll(previous.get(), &err))
        return false;

    const int n = int(ids.size());
    const QString text = grid ? QCoreApplication::translate("GridEdits", "Assign %n household(s) to %1", nullptr, n).arg(grid->name)
                              : QCoreApplication::translate("GridEdits", "Take %n household(s) out of their grid", nullptr, n);
    context->recordDone(
        text, LedgerContext::Change::Everything, villageId, [assignAll](QString *e) { return assignAll(nullptr, e); },
        [ledger, previous, today](QString *e) { return HouseholdRepository(*ledger).restore(*previous, today, e); });
    if (done)
        *done = text;
    return true;
}

bool deleteHouseholds(LedgerContext *context, qint64 villageId, const QVector<qint64> &ids, QString *done,
                      QString *error)
{
    QString localError;
    QString &err = sink(error, localError);
    if (ids.isEmpty() || context->isReadOnly())
        return false;
    Ledger *ledger = &context->ledger();
    HouseholdRepository repo(*ledger);
    // Everything needed to put them back as they were, history included (remove() drops it).
    struct Snapshot
    {
        Household household;
        QList<Assignment> history;
    };
    QList<Snapshot> snapshots;
    for (const Household &h : repo.fetch(ids))
        snapshots << Snapshot{h, repo.history(h.id)};
    auto removeAll = [ledger, ids](QString *e) {
        return ledger->write(
            [&](QString *inner) {
                for (qint64 id : ids)
                    if (!HouseholdRepository(*ledger).remove(id, inner))
                        return false;
                return true;
            },
            e);
    };
    auto putBack = [ledger, snapshots](QString *e) {
        return ledger->write(
            [&](QString *inner) {
                for (const Snapshot &s : snapshots)
                    if (!HouseholdRepository(*ledger).reinsert(s.household, s.history, inner))
                        return false;
                return true;
            },
            e);
    };
    if (!removeAll(&err))
        return false;
    const QString text = snapshots.size() == 1 ? QCoreApplication::translate("GridEdits", "Delete household %1").arg(snapshots.first().household.headName)
                                               : QCoreApplication::translate("GridEdits", "Delete %1 households").arg(snapshots.size());
    context->recordDone(text, LedgerContext::Change::Everything, villageId, removeAll, putBack);
    if (done)
        *done = text;
    return true;
}

bool deleteGrid(LedgerContext *context, qint64 villageId, qint64 gridId, QString *done, QString *error)
{
    QString localError;
    QString &err = sink(error, localError);
    if (context->isReadOnly())
        return false;
    Ledger *ledger = &context->ledger();
    GridRepository grids(*ledger);
    HouseholdRepository households(*ledger);
    // The grid and its sub-grids, parent first (so it exists when they are put back).
    QList<Grid> removed;
    for (const Grid &g : grids.ofVillage(villageId)) {
        if (g.id == gridId)
            removed.prepend(g);
        else if (g.parentId == gridId)
            removed << g;
    }
    if (removed.isEmpty() || removed.first().id != gridId) {
        err = QCoreApplication::translate("GridEdits", "the grid no longer exists");
        return false;
    }
    // Where each of their households was (grid or sub-grid, and worker).
    HouseholdFilter f;
    f.villageId = villageId;
    f.gridMode = HouseholdFilter::GridMode::InGrid;
    f.gridId = gridId;
    const QDate today = context->today();
    QList<Assignment> before;
    for (const Household &h : households.fetch(households.ids(f)))
        before << Assignment{h.id, h.gridId, h.workerId, today, QString()};

    auto remove = [ledger, gridId](QString *e) { return GridRepository(*ledger).remove(gridId, e); };
    auto putBack = [ledger, removed, before, today](QString *e) {
        return ledger->write(
            [&](QString *inner) {
                for (const Grid &g : removed) {
                    const Saved s = GridRepository(*ledger).insert(g);
                    if (!s.ok()) {
                        *inner = s.message();
                        return false;
                    }
                }
                return before.isEmpty() || HouseholdRepository(*ledger).restore(before, today, inner);
            },
            e);
    };
    if (!remove(&err))
        return false;
    const QString text = QCoreApplication::translate("GridEdits", "Delete grid %1").arg(removed.first().name);
    context->recordDone(text, LedgerContext::Change::Everything, villageId, remove, putBack);
    if (done)
        *done = text;
    return true;
}

} // namespace tl::ui::GridEdits
