#pragma once

// 四议两公开: the six steps of a major village matter and the counting rules of Chinese law.
// Every ratio is decided in integer arithmetic; no floating point ever decides a vote.

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace tl {

struct Village;


enum class MatterStep {
    PartyProposal = 1,   // 党组织提议 (支委会)
    JointDeliberation,   // 两委会商议
    MembersReview,       // 党员大会审议
    Resolution,          // 村民会议 / 村民代表会议决议
    ResolutionDisclosure,// 决议公开
    ResultDisclosure,    // 实施结果公开
};
constexpr int kStepCount = 6;

enum class ResolutionForm { None = 0, VillagersMeeting, RepresentativesMeeting };

// Status is derived from the recorded steps, never typed.
enum class MatterStatus { Draft, InProgress, Resolved, Disclosing, AwaitingResult, Completed, Rejected, Withdrawn };

// How much of a body must attend a 两委会 (no statute sets it; a setting).
enum class JointQuorum { None = 0, Half, TwoThirds };

namespace counting {
// 以上 includes the number itself: "半数以上 of 10" is 5 or more.
constexpr bool atLeastHalf(qint64 part, qint64 whole) { return whole > 0 && part * 2 >= whole; }
// 过半数 / 超过半数 is strictly more: "过半数 of 10" is 6 or more.
constexpr bool moreThanHalf(qint64 part, qint64 whole) { return whole > 0 && part * 2 > whole; }
// 三分之二以上 includes two thirds exactly.
constexpr bool atLeastTwoThirds(qint64 part, qint64 whole) { return whole > 0 && part * 3 >= whole * 2; }
} // namespace counting

// One recorded step.
struct StepRecord
{
    qint64 id = 0;
    qint64 matterId = 0;
    MatterStep step = MatterStep::PartyProposal;
    QDate date;            // meeting date, or first day of the disclosure
    QString place;
    QString chair;
    QString recorder;
    ResolutionForm form = ResolutionForm::None; // step 4 only
    // Counts: std::nullopt when not recorded.
    std::optional<int> expected;   // 应到 (members with a vote, representatives, adults …)
    std::optional<int> present;    // 实到
    std::optional<int> votesFor;
    std::optional<int> votesAgainst;
    std::optional<int> votesAbstain;
    std::optional<int> householdsExpected; // 村民会议: households of the village
    std::optional<int> householdsPresent;  // …represented at the meeting
    QString summary;       // minutes summary
    QDate disclosureEnd;   // steps 5 and 6
    QStringList channels;  // 公开栏, 村民微信群, 阳光村务平台 …
    QString signedBy;      // 村务监督委员会 member who reviewed the disclosure
    QString supervisionOpinion; // steps 5 and 6: the 村务监督委员会's opinion (监督意见)
    QString townshipAttendee;   // steps 3 and 4: the township cadre who attended (乡镇参会人员)
    bool overridden = false; // recorded out of order on purpose
    QString overrideReason;
};

struct Matter
{
    qint64 id = 0;
    qint64 villageId = 0;
    QString title;
    QString category;      // code, see MatterText::categoryCodes()
    qint64 amountFen = 0;  // 金额 in 分 (shown as 元 with two decimals)
    QString description;
    QString proposer;
    QDate plannedCompletion;
    QDate withdrawnOn;
    QString withdrawnReason;
    QString motionSource;  // 动议事由, a code (see MatterText::motionSources()); empty when not recorded
};

// The verdict of the rules on one meeting.
struct MeetingVerdict
{
    bool votes = false;        // the step takes a vote
    bool quorumKnown = false;  // counts recorded
    bool quorum = false;
    bool passedKnown = false;
    bool passed = false;
    struct Problem
    {
        enum Kind { Quorum, Vote, Counts, Form } kind; // Form: the resolution names no meeting form
        QString text; // translated
    };
    QList<Problem> problems;   // one per broken rule
};

struct DeliberationSettings
{
    JointQuorum jointQuorum = JointQuorum::Half;
    int postWithinDays = 7;     // resolution disclosed within N days of step 4
    int minDisclosureDays = 7;  // disclosure period
    bool workingDays = false;   // count the period in working days (Mon–Fri, less holidays, plus 调休)
    QString holidays;           // the ledger's holiday calendar (WorkCalendar text); empty: the shipped one
    int resultWithinDays = 30;  // result disclosed within M days of planned completion
    int maxAttachmentMb = 20;
};

class MatterText
{
    Q_DECLARE_TR_FUNCTIONS(MatterText)
public:
    static QString step(MatterStep s);
    static QString shortStep(MatterStep s);
    static QString status(MatterStatus s);
    static QStringList categoryCodes();
    static QString category(const QString &code);
    static QString form(ResolutionForm f);
    // 动议事由: why the matter was moved (党员群众建议 / 村干部提议 / 上级党委政府安排).
    static QStringList motionSources(); // codes
    static QString motionSource(const QString &code); // translated; empty for an unknown code
    // The code a text names (the translated text, the code itself, or the Chinese the county
    // templates write); nullopt when it names none. Empty text: an empty code.
    static std::optional<QString> motionSourceFrom(const QString &text);
    // Steps whose meeting a township cadre attends (3 and 4).
    static bool hasTownshipAttendee(MatterStep s) { return s == MatterStep::MembersReview || s == MatterStep::Resolution; }
    static QStringList defaultChannels(); // translated suggestions
};

class Deliberation
{
    Q_DECLARE_TR_FUNCTIONS(Deliberation)
public:
    static bool stepVotes(MatterStep s) { return s == MatterStep::MembersReview || s == MatterStep::Resolution; }
    static bool isMeeting(MatterStep s) { return int(s) <= 4; }
    static bool isDisclosure(MatterStep s) { return int(s) >= 5; }

    // Quorum and pass rules of one meeting (DOMAIN.md §3).
    static MeetingVerdict judge(const StepRecord &record, const DeliberationSettings &settings);
    // Days a disclosure is up, first and last day included; working days skip weekends and the
    // statutory holidays and count the 调休 weekends worked (the shipped calendar, or the ledger's).
    static int disclosureDays(const QDate &from, const QDate &to, bool workingDays);
    static int disclosureDays(const QDate &from, const QDate &to, const DeliberationSettings &settings);
    // The last day of the shortest period that meets the rule, counted the way the settings count.
    static QDate shortestDisclosureEnd(const QDate &from, const DeliberationSettings &settings);
    // The step at which the matter was voted down (3 or 4), if it was.
    static std::optional<MatterStep> rejectedAt(const QList<StepRecord> &steps, const DeliberationSettings &settings);
    // Derived status on a date, from the steps recorded (index = step - 1, nullopt when missing).
    static MatterStatus status(const Matter &matter, const QList<StepRecord> &steps,
                               const DeliberationSettings &settings, const QDate &on);
    // The step the clerk should record next; nullopt when none (done, rejected, withdrawn).
    static std::optional<MatterStep> nextStep(const Matter &matter, const QList<StepRecord> &steps,
                                              const DeliberationSettings &settings);
    // When the next step is due (for the board's "needs action"); invalid when no deadline applies.
    static QDate nextDue(const Matter &matter, const QList<StepRecord> &steps, const DeliberationSettings &settings);
    // Every procedural defect of a matter on a date, translated.
    struct Defect
    {
        QString rule;  // matter.order, matter.quorum, matter.vote_failed, matter.counts, …
        MatterStep step;
        QString detail;
    };
    // With the village's record, the 应到 of each meeting is compared with the body it names
    // (党员大会: party members with a vote; 村民代表会议: representatives; 村民会议: adults and
    // households): a difference is a warning the clerk may have a reason for.
    static QList<Defect> defects(const Matter &matter, const QList<StepRecord> &steps,
                                 const DeliberationSettings &settings, const QDate &on,
                                 const Village *village = nullptr);
};

} // namespace tl
