#pragma once

#include "grids/Grids.h"

#include <QHash>
#include <QVariant>

#include <optional>

namespace tl {

class Ledger;
class Statement;

// Households exactly as stored: every column, and their assignment history rows with their ids,
// so that an undo puts deleted or changed households back as they were (HouseholdRepository::putBack).
struct StoredHouseholds
{
    QList<QVariantList> households; // household columns, id first
    QList<QVariantList> history;    // household_assignment rows, id first
};

// A village's grids exactly as stored: the grid rows, their staff rows in stored order (rowid
// included) and the grid and worker of every household of the village (GridRepository::putBack).
struct StoredGrids
{
    qint64 villageId = 0;
    QList<QVariantList> grids; // grid columns, id first; parents before their sub-grids
    QList<QVariantList> staff; // rowid, grid_id, person_id
    QList<Assignment> households; // household, grid and worker only
};

// Households at county scale (200,000): the lists fetch ids first and rows in pages, every
// filter runs on an index, and batches are written in one transaction with one prepared statement.
class HouseholdRepository
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)
public:
    explicit HouseholdRepository(Ledger &ledger) : m_ledger(ledger) {}

    FieldErrors validate(Household &household) const;
    // What validate() asks the ledger about grids, remembered over many households of one bulk
    // write (the same few grids and workers come back thousands of times).
    struct GridChecks
    {
        QHash<qint64, qint64> villageOfGrid;      // 0 = no such grid
        QHash<QPair<qint64, qint64>, bool> works; // (grid, person) → a worker of that grid
    };
    FieldErrors validate(Household &household, GridChecks *checks) const;
    Saved insert(Household household);
    Saved update(Household household);
    bool remove(qint64 id, QString *error);
    // Validated insert of many; stops at the first invalid one (its index in *failedAt).
    bool insertMany(QList<Household> &households, QString *error, int *failedAt = nullptr);
    // The same for a bulk writer already inside Ledger::write (the demo): it opens no savepoint of
    // its own. Inside a nested savepoint SQLite walks the savepoint's whole sub-journal after every
    // statement, so thousands of rows written there cost time quadratic in their number.
    // A household written with its grid starts its assignment history on assignedOn (default:
    // today), with the note given.
    bool insertManyInWrite(QList<Household> &households, QString *error, int *failedAt = nullptr,
                           const QDate &assignedOn = QDate(), const QString &assignmentNote = QString());
    // Binds a household's stored fields, village_id to worker_id in the table's order, to the
    // placeholders from `first` on: the one binding of the bulk writers (this and the import).
    static void bindFields(Statement &statement, int first, const Household &household);

    // The indexes a bulk writer of households into a new or nearly empty ledger (the demo, a
    // first import) sets aside and builds once at its end (DeferredIndexes): none of them is read
    // while households are written (they are found by id, new ones by maps kept by the writer).
    static QStringList indexesForBulk();
    // Below this many households in the ledger, a bulk write builds the indexes again at its end.
    static constexpr int kBulkRebuildBelow = 20000;

    std::optional<Household> get(qint64 id) const;
    int count(const HouseholdFilter &filter) const;
    QVector<qint64> ids(const HouseholdFilter &filter) const; // a village: by group, id; else by id
    // Households whose head has exactly this (normalised) ID number, by id: the ID number index,
    // not the search (which would read every household first).
    QVector<qint64> idsWithHeadId(const QString &idNumber) const;
    QList<Household> fetch(const QVector<qint64> &ids) const; // in the order given
    QStringList groups(qint64 villageId) const;

    // Assigns households to a grid and a 网格员 (0 = none) in one transaction, keeping the history.
    // *previous receives what they had before, for undo.
    bool assign(const QVector<qint64> &ids, qint64 gridId, qint64 workerId, const QDate &on, const QString &note,
                QList<Assignment> *previous, QString *error);
    // assign() for a bulk writer already inside Ledger::write (see insertManyInWrite): the same
    // checks and history, no savepoint, no copy of what the households had before, and many
    // batches (households of one grid and worker each) through statements prepared once.
    struct AssignmentBatch
    {
        QVector<qint64> ids;
        qint64 gridId = 0;
        qint64 workerId = 0;
    };
    bool assignInWrite(const QList<AssignmentBatch> &batches, const QDate &on, const QString &note, QString *error);
    bool restore(const QList<Assignment> &assignments, const QDate &on, QString *error);
    QList<Assignment> history(qint64 householdId) const;
    // Puts a removed household back exactly as it was: same id, grid, worker and assignment
    // history (remove() deletes the history with it). For undoing a deletion; not validated.
    bool reinsert(const Household &household, const QList<Assignment> &history, QString *error);

    // For the edit commands (undo puts back exactly what was stored; nothing is validated).
    bool removeMany(const QVector<qint64> &ids, QString *error); // one prepared statement
    StoredHouseholds stored(const QVector<qint64> &ids) const;
    // Writes the stored rows again with their ids: missing households and history rows are
    // inserted, existing households get their stored columns back.
    bool putBack(const StoredHouseholds &stored, QString *error);
    // Sets grid and worker as given, without adding assignment history.
    bool setAssignments(const QList<Assignment> &assignments, QString *error);
    // The id of the newest assignment history row (0 when none), and removing the rows an edit
    // added: those with after < id <= upTo.
    qint64 lastAssignmentId() const;
    bool dropAssignments(qint64 after, qint64 upTo, QString *error);

    struct VillageTotals
    {
        int households = 0;
        int people = 0;
        int unassigned = 0;
    };
    // Per village, one GROUP BY over the household table (reports, overview).
    QHash<qint64, VillageTotals> totalsByVillage() const;

private:
    bool checkAssignment(const QVector<qint64> &ids, qint64 gridId, qint64 workerId, QString *error) const;
    bool writeAssignment(const QList<AssignmentBatch> &batches, const QDate &on, const QString &note, QString *error);
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

    // For the edit commands: the village's grids as stored, and putting them back exactly (grids
    // added since are deleted, changed ones rewritten, staff rows and households' grid and worker
    // restored; nothing is validated).
    StoredGrids stored(qint64 villageId) const;
    bool putBack(const StoredGrids &stored, QString *error);

private:
    Ledger &m_ledger;
};

} // namespace tl
