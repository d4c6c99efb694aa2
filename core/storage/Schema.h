#pragma once

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVector>

namespace tl {

// The ordered list of schema migrations. Migration N brings a ledger from
// user_version N-1 to N. Never edit a migration that has shipped: add a new one.
struct Migration
{
    int version;
    QStringList statements;
};

const QVector<Migration> &schemaMigrations();

// A table whose changes the audit trail records (by the triggers of schema versions 7 and 9):
// how its records are named in audit_log.record and which columns the trail holds.
struct AuditedTable
{
    QString name;
    QString key;         // SQL expression naming the record, "%1" standing for the row (NEW, OLD, the table)
    QStringList columns; // as in the JSON of an insert or delete, and the field of an update

    QString keyOf(const QString &row) const { return QString(key).replace(QStringLiteral("%1"), row); }
};
QList<AuditedTable> auditedTables();

// The audit rows the insert trigger of `table` writes, written by one statement for the rows
// whose rowid is in (?1, ?2], in rowid order: for a bulk insert that sets the trigger aside
// (DeferredAudit). Empty for a table the trail does not keep.
QString auditInsertsStatement(const QString &table);

// Every trigger the current schema defines (name → its CREATE TRIGGER statement as run), for the
// check that none was dropped or changed behind the program's back.
QHash<QString, QString> schemaTriggers();

} // namespace tl
