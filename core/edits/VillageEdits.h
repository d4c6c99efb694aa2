#pragma once

#include "model/Domain.h"
#include "model/Result.h"

namespace tl {
class Ledger;
}

// The edits the program offers, as the UI calls them: each builds one command and pushes it on
// the ledger's history (Ledger::history()), so it is done in one transaction and can be undone.
namespace tl::edits {

// Villages. addVillage returns the new village's id.
Result<qint64> addVillage(Ledger &ledger, const Village &village);
Result<void> editVillage(Ledger &ledger, const Village &village);

// The township record (name, county …).
Result<void> editTownship(Ledger &ledger, const Township &township);

} // namespace tl::edits
