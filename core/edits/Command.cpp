#include "edits/Command.h"

#include "edits/History.h"
#include "storage/Ledger.h"

namespace tl::edits {

Command::Command(Ledger &ledger, const QString &text, Change change)
    : QUndoCommand(text), m_ledger(ledger), m_change(std::move(change))
{
}

void Command::redo()
{
    if (std::exchange(m_skipNextRedo, false))
        return; // QUndoStack::push calls redo() on a command History::push has just run
    const bool first = !m_ranOnce;
    const Result<void> result = run(true);
    if (result.ok())
        m_ranOnce = true;
    m_ledger.history().finished(this, first, result);
}

void Command::undo()
{
    m_ledger.history().finished(this, false, run(false));
}

Result<void> Command::run(bool forward)
{
    if (m_ledger.isReadOnly())
        return Error::readOnly(Ledger::tr("the ledger is open read-only; nothing was saved"));
    // The audit trail says whether the change is the edit itself or its undo/redo.
    const QString source = !forward ? QStringLiteral("undo") : m_ranOnce ? QStringLiteral("redo") : editSource();
    const Ledger::AuditScope audit(m_ledger, source);
    std::optional<Error> failure;
    QString writeError;
    const bool ok = m_ledger.write(
        [&](QString *error) {
            const Result<void> step = forward ? doRedo() : doUndo();
            if (step.ok())
                return true;
            failure = step.error();
            *error = step.message();
            return false;
        },
        &writeError);
    if (ok)
        return {};
    if (failure && !failure->message.isEmpty())
        return *failure;
    return Error::database(writeError); // the body was fine but the commit was not
}

} // namespace tl::edits
