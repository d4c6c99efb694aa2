#pragma once

#include "edits/Command.h"

#include <QHash>

#include <functional>
#include <utility>

namespace tl::edits {

// A change of the township's rules (targets, deliberation, disclosure or grid rules, notice fonts):
// every such edit is one of these. The first run writes through `write` (which validates); the
// setting table is read before and after it, and undo and redo put back exactly those rows, with
// their rowids — a rule that had no row (its default applied) has none again after undo.
class ChangeSettings : public Command
{
public:
    using Write = std::function<Result<void>(Ledger &ledger)>;
    ChangeSettings(Ledger &ledger, const QString &text, Write write);

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    using Rows = QHash<QString, std::pair<qint64, QString>>; // key → (rowid, value)
    static Rows rows(Ledger &ledger);
    static Result<void> move(Ledger &ledger, const Rows &from, const Rows &to);

    Write m_write;
    Rows m_before, m_after;
};

} // namespace tl::edits
