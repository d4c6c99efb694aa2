#pragma once

#include "model/Domain.h"

#include <QDate>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>

namespace tl {

class Ledger;
struct BoardRow;
struct VillageIndicators;

// The township as it stood at the end of one day D, by the dates of the events (a meeting held
// on 09-20 and typed in on 12-02 belongs to Q3; one held on 10-03 does not). Every consumer that
// states what was the case on a date — the quarterly report and the roll-up, `check --date`, the
// findings panel, the dashboard — reads the ledger through this view, so they agree with each
// other and a past date's answer does not move when later events are recorded.
//
// What has dates is judged by them: posts and terms (a closed term counts while D lies within
// it), reserve cadres (put on and taken off the list), matter steps and withdrawals, disclosures
// (posted by D), household assignments (the assignment history). What has none (a village's
// figures, grids and their staff, people's particulars) is taken as it stands now.
class TownshipAsOf
{
public:
    TownshipAsOf(Ledger &ledger, const QDate &date);

    Ledger &ledger() const { return m_ledger; }
    const QDate &date() const { return m_date; }
    QString dateText() const;

    // Villages in the ledger's care on D (Village::since not after D), in id order.
    QList<Village> villages() const;
    bool hasVillage(qint64 villageId) const;

    // SQL conditions (with the named parameter :d bound to dateText()) for a post `po` of a
    // term `t` held on D, and for a term `t` running on D.
    static QString postHeldSql(const QString &post = QStringLiteral("po"), const QString &term = QStringLiteral("t"));
    static QString termRunningSql(const QString &term = QStringLiteral("t"));
    // A reserve cadre `r` on the list on D.
    static QString reserveListedSql(const QString &reserve = QStringLiteral("r"));

    // Reserve cadres on the list on D, per village.
    QHash<qint64, int> reservesByVillage() const;

    // Every matter known by D with only the steps held by D (and a withdrawal only when it came
    // by D), evaluated on D; drafts (no step, no date) too; one village when villageId > 0.
    QList<BoardRow> matters(qint64 villageId = 0) const;

    // The matters a report or the dashboard shows for the period [from, D]: still open at D, or
    // with a step or the withdrawal inside the period; drafts (nothing dated) only for the
    // running period. Both read this one rule.
    static bool belongsToPeriod(const BoardRow &row, const QDate &from, const QDate &to, bool running);
    QList<BoardRow> mattersOfPeriod(const QDate &from, bool running, qint64 villageId = 0) const;

    // Households are counted in the grid and 网格员 they had on D, from the assignment history:
    // the latest assignment dated on or before D; a household whose history is all dated after D keeps the
    // first assignment written (it came into the ledger already assigned); one with no
    // assignment after D, its current one.
    struct HouseholdTotals
    {
        int households = 0;
        int people = 0;     // sum of the household members recorded
        int unassigned = 0; // in no grid on D
    };
    using VillageGrid = QPair<qint64, qint64>;
    // Households and people per village, and per (village, grid) on D: one GROUP BY.
    void householdFigures(QHash<qint64, HouseholdTotals> *villages, QHash<VillageGrid, QPair<int, int>> *grids) const;
    // Households per 网格员 on D.
    QHash<qint64, int> householdsPerWorker() const;

private:
    // Households and people per (village, grid, 网格员) on D: one GROUP BY, read once per view.
    struct HouseholdGroup
    {
        qint64 village = 0;
        qint64 grid = 0;   // 0: in no grid
        qint64 worker = 0; // 0: no 网格员
        int households = 0;
        double people = 0;
    };
    const QList<HouseholdGroup> &householdGroups() const;

    Ledger &m_ledger;
    QDate m_date;
    mutable std::optional<QList<HouseholdGroup>> m_groups;
};

} // namespace tl
