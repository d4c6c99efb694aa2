#pragma once

#include "edits/Change.h"
#include "model/Result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace tl {
class Ledger;
}

namespace tl::edits {

class Command;

// The undo history of one open ledger (the ledger owns it). Every edit reaches the file through
// push(); the views learn what changed from changed(), whoever made the change (edit, undo, redo).
class History : public QObject
{
    Q_OBJECT
public:
    explicit History(Ledger &ledger);
    ~History() override;

    QUndoStack *stack() { return &m_stack; }

    // Runs the command's first redo. On success it is kept for undo and the result holds the id
    // of the record it created (0 when it created none); on failure the ledger is unchanged, the
    // command is dropped and the result says why.
    Result<qint64> push(std::unique_ptr<Command> command);

    bool canUndo() const { return m_stack.canUndo(); }
    bool canRedo() const { return m_stack.canRedo(); }
    // Undo / redo the last command; the result says why when it could not be done (the ledger is
    // then unchanged and the command leaves the history, which no longer matches the file).
    Result<void> undo();
    Result<void> redo();

Q_SIGNALS:
    void changed(const tl::edits::Change &change);
    // An undo or redo could not be applied (the disk is full, the file became read-only …).
    void failed(const QString &message);

private:
    friend class Command;
    void finished(Command *command, bool first, const Result<void> &result);

    Ledger &m_ledger;
    QUndoStack m_stack;
    std::optional<Error> m_lastError;
};

} // namespace tl::edits
