#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace tl {

// Indexes set aside for a bulk write and built again at its end, inside the same transaction.
//
// SQLite keeps an index up to date row by row: a household's ID number or an audit row's record
// name lands on a random page, which splits and is left two-thirds full. Built once from all the
// rows (CREATE INDEX sorts them), the same index takes a fraction of the time and is packed: for
// a county-scale demo or a first import of 200,000 households that is seconds and megabytes.
// Worth it only when the write adds at least as many rows as the tables hold, and only for
// indexes nothing reads during the write (the write's own lookups go by id or through maps).
//
// The statements are read back from the file (sqlite_master), so the indexes come back exactly as
// the schema made them; if the write fails and rolls back, the drop rolls back with it. An index
// SQLite will not drop at that moment (another statement of the connection still reading) is
// simply kept.
class DeferredIndexes
{
public:
    // Inside Ledger::write: drops the named indexes this file has, runs `body`, and when it
    // succeeds creates them again. False with *error when any of it fails (then roll back).
    static bool around(const QSqlDatabase &db, const QStringList &names, const std::function<bool(QString *)> &body,
                       QString *error);
};

} // namespace tl
