#pragma once

#include "edits/RecordEdits.h"
#include "model/Domain.h"
#include "model/Result.h"

namespace tl::edits {

// Adapters from the repositories' return conventions to Result.
inline Result<qint64> fromSaved(const Saved &saved)
{
    if (!saved.ok())
        return Error::fromSaved(saved);
    return saved.id;
}
inline Result<void> fromWrite(bool ok, const QString &error)
{
    if (ok)
        return {};
    return Error::database(error);
}

template<>
struct Record<Village>
{
    static constexpr Change::Kind kind = Change::Kind::Villages;
    static qint64 villageOf(const Village &v) { return v.id; }
    static std::optional<Village> get(Ledger &ledger, qint64 id);
    static Result<qint64> insert(Ledger &ledger, const Village &v);
    static Result<void> update(Ledger &ledger, const Village &v);
    static Result<void> remove(Ledger &ledger, qint64 id);
    using Snapshot = Village;
    static std::optional<Snapshot> snapshot(Ledger &ledger, qint64 id) { return get(ledger, id); }
    static Result<void> restore(Ledger &ledger, const Snapshot &v);
};

template<>
struct Record<ReserveCadre>
{
    static constexpr Change::Kind kind = Change::Kind::Reserves;
    static qint64 villageOf(const ReserveCadre &c) { return c.villageId; }
    static std::optional<ReserveCadre> get(Ledger &ledger, qint64 id);
    static Result<qint64> insert(Ledger &ledger, const ReserveCadre &c);
    static Result<void> update(Ledger &ledger, const ReserveCadre &c);
    static Result<void> remove(Ledger &ledger, qint64 id);
    using Snapshot = ReserveCadre;
    static std::optional<Snapshot> snapshot(Ledger &ledger, qint64 id) { return get(ledger, id); }
    static Result<void> restore(Ledger &ledger, const Snapshot &c);
};

} // namespace tl::edits
