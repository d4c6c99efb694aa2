#include "matters/MatterRepository.h"

#include "committees/Indicators.h"
#include "storage/Ledger.h"
#include "storage/Settings.h"
#include "storage/SqlUtil.h"
#include "model/VillageRepository.h"

#include <QFileInfo>
#include <QMimeDatabase>

namespace tl {

namespace {
const char *kMatterColumns = "id, village_id, title, category, amount_fen, description, proposer, planned_completion, "
                             "withdrawn_on, withdrawn_reason, motion_source";
const char *kStepColumns = "id, matter_id, step, held_on, place, chair, recorder, form, expected, present, votes_for, "
                           "votes_against, votes_abstain, households_expected, households_present, summary, "
                           "disclosure_end, channels, signed_by, overridden, override_reason, township_attendee, "
                           "supervision_opinion";

Matter matterFrom(const QSqlQuery &q)
{
    Matter m;
    m.id = q.value(0).toLongLong();
    m.villageId = q.value(1).toLongLong();
    m.title = q.value(2).toString();
    m.category = q.value(3).toString();
    m.amountFen = q.value(4).toLongLong();
    m.description = q.value(5).toString();
    m.proposer = q.value(6).toString();
    m.plannedCompletion = sql::toDate(q.value(7));
    m.withdrawnOn = sql::toDate(q.value(8));
    m.withdrawnReason = q.value(9).toString();
    m.motionSource = q.value(10).toString();
    return m;
}

std::optional<int> optInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QVariant fromOpt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

QString formCode(ResolutionForm f)
{
    return f == ResolutionForm::VillagersMeeting       ? QStringLiteral("villagers")
         : f == ResolutionForm::RepresentativesMeeting ? QStringLiteral("representatives")
                                                       : QString(QLatin1String(""));
}

ResolutionForm formFrom(const QString &code)
{
    return code == QLatin1String("villagers")       ? ResolutionForm::VillagersMeeting
         : code == QLatin1String("representatives") ? ResolutionForm::RepresentativesMeeting
                                                     : ResolutionForm::None;
}

// The meeting columns a step and an earlier meeting of it share, in the same order from `at`:
// date, place, chair, recorder, form, the five counts, the two household counts, summary.
void readMeeting(const QSqlQuery &q, int at, StepRecord &r)
{
    r.date = sql::toDate(q.value(at));
    r.place = q.value(at + 1).toString();
    r.chair = q.value(at + 2).toString();
    r.recorder = q.value(at + 3).toString();
    r.form = formFrom(q.value(at + 4).toString());
    r.expected = optInt(q.value(at + 5));
    r.present = optInt(q.value(at + 6));
    r.votesFor = optInt(q.value(at + 7));
    r.votesAgainst = optInt(q.value(at + 8));
    r.votesAbstain = optInt(q.value(at + 9));
    r.householdsExpected = optInt(q.value(at + 10));
    r.householdsPresent = optInt(q.value(at + 11));
    r.summary = q.value(at + 12).toString();
}

StepRecord stepFrom(const QSqlQuery &q)
{
    StepRecord r;
    r.id = q.value(0).toLongLong();
    r.matterId = q.value(1).toLongLong();
    r.step = MatterStep(q.value(2).toInt());
    readMeeting(q, 3, r);
    r.disclosureEnd = sql::toDate(q.value(16));
    const QString channels = q.value(17).toString();
    r.channels = channels.isEmpty() ? QStringList() : channels.split(QLatin1Char('\n'));
    r.signedBy = q.value(18).toString();
    r.overridden = q.value(19).toInt() != 0;
    r.overrideReason = q.value(20).toString();
    r.townshipAttendee = q.value(21).toString();
    r.supervisionOpinion = q.value(22).toString();
    return r;
}

void bindMatter(QSqlQuery &q, const Matter &m)
{
    q.addBindValue(m.villageId);
    q.addBindValue(sql::text(m.title));
    q.addBindValue(sql::text(m.category));
    q.addBindValue(m.amountFen);
    q.addBindValue(sql::text(m.description));
    q.addBindValue(sql::text(m.proposer));
    q.addBindValue(sql::dateText(m.plannedCompletion));
    q.addBindValue(sql::dateText(m.withdrawnOn));
    q.addBindValue(sql::text(m.withdrawnReason));
    q.addBindValue(sql::text(m.motionSource));
}

// The meeting columns as readMeeting() reads them, bound in the same order.
void bindMeeting(QSqlQuery &q, const StepRecord &r)
{
    q.addBindValue(sql::dateText(r.date));
    q.addBindValue(sql::text(r.place));
    q.addBindValue(sql::text(r.chair));
    q.addBindValue(sql::text(r.recorder));
    q.addBindValue(formCode(r.form));
    q.addBindValue(fromOpt(r.expected));
    q.addBindValue(fromOpt(r.present));
    q.addBindValue(fromOpt(r.votesFor));
    q.addBindValue(fromOpt(r.votesAgainst));
    q.addBindValue(fromOpt(r.votesAbstain));
    q.addBindValue(fromOpt(r.householdsExpected));
    q.addBindValue(fromOpt(r.householdsPresent));
    q.addBindValue(sql::text(r.summary));
}

void bindStep(QSqlQuery &q, const StepRecord &r)
{
    q.addBindValue(r.matterId);
    q.addBindValue(int(r.step));
    bindMeeting(q, r);
    q.addBindValue(sql::dateText(r.disclosureEnd));
    q.addBindValue(sql::text(r.channels.join(QLatin1Char('\n'))));
    q.addBindValue(sql::text(r.signedBy));
    q.addBindValue(r.overridden ? 1 : 0);
    q.addBindValue(sql::text(r.overrideReason));
    q.addBindValue(sql::text(r.townshipAttendee));
    q.addBindValue(sql::text(r.supervisionOpinion));
}
} // namespace

QList<Matter> MatterRepository::ofVillage(qint64 villageId) const
{
    QList<Matter> out;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM matter WHERE village_id = ? ORDER BY id").arg(QLatin1String(kMatterColumns)));
    q.addBindValue(villageId);
    if (q.exec())
        while (q.next())
            out << matterFrom(q);
    return out;
}

QList<Matter> MatterRepository::all() const
{
    QList<Matter> out;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM matter ORDER BY id").arg(QLatin1String(kMatterColumns))))
        while (q.next())
            out << matterFrom(q);
    return out;
}

std::optional<Matter> MatterRepository::get(qint64 id) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM matter WHERE id = ?").arg(QLatin1String(kMatterColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return matterFrom(q);
    return std::nullopt;
}

