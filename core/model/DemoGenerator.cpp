#include "model/DemoGenerator.h"

#include "storage/DeferredIndexes.h"

#include "committees/CommitteeRepository.h"
#include "disclosures/Disclosures.h"
#include "grids/GridProposal.h"
#include "grids/HouseholdRepository.h"
#include "storage/DeferredAudit.h"
#include "storage/Ledger.h"
#include "matters/MatterRepository.h"
#include "committees/PersonRepository.h"
#include "committees/ReserveRepository.h"
#include "storage/Settings.h"
#include "model/VillageRepository.h"

#include <QRandomGenerator>
#include <QSet>

namespace tl {

namespace {

const QStringList kSurnames = QStringLiteral(
    "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧 程 曹 袁 邓 许 傅 沈 曾 彭 吕")
                                  .split(QLatin1Char(' '));
const QStringList kMaleGiven = QStringLiteral(
    "建国 建军 国强 志强 永刚 海涛 明亮 卫东 红军 立新 振华 庆丰 宝山 福生 德胜 俊杰 文斌 家豪 浩然 子轩 "
    "春生 秋实 长青 连喜 金贵 玉林 树森 广才 有田 世杰 学文 学武 国华 新民 东升 成林 占山 景涛 鹏飞 宇航")
                                   .split(QLatin1Char(' '));
const QStringList kFemaleGiven = QStringLiteral(
    "秀英 桂兰 玉梅 淑珍 丽娟 春燕 海燕 红霞 晓燕 美玲 静 敏 丽 艳 娜 婷婷 雪梅 凤英 翠花 金凤 "
    "玉兰 月娥 秀云 巧云 慧敏 欣怡 思雨 佳琪 文静 晓红")
                                     .split(QLatin1Char(' '));
const QStringList kVillageStems = QStringLiteral(
    "王家庄 李家洼 东岭 西河 石桥 柳沟 杏园 枣林 南坪 北坡 双山 后湖 前营 大田 小岔 青龙 白马 红石 黄土岭 "
    "马家河 张家坪 赵庄 刘集 孙楼 陈湾 杨树沟 桃花峪 梨园 松林 竹溪 龙泉 凤凰 卧牛 金鸡 银杏 长岭 高桥 新庄 "
    "古城 河口")
                                      .split(QLatin1Char(' '));
const QStringList kVillageRanks = {QString(), QStringLiteral("东"), QStringLiteral("西"), QStringLiteral("南"),
                                   QStringLiteral("北"), QStringLiteral("上"), QStringLiteral("下")};
const QString kRegion = QStringLiteral("371321"); // a real county code; any region is accepted

struct Generator
{
    QRandomGenerator rng;
    QSet<QString> usedIds;
    QSet<QString> usedNames;

    int between(int lo, int hi) { return lo + int(rng.bounded(hi - lo + 1)); }
    bool chance(int percent) { return int(rng.bounded(100)) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(int(rng.bounded(int(list.size())))); }

    QString personName(Gender g)
    {
        for (int tries = 0; tries < 50; ++tries) {
            const QString name = pick(kSurnames) + pick(g == Gender::Female ? kFemaleGiven : kMaleGiven);
            if (!usedNames.contains(name) || tries > 40) {
                usedNames.insert(name);
                return name;
            }
        }
        return pick(kSurnames) + pick(kMaleGiven);
    }

    QString idNumber(const QDate &birth, Gender g)
    {
        for (;;) {
            int seq = between(1, 499) * 2 + (g == Gender::Male ? 1 : 0);
            if (seq > 999)
                seq -= 2;
            const QString body = kRegion + birth.toString(QStringLiteral("yyyyMMdd")) +
                                 QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
            const QString id = body + Validators::idNumberCheckChar(body);
            if (!usedIds.contains(id)) {
                usedIds.insert(id);
                return id;
            }
        }
    }

    QString mobile()
    {
        static const int prefixes[] = {133, 135, 136, 137, 138, 139, 150, 151, 152, 157, 158, 159, 176, 177, 180,
                                       181, 182, 186, 187, 188, 189, 199};
        return QStringLiteral("%1%2").arg(prefixes[rng.bounded(int(std::size(prefixes)))])
            .arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
    }

    QString creditCode(int index)
    {
        const QString &alphabet = Validators::creditCodeAlphabet();
        QString body = QStringLiteral("54") + kRegion + QStringLiteral("MJ");
        body += QStringLiteral("%1").arg(index % 1000, 3, 10, QLatin1Char('0'));
        while (body.size() < 17)
            body += alphabet.at(int(rng.bounded(int(alphabet.size()))));
        return body + Validators::creditCodeCheckChar(body);
    }

