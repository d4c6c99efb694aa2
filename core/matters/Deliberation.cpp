#include "matters/Deliberation.h"
#include "matters/WorkCalendar.h"

#include "model/Domain.h"

namespace tl {

using namespace counting;

QString MatterText::step(MatterStep s)
{
    switch (s) {
    case MatterStep::PartyProposal: return tr("1 Party organisation proposes");
    case MatterStep::JointDeliberation: return tr("2 Two committees deliberate");
    case MatterStep::MembersReview: return tr("3 Party members' meeting reviews");
    case MatterStep::Resolution: return tr("4 Villagers' (representatives') meeting resolves");
    case MatterStep::ResolutionDisclosure: return tr("5 Resolution disclosed");
    case MatterStep::ResultDisclosure: return tr("6 Result disclosed");
    }
    return {};
}

QString MatterText::shortStep(MatterStep s)
{
    switch (s) {
    case MatterStep::PartyProposal: return tr("Proposal");
    case MatterStep::JointDeliberation: return tr("Deliberation");
    case MatterStep::MembersReview: return tr("Review");
    case MatterStep::Resolution: return tr("Resolution");
    case MatterStep::ResolutionDisclosure: return tr("Resolution disclosure");
    case MatterStep::ResultDisclosure: return tr("Result disclosure");
    }
    return {};
}

QString MatterText::status(MatterStatus s)
{
    switch (s) {
    case MatterStatus::Draft: return tr("Draft");
    case MatterStatus::InProgress: return tr("In progress");
    case MatterStatus::Resolved: return tr("Resolved");
    case MatterStatus::Disclosing: return tr("Being disclosed");
    case MatterStatus::AwaitingResult: return tr("Awaiting result disclosure");
    case MatterStatus::Completed: return tr("Completed");
    case MatterStatus::Rejected: return tr("Rejected");
    case MatterStatus::Withdrawn: return tr("Withdrawn");
    }
    return {};
}

QStringList MatterText::categoryCodes()
{
    return {QStringLiteral("decision"), QStringLiteral("project"),      QStringLiteral("funds"),
            QStringLiteral("assets"),   QStringLiteral("land"),         QStringLiteral("compensation"),
            QStringLiteral("welfare"),  QStringLiteral("other")};
}

QString MatterText::category(const QString &code)
{
    if (code == QLatin1String("decision"))
        return tr("Major decision");
    if (code == QLatin1String("project"))
        return tr("Major project");
    if (code == QLatin1String("funds"))
        return tr("Large spending");
    if (code == QLatin1String("assets"))
        return tr("Disposal of collective assets");
    if (code == QLatin1String("land"))
        return tr("Land contracting");
    if (code == QLatin1String("compensation"))
        return tr("Compensation distribution");
    if (code == QLatin1String("welfare"))
        return tr("Public-welfare fund raising");
    return tr("Other");
}

QString MatterText::form(ResolutionForm f)
{
    switch (f) {
    case ResolutionForm::VillagersMeeting: return tr("Villagers' meeting");
    case ResolutionForm::RepresentativesMeeting: return tr("Villagers' representatives meeting");
    case ResolutionForm::None: break;
    }
    return tr("Not stated");
}

QStringList MatterText::motionSources()
{
    return {QStringLiteral("masses"), QStringLiteral("cadres"), QStringLiteral("higher")};
}

QString MatterText::motionSource(const QString &code)
{
    if (code == QLatin1String("masses"))
        return tr("Suggested by party members and villagers");
    if (code == QLatin1String("cadres"))
        return tr("Proposed by village cadres");
    if (code == QLatin1String("higher"))
        return tr("Arranged by the higher party committee and government");
    return {};
}

std::optional<QString> MatterText::motionSourceFrom(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    // The words of the county templates, and the shorter forms clerks write.
    static const QList<QPair<const char *, const char *>> words = {
        {"党员群众建议", "masses"}, {"群众建议", "masses"}, {"党员建议", "masses"}, {"群众提议", "masses"},
        {"村干部提议", "cadres"},   {"村干部建议", "cadres"}, {"两委提议", "cadres"}, {"村两委提议", "cadres"},
        {"上级党委政府安排", "higher"}, {"上级安排", "higher"}, {"上级党委安排", "higher"}, {"上级政府安排", "higher"},
        {"上级党委、政府安排", "higher"},
    };
    for (const QString &code : motionSources())
        if (t == code || t == motionSource(code))
            return code;
    for (const auto &[word, code] : words)
        if (t == QString::fromUtf8(word))
            return QString::fromLatin1(code);
    return std::nullopt;
}

QStringList MatterText::defaultChannels()
{
    return {tr("Bulletin board"), tr("Villagers' WeChat group"), tr("Sunshine village affairs platform")};
}

MeetingVerdict Deliberation::judge(const StepRecord &r, const DeliberationSettings &settings)
{
    MeetingVerdict v;
    v.votes = stepVotes(r.step);
    if (!isMeeting(r.step))
        return v;
    const int expected = r.expected.value_or(0);
    const int present = r.present.value_or(0);
    const bool haveCounts = r.expected.has_value() && r.present.has_value() && expected > 0;

    if (haveCounts && present > expected)
        v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Counts, tr("%1 present but only %2 expected").arg(present).arg(expected)};
    if (v.votes) {
        const int cast = r.votesFor.value_or(0) + r.votesAgainst.value_or(0) + r.votesAbstain.value_or(0);
        if (r.present && cast > present)
            v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Counts, tr("%1 votes cast (for, against, abstain) but only %2 present").arg(cast).arg(present)};
    }

    switch (r.step) {
    case MatterStep::PartyProposal:
        // 支委会: at least half of the committee members present (半数以上).
        if (!haveCounts)
            break;
        v.quorumKnown = true;
        v.quorum = atLeastHalf(present, expected);
        if (!v.quorum)
            v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Quorum, tr("party committee meeting: %1 of %2 members present, fewer than half").arg(present).arg(expected)};
        break;
    case MatterStep::JointDeliberation:
        if (settings.jointQuorum == JointQuorum::None) {
            v.quorumKnown = true;
            v.quorum = true;
            break;
        }
        if (!haveCounts)
            break;
        v.quorumKnown = true;
        if (settings.jointQuorum == JointQuorum::Half) {
            v.quorum = atLeastHalf(present, expected);
            if (!v.quorum)
                v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Quorum, tr("joint meeting: %1 of %2 members present, fewer than half").arg(present).arg(expected)};
        } else {
            v.quorum = atLeastTwoThirds(present, expected);
            if (!v.quorum)
                v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Quorum, tr("joint meeting: %1 of %2 members present, fewer than two thirds").arg(present).arg(expected)};
        }
        break;
    case MatterStep::MembersReview:
        // 支部工作条例 §11: half of the voting members present; passed only with votes for MORE than
        // half of the voting members EXPECTED, not of those present.
        if (!haveCounts)
            break;
        v.quorumKnown = true;
        v.quorum = atLeastHalf(present, expected);
        if (!v.quorum)
            v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Quorum, tr("party members' meeting: %1 of %2 voting members present, fewer than half")
                              .arg(present)
                              .arg(expected)};
        if (r.votesFor) {
            v.passedKnown = true;
            v.passed = v.quorum && moreThanHalf(*r.votesFor, expected);
            if (!moreThanHalf(*r.votesFor, expected))
                v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Vote, tr("party members' meeting: %1 votes for is not more than half of the %2 voting members")
                                  .arg(*r.votesFor)
                                  .arg(expected)};
        }
        break;
    case MatterStep::Resolution:
        if (r.form == ResolutionForm::None) {
            v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Form, tr("the resolution does not say whether a villagers' meeting or a representatives meeting "
                             "decided")};
            break;
        }
        if (r.form == ResolutionForm::RepresentativesMeeting) {
            // 村民委员会组织法 §26: two thirds of the representatives present; passes with more than
            // half of those present.
            if (!haveCounts)
                break;
            v.quorumKnown = true;
            v.quorum = atLeastTwoThirds(present, expected);
            if (!v.quorum)
                v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Quorum, tr("representatives meeting: %1 of %2 representatives present, fewer than two thirds")
                                  .arg(present)
                                  .arg(expected)};
        } else {
            // §22: more than half of the adult villagers, or two thirds of the households.
            const bool adults = haveCounts && moreThanHalf(present, expected);
            const bool households = r.householdsExpected && r.householdsPresent && *r.householdsExpected > 0 &&
                                    atLeastTwoThirds(*r.householdsPresent, *r.householdsExpected);
            if (!haveCounts && !(r.householdsExpected && r.householdsPresent))
                break;
            v.quorumKnown = true;
            v.quorum = adults || households;
            if (!v.quorum)
                v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Quorum, tr("villagers' meeting: neither more than half of the adults (%1 of %2) nor two thirds "
                                 "of the households (%3 of %4) attended")
                                  .arg(present)
                                  .arg(expected)
                                  .arg(r.householdsPresent.value_or(0))
                                  .arg(r.householdsExpected.value_or(0))};
        }
        if (r.votesFor && r.present) {
            v.passedKnown = true;
            const bool majority = moreThanHalf(*r.votesFor, present);
            v.passed = v.quorumKnown && v.quorum && majority;
            if (!majority)
                v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Vote, tr("resolution: %1 votes for is not more than half of the %2 present")
                                  .arg(*r.votesFor)
                                  .arg(present)};
        }
        break;
    default:
        break;
    }
    if (isMeeting(r.step) && !haveCounts && !(r.step == MatterStep::JointDeliberation &&
                                              settings.jointQuorum == JointQuorum::None)) {
        if (!(r.step == MatterStep::Resolution && r.form == ResolutionForm::VillagersMeeting &&
              r.householdsExpected && r.householdsPresent))
            v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Counts, tr("expected and present counts are not recorded, so the quorum cannot be checked")};
    }
    if (v.votes && !r.votesFor && r.step != MatterStep::Resolution)
        v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Counts, tr("the vote is not recorded")};
    if (r.step == MatterStep::Resolution && r.form != ResolutionForm::None && !r.votesFor)
        v.problems << MeetingVerdict::Problem{MeetingVerdict::Problem::Counts, tr("the vote is not recorded")};
    return v;
}

