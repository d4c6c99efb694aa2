#include "storage/DeferredIndexes.h"

#include "storage/Ledger.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

bool DeferredIndexes::around(const QSqlDatabase &db, const QStringList &names,
                             const std::function<bool(QString *)> &body, QString *error)
{
    QStringList statements;
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ? AND sql IS NOT NULL"));
    QSqlQuery q(db);
    for (const QString &name : names) {
        read.addBindValue(name);
        if (!read.exec()) {
            *error = Ledger::describe(read.lastError());
            return false;
        }
        if (!read.next())
            continue; // not in this file's schema: nothing to set aside
        const QString statement = read.value(0).toString();
        read.finish();
        // SQLite refuses to drop while another statement of this connection is still reading
        // (SQLITE_LOCKED): the index then just stays and is kept up to date row by row.
        if (q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            statements << statement;
    }
    if (!body(error))
        return false;
    for (const QString &statement : std::as_const(statements))
        if (!q.exec(statement)) {
            *error = Ledger::describe(q.lastError());
            return false;
        }
    return true;
}

} // namespace tl
