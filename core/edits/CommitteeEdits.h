#pragma once

#include "model/Domain.h"
#include "model/Result.h"

namespace tl {
class Ledger;
}

// Edits of the two committees' people, posts, terms and the reserve cadre pool (see VillageEdits.h
// for how the edit functions work).
namespace tl::edits {

// 后备人才库. addReserveCadre returns the new entry's id.
Result<qint64> addReserveCadre(Ledger &ledger, const ReserveCadre &cadre, const QString &name);
Result<void> editReserveCadre(Ledger &ledger, const ReserveCadre &cadre, const QString &name);
Result<void> removeReserveCadre(Ledger &ledger, qint64 cadreId, const QString &name);

} // namespace tl::edits
