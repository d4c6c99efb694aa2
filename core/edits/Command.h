#pragma once

#include "edits/Change.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace tl {
class Ledger;
}

namespace tl::edits {

// One user edit of a ledger, undoable. redo() and undo() each do the whole of their work inside
// ONE ledger transaction — the first redo() (run when the command is pushed) included, so an edit
// has one code path whether it is done, undone or redone. A step that fails rolls back completely:
// the ledger is left exactly as it was, and the History says why.
//
// Subclasses write doRedo()/doUndo() with repository calls; they never open a transaction of
// their own (nested writes become savepoints of the command's transaction).
class Command : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Edits)

public:
    Command(Ledger &ledger, const QString &text, Change change);

    void redo() final;
    void undo() final;

    const Change &change() const { return m_change; }
    // The record an adding command created (its id survives undo and redo); 0 otherwise.
    qint64 createdId() const { return m_createdId; }

protected:
    virtual Result<void> doRedo() = 0;
    virtual Result<void> doUndo() = 0;
    // What the audit trail records as the source of the first run (later runs say undo/redo).
    virtual QString editSource() const { return QStringLiteral("edit"); }

    Ledger &ledger() const { return m_ledger; }
    bool firstRun() const { return !m_ranOnce; }
    void setCreatedId(qint64 id) { m_createdId = id; }
    Change &mutableChange() { return m_change; }

private:
    Result<void> run(bool forward);

    friend class History;

    Ledger &m_ledger;
    Change m_change;
    bool m_skipNextRedo = false; // set by History::push: the first redo already ran
    qint64 m_createdId = 0;
    bool m_ranOnce = false;
};

} // namespace tl::edits
