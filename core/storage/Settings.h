#pragma once

#include "matters/Deliberation.h"
#include "disclosures/Disclosures.h"
#include "grids/Grids.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

namespace tl {

class Ledger;

// Targets and rule thresholds. They differ between provinces and change with policy, so they
// are kept in the ledger as editable settings; these defaults are DOMAIN.md §1 and §2.
struct Targets
{
    qint64 minIncomeYuan = 50'000;   // every village's collective income above 5 万元
    qint64 highIncomeYuan = 100'000; // …and a share of villages above 10 万元
    int highIncomeSharePct = 30;
    int fiveStarSharePct = 30;        // ≥ 30% five-star party organisations
    int minReserveCadres = 2;         // ≥ 2 reserve cadres per village
    int collegeSharePct = 70;         // ≥ 70% of village cadres with 大专 or higher
    int committeeMin = 3;             // 村民委员会 3–7 members (村委会组织法 §6)
    int committeeMax = 7;
    int partyCommitteeMax = 7;
    int termYears = 5;                // both committees since 2018
    int termWarningMonths = 6;        // warn when a term ends within this many months
};

class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)
public:
    explicit SettingsStore(Ledger &ledger) : m_ledger(ledger) {}

    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    bool setValue(const QString &key, const QVariant &value, QString *error);

    Targets targets() const;
    bool setTargets(const Targets &targets, QString *error);
    static QString validate(const Targets &targets); // empty when fine

    // 四议两公开 thresholds and day counts (provinces differ).
    DeliberationSettings deliberation() const;
    bool setDeliberation(const DeliberationSettings &settings, QString *error);
    static QString validate(const DeliberationSettings &settings);

    DisclosureSettings disclosure() const;
    bool setDisclosure(const DisclosureSettings &settings, QString *error);

    GridSettings grid() const;
    bool setGrid(const GridSettings &settings, QString *error);
    static QString validate(const GridSettings &settings);

private:
    Ledger &m_ledger;
};

} // namespace tl