int MatterRepository::count() const
{
    QSqlQuery q(m_ledger.database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM matter")) && q.next())
        return q.value(0).toInt();
    return 0;
}

FieldErrors MatterRepository::validate(Matter &m) const
{
    FieldErrors errors;
    m.title = m.title.trimmed();
    m.proposer = m.proposer.trimmed();
    if (!m.motionSource.isEmpty() && !MatterText::motionSources().contains(m.motionSource))
        errors << FieldError{QStringLiteral("motionSource"), tr("Reason for the motion: choose one from the list")};
    if (m.title.isEmpty())
        errors << FieldError{QStringLiteral("title"), tr("Title: required")};
    else if (m.title.size() > 100)
        errors << FieldError{QStringLiteral("title"), tr("Title: at most 100 characters")};
    if (!MatterText::categoryCodes().contains(m.category))
        errors << FieldError{QStringLiteral("category"), tr("Category: choose one from the list")};
    if (m.amountFen < 0 || m.amountFen > 100'000'000'000'00LL)
        errors << FieldError{QStringLiteral("amount"), tr("Amount: must be between 0 and 10 billion yuan")};
    if (!VillageRepository(m_ledger).get(m.villageId))
        errors << FieldError{QStringLiteral("village"), tr("Village: not found")};
    if (m.withdrawnOn.isValid() && m.withdrawnReason.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("withdrawnReason"), tr("Withdrawal: give the reason")};
    return errors;
}

Saved MatterRepository::insert(Matter m)
{
    Saved saved;
    saved.errors = validate(m);
    if (!saved.ok())
        return saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("INSERT INTO matter (%1) VALUES (?, ?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kMatterColumns)));
            q.addBindValue(m.id > 0 ? QVariant(m.id) : QVariant(QMetaType::fromType<qint64>()));
            bindMatter(q, m);
            if (!sql::exec(q, err))
                return false;
            saved.id = q.lastInsertId().toLongLong();
            return true;
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

Saved MatterRepository::update(Matter m)
{
    Saved saved;
    saved.id = m.id;
    saved.errors = validate(m);
    if (!saved.ok())
        return saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("UPDATE matter SET village_id = ?, title = ?, category = ?, amount_fen = ?, "
                                     "description = ?, proposer = ?, planned_completion = ?, withdrawn_on = ?, "
                                     "withdrawn_reason = ?, motion_source = ? WHERE id = ?"));
            bindMatter(q, m);
            q.addBindValue(m.id);
            return sql::exec(q, err);
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

bool MatterRepository::remove(qint64 id, QString *error)
{
    return sql::removeById(m_ledger, "matter", id, error);
}

std::optional<MatterSnapshot> MatterRepository::snapshot(qint64 id) const
{
    const std::optional<Matter> matter = get(id);
    if (!matter)
        return std::nullopt;
    MatterSnapshot s;
    s.matter = *matter;
    s.steps = steps(id);
    for (const StepRecord &r : std::as_const(s.steps))
        s.attachments << storedAttachments(r.id);
    s.earlierMeetings = earlierMeetings(id);
    return s;
}

bool MatterRepository::restore(const MatterSnapshot &s, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            if (!restoreMatter(s.matter, err))
                return false;
            for (const StepRecord &r : s.steps)
                if (!restoreStep(r, err))
                    return false;
            for (const StoredAttachment &a : s.attachments) {
                const Saved saved = storeAttachment(a);
                if (!saved.ok()) {
                    *err = saved.message();
                    return false;
                }
            }
            for (const EarlierMeeting &m : s.earlierMeetings) {
                const Saved saved = storeEarlierMeeting(m);
                if (!saved.ok()) {
                    *err = saved.message();
                    return false;
                }
            }
            return true;
        },
        error);
}

bool MatterRepository::restoreMatter(const Matter &m, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            // An upsert, not INSERT OR REPLACE: a replace deletes the row first and the delete would
            // cascade to the matter's steps.
            q.prepare(QStringLiteral("INSERT INTO matter (%1) VALUES (?, ?,?,?,?,?,?,?,?,?,?) "
                                     "ON CONFLICT(id) DO UPDATE SET village_id = excluded.village_id, "
                                     "title = excluded.title, category = excluded.category, "
                                     "amount_fen = excluded.amount_fen, description = excluded.description, "
                                     "proposer = excluded.proposer, planned_completion = excluded.planned_completion, "
                                     "withdrawn_on = excluded.withdrawn_on, withdrawn_reason = excluded.withdrawn_reason, "
                                     "motion_source = excluded.motion_source")
                          .arg(QLatin1String(kMatterColumns)));
            q.addBindValue(m.id);
            bindMatter(q, m);
            return sql::exec(q, err);
        },
        error);
}

