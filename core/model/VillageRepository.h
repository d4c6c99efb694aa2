#pragma once

#include "model/Domain.h"
#include "model/Saved.h"

#include <optional>

namespace tl {

class Ledger;

class VillageRepository
{
    Q_DECLARE_TR_FUNCTIONS(VillageRepository)
public:
    explicit VillageRepository(Ledger &ledger) : m_ledger(ledger) {}

    QList<Village> all() const;
    std::optional<Village> get(qint64 id) const;
    int count() const;

    // Normalizes codes in place and lists every problem, field by field.
    FieldErrors validate(Village &village) const;
    // insert keeps village.id when it is set (used to restore a deleted record on undo).
    Saved insert(Village village);
    Saved update(Village village);
    bool remove(qint64 id, QString *error);

private:
    Ledger &m_ledger;
};

} // namespace tl
