#pragma once

#include "edits/Command.h"

#include <optional>

namespace tl::edits {

// How the plain record commands below reach one kind of record. Specialise it per record type
// (see Records.h), in the spirit of Tiled's ChangeValue<> and Subsurface's EditBase<T>:
//
//   template<> struct Record<Village> {
//       static constexpr Change::Kind kind = Change::Kind::Villages;
//       static qint64 villageOf(const Village &);
//       static std::optional<Village> get(Ledger &, qint64 id);
//       static Result<qint64> insert(Ledger &, const Village &); // keeps a set id (undo of delete)
//       static Result<void> update(Ledger &, const Village &);
//       static Result<void> remove(Ledger &, qint64 id);
//       // Deleting may take more than the row (history, scans …): what undo needs to put it back.
//       using Snapshot = Village;
//       static std::optional<Snapshot> snapshot(Ledger &, qint64 id);
//       static Result<void> restore(Ledger &, const Snapshot &);
//   };
template<class R>
struct Record;

// Adds one record; undo removes it, redo puts it back with the same id.
template<class R>
class AddRecord : public Command
{
public:
    AddRecord(Ledger &ledger, const QString &text, R value)
        : Command(ledger, text, Change{Record<R>::kind, Record<R>::villageOf(value), {}}), m_value(std::move(value))
    {
    }

protected:
    Result<void> doRedo() override
    {
        const Result<qint64> id = Record<R>::insert(ledger(), m_value);
        if (!id)
            return id.error();
        m_value.id = *id;
        setCreatedId(*id);
        mutableChange().ids = {*id};
        return {};
    }
    Result<void> doUndo() override { return Record<R>::remove(ledger(), m_value.id); }

private:
    R m_value;
};

// Replaces one record's fields; the record as it was is read inside the first redo's transaction.
template<class R>
class EditRecord : public Command
{
public:
    EditRecord(Ledger &ledger, const QString &text, R after)
        : Command(ledger, text, Change{Record<R>::kind, Record<R>::villageOf(after), {after.id}}),
          m_after(std::move(after))
    {
    }

protected:
    Result<void> doRedo() override
    {
        if (firstRun()) {
            m_before = Record<R>::get(ledger(), m_after.id);
            if (!m_before)
                return Error::notFound(Command::tr("the record no longer exists"));
        }
        return Record<R>::update(ledger(), m_after);
    }
    Result<void> doUndo() override { return Record<R>::update(ledger(), *m_before); }

private:
    R m_after;
    std::optional<R> m_before;
};

// Deletes one record with what depends on it; undo restores it exactly as it was (same id,
// same dependants), without re-checking today's policies.
template<class R>
class DeleteRecord : public Command
{
public:
    DeleteRecord(Ledger &ledger, const QString &text, qint64 id, qint64 villageId)
        : Command(ledger, text, Change{Record<R>::kind, villageId, {id}}), m_id(id)
    {
    }

protected:
    Result<void> doRedo() override
    {
        if (firstRun()) {
            m_snapshot = Record<R>::snapshot(ledger(), m_id);
            if (!m_snapshot)
                return Error::notFound(Command::tr("the record no longer exists"));
        }
        return Record<R>::remove(ledger(), m_id);
    }
    Result<void> doUndo() override { return Record<R>::restore(ledger(), *m_snapshot); }

private:
    qint64 m_id;
    std::optional<typename Record<R>::Snapshot> m_snapshot;
};

} // namespace tl::edits