int Deliberation::disclosureDays(const QDate &from, const QDate &to, bool workingDays)
{
    DeliberationSettings s;
    s.workingDays = workingDays;
    return disclosureDays(from, to, s);
}

int Deliberation::disclosureDays(const QDate &from, const QDate &to, const DeliberationSettings &settings)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    if (!settings.workingDays)
        return int(from.daysTo(to)) + 1;
    return WorkCalendar::of(settings.holidays)->workingDays(from, to);
}

QDate Deliberation::shortestDisclosureEnd(const QDate &from, const DeliberationSettings &settings)
{
    const int days = std::max(1, settings.minDisclosureDays);
    if (!settings.workingDays)
        return from.addDays(days - 1);
    return WorkCalendar::of(settings.holidays)->lastOfWorkingDays(from, days);
}

namespace {
const StepRecord *find(const QList<StepRecord> &steps, MatterStep s)
{
    for (const StepRecord &r : steps)
        if (r.step == s)
            return &r;
    return nullptr;
}

// A meeting without quorum decided nothing (会议无效，应重新召开): the matter stays at its step
// and the meeting must be held again. It is not a rejection.
bool voidMeeting(const StepRecord &r, const DeliberationSettings &settings)
{
    if (!Deliberation::isMeeting(r.step))
        return false;
    const MeetingVerdict v = Deliberation::judge(r, settings);
    return v.quorumKnown && !v.quorum;
}

// The step at which the matter was voted down, if any: a vote held with quorum that did not pass.
const StepRecord *rejection(const QList<StepRecord> &steps, const DeliberationSettings &settings)
{
    for (MatterStep s : {MatterStep::MembersReview, MatterStep::Resolution}) {
        if (const StepRecord *r = find(steps, s)) {
            const MeetingVerdict v = Deliberation::judge(*r, settings);
            if (v.passedKnown && !v.passed && v.quorumKnown && v.quorum)
                return r;
        }
    }
    return nullptr;
}
} // namespace

