#include "storage/DeferredAudit.h"

#include "storage/Ledger.h"
#include "storage/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tl {

DeferredAudit::DeferredAudit(const QSqlDatabase &db, const QString &table)
    : m_db(db)
    , m_table(table)
{
}

DeferredAudit::~DeferredAudit() = default;

qint64 DeferredAudit::lastRowid(QString *error)
{
    if (!m_last->exec() || !m_last->next()) {
        *error = Ledger::describe(m_last->lastError());
        return -1;
    }
    const qint64 last = m_last->value(0).toLongLong();
    m_last->finish();
    return last;
}

bool DeferredAudit::begin(QString *error)
{
    const QString statement = auditInsertsStatement(m_table);
    if (statement.isEmpty())
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
    m_write = std::make_unique<QSqlQuery>(m_db);
    m_last = std::make_unique<QSqlQuery>(m_db);
    if (!m_write->prepare(statement)
        || !m_last->prepare(QStringLiteral("SELECT IFNULL(MAX(rowid), 0) FROM \"%1\"").arg(m_table))) {
        *error
            = Ledger::describe(m_write->lastError().isValid() ? m_write->lastError() : m_last->lastError());
        return false;
    }
    m_flushed = lastRowid(error);
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
    const qint64 last = lastRowid(error);
    if (last < 0)
        return false;
    if (last == m_flushed)
        return true;
    m_write->addBindValue(m_flushed);
    m_write->addBindValue(last);
    if (!m_write->exec()) {
        *error = Ledger::describe(m_write->lastError());
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
    m_write.reset(); // no statement of this connection may still be open while the schema changes
    m_last.reset();
    QSqlQuery q(m_db);
    if (!q.exec(m_trigger)) {
        *error = Ledger::describe(q.lastError());
        return false;
    }
    m_trigger.clear();
    return true;
}

} // namespace tl
