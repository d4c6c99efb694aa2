#pragma once

#include "grids/Grids.h"

#include <QHash>

#include <optional>

namespace tl {

class Ledger;

// Households at county scale (200,000): the lists fetch ids first and rows in pages, every
// filter runs on an index, and batches are written in one transaction with one prepared statement.
class HouseholdRepository
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)
public:
    explicit HouseholdRepository(Ledger &ledger) : m_ledger(ledger) {}

    FieldErrors validate(Household &household) const;
    Saved insert(Household household);
    Saved update(Household household);
    bool remove(qint64 id, QString *error);
    // Validated insert of many; stops at the first invalid one (its index in *failedAt).
    bool insertMany(QList<Household> &households, QString *error, int *failedAt = nullptr);

    std::optional<Household> get(qint64 id) const;
    int count(const HouseholdFilter &filter) const;
    QVector<qint64> ids(const HouseholdFilter &filter) const; // a village: by group, id; else by id
    QList<Household> fetch(const QVector<qint64> &ids) const; // in the order given
    QStringList groups(qint64 villageId) const;

    // Assigns households to a grid and a 网格员 (0 = none) in one transaction, keeping the history.
    // *previous receives what they had before, for undo.
    bool assign(const QVector<qint64> &ids, qint64 gridId, qint64 workerId, const QDate &on, const QString &note,
                QList<Assignment> *previous, QString *error);
    bool restore(const QList<Assignment> &assignments, const QDate &on, QString *error);
    QList<Assignment> history(qint64 householdId) const;
    // Puts a removed household back exactly as it was: same id, grid, worker and assignment
    // history (remove() deletes the history with it). For undoing a deletion; not validated.
    bool reinsert(const Household &household, const QList<Assignment> &history, QString *error);

    struct VillageTotals
    {
        int households = 0;
        int people = 0;
        int unassigned = 0;
    };
    // Per village, one GROUP BY over the household table (reports, overview).
    QHash<qint64, VillageTotals> totalsByVillage() const;

private:
    Ledger &m_ledger;
};

class GridRepository
{
    Q_DECLARE_TR_FUNCTIONS(GridRepository)
public:
    explicit GridRepository(Ledger &ledger) : m_ledger(ledger) {}

    QList<Grid> ofVillage(qint64 villageId) const;
    std::optional<Grid> get(qint64 id) const;
    FieldErrors validate(Grid &grid) const;
    Saved insert(Grid grid);
    Saved update(Grid grid);
    bool remove(qint64 id, QString *error); // households of the grid become unassigned
    QList<GridSummary> summaries(qint64 villageId) const;
    int unassignedHouseholds(qint64 villageId) const;
    QHash<qint64, int> countsByVillage() const;

private:
    Ledger &m_ledger;
};

} // namespace tl