std::optional<MatterStep> Deliberation::rejectedAt(const QList<StepRecord> &steps, const DeliberationSettings &settings)
{
    if (const StepRecord *r = rejection(steps, settings))
        return r->step;
    return std::nullopt;
}

MatterStatus Deliberation::status(const Matter &m, const QList<StepRecord> &steps, const DeliberationSettings &settings,
                                  const QDate &on)
{
    if (m.withdrawnOn.isValid())
        return MatterStatus::Withdrawn;
    if (rejection(steps, settings))
        return MatterStatus::Rejected;
    if (steps.isEmpty())
        return MatterStatus::Draft;
    if (find(steps, MatterStep::ResultDisclosure))
        return MatterStatus::Completed;
    if (const StepRecord *d = find(steps, MatterStep::ResolutionDisclosure)) {
        if (!d->disclosureEnd.isValid() || on <= d->disclosureEnd)
            return MatterStatus::Disclosing;
        return MatterStatus::AwaitingResult;
    }
    if (const StepRecord *r = find(steps, MatterStep::Resolution)) {
        const MeetingVerdict v = judge(*r, settings);
        if (v.passedKnown && v.passed)
            return MatterStatus::Resolved;
    }
    return MatterStatus::InProgress;
}

std::optional<MatterStep> Deliberation::nextStep(const Matter &m, const QList<StepRecord> &steps,
                                                 const DeliberationSettings &settings)
{
    if (m.withdrawnOn.isValid())
        return std::nullopt;
    if (rejection(steps, settings)) {
        // The rejection itself must still be disclosed.
        if (!find(steps, MatterStep::ResolutionDisclosure))
            return MatterStep::ResolutionDisclosure;
        return std::nullopt;
    }
    for (int i = 1; i <= kStepCount; ++i) {
        const StepRecord *r = find(steps, MatterStep(i));
        if (!r || voidMeeting(*r, settings))
            return MatterStep(i); // missing, or held without quorum: hold it (again)
    }
    return std::nullopt;
}

