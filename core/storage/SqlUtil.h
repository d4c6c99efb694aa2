#pragma once

// Small helpers shared by the repositories: dates are stored as ISO text ('' = none).

#include "storage/Ledger.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace tl::sql {

inline QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString(QLatin1String(""));
}

// Qt binds a null QString as SQL NULL; the ledger's text columns are NOT NULL DEFAULT ''.
inline QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

inline QDate toDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Runs a prepared query; on failure fills *error with a translated reason.
inline bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = Ledger::describe(q.lastError());
    return false;
}

// Deletes one row by id in its own transaction; the repositories' remove() all come to this.
inline bool removeById(Ledger &ledger, const char *table, qint64 id, QString *error)
{
    return ledger.write(
        [&](QString *err) {
            QSqlQuery q(ledger.database());
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
            q.addBindValue(id);
            return exec(q, err);
        },
        error);
}

} // namespace tl::sql
