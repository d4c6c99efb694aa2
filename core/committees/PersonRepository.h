#pragma once

#include "model/Domain.h"
#include "model/Saved.h"

#include <optional>

namespace tl {

class Ledger;

// Everything that hangs on one person, so a deletion can be undone exactly.
struct PersonSnapshot
{
    Person person;
    QList<Post> posts;
    QList<ReserveCadre> reserves;
    // Grid staff links, which a deletion clears or drops: grids led, 网格员 memberships (with
    // their row order) and households looked after.
    QList<qint64> ledGrids;
    QList<std::pair<qint64, qint64>> gridWorkerRows; // rowid, grid id
    QList<qint64> workedHouseholds;
};

class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
public:
    // Strict refuses an invalid ID number. Lenient stores it (as paper records sometimes have
    // one), and the findings list shows it until it is corrected.
    enum class IdPolicy { Strict, Lenient };

    explicit PersonRepository(Ledger &ledger) : m_ledger(ledger) {}

    QList<Person> byVillage(qint64 villageId) const;
    std::optional<Person> get(qint64 id) const;
    std::optional<Person> findByIdNumber(const QString &idNumber) const;

    // Normalizes in place (ID upper-case, full-width digits, gender and birth date from the ID)
    // and lists every problem; notes (e.g. "gender filled from the ID") go to *notes.
    FieldErrors validate(Person &person, IdPolicy policy = IdPolicy::Strict, QStringList *notes = nullptr) const;
    Saved insert(Person person, IdPolicy policy = IdPolicy::Strict);
    // Validated insert of many for a bulk writer already inside Ledger::write (the demo's grid
    // workers): one statement prepared once, no savepoint per person. Stops at the first invalid
    // one (false, *error names it); ids are filled in.
    bool insertManyInWrite(QList<Person> &people, QString *error);
    Saved update(Person person, IdPolicy policy = IdPolicy::Strict);
    bool remove(qint64 id, QString *error);

    PersonSnapshot snapshot(qint64 id) const;
    // Undo support: puts a deleted person back exactly as the snapshot has them (same ids, their
    // posts, reserve entries and grid links), without today's checks.
    bool restore(const PersonSnapshot &snapshot, QString *error);
    // Undo support: the record written as given, without today's checks.
    bool rewrite(const Person &person, QString *error);

private:
    Ledger &m_ledger;
};

} // namespace tl