QDate Deliberation::nextDue(const Matter &m, const QList<StepRecord> &steps, const DeliberationSettings &settings)
{
    const std::optional<MatterStep> next = nextStep(m, steps, settings);
    if (!next)
        return {};
    if (*next == MatterStep::ResolutionDisclosure) {
        const StepRecord *decided = rejection(steps, settings);
        if (!decided)
            decided = find(steps, MatterStep::Resolution);
        return decided && decided->date.isValid() ? decided->date.addDays(settings.postWithinDays) : QDate();
    }
    if (*next == MatterStep::ResultDisclosure && m.plannedCompletion.isValid())
        return m.plannedCompletion.addDays(settings.resultWithinDays);
    return {};
}

namespace {

// 应到 against the village record: the body a meeting counts is on file, and a different number
// is either a typing error or a change the village record has not caught up with.
QList<Deliberation::Defect> expectedDefects(const StepRecord &r, const Village &village)
{
    QList<Deliberation::Defect> out;
    const int i = int(r.step);
    auto compare = [&](std::optional<int> recorded, int onFile, const QString &body) {
        if (recorded && onFile > 0 && *recorded != onFile)
            out << Deliberation::Defect{QStringLiteral("matter.expected_mismatch"), r.step,
                                        Deliberation::tr("step %1: %2 expected at the meeting, but the village record "
                                                         "has %3 %4")
                                            .arg(i)
                                            .arg(*recorded)
                                            .arg(onFile)
                                            .arg(body)};
    };
    if (r.step == MatterStep::MembersReview) {
        compare(r.expected, village.partyMembers, Deliberation::tr("party members with a vote"));
    } else if (r.step == MatterStep::Resolution && r.form == ResolutionForm::RepresentativesMeeting) {
        compare(r.expected, village.representatives, Deliberation::tr("villager representatives"));
    } else if (r.step == MatterStep::Resolution && r.form == ResolutionForm::VillagersMeeting) {
        compare(r.expected, village.adults, Deliberation::tr("adult villagers"));
        compare(r.householdsExpected, village.households, Deliberation::tr("households"));
    }
    return out;
}

} // namespace

