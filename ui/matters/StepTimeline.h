#pragma once

#include "matters/Deliberation.h"

#include <QHash>
#include <QWidget>

namespace tl::ui {

// The six steps of a matter (四议两公开) as a vertical timeline: one node per step with its name,
// date, key counts or disclosure period, and its state — done (green check), next (highlighted,
// with a Record button), pending (grey), not passed (red), done with problems (orange, with the
// problem texts of Deliberation::defects) or not needed (after a rejection or a withdrawal).
// Everything shown is derived from the records handed in; the widget never reads the ledger.
class StepTimeline : public QWidget
{
    Q_OBJECT
public:
    enum class State { Done, Current, Pending, Rejected, Defect, Skipped };
    Q_ENUM(State)

    explicit StepTimeline(QWidget *parent = nullptr);

    // attachments: how many scans each recorded step has (key = step number).
    // village: its record, for the 应到 checks (nullptr: not checked). earlierMeetings: meetings
    // held for a step before the one its record holds (without quorum, held again), shown under it.
    void setMatter(const Matter &matter, const QList<StepRecord> &steps, const DeliberationSettings &settings,
                   const QDate &today, const QHash<int, int> &attachments = {}, const Village *village = nullptr,
                   const QList<StepRecord> &earlierMeetings = {});
    void clear();
    // On a read-only ledger recorded steps can still be opened, nothing can be recorded.
    void setEditable(bool editable);

    State state(MatterStep step) const;
    QString detailText(MatterStep step) const;  // the date / counts line
    QString problemText(MatterStep step) const; // defects of that step, one per line

    class Node;

Q_SIGNALS:
    // The clerk clicked a node or its button: record (next or out of order) or open that step.
    void stepActivated(tl::MatterStep step);
    // The clerk pressed "Hold again…" on a step whose meeting had no quorum.
    void holdAgainRequested(tl::MatterStep step);

private:
    static QStringList meetingParts(const StepRecord &meeting, const DeliberationSettings &settings);

    QList<Node *> m_nodes;
    bool m_editable = true;
};

} // namespace tl::ui