std::optional<StepRecord> MatterRepository::step(qint64 matterId, MatterStep step) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM matter_step WHERE matter_id = ? AND step = ?").arg(QLatin1String(kStepColumns)));
    q.addBindValue(matterId);
    q.addBindValue(int(step));
    if (q.exec() && q.next())
        return stepFrom(q);
    return std::nullopt;
}

std::optional<StepRecord> MatterRepository::stepById(qint64 stepId) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM matter_step WHERE id = ?").arg(QLatin1String(kStepColumns)));
    q.addBindValue(stepId);
    if (q.exec() && q.next())
        return stepFrom(q);
    return std::nullopt;
}

QList<StepRecord> MatterRepository::steps(qint64 matterId) const
{
    QList<StepRecord> out;
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM matter_step WHERE matter_id = ? ORDER BY step").arg(QLatin1String(kStepColumns)));
    q.addBindValue(matterId);
    if (q.exec())
        while (q.next())
            out << stepFrom(q);
    return out;
}

QHash<qint64, QList<StepRecord>> MatterRepository::allSteps() const
{
    QHash<qint64, QList<StepRecord>> out;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM matter_step ORDER BY matter_id, step").arg(QLatin1String(kStepColumns))))
        while (q.next()) {
            StepRecord r = stepFrom(q);
            QList<StepRecord> &steps = out[r.matterId];
            if (steps.isEmpty())
                steps.reserve(kStepCount); // at most one record per step: the list never grows again
            steps << std::move(r);
        }
    return out;
}

