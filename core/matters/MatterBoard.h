#pragma once

#include "matters/MatterRepository.h"

namespace tl {

class Ledger;

// One matter as the township-wide board shows it: the facts plus everything derived.
struct BoardRow
{
    Matter matter;
    QString village;
    QList<StepRecord> steps;
    MatterStatus status = MatterStatus::Draft;
    std::optional<MatterStep> next;
    QDate due;            // when the next step is due, if a deadline applies
    bool overdue = false; // needs action: the next step is past its deadline
    QList<Deliberation::Defect> defects;
    QDate firstDate;      // earliest recorded step
    QDate lastDate;       // latest recorded step

    // Urgency for sorting: overdue first (oldest due first), then with defects, then due soon.
    qint64 urgencyKey(const QDate &on) const;
    bool touches(const QDate &from, const QDate &to) const; // any step dated in [from, to]
};

class MatterBoard
{
public:
    // Every matter of the township (or one village when villageId > 0) as it stood at the end of
    // `on`: TownshipAsOf(ledger, on).matters(villageId). Two queries whatever the size.
    static QList<BoardRow> rows(Ledger &ledger, const QDate &on, qint64 villageId = 0);
    static BoardRow evaluate(const Matter &matter, const Village &village, const QList<StepRecord> &steps,
                             const DeliberationSettings &settings, const QDate &on);
};

} // namespace tl
