#include "edits/MatterEdits.h"

#include "edits/ChangeSettings.h"
#include "edits/History.h"
#include "edits/Records.h"
#include "matters/MatterRepository.h"
#include "storage/Ledger.h"
#include "storage/Settings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tl::edits {

// Matters: a deleted matter comes back with its steps and scans (same ids, no checks).
template<>
struct Record<Matter>
{
    static constexpr Change::Kind kind = Change::Kind::Matters;
    static qint64 villageOf(const Matter &m) { return m.villageId; }
    static std::optional<Matter> get(Ledger &ledger, qint64 id) { return MatterRepository(ledger).get(id); }
    static Result<qint64> insert(Ledger &ledger, const Matter &m) { return fromSaved(MatterRepository(ledger).insert(m)); }
    static Result<void> update(Ledger &ledger, const Matter &m)
    {
        return withoutValue(fromSaved(MatterRepository(ledger).update(m)));
    }
    static Result<void> remove(Ledger &ledger, qint64 id)
    {
        QString error;
        const bool ok = MatterRepository(ledger).remove(id, &error);
        return fromWrite(ok, error);
    }
    using Snapshot = MatterSnapshot;
    static std::optional<Snapshot> snapshot(Ledger &ledger, qint64 id) { return MatterRepository(ledger).snapshot(id); }
    static Result<void> restore(Ledger &ledger, const Snapshot &s)
    {
        QString error;
        const bool ok = MatterRepository(ledger).restore(s, &error);
        return fromWrite(ok, error);
    }
};

namespace {

Result<void> fromSavedWrite(const Saved &saved)
{
    return saved.ok() ? Result<void>() : Result<void>(Error::fromSaved(saved));
}

// Changing a matter's fields (withdrawing it included). Redo checks the fields; undo writes back
// the matter as it was, without checking it against today's rules.
class EditMatter : public Command
{
public:
    EditMatter(Ledger &ledger, const QString &text, Matter after)
        : Command(ledger, text, Change{Change::Kind::Matters, after.villageId, {after.id}}), m_after(std::move(after))
    {
    }

protected:
    Result<void> doRedo() override
    {
        MatterRepository repo(ledger());
        if (firstRun()) {
            m_before = repo.get(m_after.id);
            if (!m_before)
                return Error::notFound(Command::tr("the record no longer exists"));
        }
        return fromSavedWrite(repo.update(m_after));
    }
    Result<void> doUndo() override
    {
        QString error;
        const bool ok = MatterRepository(ledger()).restoreMatter(*m_before, &error);
        return fromWrite(ok, error);
    }

private:
    Matter m_after;
    std::optional<Matter> m_before;
};

// Saving one step of a matter with the scans removed and added in the dialog. The step is saved
// (and checked) the same way on every redo; the scans keep their ids and dates from the first run.
class SaveStep : public Command
{
public:
    // holdAgain: the step's record holds a meeting without quorum and m_after is the meeting held
    // again; the failed one is kept as an earlier meeting of the step, in the same transaction.
    SaveStep(Ledger &ledger, const QString &text, qint64 villageId, StepRecord after, QList<qint64> removedScans,
             QList<NewScan> addedScans, bool holdAgain = false)
        : Command(ledger, text, Change{Change::Kind::Matters, villageId, {after.matterId}}), m_after(std::move(after)),
          m_removedIds(std::move(removedScans)), m_newScans(std::move(addedScans)), m_holdAgain(holdAgain)
    {
    }

