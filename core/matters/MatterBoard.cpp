#include "matters/MatterBoard.h"

#include "storage/Ledger.h"
#include "storage/Settings.h"
#include "model/AsOf.h"
#include "model/VillageRepository.h"

namespace tl {

qint64 BoardRow::urgencyKey(const QDate &on) const
{
    // Smaller is more urgent.
    if (overdue)
        return due.toJulianDay() - on.toJulianDay() - 1'000'000; // the longer overdue, the earlier
    if (!defects.isEmpty())
        return -500'000 - qint64(defects.size());
    if (due.isValid())
        return due.toJulianDay() - on.toJulianDay();
    if (status == MatterStatus::Completed || status == MatterStatus::Withdrawn)
        return 2'000'000;
    return 1'000'000;
}

bool BoardRow::touches(const QDate &from, const QDate &to) const
{
    for (const StepRecord &s : steps)
        if (s.date.isValid() && s.date >= from && s.date <= to)
            return true;
    return false;
}

BoardRow MatterBoard::evaluate(const Matter &matter, const Village &village, const QList<StepRecord> &steps,
                               const DeliberationSettings &settings, const QDate &on)
{
    BoardRow row;
    row.matter = matter;
    row.village = village.name;
    row.steps = steps;
    row.status = Deliberation::status(matter, steps, settings, on);
    row.next = Deliberation::nextStep(matter, steps, settings);
    row.due = Deliberation::nextDue(matter, steps, settings);
    row.overdue = row.due.isValid() && on > row.due;
    row.defects = Deliberation::defects(matter, steps, settings, on, village.id > 0 ? &village : nullptr);
    for (const StepRecord &s : steps) {
        if (!s.date.isValid())
            continue;
        if (!row.firstDate.isValid() || s.date < row.firstDate)
            row.firstDate = s.date;
        if (!row.lastDate.isValid() || s.date > row.lastDate)
            row.lastDate = s.date;
    }
    return row;
}

QList<BoardRow> MatterBoard::rows(Ledger &ledger, const QDate &on, qint64 villageId)
{
    return TownshipAsOf(ledger, on).matters(villageId);
}

} // namespace tl
