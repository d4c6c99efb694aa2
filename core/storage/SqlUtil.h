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

// What SQLite gives back for a text: it reads U+FFFE, U+FFFF and a half surrogate pair back as
// U+FFFD (its UTF-8 decoder refuses them), so they are stored as U+FFFD in the first place and
// what is saved is what comes back.
inline QString storableText(const QString &s)
{
    const auto odd = [](char16_t c) { return (c >= 0xD800 && c < 0xE000) || c == 0xFFFE || c == 0xFFFF; };
    qsizetype i = 0;
    while (i < s.size() && !odd(s.at(i).unicode()))
        ++i;
    if (i == s.size())
        return s;
    QString out = s;
    for (; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < out.size() && QChar::isLowSurrogate(out.at(i + 1).unicode())) {
            ++i; // a whole pair stays
            continue;
        }
        if (odd(c))
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

// Qt binds a null QString as SQL NULL; the ledger's text columns are NOT NULL DEFAULT ''.
inline QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : storableText(s);
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
