#pragma once

#include "matters/Deliberation.h"
#include "model/Saved.h"

#include <QByteArray>
#include <QHash>

#include <optional>

namespace tl {

class Ledger;

struct AttachmentInfo
{
    qint64 id = 0;
    qint64 stepId = 0;
    QString fileName;
    QString mime;
    qint64 size = 0;
    QDate added;
};

// One scan as stored, with its content: what putting it back exactly takes (same id, same date).
struct StoredAttachment
{
    AttachmentInfo info;
    QByteArray data;
};

// A meeting held for a step before the one its record now holds: one without quorum, held again
// (id: its own record; meeting.id: 0, meeting.matterId and meeting.step: those of the step).
struct EarlierMeeting
{
    qint64 id = 0;
    qint64 stepId = 0;
    StepRecord meeting;
};

// A matter with everything that depends on it (steps, their scans), to put a deleted one back.
struct MatterSnapshot
{
    Matter matter;
    QList<StepRecord> steps;
    QList<StoredAttachment> attachments;
    QList<EarlierMeeting> earlierMeetings;
};

// Counts the editor pre-fills for a meeting, from the village record and the roster.
struct ExpectedCounts
{
    std::optional<int> expected;
    std::optional<int> householdsExpected;
};

class MatterRepository
{
    Q_DECLARE_TR_FUNCTIONS(MatterRepository)
public:
    explicit MatterRepository(Ledger &ledger) : m_ledger(ledger) {}

    QList<Matter> ofVillage(qint64 villageId) const;
    QList<Matter> all() const;
    std::optional<Matter> get(qint64 id) const;
    int count() const;

    FieldErrors validate(Matter &matter) const;
    Saved insert(Matter matter);
    Saved update(Matter matter);
    bool remove(qint64 id, QString *error);
    // The matter with its steps and scans as stored, and putting it back as it was (same ids, no
    // validation and no policy check: it is the record of what was, for undo).
    std::optional<MatterSnapshot> snapshot(qint64 id) const;
    bool restore(const MatterSnapshot &snapshot, QString *error);
    // Writes the matter's fields as given (same id, inserted when missing), without validation.
    bool restoreMatter(const Matter &matter, QString *error);

    QList<StepRecord> steps(qint64 matterId) const;
    std::optional<StepRecord> step(qint64 matterId, MatterStep step) const;
    std::optional<StepRecord> stepById(qint64 stepId) const;
    // Every step of every matter, keyed by matter: one query for boards, findings and reports.
    QHash<qint64, QList<StepRecord>> allSteps() const;

    // Checks one step before it is saved: required fields, counts, and the order of the steps.
    // A step recorded before an earlier one (or after a rejection) is refused unless
    // record.overridden is set with a reason; the override then stays a finding.
    FieldErrors validateStep(StepRecord &record) const;
    Saved saveStep(StepRecord record); // insert, or update the record of that step
    bool removeStep(qint64 stepId, QString *error);
    // Puts back a step (same id), for undo; its attachments are kept when the step still exists.
    bool restoreStep(const StepRecord &record, QString *error);

    // The earlier meetings of a matter's steps (by step, then date), of every matter (keyed by
    // matter), and writing one as given (a set id is kept) or removing one: see EarlierMeeting.
    QList<EarlierMeeting> earlierMeetings(qint64 matterId) const;
    QHash<qint64, QList<EarlierMeeting>> allEarlierMeetings() const;
    Saved storeEarlierMeeting(const EarlierMeeting &meeting);
    bool removeEarlierMeeting(qint64 id, QString *error);

    QList<AttachmentInfo> attachments(qint64 stepId) const;
    Saved addAttachment(qint64 stepId, const QString &fileName, const QByteArray &data);
    // The checks a new scan must pass (not empty, within today's size limit, an image or PDF); on
    // success *prepared holds it as it will be stored (id 0, today's date).
    Saved checkAttachment(qint64 stepId, const QString &fileName, const QByteArray &data,
                          StoredAttachment *prepared) const;
    // Stores a scan exactly as given (a set id is kept), without the checks: for a scan that was
    // checked when it was added, or that is being put back.
    Saved storeAttachment(const StoredAttachment &attachment);
    QList<StoredAttachment> storedAttachments(qint64 stepId) const;
    QByteArray attachmentData(qint64 attachmentId) const;
    bool removeAttachment(qint64 attachmentId, QString *error);

    ExpectedCounts expectedDefaults(qint64 villageId, MatterStep step, ResolutionForm form, const QDate &on) const;

private:
    Ledger &m_ledger;
};

} // namespace tl