QList<Deliberation::Defect> Deliberation::defects(const Matter &m, const QList<StepRecord> &steps,
                                                  const DeliberationSettings &settings, const QDate &on,
                                                  const Village *village)
{
    QList<Defect> out;
    const StepRecord *rejected = rejection(steps, settings);
    const int rejectedAt = rejected ? int(rejected->step) : 0;

    const StepRecord *previous = nullptr;
    for (int i = 1; i <= kStepCount; ++i) {
        const StepRecord *r = find(steps, MatterStep(i));
        if (!r)
            continue;
        const MatterStep s = MatterStep(i);
        // Order: every earlier step must be there (after a rejection only the disclosure follows).
        if (rejectedAt && i > rejectedAt && s != MatterStep::ResolutionDisclosure) {
            out << Defect{QStringLiteral("matter.after_rejection"), s,
                          tr("step %1 is recorded although the matter was rejected at step %2").arg(i).arg(rejectedAt)};
        } else {
            const int required = (rejectedAt && s == MatterStep::ResolutionDisclosure) ? rejectedAt : i - 1;
            for (int j = 1; j <= required; ++j) {
                const StepRecord *earlier = find(steps, MatterStep(j));
                if (earlier && voidMeeting(*earlier, settings)) {
                    out << Defect{QStringLiteral("matter.order"), s,
                                  tr("step %1 is recorded but the meeting of step %2 had no quorum and was not held again")
                                      .arg(i)
                                      .arg(j)};
                    break;
                }
                if (!earlier) {
                    out << Defect{QStringLiteral("matter.order"), s,
                                  r->overridden ? tr("step %1 was recorded before step %2 by override: %3")
                                                      .arg(i)
                                                      .arg(j)
                                                      .arg(r->overrideReason.isEmpty() ? tr("no reason given")
                                                                                       : r->overrideReason)
                                                : tr("step %1 is recorded but step %2 is missing").arg(i).arg(j)};
                    break;
                }
            }
        }
        if (previous && r->date.isValid() && previous->date.isValid() && r->date < previous->date)
            out << Defect{QStringLiteral("matter.order"), s,
                          tr("step %1 is dated %2, before step %3 (%4)")
                              .arg(i)
                              .arg(r->date.toString(Qt::ISODate))
                              .arg(int(previous->step))
                              .arg(previous->date.toString(Qt::ISODate))};
        previous = r;

        if (isMeeting(s)) {
            const MeetingVerdict v = judge(*r, settings);
            const bool noQuorum = v.quorumKnown && !v.quorum;
            for (const MeetingVerdict::Problem &p : v.problems) {
                // Without quorum the vote is void: not a failed vote, a meeting to hold again.
                if (noQuorum && p.kind == MeetingVerdict::Problem::Vote)
                    continue;
                const char *rule = p.kind == MeetingVerdict::Problem::Quorum ? "matter.quorum"
                                 : p.kind == MeetingVerdict::Problem::Vote   ? "matter.vote_failed"
                                 : p.kind == MeetingVerdict::Problem::Form   ? "matter.form_missing"
                                                                             : "matter.counts";
                out << Defect{QString::fromLatin1(rule), s,
                              p.kind == MeetingVerdict::Problem::Quorum
                                  ? tr("%1: the meeting is void, hold it again").arg(p.text)
                                  : p.text};
            }
            if (village)
                out += expectedDefects(*r, *village);
        } else {
            const int days = disclosureDays(r->date, r->disclosureEnd, settings);
            if (!r->disclosureEnd.isValid())
                out << Defect{QStringLiteral("matter.disclosure_short"), s,
                              tr("step %1: the end of the disclosure period is not recorded").arg(i)};
            else if (days < settings.minDisclosureDays)
                out << Defect{QStringLiteral("matter.disclosure_short"), s,
                              (settings.workingDays ? tr("step %1: disclosed for %2 working days, at least %3 required")
                                                    : tr("step %1: disclosed for %2 days, at least %3 required"))
                                  .arg(i)
                                  .arg(days)
                                  .arg(settings.minDisclosureDays)};
            if (r->signedBy.trimmed().isEmpty())
                out << Defect{QStringLiteral("matter.unsigned"), s,
                              tr("step %1: no supervision committee member signed the disclosure").arg(i)};
        }
    }

    // Disclosures that are late or missing.
    const StepRecord *decided = rejected ? rejected : find(steps, MatterStep::Resolution);
    const bool decidedValid = rejected || (decided && judge(*decided, settings).passed);
    if (decided && decidedValid && decided->date.isValid() && !m.withdrawnOn.isValid()) {
        const QDate due = decided->date.addDays(settings.postWithinDays);
        const StepRecord *disclosure = find(steps, MatterStep::ResolutionDisclosure);
        if (disclosure && disclosure->date.isValid() && disclosure->date > due)
            out << Defect{QStringLiteral("matter.disclosure_late"), MatterStep::ResolutionDisclosure,
                          tr("the %1 of %2 was disclosed on %3, later than %4 days after it")
                              .arg(rejected ? tr("rejection") : tr("resolution"), decided->date.toString(Qt::ISODate),
                                   disclosure->date.toString(Qt::ISODate))
                              .arg(settings.postWithinDays)};
        if (!disclosure && on > due)
            out << Defect{QStringLiteral("matter.disclosure_missing"), MatterStep::ResolutionDisclosure,
                          tr("the %1 of %2 has not been disclosed (due by %3)")
                              .arg(rejected ? tr("rejection") : tr("resolution"), decided->date.toString(Qt::ISODate),
                                   due.toString(Qt::ISODate))};
    }
    if (!rejected && !m.withdrawnOn.isValid() && m.plannedCompletion.isValid() &&
        !find(steps, MatterStep::ResultDisclosure)) {
        const QDate due = m.plannedCompletion.addDays(settings.resultWithinDays);
        if (on > due && decided && decidedValid)
            out << Defect{QStringLiteral("matter.result_missing"), MatterStep::ResultDisclosure,
                          tr("implementation was planned to finish on %1; the result is not disclosed (due by %2)")
                              .arg(m.plannedCompletion.toString(Qt::ISODate), due.toString(Qt::ISODate))};
    }
    return out;
}

} // namespace tl
