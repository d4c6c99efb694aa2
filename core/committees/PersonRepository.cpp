#include "committees/PersonRepository.h"

#include "committees/CommitteeRepository.h"
#include "storage/Ledger.h"
#include "committees/ReserveRepository.h"
#include "storage/SqlUtil.h"

namespace tl {

namespace {
const char *kColumns = "id, village_id, name, id_number, gender, birth_date, ethnicity, political, education, phone, note";

Person fromQuery(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.villageId = q.value(1).toLongLong();
    p.name = q.value(2).toString();
    p.idNumber = q.value(3).toString();
    p.gender = genderFromCode(q.value(4).toString());
    p.birthDate = sql::toDate(q.value(5));
    p.ethnicity = q.value(6).toString();
    p.political = politicalFromCode(q.value(7).toString());
    p.education = educationFromCode(q.value(8).toString());
    p.phone = q.value(9).toString();
    p.note = q.value(10).toString();
    return p;
}

void bindAll(QSqlQuery &q, const Person &p)
{
    q.addBindValue(p.villageId);
    q.addBindValue(sql::text(p.name));
    q.addBindValue(sql::text(p.idNumber));
    q.addBindValue(sql::text(genderCode(p.gender)));
    q.addBindValue(sql::dateText(p.birthDate));
    q.addBindValue(sql::text(p.ethnicity));
    q.addBindValue(sql::text(politicalCode(p.political)));
    q.addBindValue(sql::text(educationCode(p.education)));
    q.addBindValue(sql::text(p.phone));
    q.addBindValue(sql::text(p.note));
}
} // namespace

QList<Person> PersonRepository::byVillage(qint64 villageId) const
{
    QList<Person> out;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM person WHERE village_id = ? ORDER BY id").arg(QLatin1String(kColumns)));
    q.addBindValue(villageId);
    if (q.exec())
        while (q.next())
            out << fromQuery(q);
    return out;
}

std::optional<Person> PersonRepository::get(qint64 id) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Person> PersonRepository::findByIdNumber(const QString &idNumber) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM person WHERE id_number = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(idNumber);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

FieldErrors PersonRepository::validate(Person &p, IdPolicy policy, QStringList *notes) const
{
    FieldErrors errors;
    p.name = p.name.trimmed();
    p.note = p.note.trimmed();
    p.ethnicity = p.ethnicity.trimmed();
    if (p.name.isEmpty())
        errors << FieldError{QStringLiteral("name"), tr("Name: required")};
    else if (p.name.size() > 30)
        errors << FieldError{QStringLiteral("name"), tr("Name: at most 30 characters")};

    if (p.villageId <= 0)
        errors << FieldError{QStringLiteral("village"), tr("Village: required")};

    const bool hasId = !p.idNumber.trimmed().isEmpty();
    if (hasId) {
        const IdNumberInfo id = Validators::checkIdNumber(p.idNumber);
        p.idNumber = id.normalized;
        if (!id.valid) {
            if (policy == IdPolicy::Strict)
                errors << FieldError{QStringLiteral("idNumber"), tr("ID number: %1").arg(id.error)};
        } else {
            if (p.gender == Gender::Unknown) {
                p.gender = id.gender;
                if (notes)
                    *notes << tr("gender filled from the ID number");
            } else if (p.gender != id.gender) {
                errors << FieldError{QStringLiteral("gender"),
                                     tr("Gender: %1 was entered but the ID number belongs to a %2 person")
                                         .arg(DomainText::gender(p.gender), DomainText::gender(id.gender))};
            }
            if (!p.birthDate.isValid()) {
                p.birthDate = id.birthDate;
                if (notes)
                    *notes << tr("birth date filled from the ID number");
            } else if (p.birthDate != id.birthDate) {
                errors << FieldError{QStringLiteral("birthDate"),
                                     tr("Birth date: %1 was entered but the ID number says %2")
                                         .arg(p.birthDate.toString(Qt::ISODate), id.birthDate.toString(Qt::ISODate))};
            }
        }
        if (!p.idNumber.isEmpty()) {
            QSqlQuery q(m_ledger.database());
            // "id_number <> ''" lets SQLite use the partial unique index person_id_number; without
            // it every check scans all people (quadratic when a county's rosters are entered).
            q.prepare(QStringLiteral("SELECT p.name, v.name FROM person p JOIN village v ON v.id = p.village_id "
                                     "WHERE p.id_number = ? AND p.id_number <> '' AND p.id <> ?"));
            q.addBindValue(sql::text(p.idNumber));
            q.addBindValue(p.id);
            if (q.exec() && q.next())
                errors << FieldError{QStringLiteral("idNumber"),
                                     tr("ID number: already registered for %1 (%2)")
                                         .arg(q.value(0).toString(), q.value(1).toString())};
        }
    } else {
        p.idNumber.clear();
    }
    if (p.birthDate.isValid() && (p.birthDate.year() < 1900 || p.birthDate > QDate::currentDate()))
        errors << FieldError{QStringLiteral("birthDate"), tr("Birth date: %1 is not plausible")
                                                             .arg(p.birthDate.toString(Qt::ISODate))};
    if (!p.phone.trimmed().isEmpty()) {
        QString normalized, why;
        if (!Validators::checkMobile(p.phone, &normalized, &why))
            errors << FieldError{QStringLiteral("phone"), tr("Phone: %1").arg(why)};
        p.phone = normalized;
    } else {
        p.phone.clear();
    }
    if (!p.ethnicity.isEmpty() && !DomainText::ethnicities().contains(p.ethnicity))
        errors << FieldError{QStringLiteral("ethnicity"),
                             tr("Ethnic group: %1 is not one of the 56 recognised groups").arg(p.ethnicity)};
    return errors;
}

Saved PersonRepository::insert(Person p, IdPolicy policy)
{
    Saved saved;
    saved.errors = validate(p, policy);
    if (!saved.ok())
        return saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("INSERT INTO person (%1) VALUES (?, ?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kColumns)));
            q.addBindValue(p.id > 0 ? QVariant(p.id) : QVariant(QMetaType::fromType<qint64>()));
            bindAll(q, p);
            if (!sql::exec(q, err))
                return false;
            saved.id = q.lastInsertId().toLongLong();
            return true;
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

bool PersonRepository::insertManyInWrite(QList<Person> &people, QString *error)
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("INSERT INTO person (%1) VALUES (?, ?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kColumns)));
    for (Person &p : people) {
        const FieldErrors errors = validate(p, IdPolicy::Strict);
        if (!errors.isEmpty()) {
            QStringList parts;
            for (const FieldError &e : errors)
                parts << e.message;
            *error = tr("%1: %2").arg(p.name, parts.join(QStringLiteral("; ")));
            return false;
        }
        q.addBindValue(p.id > 0 ? QVariant(p.id) : QVariant(QMetaType::fromType<qint64>()));
        bindAll(q, p);
        if (!sql::exec(q, error))
            return false;
        p.id = q.lastInsertId().toLongLong();
    }
    return true;
}

Saved PersonRepository::update(Person p, IdPolicy policy)
{
    Saved saved;
    saved.id = p.id;
    saved.errors = validate(p, policy);
    if (!saved.ok())
        return saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("UPDATE person SET village_id = ?, name = ?, id_number = ?, gender = ?, "
                                     "birth_date = ?, ethnicity = ?, political = ?, education = ?, phone = ?, "
                                     "note = ? WHERE id = ?"));
            bindAll(q, p);
            q.addBindValue(p.id);
            if (!sql::exec(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                *err = tr("the person no longer exists");
                return false;
            }
            return true;
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

bool PersonRepository::remove(qint64 id, QString *error)
{
    return sql::removeById(m_ledger, "person", id, error);
}

PersonSnapshot PersonRepository::snapshot(qint64 id) const
{
    PersonSnapshot s;
    if (auto p = get(id))
        s.person = *p;
    s.posts = CommitteeRepository(m_ledger).postsOfPerson(id);
    s.reserves = ReserveRepository(m_ledger).ofPerson(id);
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT id FROM grid WHERE leader_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            s.ledGrids << q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT rowid, grid_id FROM grid_worker WHERE person_id = ? ORDER BY rowid"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            s.gridWorkerRows.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.prepare(QStringLiteral("SELECT id FROM household WHERE worker_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            s.workedHouseholds << q.value(0).toLongLong();
    return s;
}

bool PersonRepository::restore(const PersonSnapshot &s, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            const Person &p = s.person;
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("INSERT INTO person (%1) VALUES (?, ?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kColumns)));
            q.addBindValue(p.id);
            bindAll(q, p);
            if (!sql::exec(q, err))
                return false;
            if (!CommitteeRepository(m_ledger).restorePosts(s.posts, err))
                return false;
            if (!ReserveRepository(m_ledger).restore(s.reserves, err))
                return false;
            for (qint64 grid : s.ledGrids) {
                q.prepare(QStringLiteral("UPDATE grid SET leader_id = ? WHERE id = ?"));
                q.addBindValue(p.id);
                q.addBindValue(grid);
                if (!sql::exec(q, err))
                    return false;
            }
            for (const auto &[rowid, grid] : s.gridWorkerRows) {
                q.prepare(QStringLiteral("INSERT INTO grid_worker (rowid, grid_id, person_id) VALUES (?,?,?)"));
                q.addBindValue(rowid);
                q.addBindValue(grid);
                q.addBindValue(p.id);
                if (!sql::exec(q, err))
                    return false;
            }
            for (qint64 household : s.workedHouseholds) {
                q.prepare(QStringLiteral("UPDATE household SET worker_id = ? WHERE id = ?"));
                q.addBindValue(p.id);
                q.addBindValue(household);
                if (!sql::exec(q, err))
                    return false;
            }
            return true;
        },
        error);
}

bool PersonRepository::rewrite(const Person &p, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("UPDATE person SET village_id = ?, name = ?, id_number = ?, gender = ?, "
                                     "birth_date = ?, ethnicity = ?, political = ?, education = ?, phone = ?, "
                                     "note = ? WHERE id = ?"));
            bindAll(q, p);
            q.addBindValue(p.id);
            if (!sql::exec(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                *err = tr("the person no longer exists");
                return false;
            }
            return true;
        },
        error);
}

} // namespace tl
