#pragma once

#include "grids/GridProposal.h"
#include "grids/Grids.h"
#include "model/Domain.h"
#include "model/Result.h"

#include <QDate>
#include <QVector>

namespace tl {
class Ledger;
}

// Edits of grids and households (see VillageEdits.h for how the edit functions work).
namespace tl::edits {

// Assigns households of a village to a grid and 网格员 (one command for the whole batch). gridId 0
// takes them out of their grid; workerId 0 = no worker; kShareAmongWorkers spreads them over the
// grid's 网格员 in the order given (neighbours keep one worker). `on` dates the history rows.
constexpr qint64 kShareAmongWorkers = -1;
Result<void> assignHouseholds(Ledger &ledger, qint64 villageId, const QVector<qint64> &householdIds, qint64 gridId,
                              qint64 workerId, const QString &note, const QDate &on);

// Households. addHousehold returns the new household's id; undoing a deletion puts the households
// back with the same ids and their assignment history.
Result<qint64> addHousehold(Ledger &ledger, const Household &household);
Result<void> editHousehold(Ledger &ledger, const Household &household);
Result<void> deleteHouseholds(Ledger &ledger, qint64 villageId, const QVector<qint64> &householdIds);

// Grids, with their leader and workers. addGrid returns the new grid's id. Deleting a grid takes
// its sub-grids with it and leaves their households unassigned; undo restores the grids, their
// staff and every household's grid and worker.
Result<qint64> addGrid(Ledger &ledger, const Grid &grid);
Result<void> editGrid(Ledger &ledger, const Grid &grid);
Result<void> deleteGrid(Ledger &ledger, qint64 villageId, qint64 gridId);

// Applies a reviewed grid proposal (GridProposal::propose) as one edit.
Result<void> applyGridProposal(Ledger &ledger, const GridProposalPlan &plan, const QDate &on);

// The grid rules (size, tolerance, households per 网格员).
Result<void> changeGridSettings(Ledger &ledger, const GridSettings &settings);

} // namespace tl::edits
