#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace tl {

// The audit trail made tamper-evident (清廉村居: every change provable).
//
// The trail is a hash chain: SHA-256 over the previous hash and each row's own fields, row after
// row (hex). The rows are written by the SQL triggers; the program seals the rows a transaction
// added right before it commits (Ledger::write, and the migrations): the last of them keeps the
// hash over all of them (up to schema version 13 every row kept its own), so rows without a hash
// after the last sealed one were written by something else. verify() then proves the file is whole:
//  1. every trigger the schema defines is there, unchanged, and there is no other;
//  2. the chain holds from the first row to the last, no row missing (ids follow each other);
//  3. replaying the trail (insert, update, delete, per record) rebuilds every audited table
//     exactly as the file holds it: a record changed, added or removed behind the trail's back
//     (triggers dropped, the row edited, the triggers put back) is found.
// It reads with its own connection's snapshot; a county ledger (200,000 households) takes seconds.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
public:
    // The id of the newest audit row (0 when there is none, or no trail yet).
    static qint64 lastId(const QSqlDatabase &db);
    // Seals the rows after `afterId` (in id order), chained to the row `afterId`: the last of
    // them keeps the hash. Inside the writing transaction. False with *error (then roll back).
    static bool seal(const QSqlDatabase &db, qint64 afterId, QString *error);

    struct Verdict
    {
        bool whole = false;
        bool cancelled = false;
        QString problem;      // the first broken thing, named (translated)
        qint64 brokenRow = 0; // the audit row concerned, when there is one
        qint64 rows = 0;      // audit rows checked
        qint64 records = 0;   // records compared with the replayed trail
        qint64 milliseconds = 0;
    };
    // `cancelled` is asked now and then (a window closing); the verdict then says cancelled.
    static Verdict verify(const QSqlDatabase &db, const std::function<bool()> &cancelled = {});
};

} // namespace tl
