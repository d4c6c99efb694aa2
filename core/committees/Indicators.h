#pragma once

#include "model/Domain.h"

#include <QHash>

namespace tl {

class Ledger;
class TownshipAsOf;

// The structure of a village's two committees on a date, as the county asks for it.
struct VillageIndicators
{
    qint64 villageId = 0;
    QString villageName;
    int partySize = 0;        // people on the party committee
    int committeeSize = 0;    // people on the villagers' committee
    int supervisionSize = 0;
    int committeeWomen = 0;
    bool oneShoulder = false; // 一肩挑: the party secretary is also the committee director
    int crossHolders = 0;     // 交叉任职: people on both committees
    int members = 0;          // distinct people on the two committees
    int women = 0;
    int partyMembersOnCommittees = 0; // 中共党员 or 预备党员 among them
    int college = 0;          // 大专 or higher
    int withAge = 0;          // members whose age is known
    int ageSum = 0;
    int ageBands[5] = {0, 0, 0, 0, 0}; // ≤35, 36–45, 46–55, 56–60, >60
    int education[6] = {0, 0, 0, 0, 0, 0}; // indexed by Education
    int reserves = 0;
    qint64 incomeYuan = 0;
    int starRating = 0;

    double averageAge() const { return withAge ? double(ageSum) / withAge : 0.0; }
    // Percent with one decimal, from integers (never floating comparisons in rules).
    double collegeSharePct() const { return members ? 100.0 * college / members : 0.0; }
};

struct TownshipIndicators
{
    int villages = 0;
    int members = 0;
    int women = 0;
    int college = 0;
    int oneShoulder = 0;
    int crossHolders = 0;
    int reserves = 0;
    int fiveStar = 0;
    int withAge = 0;
    int ageSum = 0;
    int ageBands[5] = {0, 0, 0, 0, 0};
    int education[6] = {0, 0, 0, 0, 0, 0};
};

class Indicators
{
public:
    static int ageBand(int age); // 0..4, -1 when unknown
    // The villages on the date (TownshipAsOf): posts held, reserve cadres on the list.
    static QList<VillageIndicators> compute(Ledger &ledger, const QDate &on);
    static QList<VillageIndicators> compute(const TownshipAsOf &asOf);
    static TownshipIndicators total(const QList<VillageIndicators> &villages);
};

} // namespace tl
