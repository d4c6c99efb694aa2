#include "edits/Records.h"

#include "committees/ReserveRepository.h"
#include "model/VillageRepository.h"

namespace tl::edits {

// Villages: insert keeps a set id, so restoring a deleted village is inserting it again.
std::optional<Village> Record<Village>::get(Ledger &ledger, qint64 id)
{
    return VillageRepository(ledger).get(id);
}
Result<qint64> Record<Village>::insert(Ledger &ledger, const Village &v)
{
    return fromSaved(VillageRepository(ledger).insert(v));
}
Result<void> Record<Village>::update(Ledger &ledger, const Village &v)
{
    const Saved saved = VillageRepository(ledger).update(v);
    return saved.ok() ? Result<void>() : Result<void>(Error::fromSaved(saved));
}
Result<void> Record<Village>::remove(Ledger &ledger, qint64 id)
{
    QString error;
    const bool ok = VillageRepository(ledger).remove(id, &error);
    return fromWrite(ok, error);
}
Result<void> Record<Village>::restore(Ledger &ledger, const Village &v)
{
    const Result<qint64> id = insert(ledger, v);
    return id ? Result<void>() : Result<void>(id.error());
}

// Reserve cadres.
std::optional<ReserveCadre> Record<ReserveCadre>::get(Ledger &ledger, qint64 id)
{
    return ReserveRepository(ledger).get(id);
}
Result<qint64> Record<ReserveCadre>::insert(Ledger &ledger, const ReserveCadre &c)
{
    return fromSaved(ReserveRepository(ledger).add(c));
}
Result<void> Record<ReserveCadre>::update(Ledger &ledger, const ReserveCadre &c)
{
    const Saved saved = ReserveRepository(ledger).update(c);
    return saved.ok() ? Result<void>() : Result<void>(Error::fromSaved(saved));
}
Result<void> Record<ReserveCadre>::remove(Ledger &ledger, qint64 id)
{
    QString error;
    const bool ok = ReserveRepository(ledger).remove(id, &error);
    return fromWrite(ok, error);
}
Result<void> Record<ReserveCadre>::restore(Ledger &ledger, const ReserveCadre &c)
{
    QString error;
    const bool ok = ReserveRepository(ledger).restore({c}, &error);
    return fromWrite(ok, error);
}

} // namespace tl::edits
