#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace tl {

class Ledger;

struct DemoOptions
{
    int villages = 12;
    quint32 seed = 20261123;
    QDate today = QDate::currentDate();
    bool deliberateFindings = true; // plant a few defects so the rules have something to show
    int householdsPerVillage = -1;  // -1: as many as the village record says (a few hundred)
};

// Fills a ledger with a plausible township: Chinese names, valid ID numbers, ages and education
// spread as in real villages, terms with mid-term changes, and a handful of deliberate defects.
// Everything is written in one transaction, so a cancelled or failed run leaves nothing behind.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    using Progress = std::function<bool(int done, int total)>; // return false to cancel

    static bool populate(Ledger &ledger, const DemoOptions &options, QString *error, const Progress &progress = {});
    static QString defaultTownshipName() { return QStringLiteral("青山镇"); }
    static QString defaultCountyName() { return QStringLiteral("示范县"); }
};

} // namespace tl
