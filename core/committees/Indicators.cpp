#include "committees/Indicators.h"

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
    QMap<qint64, VillageIndicators> byVillage; // keeps village order by id
    {
        QSqlQuery q(ledger.database());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, name, income_yuan, star_rating FROM village ORDER BY id"));
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
            "WHERE po.start_date <= :d AND (po.end_date = '' OR po.end_date > :d) "
            "AND (t.closed_on = '' OR t.closed_on > :d)"));
        q.bindValue(QStringLiteral(":d"), sql::dateText(on));
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
        QSqlQuery q(ledger.database());
        q.exec(QStringLiteral("SELECT village_id, COUNT(*) FROM reserve_cadre GROUP BY village_id"));
        while (q.next()) {
            auto it = byVillage.find(q.value(0).toLongLong());
            if (it != byVillage.end())
                it->reserves = q.value(1).toInt();
        }
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
