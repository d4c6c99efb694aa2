#include "model/VillageRepository.h"

#include "storage/Ledger.h"
#include "storage/SqlUtil.h"

namespace tl {

namespace {
const char *kColumns = "id, name, credit_code, groups_count, households, registered_pop, resident_pop, party_members, "
                       "representatives, income_yuan, star_rating, weak, model_village, rule_of_law_model, "
                       "supervision_phone, note, adults, since";

Village fromQuery(const QSqlQuery &q)
{
    Village v;
    v.id = q.value(0).toLongLong();
    v.name = q.value(1).toString();
    v.creditCode = q.value(2).toString();
    v.groups = q.value(3).toInt();
    v.households = q.value(4).toInt();
    v.registeredPopulation = q.value(5).toInt();
    v.residentPopulation = q.value(6).toInt();
    v.partyMembers = q.value(7).toInt();
    v.representatives = q.value(8).toInt();
    v.incomeYuan = q.value(9).toLongLong();
    v.starRating = q.value(10).toInt();
    v.weak = q.value(11).toInt() != 0;
    v.modelVillage = q.value(12).toInt() != 0;
    v.ruleOfLawModel = q.value(13).toInt() != 0;
    v.supervisionPhone = q.value(14).toString();
    v.note = q.value(15).toString();
    v.adults = q.value(16).toInt();
    v.since = sql::toDate(q.value(17));
    return v;
}

void bindAll(QSqlQuery &q, const Village &v)
{
    q.addBindValue(sql::text(v.name));
    q.addBindValue(sql::text(v.creditCode));
    q.addBindValue(v.groups);
    q.addBindValue(v.households);
    q.addBindValue(v.registeredPopulation);
    q.addBindValue(v.residentPopulation);
    q.addBindValue(v.partyMembers);
    q.addBindValue(v.representatives);
    q.addBindValue(v.incomeYuan);
    q.addBindValue(v.starRating);
    q.addBindValue(v.weak ? 1 : 0);
    q.addBindValue(v.modelVillage ? 1 : 0);
    q.addBindValue(v.ruleOfLawModel ? 1 : 0);
    q.addBindValue(sql::text(v.supervisionPhone));
    q.addBindValue(sql::text(v.note));
    q.addBindValue(v.adults);
    q.addBindValue(sql::dateText(v.since));
}
} // namespace

QList<Village> VillageRepository::all() const
{
    QList<Village> out;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM village ORDER BY id").arg(QLatin1String(kColumns))))
        while (q.next())
            out << fromQuery(q);
    return out;
}

std::optional<Village> VillageRepository::get(qint64 id) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM village WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

int VillageRepository::count() const
{
    QSqlQuery q(m_ledger.database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM village")) && q.next())
        return q.value(0).toInt();
    return 0;
}

FieldErrors VillageRepository::validate(Village &v) const
{
    FieldErrors errors;
    v.name = v.name.trimmed();
    v.note = v.note.trimmed();
    if (v.name.isEmpty()) {
        errors << FieldError{QStringLiteral("name"), tr("Village name: required")};
    } else if (v.name.size() > 40) {
        errors << FieldError{QStringLiteral("name"), tr("Village name: at most 40 characters")};
    } else {
        QSqlQuery q(m_ledger.database());
        q.prepare(QStringLiteral("SELECT id FROM village WHERE name = ? AND id <> ?"));
        q.addBindValue(sql::text(v.name));
        q.addBindValue(v.id);
        if (q.exec() && q.next())
            errors << FieldError{QStringLiteral("name"), tr("Village name: %1 is already in this ledger").arg(v.name)};
    }
    if (!v.creditCode.trimmed().isEmpty()) {
        const CreditCodeInfo code = Validators::checkCreditCode(v.creditCode);
        v.creditCode = code.normalized;
        if (!code.valid)
            errors << FieldError{QStringLiteral("creditCode"), tr("Credit code: %1").arg(code.error)};
        else if (!v.creditCode.startsWith(QLatin1Char('5')))
            errors << FieldError{QStringLiteral("creditCode"),
                                 tr("Credit code: a village committee's code begins with 5 (registered by civil "
                                    "affairs)")};
    } else {
        v.creditCode.clear();
    }
    auto range = [&](const char *field, const QString &label, qint64 value, qint64 lo, qint64 hi) {
        if (value < lo || value > hi)
            errors << FieldError{QString::fromLatin1(field),
                                 tr("%1: %2 is out of range (%3 to %4)").arg(label).arg(value).arg(lo).arg(hi)};
    };
    range("groups", tr("Villager groups"), v.groups, 0, 200);
    range("households", tr("Households"), v.households, 0, 100'000);
    range("registeredPopulation", tr("Registered population"), v.registeredPopulation, 0, 500'000);
    range("residentPopulation", tr("Resident population"), v.residentPopulation, 0, 500'000);
    range("partyMembers", tr("Party members"), v.partyMembers, 0, 20'000);
    range("representatives", tr("Villager representatives"), v.representatives, 0, 2'000);
    range("adults", tr("Adult villagers"), v.adults, 0, 500'000);
    range("incomeYuan", tr("Collective income (yuan)"), v.incomeYuan, -1'000'000'000LL, 10'000'000'000LL);
    range("starRating", tr("Star rating"), v.starRating, 0, 5);
    if (v.registeredPopulation > 0 && v.households > v.registeredPopulation)
        errors << FieldError{QStringLiteral("households"),
                             tr("Households: %1 households cannot exceed the registered population of %2")
                                 .arg(v.households)
                                 .arg(v.registeredPopulation)};
    if (v.registeredPopulation > 0 && v.adults > v.registeredPopulation)
        errors << FieldError{QStringLiteral("adults"),
                             tr("Adult villagers: more adults than registered residents")};
    if (v.registeredPopulation > 0 && v.partyMembers > v.registeredPopulation)
        errors << FieldError{QStringLiteral("partyMembers"),
                             tr("Party members: more party members than registered residents")};
    if (!v.supervisionPhone.trimmed().isEmpty()) {
        QString normalized, why;
        if (!Validators::checkPhone(v.supervisionPhone, &normalized, &why))
            errors << FieldError{QStringLiteral("supervisionPhone"), tr("Supervision phone: %1").arg(why)};
        v.supervisionPhone = normalized;
    } else {
        v.supervisionPhone.clear();
    }
    return errors;
}

Saved VillageRepository::insert(Village v)
{
    Saved saved;
    saved.errors = validate(v);
    if (!saved.ok())
        return saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("INSERT INTO village (%1) VALUES (?, ?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                          .arg(QLatin1String(kColumns)));
            q.addBindValue(v.id > 0 ? QVariant(v.id) : QVariant(QMetaType::fromType<qint64>()));
            bindAll(q, v);
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

Saved VillageRepository::update(Village v)
{
    Saved saved;
    saved.id = v.id;
    saved.errors = validate(v);
    if (!saved.ok())
        return saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("UPDATE village SET name = ?, credit_code = ?, groups_count = ?, households = ?, "
                                     "registered_pop = ?, resident_pop = ?, party_members = ?, representatives = ?, "
                                     "income_yuan = ?, star_rating = ?, weak = ?, model_village = ?, "
                                     "rule_of_law_model = ?, supervision_phone = ?, note = ?, adults = ?, since = ? WHERE id = ?"));
            bindAll(q, v);
            q.addBindValue(v.id);
            if (!sql::exec(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                *err = tr("the village no longer exists");
                return false;
            }
            return true;
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

bool VillageRepository::remove(qint64 id, QString *error)
{
    return sql::removeById(m_ledger, "village", id, error);
}

} // namespace tl
