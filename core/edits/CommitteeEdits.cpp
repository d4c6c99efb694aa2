#include "edits/CommitteeEdits.h"

#include "edits/History.h"
#include "edits/Records.h"
#include "storage/Ledger.h"

namespace tl::edits {

Result<qint64> addReserveCadre(Ledger &ledger, const ReserveCadre &cadre, const QString &name)
{
    return ledger.history().push(
        std::make_unique<AddRecord<ReserveCadre>>(ledger, Command::tr("Add reserve cadre %1").arg(name), cadre));
}

Result<void> editReserveCadre(Ledger &ledger, const ReserveCadre &cadre, const QString &name)
{
    return withoutValue(ledger.history().push(
        std::make_unique<EditRecord<ReserveCadre>>(ledger, Command::tr("Edit reserve cadre %1").arg(name), cadre)));
}

Result<void> removeReserveCadre(Ledger &ledger, qint64 cadreId, const QString &name)
{
    const std::optional<ReserveCadre> cadre = Record<ReserveCadre>::get(ledger, cadreId);
    return withoutValue(ledger.history().push(std::make_unique<DeleteRecord<ReserveCadre>>(
        ledger, Command::tr("Remove reserve cadre %1").arg(name), cadreId, cadre ? cadre->villageId : 0)));
}

} // namespace tl::edits