    // The scans the first run refused (by index in the scans handed in), with the reason.
    const QList<QPair<int, QString>> &refused() const { return m_refused; }

protected:
    Result<void> doRedo() override
    {
        MatterRepository repo(ledger());
        if (firstRun()) {
            m_before = repo.step(m_after.matterId, m_after.step);
            const QList<StoredAttachment> stored = m_before ? repo.storedAttachments(m_before->id) : QList<StoredAttachment>();
            for (qint64 id : std::as_const(m_removedIds)) {
                const auto it = std::find_if(stored.cbegin(), stored.cend(),
                                             [id](const StoredAttachment &a) { return a.info.id == id; });
                if (it == stored.cend())
                    return Error::notFound(Command::tr("the record no longer exists"));
                m_removed << *it;
            }
            if (m_holdAgain) {
                if (!m_before)
                    return Error::notFound(Command::tr("the record no longer exists"));
                const MeetingVerdict verdict = Deliberation::judge(*m_before, SettingsStore(ledger()).deliberation());
                if (!Deliberation::isMeeting(m_before->step) || !verdict.quorumKnown || verdict.quorum)
                    return Error::invalid(QStringLiteral("step"),
                                          Command::tr("Step: only a meeting held without quorum is held again"));
                if (m_after.date.isValid() && m_before->date.isValid() && m_after.date < m_before->date)
                    return Error::invalid(QStringLiteral("date"),
                                          Command::tr("Date: the meeting held again cannot be before the one of %1")
                                              .arg(m_before->date.toString(Qt::ISODate)));
                m_kept.stepId = m_before->id;
                m_kept.meeting = *m_before;
                m_kept.meeting.id = 0;
            }
        }
        if (m_holdAgain) {
            const Saved kept = repo.storeEarlierMeeting(m_kept);
            if (!kept.ok())
                return Error::fromSaved(kept);
            m_kept.id = kept.id; // a redo after undo keeps it under the same id
        }
        const Saved saved = repo.saveStep(m_after);
        if (!saved.ok())
            return Error::fromSaved(saved);
        if (firstRun()) {
            m_after.id = saved.id; // a redo after undo puts the step back under the same id
            setCreatedId(saved.id);
        }
        for (const StoredAttachment &a : std::as_const(m_removed)) {
            QString error;
            if (!repo.removeAttachment(a.info.id, &error))
                return Error::database(error);
        }
        if (firstRun()) {
            // New scans are checked against today's rules once, when they are added.
            for (int i = 0; i < m_newScans.size(); ++i) {
                StoredAttachment prepared;
                const Saved checked = repo.checkAttachment(saved.id, m_newScans.at(i).fileName, m_newScans.at(i).data,
                                                           &prepared);
                if (checked.ok())
                    m_added << prepared;
                else
                    m_refused << qMakePair(i, checked.message());
            }
            m_newScans.clear();
        }
        for (StoredAttachment &a : m_added) {
            const Saved stored = repo.storeAttachment(a);
            if (!stored.ok())
                return Error::fromSaved(stored);
            a.info.id = stored.id;
        }
        return {};
    }

    Result<void> doUndo() override
    {
        MatterRepository repo(ledger());
        QString error;
        if (!m_before) // a new record: its scans go with it
            return fromWrite(repo.removeStep(m_after.id, &error), error);
        for (const StoredAttachment &a : std::as_const(m_added))
            if (!repo.removeAttachment(a.info.id, &error))
                return Error::database(error);
        for (const StoredAttachment &a : std::as_const(m_removed)) {
            const Saved stored = repo.storeAttachment(a);
            if (!stored.ok())
                return Error::fromSaved(stored);
        }
        if (m_holdAgain && !repo.removeEarlierMeeting(m_kept.id, &error))
            return Error::database(error);
        return fromWrite(repo.restoreStep(*m_before, &error), error);
    }

private:
    StepRecord m_after;
    QList<qint64> m_removedIds;
    QList<NewScan> m_newScans;
    std::optional<StepRecord> m_before;
    QList<StoredAttachment> m_removed;
    QList<StoredAttachment> m_added;
    QList<QPair<int, QString>> m_refused;
    bool m_holdAgain = false;
    EarlierMeeting m_kept;
};

// Deleting a step's record; undo puts it back with its scans as they were (same ids, no checks).
class RemoveStep : public Command
{
public:
    RemoveStep(Ledger &ledger, const QString &text, qint64 villageId, StepRecord record)
        : Command(ledger, text, Change{Change::Kind::Matters, villageId, {record.matterId}}), m_record(std::move(record))
    {
    }

protected:
    Result<void> doRedo() override
    {
        MatterRepository repo(ledger());
        if (firstRun()) {
            const std::optional<StepRecord> stored = repo.stepById(m_record.id);
            if (!stored)
                return Error::notFound(Command::tr("the record no longer exists"));
            m_record = *stored;
            m_scans = repo.storedAttachments(m_record.id);
            for (const EarlierMeeting &e : repo.earlierMeetings(m_record.matterId))
                if (e.stepId == m_record.id)
                    m_earlier << e;
        }
        QString error;
        return fromWrite(repo.removeStep(m_record.id, &error), error);
    }
    Result<void> doUndo() override
    {
        MatterRepository repo(ledger());
        QString error;
        if (!repo.restoreStep(m_record, &error))
            return Error::database(error);
        for (const StoredAttachment &a : std::as_const(m_scans)) {
            const Saved stored = repo.storeAttachment(a);
            if (!stored.ok())
                return Error::fromSaved(stored);
        }
        for (const EarlierMeeting &e : std::as_const(m_earlier)) {
            const Saved stored = repo.storeEarlierMeeting(e);
            if (!stored.ok())
                return Error::fromSaved(stored);
        }
        return {};
    }

private:
    StepRecord m_record;
    QList<StoredAttachment> m_scans;
    QList<EarlierMeeting> m_earlier; // meetings without quorum held before the one of the record
};

} // namespace

