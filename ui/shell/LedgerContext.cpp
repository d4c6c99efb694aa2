#include "shell/LedgerContext.h"

#include "common/TableExporter.h"
#include "edits/History.h"
#include "storage/AuditTrail.h"
#include "model/VillageRepository.h"

namespace tl::ui {

LedgerContext *LedgerContext::s_recording = nullptr;

LedgerContext::LedgerContext(std::unique_ptr<Ledger> ledger, QObject *parent)
    : QObject(parent), m_ledger(std::move(ledger))
{
    m_isDemo = m_ledger->township().isDemo;
    edits::History &history = m_ledger->history();
    connect(&history, &edits::History::changed, this,
            [this](const edits::Change &change) { notifyChanged(kindOf(change), change.villageId); });
    connect(&history, &edits::History::failed, this, &LedgerContext::undoFailed);
    // Table exports with full personal data are recorded in this ledger's audit trail.
    s_recording = this;
    TableExporter::setFullExportRecorder([this](const QString &file, const QString &what, int rows) {
        return AuditTrail::recordExport(*m_ledger, file, what, rows);
    });
}

LedgerContext::~LedgerContext()
{
    if (s_recording == this) {
        s_recording = nullptr;
        TableExporter::setFullExportRecorder({});
    }
}

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

QString LedgerContext::villageName(qint64 villageId)
{
    if (villageId <= 0)
        return {};
    const std::optional<Village> v = VillageRepository(*m_ledger).get(villageId);
    return v ? v->name : QString();
}

} // namespace tl::ui
