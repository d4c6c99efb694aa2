#pragma once

#include "model/Domain.h"
#include "model/Saved.h"

namespace tl {

class Ledger;

// 后备人才库: people a village is preparing for future posts.
class ReserveRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReserveRepository)
public:
    explicit ReserveRepository(Ledger &ledger) : m_ledger(ledger) {}

    // Every record of the village, on the list or taken off it (see ReserveCadre::isCurrent).
    QList<ReserveCadre> ofVillage(qint64 villageId) const;
    QList<ReserveCadre> ofPerson(qint64 personId) const;
    std::optional<ReserveCadre> get(qint64 id) const;
    Saved add(ReserveCadre cadre);
    Saved update(ReserveCadre cadre);
    // Takes a cadre off the list on `on` for `reason`; the record stays. Checks: a date not before
    // the cadre was added nor in the future, a reason, and a cadre still on the list.
    Saved takeOff(qint64 id, const QDate &on, const QString &reason);
    // Deletes the record (one entered by mistake): the cadre was never on the list.
    bool remove(qint64 id, QString *error);
    // Undo support: entries written exactly as given (same ids), without today's checks.
    bool restore(const QList<ReserveCadre> &cadres, QString *error);
    bool rewrite(const ReserveCadre &cadre, QString *error);

private:
    Saved write(ReserveCadre cadre, bool insert);
    Ledger &m_ledger;
};

} // namespace tl
