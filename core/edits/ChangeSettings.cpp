#include "edits/ChangeSettings.h"

#include "storage/Ledger.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace tl::edits {

ChangeSettings::ChangeSettings(Ledger &ledger, const QString &text, Write write)
    : Command(ledger, text, Change{Change::Kind::Settings, 0, {}}), m_write(std::move(write))
{
}

Result<void> ChangeSettings::doRedo()
{
    if (!firstRun())
        return move(ledger(), m_before, m_after);
    m_before = rows(ledger());
    if (const Result<void> written = m_write(ledger()); !written)
        return written;
    m_after = rows(ledger());
    return {};
}

Result<void> ChangeSettings::doUndo()
{
    return move(ledger(), m_after, m_before);
}

ChangeSettings::Rows ChangeSettings::rows(Ledger &ledger)
{
    Rows out;
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT rowid, key, value FROM setting")))
        while (q.next())
            out.insert(q.value(1).toString(), {q.value(0).toLongLong(), q.value(2).toString()});
    return out;
}

// Turns the table from one state into the other, touching only the rows that differ.
Result<void> ChangeSettings::move(Ledger &ledger, const Rows &from, const Rows &to)
{
    QString error;
    QSqlQuery q(ledger.database());
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        if (to.contains(it.key()))
            continue;
        q.prepare(QStringLiteral("DELETE FROM setting WHERE key = ?"));
        q.addBindValue(it.key());
        if (!sql::exec(q, &error))
            return Error::database(error);
    }
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        const auto was = from.constFind(it.key());
        if (was != from.cend() && *was == *it)
            continue;
        if (was != from.cend()) {
            q.prepare(QStringLiteral("UPDATE setting SET value = ? WHERE key = ?"));
            q.addBindValue(it->second);
            q.addBindValue(it.key());
        } else {
            q.prepare(QStringLiteral("INSERT INTO setting (rowid, key, value) VALUES (?,?,?)"));
            q.addBindValue(it->first);
            q.addBindValue(it.key());
            q.addBindValue(it->second);
        }
        if (!sql::exec(q, &error))
            return Error::database(error);
    }
    return {};
}

} // namespace tl::edits
