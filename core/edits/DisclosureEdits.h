#pragma once

#include "model/Domain.h"
#include "model/Result.h"

namespace tl {
class Ledger;
}

// Edits of disclosures (see VillageEdits.h for how the edit functions work).
namespace tl::edits {

} // namespace tl::edits