FieldErrors MatterRepository::validateStep(StepRecord &r) const
{
    FieldErrors errors;
    const std::optional<Matter> matter = get(r.matterId);
    if (!matter) {
        errors << FieldError{QStringLiteral("matter"), tr("Matter: not found")};
        return errors;
    }
    const int n = int(r.step);
    if (n < 1 || n > kStepCount) {
        errors << FieldError{QStringLiteral("step"), tr("Step: must be 1 to 6")};
        return errors;
    }
    r.place = r.place.trimmed();
    r.chair = r.chair.trimmed();
    r.recorder = r.recorder.trimmed();
    r.signedBy = r.signedBy.trimmed();
    r.townshipAttendee = r.townshipAttendee.trimmed();
    r.supervisionOpinion = r.supervisionOpinion.trimmed();
    r.overrideReason = r.overrideReason.trimmed();
    r.channels.removeAll(QString());
    if (!r.date.isValid())
        errors << FieldError{QStringLiteral("date"), tr("Date: required")};
    else if (r.date > QDate::currentDate().addYears(1))
        errors << FieldError{QStringLiteral("date"), tr("Date: %1 is too far in the future").arg(r.date.toString(Qt::ISODate))};
    auto nonNegative = [&](const char *field, const QString &label, const std::optional<int> &v) {
        if (v && (*v < 0 || *v > 1'000'000))
            errors << FieldError{QString::fromLatin1(field), tr("%1: must be between 0 and 1,000,000").arg(label)};
    };
    nonNegative("expected", tr("Expected"), r.expected);
    nonNegative("present", tr("Present"), r.present);
    nonNegative("votesFor", tr("Votes for"), r.votesFor);
    nonNegative("votesAgainst", tr("Votes against"), r.votesAgainst);
    nonNegative("votesAbstain", tr("Abstentions"), r.votesAbstain);
    nonNegative("householdsExpected", tr("Households expected"), r.householdsExpected);
    nonNegative("householdsPresent", tr("Households present"), r.householdsPresent);
    if (Deliberation::isDisclosure(r.step)) {
        // Recorded by override, an end before the first day is what the paper record says; the
        // rules find the period too short.
        if (!r.overridden && r.disclosureEnd.isValid() && r.date.isValid() && r.disclosureEnd < r.date)
            errors << FieldError{QStringLiteral("disclosureEnd"), tr("Disclosure end: before the first day")};
        if (r.channels.isEmpty())
            errors << FieldError{QStringLiteral("channels"), tr("Channels: name at least one (e.g. bulletin board)")};
    }
    // Recorded by override, a resolution whose paper record does not name the meeting form is
    // recorded as written; the rules make the missing form a finding.
    if (r.step == MatterStep::Resolution && r.form == ResolutionForm::None && !r.overridden)
        errors << FieldError{QStringLiteral("form"), tr("Meeting form: villagers' meeting or representatives meeting?")};

    // Order. Recording out of order is possible only on purpose, and stays a finding.
    QList<StepRecord> others = steps(r.matterId);
    others.erase(std::remove_if(others.begin(), others.end(), [&](const StepRecord &o) { return o.step == r.step; }),
                 others.end());
    const DeliberationSettings settings = SettingsStore(m_ledger).deliberation();
    if (matter->withdrawnOn.isValid())
        errors << FieldError{QStringLiteral("step"), tr("Step: the matter was withdrawn on %1")
                                                         .arg(matter->withdrawnOn.toString(Qt::ISODate))};
    const std::optional<MatterStep> next = Deliberation::nextStep(*matter, others, settings);
    const std::optional<MatterStep> rejected = Deliberation::rejectedAt(others, settings);
    const bool afterRejection = rejected && int(r.step) > int(*rejected) && r.step != MatterStep::ResolutionDisclosure;
    const bool inOrder = next && (int(r.step) <= int(*next)) && !afterRejection;
    if (!inOrder && !r.overridden && !matter->withdrawnOn.isValid()) {
        if (rejected)
            errors << FieldError{QStringLiteral("step"),
                                 tr("Step: the matter was rejected; only the disclosure of the rejection can follow")};
        else
            errors << FieldError{QStringLiteral("step"),
                                 tr("Step: step %1 comes first (%2); record it, or record this one by override with a "
                                    "reason")
                                     .arg(int(*next))
                                     .arg(MatterText::step(*next))};
    }
    if (r.overridden && r.overrideReason.isEmpty())
        errors << FieldError{QStringLiteral("overrideReason"), tr("Override: give the reason")};
    if (!r.overridden) {
        for (const StepRecord &o : others)
            if (int(o.step) < n && o.date.isValid() && r.date.isValid() && r.date < o.date)
                errors << FieldError{QStringLiteral("date"),
                                     tr("Date: %1 is before step %2 (%3)")
                                         .arg(r.date.toString(Qt::ISODate))
                                         .arg(int(o.step))
                                         .arg(o.date.toString(Qt::ISODate))};
    }
    return errors;
}

