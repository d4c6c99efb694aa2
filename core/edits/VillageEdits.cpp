#include "edits/VillageEdits.h"

#include "edits/History.h"
#include "edits/Records.h"
#include "storage/Ledger.h"

namespace tl::edits {

namespace {
// The township record: one row, replaced as a whole.
class EditTownship : public Command
{
public:
    EditTownship(Ledger &ledger, Township after)
        : Command(ledger, Command::tr("Change township information"), Change{Change::Kind::Township, 0, {}}),
          m_after(std::move(after))
    {
    }

protected:
    Result<void> doRedo() override
    {
        if (firstRun())
            m_before = ledger().township();
        return write(m_after);
    }
    Result<void> doUndo() override { return write(m_before); }

private:
    Result<void> write(const Township &t)
    {
        QString error;
        const bool ok = ledger().setTownship(t, &error);
        return fromWrite(ok, error);
    }
    Township m_after, m_before;
};
} // namespace

Result<qint64> addVillage(Ledger &ledger, const Village &village)
{
    return ledger.history().push(std::make_unique<AddRecord<Village>>(
        ledger, Command::tr("Add village %1").arg(village.name.trimmed()), village));
}

Result<void> editVillage(Ledger &ledger, const Village &village)
{
    return withoutValue(ledger.history().push(std::make_unique<EditRecord<Village>>(
        ledger, Command::tr("Edit village %1").arg(village.name.trimmed()), village)));
}

Result<void> editTownship(Ledger &ledger, const Township &township)
{
    return withoutValue(ledger.history().push(std::make_unique<EditTownship>(ledger, township)));
}

} // namespace tl::edits
