#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace tl {

// The audit trigger of one table's inserts set aside for a bulk insert, its rows written by one
// statement per stretch of inserts instead of one trigger run per row.
//
// Inside a transaction SQLite gives every statement that fires a trigger its own statement
// journal (a copy of each page it touches, to undo it alone): for 200,000 households that is
// about a second of copying, where the same audit rows written together cost a third of it. The
// rows are the trigger's own (Schema's auditInsertsStatement is built from the same text), in
// the same order: every other write of the bulk is preceded by flush(), so no audit row of
// another table, or of a later change to one of the new records, comes before their inserts.
//
// The trigger is put back exactly as the file had it (read from sqlite_master) by finish(); a
// bulk that fails rolls back, and the drop with it. When SQLite will not drop the trigger (another
// statement of the connection still reading) the trigger simply stays and flush() has nothing to do.
class DeferredAudit
{
public:
    DeferredAudit(const QSqlDatabase &db, const QString &table);
    ~DeferredAudit();
    DeferredAudit(const DeferredAudit &) = delete;
    DeferredAudit &operator=(const DeferredAudit &) = delete;

    // Inside Ledger::write, before the first insert. False with *error when the file cannot be read.
    bool begin(QString *error);
    // The audit rows of the rows inserted since the last flush.
    bool flush(QString *error);
    // flush(), then the trigger back. Must run before the transaction ends.
    bool finish(QString *error);

private:
    qint64 lastRowid(QString *error);

    QSqlDatabase m_db;
    QString m_table;
    QString m_trigger; // the CREATE TRIGGER statement as the file has it; empty while it stays
    std::unique_ptr<QSqlQuery> m_write; // the audit rows of a stretch of inserts (prepared once:
    std::unique_ptr<QSqlQuery> m_last; // an import flushes before every grid or person it adds)
    qint64 m_flushed = 0; // rowid of the last row whose audit row is written
};

} // namespace tl