Saved MatterRepository::saveStep(StepRecord r)
{
    Saved saved;
    saved.errors = validateStep(r);
    if (!saved.ok())
        return saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("SELECT id FROM matter_step WHERE matter_id = ? AND step = ?"));
            q.addBindValue(r.matterId);
            q.addBindValue(int(r.step));
            if (!sql::exec(q, err))
                return false;
            const qint64 existing = q.next() ? q.value(0).toLongLong() : 0;
            q.finish();
            if (existing) {
                q.prepare(QStringLiteral("UPDATE matter_step SET matter_id = ?, step = ?, held_on = ?, place = ?, "
                                         "chair = ?, recorder = ?, form = ?, expected = ?, present = ?, votes_for = ?, "
                                         "votes_against = ?, votes_abstain = ?, households_expected = ?, "
                                         "households_present = ?, summary = ?, disclosure_end = ?, channels = ?, "
                                         "signed_by = ?, overridden = ?, override_reason = ?, township_attendee = ?, "
                                         "supervision_opinion = ? WHERE id = ?"));
                bindStep(q, r);
                q.addBindValue(existing);
                saved.id = existing;
                return sql::exec(q, err);
            }
            q.prepare(QStringLiteral("INSERT INTO matter_step (%1) VALUES (?, ?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                          .arg(QLatin1String(kStepColumns)));
            q.addBindValue(r.id > 0 ? QVariant(r.id) : QVariant(QMetaType::fromType<qint64>()));
            bindStep(q, r);
            if (!sql::exec(q, err))
                return false;
            saved.id = q.lastInsertId().toLongLong();
            return true;
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

bool MatterRepository::removeStep(qint64 stepId, QString *error)
{
    return sql::removeById(m_ledger, "matter_step", stepId, error);
}

bool MatterRepository::restoreStep(const StepRecord &r, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            // An upsert, not INSERT OR REPLACE: a replace deletes the row first and the delete would
            // cascade to the step's attachments.
            q.prepare(QStringLiteral("INSERT INTO matter_step (%1) VALUES (?, ?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                                     "ON CONFLICT(id) DO UPDATE SET matter_id = excluded.matter_id, step = excluded.step, "
                                     "held_on = excluded.held_on, place = excluded.place, chair = excluded.chair, "
                                     "recorder = excluded.recorder, form = excluded.form, expected = excluded.expected, "
                                     "present = excluded.present, votes_for = excluded.votes_for, "
                                     "votes_against = excluded.votes_against, votes_abstain = excluded.votes_abstain, "
                                     "households_expected = excluded.households_expected, "
                                     "households_present = excluded.households_present, summary = excluded.summary, "
                                     "disclosure_end = excluded.disclosure_end, channels = excluded.channels, "
                                     "signed_by = excluded.signed_by, overridden = excluded.overridden, "
                                     "override_reason = excluded.override_reason, "
                                     "township_attendee = excluded.township_attendee, "
                                     "supervision_opinion = excluded.supervision_opinion")
                          .arg(QLatin1String(kStepColumns)));
            q.addBindValue(r.id);
            bindStep(q, r);
            return sql::exec(q, err);
        },
        error);
}

