#include "committees/Indicators.h"

#include "model/AsOf.h"
#include "storage/Ledger.h"
#include "storage/SqlUtil.h"

#include <QMap>
#include <QSet>

namespace tl {

int Indicators::ageBand(int age)
{
    if (age < 0)
        return -1;
    if (age <= 35)
        return 0;
    if (age <= 45)
        return 1;
    if (age <= 55)
        return 2;
    if (age <= 60)
        return 3;
    return 4;
}

QList<VillageIndicators> Indicators::compute(Ledger &ledger, const QDate &on)
{
    return compute(TownshipAsOf(ledger, on));
}

QList<VillageIndicators> Indicators::compute(const TownshipAsOf &asOf)
{
    Ledger &ledger = asOf.ledger();
    const QDate &on = asOf.date();
    QMap<qint64, VillageIndicators> byVillage; // keeps village order by id
    {
        QSqlQuery q(ledger.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, name, income_yuan, star_rating FROM village "
                                 "WHERE since = '' OR since <= ? ORDER BY id"));
        q.addBindValue(asOf.dateText());
        q.exec();
        while (q.next()) {
            VillageIndicators v;
            v.villageId = q.value(0).toLongLong();
            v.villageName = q.value(1).toString();
            v.incomeYuan = q.value(2).toLongLong();
            v.starRating = q.value(3).toInt();
            byVillage.insert(v.villageId, v);
        }
    }
    // Every post held on the date, with its holder: one pass over the whole township.
    struct Holder
    {
        QSet<int> bodies;
        qint64 partyChairOf = 0;
        Gender gender = Gender::Unknown;
        QDate birth;
        Education education = Education::Unknown;
        PoliticalStatus political = PoliticalStatus::Unknown;
    };
    QMap<qint64, QHash<qint64, Holder>> holders; // village → person → holder
    QHash<qint64, qint64> partyChair, committeeChair;
    {
        QSqlQuery q(ledger.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT t.village_id, t.body, po.role, pe.id, pe.gender, pe.birth_date, pe.education, pe.political "
            "FROM post po JOIN term t ON t.id = po.term_id JOIN person pe ON pe.id = po.person_id "
            "WHERE %1").arg(TownshipAsOf::postHeldSql()));
        q.bindValue(QStringLiteral(":d"), asOf.dateText());
        q.exec();
        while (q.next()) {
            const qint64 village = q.value(0).toLongLong();
            const Body body = bodyFromCode(q.value(1).toString());
            const Role role = roleFromCode(q.value(2).toString());
            const qint64 person = q.value(3).toLongLong();
            Holder &h = holders[village][person];
            h.bodies.insert(int(body));
            h.gender = genderFromCode(q.value(4).toString());
            h.birth = sql::toDate(q.value(5));
            h.education = educationFromCode(q.value(6).toString());
            h.political = politicalFromCode(q.value(7).toString());
            if (role == Role::Chair && body == Body::Party)
                partyChair[village] = person;
            if (role == Role::Chair && body == Body::Committee)
                committeeChair[village] = person;
        }
    }
    {
        const QHash<qint64, int> reserves = asOf.reservesByVillage();
        for (auto it = reserves.cbegin(); it != reserves.cend(); ++it)
            if (auto v = byVillage.find(it.key()); v != byVillage.end())
                v->reserves = *it;
    }
    for (auto vit = byVillage.begin(); vit != byVillage.end(); ++vit) {
        VillageIndicators &v = *vit;
        const auto hs = holders.value(v.villageId);
        for (auto it = hs.cbegin(); it != hs.cend(); ++it) {
            const Holder &h = *it;
            const bool party = h.bodies.contains(int(Body::Party));
            const bool committee = h.bodies.contains(int(Body::Committee));
            if (party)
                ++v.partySize;
            if (committee) {
                ++v.committeeSize;
                if (h.gender == Gender::Female)
                    ++v.committeeWomen;
            }
            if (h.bodies.contains(int(Body::Supervision)))
                ++v.supervisionSize;
            if (!party && !committee)
                continue; // the statistics of 两委 do not count the supervision committee
            if (party && committee)
                ++v.crossHolders;
            ++v.members;
            if (h.gender == Gender::Female)
                ++v.women;
            if (isPartyMember(h.political))
                ++v.partyMembersOnCommittees;
            if (isCollegeOrAbove(h.education))
                ++v.college;
            v.education[int(h.education)]++;
            const int age = ageOn(h.birth, on);
            const int band = ageBand(age);
            if (band >= 0) {
                ++v.withAge;
                v.ageSum += age;
                v.ageBands[band]++;
            }
        }
        v.oneShoulder = partyChair.contains(v.villageId) && partyChair.value(v.villageId) == committeeChair.value(v.villageId);
    }
    return byVillage.values();
}

TownshipIndicators Indicators::total(const QList<VillageIndicators> &villages)
{
    TownshipIndicators t;
    for (const VillageIndicators &v : villages) {
        ++t.villages;
        t.members += v.members;
        t.women += v.women;
        t.college += v.college;
        t.oneShoulder += v.oneShoulder ? 1 : 0;
        t.crossHolders += v.crossHolders;
        t.reserves += v.reserves;
        t.fiveStar += v.starRating == 5 ? 1 : 0;
        t.withAge += v.withAge;
        t.ageSum += v.ageSum;
        for (int i = 0; i < 5; ++i)
            t.ageBands[i] += v.ageBands[i];
        for (int i = 0; i < 6; ++i)
            t.education[i] += v.education[i];
    }
    return t;
}

} // namespace tl
