#pragma once

#include "matters/Deliberation.h"
#include "model/Domain.h"
#include "model/Result.h"

#include <QByteArray>
#include <QList>

namespace tl {
class Ledger;
}

// Edits of matters (see VillageEdits.h for how the edit functions work).
namespace tl::edits {

// 四议两公开 matters. addMatter returns the new matter's id.
Result<qint64> addMatter(Ledger &ledger, const Matter &matter);
// Saves the matter's fields; "Withdraw …" when the change withdraws it.
Result<void> editMatter(Ledger &ledger, const Matter &matter);
// Deletes the matter with its steps and their scans; undo puts all of it back as it was.
Result<void> removeMatter(Ledger &ledger, qint64 matterId);

// A scan the clerk chose to attach to a step.
struct NewScan
{
    QString fileName;
    QByteArray data;
};

// What saving a step did besides the step itself.
struct StepSaved
{
    qint64 stepId = 0;
    // The scans that were refused (empty, too large, not an image or PDF), by their index in the
    // scans handed in, with the reason; the step and the other scans are saved all the same.
    QList<QPair<int, QString>> refusedScans;
};

// Records a step of a matter, or changes its record (one step per matter and step number), with
// the scans removed and added in the same dialog: one command, one transaction.
Result<StepSaved> saveStep(Ledger &ledger, const StepRecord &record, const QList<qint64> &removedScans,
                           const QList<NewScan> &addedScans);
// Records a meeting held again for a step whose meeting had no quorum: the step's record then holds
// the new meeting, and the failed one stays on record as an earlier meeting of the step (with its
// date and counts). Refused when the stored meeting had quorum. One command, one transaction.
Result<StepSaved> holdStepAgain(Ledger &ledger, const StepRecord &record, const QList<qint64> &removedScans,
                                const QList<NewScan> &addedScans);
// Deletes a step's record with its scans and earlier meetings; undo puts them back as they were.
Result<void> removeStep(Ledger &ledger, qint64 stepId);

// The rules for four deliberations, two disclosures (quorums, day counts, the scan size limit).
Result<void> editDeliberationSettings(Ledger &ledger, const DeliberationSettings &settings);

} // namespace tl::edits
