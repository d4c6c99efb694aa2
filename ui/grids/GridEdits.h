#pragma once

#include <QString>
#include <QVector>

namespace tl::ui {

class LedgerContext;

// The grid tab's edits that are more than one repository call, each written in one transaction
// and recorded as one undo step (LedgerContext::recordDone). On success *done receives the undo
// text for the clerk; on failure *error the reason, and the ledger is unchanged.
namespace GridEdits {

// workerId 0 = no worker; shareAmongWorkers spreads the households over the grid's 网格员 in
// order (neighbours keep one worker). gridId 0 takes them out of their grid.
constexpr qint64 kShareAmongWorkers = -1;
bool assign(LedgerContext *context, qint64 villageId, const QVector<qint64> &householdIds, qint64 gridId,
            qint64 workerId, const QString &note, QString *done, QString *error);

// Undo puts them back with the same ids and their assignment history.
bool deleteHouseholds(LedgerContext *context, qint64 villageId, const QVector<qint64> &householdIds, QString *done,
                      QString *error);

// The grid goes with its sub-grids; their households become unassigned. Undo restores the grids
// (same ids, staff) and puts every household back where it was.
bool deleteGrid(LedgerContext *context, qint64 villageId, qint64 gridId, QString *done, QString *error);

} // namespace GridEdits
} // namespace tl::ui
