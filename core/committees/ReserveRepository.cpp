#include "committees/ReserveRepository.h"

#include "storage/Ledger.h"
#include "storage/SqlUtil.h"

namespace tl {

namespace {
ReserveCadre fromQuery(const QSqlQuery &q)
{
    ReserveCadre r;
    r.id = q.value(0).toLongLong();
    r.villageId = q.value(1).toLongLong();
    r.personId = q.value(2).toLongLong();
    r.source = q.value(3).toString();
    r.added = sql::toDate(q.value(4));
    r.note = q.value(5).toString();
    r.removedOn = sql::toDate(q.value(6));
    r.removedReason = q.value(7).toString();
    return r;
}

QList<ReserveCadre> select(Ledger &ledger, const char *where, qint64 key)
{
    QList<ReserveCadre> out;
    QSqlQuery q(ledger.database());
    q.prepare(QStringLiteral("SELECT id, village_id, person_id, source, added_on, note, removed_on, removed_reason "
                             "FROM reserve_cadre WHERE %1 = ? "
                             "ORDER BY id")
                  .arg(QLatin1String(where)));
    q.addBindValue(key);
    if (q.exec())
        while (q.next())
            out << fromQuery(q);
    return out;
}
} // namespace

QList<ReserveCadre> ReserveRepository::ofVillage(qint64 villageId) const
{
    return select(m_ledger, "village_id", villageId);
}

QList<ReserveCadre> ReserveRepository::ofPerson(qint64 personId) const
{
    return select(m_ledger, "person_id", personId);
}

Saved ReserveRepository::add(ReserveCadre cadre)
{
    return write(cadre, true);
}

Saved ReserveRepository::update(ReserveCadre cadre)
{
    return write(cadre, false);
}

std::optional<ReserveCadre> ReserveRepository::get(qint64 id) const
{
    const QList<ReserveCadre> one = select(m_ledger, "id", id);
    if (one.isEmpty())
        return std::nullopt;
    return one.first();
}

Saved ReserveRepository::write(ReserveCadre r, bool insert)
{
    FieldErrors errors;
    if (!DomainText::reserveSourceCodes().contains(r.source))
        errors << FieldError{QStringLiteral("source"), tr("Source: choose one from the list")};
    {
        QSqlQuery q(m_ledger.database());
        q.prepare(QStringLiteral("SELECT village_id FROM person WHERE id = ?"));
        q.addBindValue(r.personId);
        if (!q.exec() || !q.next())
            errors << FieldError{QStringLiteral("person"), tr("Person: not found")};
        else if (q.value(0).toLongLong() != r.villageId)
            errors << FieldError{QStringLiteral("person"), tr("Person: belongs to another village")};
        // One record per person (the table keeps person_id unique): a former cadre keeps theirs.
        q.prepare(QStringLiteral("SELECT id FROM reserve_cadre WHERE person_id = ? AND id <> ?"));
        q.addBindValue(r.personId);
        q.addBindValue(r.id);
        if (q.exec() && q.next())
            errors << FieldError{QStringLiteral("person"), tr("Person: already in the reserve pool")};
    }
    if (!errors.isEmpty())
        return Saved{0, errors};
    Saved saved;
    saved.id = r.id;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            if (insert) {
                q.prepare(QStringLiteral("INSERT INTO reserve_cadre (id, village_id, person_id, source, added_on, note) "
                                         "VALUES (?,?,?,?,?,?)"));
                q.addBindValue(r.id > 0 ? QVariant(r.id) : QVariant(QMetaType::fromType<qint64>()));
                q.addBindValue(r.villageId);
                q.addBindValue(r.personId);
            } else {
                q.prepare(QStringLiteral("UPDATE reserve_cadre SET source = ?, added_on = ?, note = ? WHERE id = ?"));
            }
            q.addBindValue(sql::text(r.source));
            q.addBindValue(sql::dateText(r.added));
            q.addBindValue(sql::text(r.note.trimmed()));
            if (!insert)
                q.addBindValue(r.id);
            if (!sql::exec(q, err))
                return false;
            if (insert)
                saved.id = q.lastInsertId().toLongLong();
            return true;
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

Saved ReserveRepository::takeOff(qint64 id, const QDate &on, const QString &reason)
{
    const std::optional<ReserveCadre> cadre = get(id);
    if (!cadre)
        return Saved::failure(QString(), tr("Reserve cadre: not found"));
    FieldErrors errors;
    if (!cadre->isCurrent())
        errors << FieldError{QString(), tr("Reserve cadre: already taken off the list on %1")
                                            .arg(cadre->removedOn.toString(Qt::ISODate))};
    if (!on.isValid())
        errors << FieldError{QStringLiteral("removedOn"), tr("Date: required")};
    else if (cadre->added.isValid() && on < cadre->added)
        errors << FieldError{QStringLiteral("removedOn"), tr("Date: %1 is before the cadre was added (%2)")
                                                              .arg(on.toString(Qt::ISODate),
                                                                   cadre->added.toString(Qt::ISODate))};
    else if (on > QDate::currentDate())
        errors << FieldError{QStringLiteral("removedOn"),
                             tr("Date: %1 is in the future").arg(on.toString(Qt::ISODate))};
    if (reason.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("removedReason"), tr("Reason: say why the cadre leaves the list")};
    if (!errors.isEmpty())
        return Saved{0, errors};
    ReserveCadre after = *cadre;
    after.removedOn = on;
    after.removedReason = reason.trimmed();
    QString error;
    if (!rewrite(after, &error))
        return Saved::failure(QString(), error);
    return Saved{id, {}};
}

bool ReserveRepository::remove(qint64 id, QString *error)
{
    return sql::removeById(m_ledger, "reserve_cadre", id, error);
}

bool ReserveRepository::restore(const QList<ReserveCadre> &cadres, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            for (const ReserveCadre &r : cadres) {
                QSqlQuery q(m_ledger.database());
                q.prepare(QStringLiteral("INSERT INTO reserve_cadre (id, village_id, person_id, source, added_on, note, "
                                         "removed_on, removed_reason) VALUES (?,?,?,?,?,?,?,?)"));
                q.addBindValue(r.id);
                q.addBindValue(r.villageId);
                q.addBindValue(r.personId);
                q.addBindValue(sql::text(r.source));
                q.addBindValue(sql::dateText(r.added));
                q.addBindValue(sql::text(r.note));
                q.addBindValue(sql::dateText(r.removedOn));
                q.addBindValue(sql::text(r.removedReason));
                if (!sql::exec(q, err))
                    return false;
            }
            return true;
        },
        error);
}

bool ReserveRepository::rewrite(const ReserveCadre &r, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("UPDATE reserve_cadre SET village_id = ?, person_id = ?, source = ?, added_on = ?, "
                                     "note = ?, removed_on = ?, removed_reason = ? WHERE id = ?"));
            q.addBindValue(r.villageId);
            q.addBindValue(r.personId);
            q.addBindValue(sql::text(r.source));
            q.addBindValue(sql::dateText(r.added));
            q.addBindValue(sql::text(r.note));
            q.addBindValue(sql::dateText(r.removedOn));
            q.addBindValue(sql::text(r.removedReason));
            q.addBindValue(r.id);
            return sql::exec(q, err);
        },
        error);
}

} // namespace tl
