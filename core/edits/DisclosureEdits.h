#pragma once

#include "disclosures/Disclosures.h"
#include "disclosures/Notices.h"
#include "model/Domain.h"
#include "model/Result.h"

namespace tl {
class Ledger;
}

// Edits of disclosures (see VillageEdits.h for how the edit functions work).
namespace tl::edits {

// 三务公开: a disclosure with its finance items, as one record. addDisclosure returns the new
// disclosure's id. Undoing a deletion or an edit puts the disclosure and its items back exactly
// as they were, the same ids included.
Result<qint64> addDisclosure(Ledger &ledger, const Disclosure &disclosure);
Result<void> editDisclosure(Ledger &ledger, const Disclosure &disclosure);
Result<void> removeDisclosure(Ledger &ledger, qint64 disclosureId);

// The days after which disclosures are due and the fonts of printed notices: one settings edit.
Result<void> setDisclosureSettings(Ledger &ledger, const DisclosureSettings &settings, const NoticeFonts &fonts);

// The notice templates given replace the stored ones (of their kinds); undo puts back exactly
// what was stored before (no template at all for a kind that used the defaults).
Result<void> saveNoticeTemplates(Ledger &ledger, const QList<NoticeTemplate> &templates);

} // namespace tl::edits