    Education education(int age)
    {
        // Younger cadres are better educated; overall about two thirds have 大专 or more.
        const int r = between(0, 99);
        if (age <= 40)
            return r < 8 ? Education::Postgraduate : r < 45 ? Education::Bachelor : r < 85 ? Education::College
                                                                                           : Education::SecondaryOrHigh;
        return r < 15 ? Education::Bachelor : r < 62 ? Education::College : r < 88 ? Education::SecondaryOrHigh
                                                                                  : Education::JuniorOrBelow;
    }
};


struct MatterTemplate
{
    const char *category;
    const char *title;
    qint64 amountYuan;
};
const MatterTemplate kMatterTemplates[] = {
    {"land", "村集体机动地发包方案", 0},
    {"project", "村内主干道路硬化工程", 860000},
    {"funds", "购置村委会办公及便民服务设备", 126000},
    {"assets", "闲置小学校舍对外出租", 0},
    {"compensation", "高速公路征地补偿款分配方案", 2350000},
    {"welfare", "自来水管网改造一事一议筹资筹劳", 180000},
    {"decision", "修订村规民约", 0},
    {"project", "村级光伏发电项目合作", 450000},
    {"assets", "村集体经营性厂房租赁续约", 0},
    {"project", "高标准农田建设配套工程", 1200000},
    {"funds", "村卫生室改造提升", 98000},
    {"decision", "村集体经济合作社股份量化方案", 0},
};

// Writes one matter with its steps up to `upTo` (0 = draft). Planted defects by `flaw`:
// 1 party committee without quorum, 2 representatives meeting rejects, 3 disclosure too short and
// unsigned, 4 disclosure late, 5 result never disclosed, 6 withdrawn.
bool demoMatter(Ledger &ledger, Generator &g, const Village &v, int partySize, int members, int upTo, int flaw,
                const QDate &today, int index, QString *err)
{
    MatterRepository matters(ledger);
    const MatterTemplate &t = kMatterTemplates[index % int(std::size(kMatterTemplates))];
    Matter m;
    m.villageId = v.id;
    m.title = QString::fromUtf8(t.title);
    m.category = QString::fromLatin1(t.category);
    m.amountFen = t.amountYuan * 100;
    m.proposer = QStringLiteral("村党支部");
    m.description = QStringLiteral("经村党支部提议，按照“四议两公开”程序办理。");
    // Matters further along started longer ago.
    QDate date = today.addDays(-(upTo * 12 + g.between(5, 40)));
    if (upTo >= 6)
        date = date.addDays(-g.between(30, 120));
    // Matters still in their meetings are recent, so their deadlines have not passed yet.
    const bool recent = upTo <= 5 && flaw == 0;
    if (recent)
        date = today.addDays(-(std::min(upTo, 4) * 3 + (upTo == 5 ? 4 : 1)));
    m.plannedCompletion = date.addDays(upTo >= 5 ? upTo * 12 + g.between(10, 40) : 200);
    if (flaw == 5)
        m.plannedCompletion = today.addDays(-70);
    const Saved sm = matters.insert(m);
    if (!sm.ok()) {
        *err = sm.message();
        return false;
    }
    QDate last = date; // the day of the latest step: disclosures count from it
    auto meeting = [&](MatterStep step, int expected, int present, std::optional<int> votesFor) -> bool {
        StepRecord r;
        r.matterId = sm.id;
        r.step = step;
        r.date = date;
        r.place = QStringLiteral("村党群服务中心会议室");
        r.chair = QStringLiteral("村党支部书记");
        r.recorder = QStringLiteral("村文书");
        r.expected = expected;
        r.present = present;
        if (votesFor) {
            r.votesFor = *votesFor;
            r.votesAgainst = std::max(0, (present - *votesFor) / 2);
            r.votesAbstain = present - *votesFor - *r.votesAgainst;
        }
        if (step == MatterStep::Resolution)
            r.form = ResolutionForm::RepresentativesMeeting;
        r.summary = QStringLiteral("与会人员充分讨论，形成会议记录。");
        const Saved s = matters.saveStep(r);
        if (!s.ok())
            *err = s.message();
        last = date;
        date = date.addDays(recent ? g.between(3, 4) : g.between(3, 9));
        return s.ok();
    };
    auto disclosure = [&](MatterStep step, int days, bool signedOff, int delay) -> bool {
        StepRecord r;
        r.matterId = sm.id;
        r.step = step;
        r.date = last.addDays(delay);
        r.disclosureEnd = r.date.addDays(days - 1);
        r.channels = QStringList{QStringLiteral("公开栏"), QStringLiteral("村民微信群")};
        if (signedOff)
            r.signedBy = QStringLiteral("村务监督委员会主任");
        r.summary = QStringLiteral("公开期间未收到异议。");
        const Saved s = matters.saveStep(r);
        if (!s.ok())
            *err = s.message();
        last = r.disclosureEnd.addDays(g.between(5, 30));
        return s.ok();
    };
    if (upTo >= 1) {
        const int present = flaw == 1 ? std::max(1, partySize / 2 - 1) : partySize - g.between(0, 1);
        if (!meeting(MatterStep::PartyProposal, partySize, present, std::nullopt))
            return false;
        // Without quorum the meeting decided nothing: the matter waits for it to be held again.
        if (flaw == 1)
            return true;
    }
    if (upTo >= 2 && !meeting(MatterStep::JointDeliberation, members, members - g.between(0, 1), std::nullopt))
        return false;
    if (upTo >= 3) {
        const int expected = std::max(v.partyMembers, 8);
        const int present = expected * g.between(70, 92) / 100;
        if (!meeting(MatterStep::MembersReview, expected, present, expected / 2 + 1 + g.between(0, present - expected / 2 - 1)))
            return false;
    }
    if (upTo >= 4) {
        const int expected = std::max(v.representatives, 20);
        const int present = expected * g.between(75, 95) / 100;
        const int votes = flaw == 2 ? present / 2 - 1 : present * g.between(78, 96) / 100;
        if (!meeting(MatterStep::Resolution, expected, present, votes))
            return false;
        if (upTo == 4 && flaw != 2)
            return true;
    }
    if (upTo >= 5 && !disclosure(MatterStep::ResolutionDisclosure, flaw == 3 ? 4 : 7 + g.between(0, 3), flaw != 3,
                                  flaw == 4 ? 16 : g.between(1, 3)))
        return false;
    if (upTo >= 6 && !disclosure(MatterStep::ResultDisclosure, 7 + g.between(0, 3), true, g.between(1, 5)))
        return false;
    if (flaw == 6) {
        m.id = sm.id;
        m.withdrawnOn = last.addDays(10);
        m.withdrawnReason = QStringLiteral("上级政策调整，项目暂缓");
        const Saved w = matters.update(m);
        if (!w.ok()) {
            *err = w.message();
            return false;
        }
    }
    return true;
}

QString chineseNumber(int n)
{
    static const QStringList digits = QStringLiteral("零 一 二 三 四 五 六 七 八 九").split(QLatin1Char(' '));
    if (n < 10)
        return digits.at(n);
    if (n < 20)
        return QStringLiteral("十") + (n % 10 ? digits.at(n % 10) : QString());
    return digits.at(n / 10) + QStringLiteral("十") + (n % 10 ? digits.at(n % 10) : QString());
}

// Households of a village, its grid staff and grids. Flaws: 8 no grids at all, 9 an oversized grid
// and some households left out, 10 a grid without a leader.
bool demoHouseholds(Ledger &ledger, Generator &g, const Village &v, int count, int flaw, const QDate &today,
                    DeferredAudit &householdAudit, QString *err)
{
    PersonRepository people(ledger);
    QList<Household> households;
    households.reserve(count);
    static const QStringList tagPool = HouseholdText::tagCodes();
    for (int i = 0; i < count; ++i) {
        Household h;
        h.villageId = v.id;
        const Gender gender = g.chance(88) ? Gender::Male : Gender::Female;
        h.headName = g.personName(gender);
        const int age = g.between(28, 86);
        const QDate birth = QDate(today.year() - age, g.between(1, 12), g.between(1, 28));
        h.headIdNumber = g.idNumber(birth, gender);
        const int group = 1 + i * std::max(1, v.groups) / std::max(1, count);
        h.group = QStringLiteral("第%1村民小组").arg(chineseNumber(group));
        h.address = QStringLiteral("%1%2组%3号").arg(v.name).arg(group).arg(g.between(1, 120));
        h.people = g.between(1, 6);
        if (g.chance(75))
            h.phone = g.mobile();
        if (g.chance(12))
            h.tags << tagPool.at(g.between(0, int(tagPool.size()) - 1));
        if (age > 72 && g.chance(30))
            h.tags << QStringLiteral("elderly");
        households << h;
    }
    // Already inside the demo's one transaction: the bulk paths that open no savepoint of their own.
    HouseholdRepository householdRepo(ledger);
    int failedAt = -1;
    if (flaw == 8 || count == 0)
        return householdRepo.insertManyInWrite(households, err, &failedAt) // no grids set up yet
            && householdAudit.flush(err);
    // Grid workers: group leaders and volunteers, about one per ten households.
    const GridSettings settings = SettingsStore(ledger).grid();
    // Each grid rounds its staff up, so allow two spare per group.
    const int workers = (count + settings.perWorker - 1) / settings.perWorker + 2 * std::max(1, v.groups);
    QList<Person> staff;
    staff.reserve(workers);
    for (int i = 0; i < workers; ++i) {
        Person p;
        p.villageId = v.id;
        const Gender gender = g.chance(45) ? Gender::Female : Gender::Male;
        p.gender = gender;
        p.name = g.personName(gender);
        const int age = g.between(30, 62);
        p.birthDate = QDate(today.year() - age, g.between(1, 12), g.between(1, 28));
        p.idNumber = g.idNumber(p.birthDate, gender);
        p.political = g.chance(40) ? PoliticalStatus::PartyMember : PoliticalStatus::Masses;
        p.education = g.education(age);
        p.phone = g.mobile();
        p.note = QStringLiteral("网格员");
        staff << p;
    }
    if (!people.insertManyInWrite(staff, err))
        return false;
    // What "Propose grids" plans for a village without grids, planned before the households are
    // written (a household is known here by its place in the list): each household is then
    // written once, with its grid and 网格员, as an import with a grid column writes it — not
    // written and then assigned, which would add two changes per household to the audit trail.
    QList<GridProposal::HouseholdSlot> slots;
    slots.reserve(households.size());
    for (int i = 0; i < households.size(); ++i)
        slots << GridProposal::HouseholdSlot{i, households.at(i).group};
    QList<qint64> committee, others;
    GridProposal::staff(ledger, v.id, today, &committee, &others);
    GridProposalPlan plan = GridProposal::plan(v.id, slots, committee, others, settings);
    if (flaw == 9 && plan.grids.size() >= 3) {
        // Three grids merged by hand into one far too big, and a few households never assigned.
        ProposedGrid &a = plan.grids[0];
        for (int k = 0; k < 2; ++k) {
            const ProposedGrid b = plan.grids.takeAt(1);
            a.households += b.households;
            a.workerOf += b.workerOf;
            for (qint64 w : b.workers)
                if (!a.workers.contains(w))
                    a.workers << w;
        }
        const int leave = std::min<int>(7, int(a.households.size()) - 1);
        a.households.resize(a.households.size() - leave);
        a.workerOf.resize(a.households.size());
    }
    if (flaw == 10 && !plan.grids.isEmpty())
        plan.grids.last().leaderId = 0;
    GridRepository grids(ledger);
    for (const ProposedGrid &p : plan.grids) {
        Grid grid;
        grid.villageId = plan.villageId;
        grid.name = p.name;
        grid.code = p.code;
        grid.leaderId = p.leaderId;
        grid.workers = p.workers;
        grid.area = p.group;
        const Saved s = grids.insert(grid);
        if (!s.ok()) {
            *err = s.message();
            return false;
        }
        for (qsizetype i = 0; i < p.households.size(); ++i) {
            Household &h = households[int(p.households.at(i))];
            h.gridId = s.id;
            h.workerId = p.workerOf.value(i);
        }
    }
    return householdRepo.insertManyInWrite(households, err, &failedAt, today, GridProposal::tr("proposed grids"))
        && householdAudit.flush(err);
}

// A year of 三务公开: monthly finance with items, quarterly village and party affairs. Flaws:
// 11 has not posted last quarter's village affairs, 3 posted a finance disclosure late.
bool demoDisclosures(Ledger &ledger, Generator &g, const Village &v, int flaw, const QDate &today, QString *err)
{
    DisclosureRepository repo(ledger);
    const DisclosureSettings settings = SettingsStore(ledger).disclosure();
    const QDate from = QDate(today.year() - 1, today.month(), 1);
    for (DisclosureKind kind : {DisclosureKind::Finance, DisclosureKind::Affairs, DisclosureKind::Party}) {
        const auto periods = DisclosureSchedule::periods(kind, from, today);
        for (int i = 0; i < periods.size(); ++i) {
            const auto &p = periods[i];
            const bool lastOne = i == periods.size() - 1;
            if (flaw == 11 && kind == DisclosureKind::Affairs && lastOne)
                continue;
            const QDate due = DisclosureSchedule::dueDate(kind, p.second, settings);
            if (due > today && g.chance(50))
                continue; // not yet posted, not yet late
            Disclosure d;
            d.villageId = v.id;
            d.kind = kind;
            d.periodStart = p.first;
            d.periodEnd = p.second;
            const QString period = DisclosureText::period(kind, p.first);
            d.postedOn = p.second.addDays(g.between(2, kind == DisclosureKind::Finance ? 8 : 12));
            if (flaw == 3 && kind == DisclosureKind::Finance && i == 2)
                d.postedOn = due.addDays(9);
            if (d.postedOn > today)
                d.postedOn = today;
            d.endsOn = d.postedOn.addDays(kind == DisclosureKind::Finance ? 29 : 89);
            d.channels = QStringList{QStringLiteral("公开栏"), QStringLiteral("阳光村务平台")};
            d.signedBy = QStringLiteral("村务监督委员会主任");
            if (kind == DisclosureKind::Finance) {
                d.title = QStringLiteral("%1%2财务收支公开").arg(v.name, period);
                d.content = QStringLiteral("现将本村%1财务收支情况公开如下，如有疑问请向村务监督委员会反映。").arg(period);
                const QStringList incomes = DisclosureText::incomeCategories(p.first);
                const QStringList expenses = DisclosureText::expenseCategories(p.first);
                const int n = g.between(3, 8);
                for (int k = 0; k < n; ++k) {
                    FinanceItem it;
                    it.income = k % 3 == 0;
                    it.date = p.first.addDays(g.between(0, int(p.first.daysTo(p.second))));
                    it.category = g.pick(it.income ? incomes : expenses);
                    it.item = it.income ? QStringLiteral("%1").arg(it.category)
                                        : g.pick(QStringList{QStringLiteral("办公用品"), QStringLiteral("道路维修"),
                                                             QStringLiteral("保洁员工资"), QStringLiteral("电费"),
                                                             QStringLiteral("农田水利维护")});
                    it.amountFen = qint64(g.between(200, 60000)) * 100 + g.between(0, 99);
                    d.items << it;
                }
            } else {
                d.title = kind == DisclosureKind::Affairs ? QStringLiteral("%1%2村务公开").arg(v.name, period)
                                                         : QStringLiteral("%1%2党务公开").arg(v.name, period);
                d.content = kind == DisclosureKind::Affairs
                                ? QStringLiteral("一、本季度村级重大事项办理情况；二、惠农补贴发放情况；三、低保、特困供养人员名单。")
                                : QStringLiteral("一、本季度党员发展情况；二、党费收缴情况；三、“三会一课”开展情况。");
            }
            const Saved s = repo.insert(d);
            if (!s.ok()) {
                *err = s.message();
                return false;
            }
        }
    }
    return true;
}
} // namespace

bool DemoGenerator::populate(Ledger &ledger, const DemoOptions &options, QString *error, const Progress &progress)
{
    if (options.villages < 1 || options.villages > 2000) {
        if (error)
            *error = tr("the number of villages must be between 1 and 2000");
        return false;
    }
    Generator g{QRandomGenerator(options.seed), {}, {}};
    const QDate today = options.today;
    // The 2021 round of 换届 ended five years later, so most villages elected again in early 2026.
    const QDate previousRound(today.year() - 5, 3, 20);
    const QDate currentRound(today.year(), 3, 20);
    const int termYears = SettingsStore(ledger).targets().termYears;

    const auto body = [&](QString *err) {
            VillageRepository villages(ledger);
            PersonRepository people(ledger);
            CommitteeRepository committees(ledger);
            ReserveRepository reserves(ledger);
            QSet<QString> usedVillageNames;
            // The households' audit rows a village at a time (DeferredAudit): each village's
            // households are written together and their rows flushed before anything else is.
            DeferredAudit householdAudit(ledger.database(), QStringLiteral("household"));
            if (!householdAudit.begin(err))
                return false;

            for (int vi = 0; vi < options.villages; ++vi) {
                if (progress && !progress(vi, options.villages)) {
                    *err = tr("cancelled");
                    return false;
                }
                const bool defects = options.deliberateFindings && options.villages >= 8;
                const int defect = defects ? vi : -1; // villages 1..7 each carry one planted defect

                Village v;
                for (int round = 0;; ++round) {
                    const QString stem = kVillageStems.at((vi + round * 7) % kVillageStems.size());
                    const QString rank = kVillageRanks.at(((vi + round * 7) / kVillageStems.size()) % kVillageRanks.size());
                    v.name = rank + stem + QStringLiteral("村");
                    if (round >= kVillageStems.size() * kVillageRanks.size())
                        v.name = stem + QString::number(vi + 1) + QStringLiteral("村");
                    if (!usedVillageNames.contains(v.name))
                        break;
                }
                usedVillageNames.insert(v.name);
                v.creditCode = g.creditCode(vi + 1);
                v.groups = g.between(4, 14);
                v.households = v.groups * g.between(35, 70);
                v.registeredPopulation = v.households * g.between(28, 36) / 10;
                v.residentPopulation = v.registeredPopulation * g.between(55, 85) / 100;
                v.partyMembers = v.registeredPopulation * g.between(25, 45) / 1000;
                v.representatives = std::max(v.households / 10, 20);
                v.adults = v.registeredPopulation * g.between(74, 82) / 100;
                v.incomeYuan = qint64(g.between(30, 400)) * 1000;
                if (defect == 7)
                    v.incomeYuan = 38'500;
                v.starRating = g.chance(35) ? 5 : g.between(2, 4);
                v.weak = defect == 2;
                v.modelVillage = g.chance(15);
                v.ruleOfLawModel = g.chance(10);
                v.supervisionPhone = QStringLiteral("0539-%1").arg(g.between(3200000, 3299999));
                const Saved sv = villages.insert(v);
                if (!sv.ok()) {
                    *err = sv.message();
                    return false;
                }
                const qint64 villageId = sv.id;

                auto newPerson = [&](int minAge, int maxAge, Gender gender, PoliticalStatus pol) -> qint64 {
                    Person p;
                    p.villageId = villageId;
                    p.gender = gender;
                    const int age = g.between(minAge, maxAge);
                    p.birthDate = QDate(today.year() - age, g.between(1, 12), 1).addDays(g.between(0, 27));
                    if (p.birthDate > today.addYears(-age))
                        p.birthDate = p.birthDate.addYears(-1);
                    p.name = g.personName(gender);
                    p.idNumber = g.idNumber(p.birthDate, gender);
                    p.ethnicity = g.chance(94) ? QStringLiteral("汉族") : g.pick(QStringList{QStringLiteral("回族"),
                                                                                            QStringLiteral("满族"),
                                                                                            QStringLiteral("蒙古族")});
                    p.political = pol;
                    p.education = g.education(age);
                    p.phone = g.mobile();
                    const Saved s = people.insert(p);
                    if (!s.ok())
                        *err = s.message();
                    return s.id;
                };

                // Terms: the previous round (closed) and the current one, or a lagging village that
                // has not held its change of term.
                const bool lagging = defect == 5;
                qint64 termIds[3] = {0, 0, 0};
                qint64 oldTermIds[3] = {0, 0, 0};
                for (Body body : {Body::Party, Body::Committee, Body::Supervision}) {
                    Term old;
                    old.villageId = villageId;
                    old.body = body;
                    old.number = 11;
                    old.start = previousRound.addDays(vi % 20);
                    old.end = old.start.addYears(termYears);
                    if (!lagging)
                        old.closedOn = currentRound.addDays(vi % 20);
                    const Saved st = committees.openTerm(old);
                    if (!st.ok()) {
                        *err = st.message();
                        return false;
                    }
                    oldTermIds[int(body)] = st.id;
                    termIds[int(body)] = st.id;
                    if (!lagging) {
                        Term cur = old;
                        cur.number = 12;
                        cur.start = old.closedOn;
                        cur.end = cur.start.addYears(termYears);
                        cur.closedOn = QDate();
                        const Saved sc = committees.openTerm(cur);
                        if (!sc.ok()) {
                            *err = sc.message();
                            return false;
                        }
                        termIds[int(body)] = sc.id;
                    }
                }
                const QDate termStart = lagging ? previousRound.addDays(vi % 20) : currentRound.addDays(vi % 20);

                auto addPost = [&](qint64 term, qint64 person, Role role, const QDate &start) -> bool {
                    Post p;
                    p.termId = term;
                    p.personId = person;
                    p.role = role;
                    p.start = start;
                    p.review = ReviewResult::Passed;
                    const Saved s = committees.addPost(p);
                    if (!s.ok())
                        *err = s.message();
                    return s.ok();
                };

                const PoliticalStatus cpc = PoliticalStatus::PartyMember;
                // Secretary, usually also the committee director (一肩挑).
                const qint64 secretary = newPerson(38, 56, g.chance(15) ? Gender::Female : Gender::Male, cpc);
                if (!secretary || !addPost(termIds[0], secretary, Role::Chair, termStart))
                    return false;
                const bool oneShoulder = g.chance(85);
                qint64 director = secretary;
                if (!oneShoulder) {
                    director = newPerson(35, 58, Gender::Male, g.chance(70) ? cpc : PoliticalStatus::Masses);
                    if (!director)
                        return false;
                }
                if (!addPost(termIds[1], director, Role::Chair, termStart))
                    return false;

                // Party committee: 3–5 people; the committee 3–7; two or three people on both.
                const int partyMembers = g.between(3, 5);
                const int committeeMembers = defect == 2 ? 3 : g.between(4, 6);
                QList<qint64> partyPeople{secretary};
                for (int i = 1; i < partyMembers; ++i) {
                    const Gender gender = i == 1 && g.chance(60) ? Gender::Female : Gender::Male;
                    const qint64 id = newPerson(26, 60, gender, i == partyMembers - 1 && g.chance(20)
                                                                     ? PoliticalStatus::ProbationaryMember
                                                                     : cpc);
                    if (!id || !addPost(termIds[0], id, i == 1 && g.chance(50) ? Role::Deputy : Role::Member, termStart))
                        return false;
                    partyPeople << id;
                }
                QList<qint64> committeePeople{director};
                bool hasWoman = false;
                // Cross-holders first (交叉任职), then people only on the committee.
                for (int i = 1; i < committeeMembers; ++i) {
                    qint64 id = 0;
                    if (i < partyPeople.size() && i <= 2) {
                        id = partyPeople.at(i);
                    } else {
                        const bool woman = defect != 1 && !hasWoman && (i == committeeMembers - 1 || g.chance(40));
                        id = newPerson(25, 59, woman ? Gender::Female : Gender::Male,
                                       g.chance(50) ? cpc : g.chance(30) ? PoliticalStatus::LeagueMember
                                                                         : PoliticalStatus::Masses);
                        if (!id)
                            return false;
                    }
                    if (auto p = people.get(id); p && p->gender == Gender::Female)
                        hasWoman = true;
                    if (defect == 1 && hasWoman) {
                        // This village forgot the woman member: replace her by a man.
                        id = newPerson(30, 55, Gender::Male, PoliticalStatus::Masses);
                        if (!id)
                            return false;
                        hasWoman = false;
                    }
                    if (!addPost(termIds[1], id, i == 1 ? Role::Deputy : Role::Member, termStart))
                        return false;
                    committeePeople << id;
                }
                if (defect == 2) {
                    // A member resigned mid-term and was not replaced: the committee is below three.
                    qint64 leaving = committeePeople.last();
                    for (int i = int(committeePeople.size()) - 1; i > 0; --i) {
                        if (auto p = people.get(committeePeople.at(i)); p && p->gender == Gender::Male) {
                            leaving = committeePeople.at(i);
                            break;
                        }
                    }
                    for (const Post &p : committees.postsOfPerson(leaving))
                        if (p.termId == termIds[1] &&
                            !committees.endPost(p.id, today.addMonths(-3), tr("resigned"), err))
                            return false;
                }
                // Supervision committee: 3 people, none of them on the villagers' committee.
                for (int i = 0; i < 3; ++i) {
                    qint64 id = 0;
                    if (defect == 3 && i == 2)
                        id = committeePeople.last(); // §32 conflict, planted
                    else
                        id = newPerson(35, 64, i == 1 ? Gender::Female : Gender::Male,
                                       g.chance(60) ? cpc : PoliticalStatus::Masses);
                    if (!id || !addPost(termIds[2], id, i == 0 ? Role::Chair : Role::Member, termStart))
                        return false;
                }
                // The previous term's secretary, for history, when the village changed its secretary.
                if (!lagging && g.chance(40)) {
                    const qint64 former = newPerson(55, 66, Gender::Male, cpc);
                    if (!former)
                        return false;
                    Post p;
                    p.termId = oldTermIds[0];
                    p.personId = former;
                    p.role = Role::Chair;
                    p.start = previousRound.addDays(vi % 20 + 40);
                    const Saved s = committees.addPost(p);
                    if (!s.ok() || !committees.endPost(s.id, currentRound.addDays(vi % 20), tr("change of term"), err)) {
                        if (!s.ok())
                            *err = s.message();
                        return false;
                    }
                }
                // Reserve cadres: young people from the usual sources.
                const int reserveCount = defect == 4 ? 1 : g.between(2, 4);
                for (int i = 0; i < reserveCount; ++i) {
                    const qint64 id = newPerson(23, 38, g.chance(40) ? Gender::Female : Gender::Male,
                                                g.chance(50) ? cpc : PoliticalStatus::LeagueMember);
                    if (!id)
                        return false;
                    ReserveCadre r;
                    r.villageId = villageId;
                    r.personId = id;
                    r.source = g.pick(DomainText::reserveSourceCodes());
                    r.added = currentRound.addDays(g.between(-400, 60));
                    const Saved s = reserves.add(r);
                    if (!s.ok()) {
                        *err = s.message();
                        return false;
                    }
                }
                // 四议两公开: a year of matters in every state; villages 1..6 each carry one flaw.
                {
                    const std::optional<Village> saved = villages.get(villageId);
                    const int stages[] = {0, 2, 4, 5, 6, 6, 3, 5};
                    const int count = g.between(4, 7);
                    for (int mi = 0; mi < count; ++mi) {
                        int upTo = stages[(vi + mi) % int(std::size(stages))];
                        int flaw = 0;
                        if (defects && mi == 0 && vi >= 1 && vi <= 6) {
                            flaw = vi;
                            upTo = flaw == 1 ? 3 : flaw == 2 ? 5 : flaw == 5 ? 5 : flaw == 6 ? 1 : 6;
                        }
                        if (upTo == 5 && flaw == 0 && mi % 2 == 0)
                            upTo = 6;
                        if (!demoMatter(ledger, g, *saved, partyMembers, int(partyPeople.size() + committeePeople.size()) - 2,
                                        upTo, flaw, today, vi * 3 + mi, err))
                            return false;
                    }
                }
                {
                    std::optional<Village> saved = villages.get(villageId);
                    const int count = options.householdsPerVillage >= 0 ? options.householdsPerVillage : saved->households;
                    if (saved->households != count) {
                        saved->households = count;
                        saved->registeredPopulation = std::max(saved->registeredPopulation, count);
                        saved->adults = std::min(saved->adults, saved->registeredPopulation);
                        const Saved s = villages.update(*saved);
                        if (!s.ok()) {
                            *err = s.message();
                            return false;
                        }
                    }
                    if (!demoHouseholds(ledger, g, *saved, count, defects ? vi : 0, today, householdAudit, err))
                        return false;
                }
                if (!demoDisclosures(ledger, g, *villages.get(villageId), defects ? vi : 0, today, err))
                    return false;
                if (defect == 6) {
                    // A roster copied from paper with a mistyped check digit.
                    Person p;
                    p.villageId = villageId;
                    p.name = g.personName(Gender::Male);
                    p.birthDate = QDate(today.year() - 47, 6, 18);
                    const QString good = g.idNumber(p.birthDate, Gender::Male);
                    p.idNumber = good.left(17) + (good.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
                    p.gender = Gender::Male;
                    p.political = PoliticalStatus::PartyMember;
                    p.education = Education::SecondaryOrHigh;
                    const Saved s = people.insert(p, PersonRepository::IdPolicy::Lenient);
                    if (!s.ok() || !addPost(termIds[0], s.id, Role::Member, termStart)) {
                        if (!s.ok())
                            *err = s.message();
                        return false;
                    }
                }
            }
            if (!householdAudit.finish(err))
                return false;
            if (progress)
                progress(options.villages, options.villages);
            return true;
        };
    // A demo fills a new ledger: the household and trail indexes are built once at the end.
    const bool rebuild = HouseholdRepository(ledger).count(HouseholdFilter()) < HouseholdRepository::kBulkRebuildBelow;
    // The whole township in one transaction: its pages stay in memory until it commits.
    const Ledger::BulkWrite bulk(ledger);
    return ledger.write(
        [&](QString *err) {
            return DeferredIndexes::around(ledger.database(),
                                           rebuild ? HouseholdRepository::indexesForBulk() : QStringList(), body, err);
        },
        error);
}

} // namespace tl