Result<qint64> addMatter(Ledger &ledger, const Matter &matter)
{
    return ledger.history().push(std::make_unique<AddRecord<Matter>>(
        ledger, Command::tr("New matter “%1”").arg(matter.title.trimmed()), matter));
}

Result<void> editMatter(Ledger &ledger, const Matter &matter)
{
    const std::optional<Matter> stored = MatterRepository(ledger).get(matter.id);
    const bool withdrawing = matter.withdrawnOn.isValid() && stored && !stored->withdrawnOn.isValid();
    const QString title = matter.title.trimmed();
    const QString text = withdrawing ? Command::tr("Withdraw “%1”").arg(title) : Command::tr("Edit matter “%1”").arg(title);
    return withoutValue(ledger.history().push(std::make_unique<EditMatter>(ledger, text, matter)));
}

Result<void> removeMatter(Ledger &ledger, qint64 matterId)
{
    const std::optional<Matter> matter = MatterRepository(ledger).get(matterId);
    if (!matter)
        return Error::notFound(Command::tr("the record no longer exists"));
    return withoutValue(ledger.history().push(std::make_unique<DeleteRecord<Matter>>(
        ledger, Command::tr("Delete matter “%1”").arg(matter->title), matterId, matter->villageId)));
}

Result<StepSaved> saveStep(Ledger &ledger, const StepRecord &record, const QList<qint64> &removedScans,
                           const QList<NewScan> &addedScans)
{
    MatterRepository repo(ledger);
    const Matter matter = repo.get(record.matterId).value_or(Matter{});
    const bool isNew = !repo.step(record.matterId, record.step);
    const QString text = (isNew ? Command::tr("Record step %1 of “%2”") : Command::tr("Edit step %1 of “%2”"))
                             .arg(int(record.step))
                             .arg(matter.title);
    auto command = std::make_unique<SaveStep>(ledger, text, matter.villageId, record, removedScans, addedScans);
    const SaveStep *raw = command.get();
    const Result<qint64> id = ledger.history().push(std::move(command));
    if (!id)
        return id.error();
    // The command succeeded, so it is on the history (a failed one is deleted): read what it refused.
    return StepSaved{*id, raw->refused()};
}

Result<StepSaved> holdStepAgain(Ledger &ledger, const StepRecord &record, const QList<qint64> &removedScans,
                                const QList<NewScan> &addedScans)
{
    MatterRepository repo(ledger);
    const Matter matter = repo.get(record.matterId).value_or(Matter{});
    const QString text = Command::tr("Hold step %1 of “%2” again").arg(int(record.step)).arg(matter.title);
    auto command = std::make_unique<SaveStep>(ledger, text, matter.villageId, record, removedScans, addedScans, true);
    const SaveStep *raw = command.get();
    const Result<qint64> id = ledger.history().push(std::move(command));
    if (!id)
        return id.error();
    return StepSaved{*id, raw->refused()};
}

Result<void> removeStep(Ledger &ledger, qint64 stepId)
{
    MatterRepository repo(ledger);
    const std::optional<StepRecord> record = repo.stepById(stepId);
    if (!record)
        return Error::notFound(Command::tr("the record no longer exists"));
    const Matter matter = repo.get(record->matterId).value_or(Matter{});
    return withoutValue(ledger.history().push(std::make_unique<RemoveStep>(
        ledger, Command::tr("Delete step %1 of “%2”").arg(int(record->step)).arg(matter.title), matter.villageId,
        *record)));
}

Result<void> editDeliberationSettings(Ledger &ledger, const DeliberationSettings &settings)
{
    return withoutValue(ledger.history().push(std::make_unique<ChangeSettings>(
        ledger, Command::tr("Change the rules for four deliberations, two disclosures"), [settings](Ledger &l) {
            QString error;
            return fromWrite(SettingsStore(l).setDeliberation(settings, &error), error);
        })));
}

} // namespace tl::edits
