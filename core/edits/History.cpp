#include "edits/History.h"

#include "edits/Command.h"
#include "storage/Ledger.h"

namespace tl::edits {

History::History(Ledger &ledger) : m_ledger(ledger)
{
    qRegisterMetaType<tl::edits::Change>();
}

History::~History()
{
    m_stack.clear(); // the commands refer to the ledger: drop them while it is still open
}

Result<qint64> History::push(std::unique_ptr<Command> command)
{
    m_lastError.reset();
    // The first redo runs here, before the stack sees the command: a command that fails leaves
    // the ledger and the history as they were (QUndoStack::push would first drop what can be
    // redone). Only a command that succeeded is pushed; push's own call of redo() is skipped.
    command->redo();
    if (m_lastError)
        return *std::exchange(m_lastError, std::nullopt);
    Command *raw = command.release();
    raw->m_skipNextRedo = true;
    m_stack.push(raw);
    return raw->createdId();
}

Result<void> History::undo()
{
    m_lastError.reset();
    m_stack.undo();
    if (m_lastError)
        return *std::exchange(m_lastError, std::nullopt);
    return {};
}

Result<void> History::redo()
{
    m_lastError.reset();
    m_stack.redo();
    if (m_lastError)
        return *std::exchange(m_lastError, std::nullopt);
    return {};
}

void History::finished(Command *command, bool first, const Result<void> &result)
{
    if (result.ok()) {
        Q_EMIT changed(command->change());
        return;
    }
    // The ledger is as it was before the step; the command can no longer be trusted to match the
    // file, so it leaves the stack (QUndoStack deletes obsolete commands after redo()/undo()).
    command->setObsolete(true);
    m_lastError = result.error();
    if (!first)
        Q_EMIT failed(result.message());
}

} // namespace tl::edits
