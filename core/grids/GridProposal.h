#pragma once

#include "grids/Grids.h"

namespace tl {

class Ledger;

// "Propose grids" for a village: one grid per 村民小组, split when larger than the size setting,
// households spread over each grid's 网格员 about perWorker each. The clerk reviews the proposal
// before it is applied, and an applied proposal can be undone.
struct ProposedGrid
{
    QString name;
    QString code;
    QString group;
    qint64 leaderId = 0;
    QList<qint64> workers;
    QVector<qint64> households;
    QVector<qint64> workerOf; // parallel to households; 0 = no worker available
};

struct GridProposalPlan
{
    qint64 villageId = 0;
    QList<ProposedGrid> grids;
    QStringList notes; // translated remarks for the review (e.g. not enough people to be 网格员)
    int households = 0;
};

struct AppliedGridProposal
{
    qint64 villageId = 0;
    QList<qint64> createdGrids;
    QList<Grid> updatedGridsBefore; // existing grids as they were before staff was added
    QList<Assignment> previous;
};

class GridProposal
{
    Q_DECLARE_TR_FUNCTIONS(GridProposal)
public:
    static GridProposalPlan propose(Ledger &ledger, qint64 villageId, const GridSettings &settings, const QDate &on);

    // One household as the plan sees it: its id (or any key that orders like one) and 村民小组.
    struct HouseholdSlot
    {
        qint64 key = 0;
        QString group;
    };
    // Who may lead and staff the grids of a village on a date: leaders from the two committees,
    // workers from everyone else of the village (reserve cadres, group leaders …).
    static void staff(Ledger &ledger, qint64 villageId, const QDate &on, QList<qint64> *committee,
                      QList<qint64> *others);
    // The plan itself, from households (in key order) and staff: what propose() does after
    // reading them, usable before the households are written (the demo plans its grids first
    // and writes each household with its grid, as an import with a grid column does).
    static GridProposalPlan plan(qint64 villageId, const QList<HouseholdSlot> &households,
                                 const QList<qint64> &committee, const QList<qint64> &others,
                                 const GridSettings &settings);
    static bool apply(Ledger &ledger, const GridProposalPlan &plan, const QDate &on, AppliedGridProposal *applied,
                      QString *error);
    static bool undo(Ledger &ledger, const AppliedGridProposal &applied, const QDate &on, QString *error);
};

} // namespace tl
