#include "edits/GridEdits.h"

#include "edits/History.h"
#include "edits/Records.h"
#include "storage/Ledger.h"

namespace tl::edits {

} // namespace tl::edits