namespace {
const char *kEarlierSelect = "SELECT e.id, e.step_id, s.matter_id, s.step, e.held_on, e.place, e.chair, e.recorder, "
                             "e.form, e.expected, e.present, e.votes_for, e.votes_against, e.votes_abstain, "
                             "e.households_expected, e.households_present, e.summary, e.township_attendee "
                             "FROM step_meeting e JOIN matter_step s ON s.id = e.step_id ";

EarlierMeeting earlierFrom(const QSqlQuery &q)
{
    EarlierMeeting e;
    e.id = q.value(0).toLongLong();
    e.stepId = q.value(1).toLongLong();
    StepRecord &r = e.meeting;
    r.matterId = q.value(2).toLongLong();
    r.step = MatterStep(q.value(3).toInt());
    readMeeting(q, 4, r);
    r.townshipAttendee = q.value(17).toString();
    return e;
}
} // namespace

QList<EarlierMeeting> MatterRepository::earlierMeetings(qint64 matterId) const
{
    QList<EarlierMeeting> out;
    QSqlQuery q(m_ledger.database());
    q.prepare(QLatin1String(kEarlierSelect) + QStringLiteral("WHERE s.matter_id = ? ORDER BY s.step, e.held_on, e.id"));
    q.addBindValue(matterId);
    if (q.exec())
        while (q.next())
            out << earlierFrom(q);
    return out;
}

QHash<qint64, QList<EarlierMeeting>> MatterRepository::allEarlierMeetings() const
{
    QHash<qint64, QList<EarlierMeeting>> out;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    if (q.exec(QLatin1String(kEarlierSelect) + QStringLiteral("ORDER BY s.matter_id, s.step, e.held_on, e.id")))
        while (q.next()) {
            EarlierMeeting e = earlierFrom(q);
            out[e.meeting.matterId] << e;
        }
    return out;
}

