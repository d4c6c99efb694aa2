#include "storage/DeferredAudit.h"

#include "storage/Ledger.h"
#include "storage/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

namespace {

qint64 lastRowid(const QSqlDatabase &db, const QString &table, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT IFNULL(MAX(rowid), 0) FROM \"%1\"").arg(table)) || !q.next()) {
        *error = Ledger::describe(q.lastError());
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

DeferredAudit::DeferredAudit(const QSqlDatabase &db, const QString &table) : m_db(db), m_table(table) {}

DeferredAudit::~DeferredAudit() = default;

bool DeferredAudit::begin(QString *error)
{
    m_statement = auditInsertsStatement(m_table);
    if (m_statement.isEmpty())
        return true; // not a table the trail keeps
    const QString name = QStringLiteral("audit_%1_insert").arg(m_table);
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
    read.addBindValue(name);
    if (!read.exec()) {
        *error = Ledger::describe(read.lastError());
        return false;
    }
    if (!read.next())
        return true; // no such trigger in this file: nothing to set aside
    const QString trigger = read.value(0).toString();
    read.finish();
    m_flushed = lastRowid(m_db, m_table, error);
    if (m_flushed < 0)
        return false;
    QSqlQuery drop(m_db);
    if (drop.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
        m_trigger = trigger;
    return true;
}

bool DeferredAudit::flush(QString *error)
{
    if (m_trigger.isEmpty())
        return true;
    const qint64 last = lastRowid(m_db, m_table, error);
    if (last < 0)
        return false;
    if (last == m_flushed)
        return true;
    QSqlQuery q(m_db);
    q.prepare(m_statement);
    q.addBindValue(m_flushed);
    q.addBindValue(last);
    if (!q.exec()) {
        *error = Ledger::describe(q.lastError());
        return false;
    }
    m_flushed = last;
    return true;
}

bool DeferredAudit::finish(QString *error)
{
    if (m_trigger.isEmpty())
        return true;
    if (!flush(error))
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(m_trigger)) {
        *error = Ledger::describe(q.lastError());
        return false;
    }
    m_trigger.clear();
    return true;
}

} // namespace tl
