#include "shell/LedgerContext.h"

#include "edits/History.h"
#include "model/VillageRepository.h"

#include <QUndoCommand>

namespace tl::ui {

namespace {
// An edit already written to the ledger. The first redo() (QUndoStack::push calls it) does
// nothing; later redo()/undo() run the steps. A step that fails leaves the ledger unchanged
// (each step is one transaction) and is reported; the command is then dropped from the stack,
// because the history no longer matches the file.
class DoneCommand : public QUndoCommand
{
public:
    DoneCommand(LedgerContext *context, const QString &text, LedgerContext::Change what, qint64 villageId,
                LedgerContext::Step redo, LedgerContext::Step undo)
        : QUndoCommand(text), m_context(context), m_what(what), m_villageId(villageId), m_redo(std::move(redo)),
          m_undo(std::move(undo))
    {
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        apply(m_redo, QStringLiteral("redo"));
    }
    void undo() override { apply(m_undo, QStringLiteral("undo")); }

private:
    void apply(const LedgerContext::Step &step, const QString &source)
    {
        // The audit trail says the change came from an undo or redo, not from a new edit.
        const Ledger::AuditScope audit(m_context->ledger(), source);
        QString error;
        if (!step(&error)) {
            setObsolete(true);
            Q_EMIT m_context->undoFailed(error);
        }
        m_context->notifyChanged(m_what, m_villageId);
    }

    LedgerContext *m_context;
    LedgerContext::Change m_what;
    qint64 m_villageId;
    LedgerContext::Step m_redo, m_undo;
    bool m_first = true;
};
} // namespace

LedgerContext::LedgerContext(std::unique_ptr<Ledger> ledger, QObject *parent)
    : QObject(parent), m_ledger(std::move(ledger))
{
    m_isDemo = m_ledger->township().isDemo;
    edits::History &history = m_ledger->history();
    connect(&history, &edits::History::changed, this,
            [this](const edits::Change &change) { notifyChanged(kindOf(change), change.villageId); });
    connect(&history, &edits::History::failed, this, &LedgerContext::undoFailed);
}

LedgerContext::~LedgerContext() = default;

QUndoStack *LedgerContext::undoStack()
{
    return m_ledger->history().stack();
}

LedgerContext::Change LedgerContext::kindOf(const edits::Change &change)
{
    using K = edits::Change::Kind;
    switch (change.kind) {
    case K::Township: return Change::Township;
    case K::Villages: return Change::Villages;
    case K::People: return Change::People;
    case K::Committees: return Change::Committees;
    case K::Reserves: return Change::Reserves;
    case K::Matters: return Change::Matters;
    case K::Grids: return Change::Grids;
    case K::Households: return Change::Households;
    case K::Disclosures: return Change::Disclosures;
    case K::Settings: return Change::Settings;
    }
    return Change::Everything;
}

void LedgerContext::recordDone(const QString &text, Change what, qint64 villageId, Step redo, Step undo)
{
    undoStack()->push(new DoneCommand(this, text, what, villageId, std::move(redo), std::move(undo)));
    notifyChanged(what, villageId);
}

QString LedgerContext::villageName(qint64 villageId)
{
    if (villageId <= 0)
        return {};
    const std::optional<Village> v = VillageRepository(*m_ledger).get(villageId);
    return v ? v->name : QString();
}

} // namespace tl::ui