Saved MatterRepository::storeEarlierMeeting(const EarlierMeeting &e)
{
    Saved saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("INSERT INTO step_meeting (id, step_id, held_on, place, chair, recorder, form, expected, "
                                     "present, votes_for, votes_against, votes_abstain, households_expected, "
                                     "households_present, summary, township_attendee) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
            const StepRecord &r = e.meeting;
            q.addBindValue(e.id > 0 ? QVariant(e.id) : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(e.stepId);
            bindMeeting(q, r);
            q.addBindValue(sql::text(r.townshipAttendee));
            if (!sql::exec(q, err))
                return false;
            saved.id = q.lastInsertId().toLongLong();
            return true;
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

bool MatterRepository::removeEarlierMeeting(qint64 id, QString *error)
{
    return sql::removeById(m_ledger, "step_meeting", id, error);
}

QList<AttachmentInfo> MatterRepository::attachments(qint64 stepId) const
{
    QList<AttachmentInfo> out;
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT id, step_id, file_name, mime, size, added_on FROM attachment WHERE step_id = ? "
                             "ORDER BY id"));
    q.addBindValue(stepId);
    if (q.exec())
        while (q.next())
            out << AttachmentInfo{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                  q.value(3).toString(),   q.value(4).toLongLong(), sql::toDate(q.value(5))};
    return out;
}

Saved MatterRepository::checkAttachment(qint64 stepId, const QString &fileName, const QByteArray &data,
                                        StoredAttachment *prepared) const
{
    const DeliberationSettings settings = SettingsStore(m_ledger).deliberation();
    const qint64 limit = qint64(settings.maxAttachmentMb) * 1024 * 1024;
    if (data.isEmpty())
        return Saved::failure(QStringLiteral("file"), tr("Attachment %1: the file is empty").arg(fileName));
    if (data.size() > limit)
        return Saved::failure(QStringLiteral("file"), tr("Attachment %1: %2 MB is larger than the limit of %3 MB")
                                                          .arg(fileName)
                                                          .arg(double(data.size()) / (1024 * 1024), 0, 'f', 1)
                                                          .arg(settings.maxAttachmentMb));
    const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(fileName, data);
    const bool accepted = mime.name().startsWith(QLatin1String("image/")) || mime.inherits(QStringLiteral("application/pdf"));
    if (!accepted)
        return Saved::failure(QStringLiteral("file"),
                              tr("Attachment %1: only scans (images) and PDF files can be attached, this is %2")
                                  .arg(fileName, mime.comment()));
    if (prepared) {
        prepared->info = AttachmentInfo{0, stepId, QFileInfo(fileName).fileName(), mime.name(), qint64(data.size()),
                                        QDate::currentDate()};
        prepared->data = data;
    }
    return Saved();
}

Saved MatterRepository::addAttachment(qint64 stepId, const QString &fileName, const QByteArray &data)
{
    StoredAttachment prepared;
    const Saved checked = checkAttachment(stepId, fileName, data, &prepared);
    if (!checked.ok())
        return checked;
    return storeAttachment(prepared);
}

Saved MatterRepository::storeAttachment(const StoredAttachment &a)
{
    Saved saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("INSERT INTO attachment (id, step_id, file_name, mime, size, data, added_on) "
                                     "VALUES (?,?,?,?,?,?,?)"));
            q.addBindValue(a.info.id > 0 ? QVariant(a.info.id) : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(a.info.stepId);
            q.addBindValue(a.info.fileName);
            q.addBindValue(a.info.mime);
            q.addBindValue(a.info.size);
            q.addBindValue(a.data);
            q.addBindValue(sql::dateText(a.info.added));
            if (!sql::exec(q, err))
                return false;
            saved.id = q.lastInsertId().toLongLong();
            return true;
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

QList<StoredAttachment> MatterRepository::storedAttachments(qint64 stepId) const
{
    QList<StoredAttachment> out;
    for (const AttachmentInfo &a : attachments(stepId))
        out << StoredAttachment{a, attachmentData(a.id)};
    return out;
}

QByteArray MatterRepository::attachmentData(qint64 attachmentId) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT data FROM attachment WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

bool MatterRepository::removeAttachment(qint64 attachmentId, QString *error)
{
    return sql::removeById(m_ledger, "attachment", attachmentId, error);
}

ExpectedCounts MatterRepository::expectedDefaults(qint64 villageId, MatterStep step, ResolutionForm form,
                                                  const QDate &on) const
{
    ExpectedCounts c;
    const std::optional<Village> v = VillageRepository(m_ledger).get(villageId);
    if (!v)
        return c;
    auto positive = [](int n) { return n > 0 ? std::optional<int>(n) : std::nullopt; };
    switch (step) {
    case MatterStep::PartyProposal:
    case MatterStep::JointDeliberation: {
        for (const VillageIndicators &vi : Indicators::compute(m_ledger, on)) {
            if (vi.villageId != villageId)
                continue;
            // 两委会: everyone on either committee once (交叉任职 counted once).
            c.expected = positive(step == MatterStep::PartyProposal ? vi.partySize : vi.members);
        }
        break;
    }
    case MatterStep::MembersReview:
        c.expected = positive(v->partyMembers);
        break;
    case MatterStep::Resolution:
        if (form == ResolutionForm::RepresentativesMeeting) {
            c.expected = positive(v->representatives);
        } else if (form == ResolutionForm::VillagersMeeting) {
            c.expected = positive(v->adults);
            c.householdsExpected = positive(v->households);
        }
        break;
    default:
        break;
    }
    return c;
}

} // namespace tl
