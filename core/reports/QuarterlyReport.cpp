#include "reports/QuarterlyReport.h"

#include "committees/CommitteeRepository.h"
#include "disclosures/Disclosures.h"
#include "findings/Findings.h"
#include "grids/HouseholdRepository.h"
#include "committees/Indicators.h"
#include "storage/AtomicFile.h"
#include "storage/AuditTrail.h"
#include "storage/FileIntegrity.h"
#include "storage/Ledger.h"
#include "model/AsOf.h"
#include "model/Masking.h"
#include "matters/MatterBoard.h"
#include "storage/Settings.h"
#include "storage/SqlUtil.h"
#include "reports/XlsxWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <ctime>
#include <numeric>
#include <optional>

namespace tl {

namespace {

// Records how long each phase of an export took, when the caller asks (tl_bench).
class PhaseClock
{
public:
    explicit PhaseClock(QuarterlyReport::PhaseTimes *out = nullptr) : m_out(out)
    {
        if (m_out) {
            m_timer.start();
            m_cpu = std::clock();
        }
    }
    void mark(const char *phase)
    {
        if (!m_out)
            return;
        const std::clock_t cpu = std::clock();
        m_out->append({QString::fromLatin1(phase), double(m_timer.nsecsElapsed()) / 1e6,
                       double(cpu - m_cpu) * 1000.0 / CLOCKS_PER_SEC});
        m_timer.restart();
        m_cpu = cpu;
    }

private:
    QuarterlyReport::PhaseTimes *m_out;
    QElapsedTimer m_timer;
    std::clock_t m_cpu = 0;
};

// One village's line of the 汇总 sheet; also what the county roll-up adds up.
struct SummaryRow
{
    QString village;
    qint64 villageId = 0;
    int households = 0;
    int people = 0;
    int grids = 0;
    int unassigned = 0;
    VillageIndicators ind;
    int started = 0, decided = 0, completed = 0, overdue = 0, withDefects = 0;
    int findings = 0;
    int registeredPopulation = 0; // 户籍人口 of the village record (people sums household members)
};

struct LedgerData
{
    QString township;
    QDate asOf;
    QList<SummaryRow> rows;
    QList<VillageIndicators> indicators;
    QList<BoardRow> matters;
    QList<Finding> findings;
    // 三务公开: the disclosures of the periods that end in the quarter, as they stood on asOf.
    QList<DueItem> disclosures;
    // For the sheets of one township's report (not for the county roll-up):
    QHash<qint64, QList<RosterEntry>> rosters;   // village → CommitteeRepository::roster(village, asOf)
    QHash<qint64, QList<GridSummary>> grids;     // village → GridRepository::summaries(village)
};

using VillageGrid = QPair<qint64, qint64>;

// CommitteeRepository::roster(village, on) of every village at once: one query for the posts
// held on the date, one for their holders. Same entries, same order.
QHash<qint64, QList<RosterEntry>> allRosters(Ledger &ledger, const QDate &on)
{
    const QString d = sql::dateText(on);
    QHash<VillageGrid, RosterEntry> byPerson; // (village of the term, person)
    QHash<VillageGrid, int> rank;             // sort key: best (body, role) per person
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.village_id, t.body, po.person_id, po.role, po.start_date "
                             "FROM post po JOIN term t ON t.id = po.term_id "
                             "WHERE %1 ORDER BY t.village_id, t.body, t.start_date, t.id, po.id")
                  .arg(TownshipAsOf::postHeldSql()));
    q.bindValue(QStringLiteral(":d"), d);
    q.exec();
    while (q.next()) {
        const VillageGrid key{q.value(0).toLongLong(), q.value(2).toLongLong()};
        const Body body = bodyFromCode(q.value(1).toString());
        Post post;
        post.personId = key.second;
        post.role = roleFromCode(q.value(3).toString());
        post.start = sql::toDate(q.value(4));
        RosterEntry &e = byPerson[key];
        e.posts << post;
        e.bodies << body;
        if (!e.firstStart.isValid() || post.start < e.firstStart)
            e.firstStart = post.start;
        const int r = int(body) * 3 + int(post.role);
        auto it = rank.find(key);
        if (it == rank.end())
            rank.insert(key, r);
        else
            *it = std::min(*it, r);
    }
    // The holders, in the order roster() reads a village's people (its index: name, then id).
    QHash<qint64, QList<RosterEntry>> out;
    q.exec(QStringLiteral("SELECT id, village_id, name, id_number, gender, birth_date, ethnicity, political, "
                          "education, phone FROM person WHERE id IN (SELECT person_id FROM post) "
                          "ORDER BY village_id, name, id"));
    while (q.next()) {
        const VillageGrid key{q.value(1).toLongLong(), q.value(0).toLongLong()};
        auto it = byPerson.find(key);
        if (it == byPerson.end())
            continue;
        Person &p = it->person;
        p.id = key.second;
        p.villageId = key.first;
        p.name = q.value(2).toString();
        p.idNumber = q.value(3).toString();
        p.gender = genderFromCode(q.value(4).toString());
        p.birthDate = sql::toDate(q.value(5));
        p.ethnicity = q.value(6).toString();
        p.political = politicalFromCode(q.value(7).toString());
        p.education = educationFromCode(q.value(8).toString());
        p.phone = q.value(9).toString();
        // Posts read party first, then the villagers' committee, chair before deputy before member.
        QList<int> order(it->posts.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return std::pair(int(it->bodies[a]), int(it->posts[a].role)) < std::pair(int(it->bodies[b]), int(it->posts[b].role));
        });
        QList<Post> posts;
        QList<Body> bodies;
        for (int i : order) {
            posts << it->posts[i];
            bodies << it->bodies[i];
        }
        it->posts = posts;
        it->bodies = bodies;
        out[key.first] << *it;
    }
    for (auto it = out.begin(); it != out.end(); ++it) {
        const qint64 village = it.key();
        std::stable_sort(it->begin(), it->end(), [&](const RosterEntry &a, const RosterEntry &b) {
            return rank.value({village, a.person.id}) < rank.value({village, b.person.id});
        });
    }
    return out;
}

// GridRepository::summaries(village) of every village at once, households from householdFigures.
// Leader and worker names are those of people of the grid's own village, as summaries() has them.
QHash<qint64, QList<GridSummary>> allGridSummaries(Ledger &ledger, const QHash<VillageGrid, QPair<int, int>> &counts)
{
    QHash<qint64, QList<GridSummary>> out;
    QHash<qint64, GridSummary *> byId;
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT gr.village_id, gr.id, gr.code, gr.name, pl.name FROM grid gr "
                          "LEFT JOIN person pl ON pl.id = gr.leader_id AND pl.village_id = gr.village_id "
                          "ORDER BY gr.village_id, gr.code, gr.name"));
    while (q.next()) {
        GridSummary s;
        s.grid.villageId = q.value(0).toLongLong();
        s.grid.id = q.value(1).toLongLong();
        s.grid.code = q.value(2).toString();
        s.grid.name = q.value(3).toString();
        s.leaderName = q.value(4).toString();
        const QPair<int, int> c = counts.value({s.grid.villageId, s.grid.id});
        s.households = c.first;
        s.people = c.second;
        out[s.grid.villageId] << s;
    }
    for (auto it = out.begin(); it != out.end(); ++it)
        for (GridSummary &s : *it)
            byId.insert(s.grid.id, &s);
    q.exec(QStringLiteral("SELECT w.grid_id, pw.name FROM grid_worker w JOIN grid g ON g.id = w.grid_id "
                          "LEFT JOIN person pw ON pw.id = w.person_id AND pw.village_id = g.village_id "
                          "ORDER BY w.rowid"));
    while (q.next())
        if (GridSummary *s = byId.value(q.value(0).toLongLong()))
            s->workerNames << q.value(1).toString();
    return out;
}

LedgerData collect(Ledger &ledger, const ReportOptions &o, PhaseClock &clock, bool forSheets)
{
    LedgerData d;
    d.township = ledger.township().name;
    // The state at the end of the quarter, or today for the running quarter.
    d.asOf = std::min(o.quarter.last(), o.madeOn);
    // Everything through the one view of the township on that date (TownshipAsOf): records
    // added later about later events do not move a past quarter.
    const TownshipAsOf asOf(ledger, d.asOf);
    d.indicators = Indicators::compute(asOf);
    clock.mark("collect: indicators");
    d.matters = asOf.matters();
    clock.mark("collect: matter board");
    // As FindingEngine::run(ledger, asOf), with the indicators and the board computed above.
    d.findings = FindingEngine::run(
        FindingContext{ledger, d.asOf, SettingsStore(ledger).targets(), d.indicators, &d.matters, &asOf});
    clock.mark("collect: findings");
    d.disclosures = DisclosureSchedule::items(ledger, o.quarter.first(), o.quarter.last(), d.asOf);
    clock.mark("collect: disclosures");
    QHash<qint64, TownshipAsOf::HouseholdTotals> totals;
    QHash<VillageGrid, QPair<int, int>> gridCounts;
    asOf.householdFigures(&totals, forSheets ? &gridCounts : nullptr);
    // Every grid, sub-grids included: the 网格 sheet lists the same ones.
    QHash<qint64, int> grids;
    QHash<qint64, int> registered;
    {
        QSqlQuery q(ledger.database());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT village_id, COUNT(*) FROM grid GROUP BY village_id"));
        while (q.next())
            grids.insert(q.value(0).toLongLong(), q.value(1).toInt());
        q.exec(QStringLiteral("SELECT id, registered_pop FROM village"));
        while (q.next())
            registered.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    clock.mark("collect: household and grid totals");
    if (forSheets) {
        d.rosters = allRosters(ledger, d.asOf);
        clock.mark("collect: rosters");
        d.grids = allGridSummaries(ledger, gridCounts);
        clock.mark("collect: grid summaries");
    }
    QHash<qint64, int> findingsByVillage;
    for (const Finding &f : d.findings)
        findingsByVillage[f.villageId]++;
    QHash<qint64, int> index;
    for (const VillageIndicators &v : d.indicators) {
        SummaryRow r;
        r.village = v.villageName;
        r.villageId = v.villageId;
        r.households = totals.value(v.villageId).households;
        r.people = totals.value(v.villageId).people;
        r.unassigned = totals.value(v.villageId).unassigned;
        r.grids = grids.value(v.villageId);
        r.registeredPopulation = registered.value(v.villageId);
        r.ind = v;
        r.findings = findingsByVillage.value(v.villageId);
        index.insert(v.villageId, int(d.rows.size()));
        d.rows << r;
    }
    for (const BoardRow &m : d.matters) {
        auto it = index.find(m.matter.villageId);
        if (it == index.end())
            continue;
        SummaryRow &r = d.rows[*it];
        if (o.quarter.contains(m.firstDate))
            ++r.started;
        for (const StepRecord &s : m.steps) {
            if (s.step == MatterStep::Resolution && o.quarter.contains(s.date))
                ++r.decided;
            if (s.step == MatterStep::ResultDisclosure && o.quarter.contains(s.date))
                ++r.completed;
        }
        if (m.overdue)
            ++r.overdue;
        if (!m.defects.isEmpty())
            ++r.withDefects;
    }
    clock.mark("collect: summary rows");
    return d;
}

QString yesNoFormat()
{
    // 1 shows as 是, 0 as 否, and SUM counts the villages.
    return QStringLiteral("\"%1\";\"%1\";\"%2\"").arg(QuarterlyReport::tr("Yes"), QuarterlyReport::tr("No"));
}

// Writes the summary columns of one row from column `c` on.
void writeSummaryCells(XlsxSheet &s, lxw_format *yesNo, int c, const SummaryRow &r)
{
    s.integer(c++, r.households);
    s.integer(c++, r.people);
    s.integer(c++, r.grids);
    s.integer(c++, r.unassigned);
    s.integer(c++, r.ind.members);
    s.integer(c++, r.ind.women);
    s.number(c++, r.ind.averageAge(), true);
    s.percent(c++, r.ind.members ? double(r.ind.college) / r.ind.members : 0.0);
    worksheet_write_number(s.raw(), lxw_row_t(s.row()), lxw_col_t(c++), r.ind.oneShoulder ? 1 : 0, yesNo);
    s.integer(c++, r.ind.crossHolders);
    s.integer(c++, r.ind.reserves);
    s.number(c++, double(r.ind.incomeYuan) / 10000.0, true);
    s.integer(c++, r.started);
    s.integer(c++, r.decided);
    s.integer(c++, r.completed);
    s.integer(c++, r.overdue);
    s.integer(c++, r.withDefects);
    s.integer(c++, r.findings);
    s.integer(c++, r.ind.withAge);
    s.integer(c++, r.registeredPopulation);
}

// The totals row under a block of summary rows: real formulas, weighted where an average is.
void writeSummaryTotals(XlsxSheet &s, XlsxWorkbook &book, int firstCol, int firstRow, int lastRow)
{
    auto col = [&](int offset, int row) { return XlsxSheet::cell(row, firstCol + offset); };
    auto span = [&](int offset) { return col(offset, firstRow) + QLatin1Char(':') + col(offset, lastRow); };
    // The average age is weighted by the members whose birth date is known (column withAge).
    const int members = 4, age = 6, college = 7, withAge = 18;
    for (int k = 0; k < 20; ++k) {
        if (k == age)
            s.formula(firstCol + k, QStringLiteral("=IF(SUM(%1)=0,0,SUMPRODUCT(%2,%1)/SUM(%1))").arg(span(withAge), span(age)),
                      book.totalDecimal);
        else if (k == college)
            s.formula(firstCol + k,
                      QStringLiteral("=IF(SUM(%1)=0,0,SUMPRODUCT(%2,%1)/SUM(%1))").arg(span(members), span(college)),
                      book.totalPercent);
        else if (k == 11)
            s.formula(firstCol + k, QStringLiteral("=SUM(%1)").arg(span(k)), book.totalDecimal);
        else
            s.formula(firstCol + k, QStringLiteral("=SUM(%1)").arg(span(k)), book.total);
    }
}

// One line per village and kind of 三务公开 (DOMAIN.md §6): the periods ending in the quarter, how
// many were due by the report date, done (on time / late), missing, and which were late or missing.
struct DisclosureLine
{
    int periods = 0, due = 0, done = 0, onTime = 0, late = 0, missing = 0;
    QStringList lateList, missingList;
};

QHash<QPair<qint64, int>, DisclosureLine> disclosureLines(const QList<DueItem> &items)
{
    QHash<QPair<qint64, int>, DisclosureLine> out;
    for (const DueItem &i : items) {
        DisclosureLine &l = out[{i.villageId, int(i.kind)}];
        ++l.periods;
        const QString period = DisclosureText::period(i.kind, i.periodStart);
        switch (i.state) {
        case DueItem::State::Done:
            ++l.due, ++l.done, ++l.onTime;
            break;
        case DueItem::State::DoneLate:
            ++l.due, ++l.done, ++l.late;
            l.lateList << QuarterlyReport::tr("%1 (due %2, posted %3)")
                              .arg(period, i.dueDate.toString(Qt::ISODate), i.postedOn.toString(Qt::ISODate));
            break;
        case DueItem::State::Overdue:
            ++l.due, ++l.missing;
            l.missingList << QuarterlyReport::tr("%1 (due %2)").arg(period, i.dueDate.toString(Qt::ISODate));
            break;
        case DueItem::State::Due:
            break; // not yet due on the report date
        }
    }
    return out;
}

QStringList disclosureHeaders()
{
    return {QuarterlyReport::tr("Kind"), QuarterlyReport::tr("Periods ending in the quarter"),
            QuarterlyReport::tr("Due by the report date"), QuarterlyReport::tr("Done"),
            QuarterlyReport::tr("On time"), QuarterlyReport::tr("Late"), QuarterlyReport::tr("Missing"),
            QuarterlyReport::tr("Late postings"), QuarterlyReport::tr("Missing disclosures")};
}

// Writes the 三务公开 lines of one township's villages from column `c` on (village name before it).
void writeDisclosureLines(XlsxSheet &s, int c, const QList<QPair<qint64, QString>> &villages,
                          const QList<DueItem> &items, const std::function<void()> &lead)
{
    const auto lines = disclosureLines(items);
    for (const auto &[villageId, name] : villages) {
        for (DisclosureKind kind : {DisclosureKind::Party, DisclosureKind::Affairs, DisclosureKind::Finance}) {
            const DisclosureLine l = lines.value({villageId, int(kind)});
            if (lead)
                lead();
            s.text(c - 1, name);
            s.text(c, DisclosureText::kind(kind));
            s.integer(c + 1, l.periods);
            s.integer(c + 2, l.due);
            s.integer(c + 3, l.done);
            s.integer(c + 4, l.onTime);
            s.integer(c + 5, l.late);
            s.integer(c + 6, l.missing);
            s.text(c + 7, l.lateList.join(QStringLiteral("；")));
            s.text(c + 8, l.missingList.join(QStringLiteral("；")));
            s.nextRow();
        }
    }
}

QString statusText(MatterStatus s)
{
    return MatterText::status(s);
}

} // namespace

QStringList QuarterlyReport::summaryHeaders()
{
    return {tr("Households"),          tr("People in households (sum of members)"),
            tr("Grids"),               tr("Households in no grid"),
            tr("Two-committee members"), tr("Women"),
            tr("Average age"),         tr("College or higher"),
            tr("Secretary is director"), tr("Cross-holders"),
            tr("Reserve cadres"),      tr("Collective income (10k yuan)"),
            tr("Matters started"),     tr("Matters decided"),
            tr("Matters completed"),   tr("Matters overdue"),
            tr("Matters with defects"), tr("Findings"),
            tr("Members with known birth date"), tr("Registered population (village record)")};
}

namespace {
// Writes every sheet; false when cancelled.
bool fillReport(XlsxWorkbook &book, const LedgerData &d, const ReportOptions &o,
                const std::function<bool(int)> &step, PhaseClock &clock)
{
    const QString made = o.madeOn.toString(Qt::ISODate);
    auto title = [&](const QString &what) {
        return QuarterlyReport::tr("%1 %2 — %3 (made %4)").arg(d.township, o.quarter.code(), what, made);
    };
    lxw_format *yesNo = book.numberFormat(yesNoFormat());

    // 汇总
    XlsxSheet *sum = book.addSheet(QuarterlyReport::tr("Summary"));
    QStringList headers{QuarterlyReport::tr("Village")};
    headers += QuarterlyReport::summaryHeaders();
    sum->begin(title(QuarterlyReport::tr("Quarterly summary")), headers);
    const int firstRow = sum->row();
    for (const SummaryRow &r : d.rows) {
        sum->text(0, r.village);
        writeSummaryCells(*sum, yesNo, 1, r);
        sum->nextRow();
    }
    // Findings about the township as a whole (targets): their own line, so the findings column
    // adds up to the rows of the 问题清单 sheet.
    int townshipFindings = 0;
    for (const Finding &f : d.findings)
        townshipFindings += f.villageId == 0 ? 1 : 0;
    if (townshipFindings > 0) {
        sum->text(0, QuarterlyReport::tr("Township-wide"));
        sum->integer(18, townshipFindings);
        sum->nextRow();
    }
    const int lastRow = sum->row() - 1;
    if (!d.rows.isEmpty()) {
        worksheet_write_string(sum->raw(), lxw_row_t(sum->row()), 0, QuarterlyReport::tr("Total").toUtf8().constData(), book.total);
        writeSummaryTotals(*sum, book, 1, firstRow, lastRow);
        sum->nextRow();
    }
    sum->finish();
    clock.mark("sheet: Summary");
    if (!step(1))
        return false;
    XlsxSheet *members = book.addSheet(QuarterlyReport::tr("Two committees"));
    members->begin(title(QuarterlyReport::tr("Members of the two committees")),
                   {QuarterlyReport::tr("Village"), QuarterlyReport::tr("Name"), QuarterlyReport::tr("Gender"), QuarterlyReport::tr("Birth date"), QuarterlyReport::tr("Age"), QuarterlyReport::tr("Ethnic group"),
                    QuarterlyReport::tr("Political status"), QuarterlyReport::tr("Education"), QuarterlyReport::tr("Posts"), QuarterlyReport::tr("In post since"), QuarterlyReport::tr("ID number"),
                    QuarterlyReport::tr("Phone")});
    for (const SummaryRow &r : d.rows) {
        for (const RosterEntry &e : d.rosters.value(r.villageId)) {
            members->text(0, r.village);
            members->text(1, e.person.name);
            members->text(2, DomainText::gender(e.person.gender));
            members->date(3, e.person.birthDate);
            const int age = ageOn(e.person.birthDate, d.asOf);
            if (age >= 0)
                members->integer(4, age);
            members->text(5, e.person.ethnicity);
            members->text(6, DomainText::political(e.person.political));
            members->text(7, DomainText::education(e.person.education));
            members->text(8, e.postTitles());
            members->date(9, e.firstStart);
            members->text(10, o.unmasked ? e.person.idNumber : Masking::idNumber(e.person.idNumber));
            members->text(11, o.unmasked ? e.person.phone : Masking::phone(e.person.phone));
            members->nextRow();
        }
    }
    members->finish();
    clock.mark("sheet: Two committees");
    if (!step(2))
        return false;

    XlsxSheet *ledgerSheet = book.addSheet(QuarterlyReport::tr("Matters"));
    ledgerSheet->begin(title(QuarterlyReport::tr("Four deliberations, two disclosures")),
                       {QuarterlyReport::tr("Village"), QuarterlyReport::tr("Matter"), QuarterlyReport::tr("Category"), QuarterlyReport::tr("Amount (yuan)"),
                        QuarterlyReport::tr("Reason for the motion"), QuarterlyReport::tr("Proposed"),
                        QuarterlyReport::tr("Deliberated"), QuarterlyReport::tr("Reviewed"), QuarterlyReport::tr("Review expected"), QuarterlyReport::tr("Review present"),
                        QuarterlyReport::tr("Review for"), QuarterlyReport::tr("Review: township cadre attending"),
                        QuarterlyReport::tr("Resolution form"), QuarterlyReport::tr("Resolved"), QuarterlyReport::tr("Resolution expected"),
                        QuarterlyReport::tr("Resolution present"), QuarterlyReport::tr("For"), QuarterlyReport::tr("Against"), QuarterlyReport::tr("Abstain"),
                        QuarterlyReport::tr("Resolution: township cadre attending"), QuarterlyReport::tr("Disclosed"),
                        QuarterlyReport::tr("Disclosure ends"), QuarterlyReport::tr("Supervision committee's opinion"),
                        QuarterlyReport::tr("Result disclosed"), QuarterlyReport::tr("Status"), QuarterlyReport::tr("Defects")});
    // The matters of the quarter: open at its end, or with a step or the withdrawal inside it
    // (TownshipAsOf::belongsToPeriod, the rule the dashboard uses too).
    const bool running = o.madeOn <= o.quarter.last();
    for (const BoardRow &m : d.matters) {
        if (!TownshipAsOf::belongsToPeriod(m, o.quarter.first(), d.asOf, running))
            continue;
        auto stepOf = [&](MatterStep s) -> const StepRecord * {
            for (const StepRecord &r : m.steps)
                if (r.step == s)
                    return &r;
            return nullptr;
        };
        // Columns in the order of the header above.
        int col = 0;
        auto count = [&](const std::optional<int> &v) {
            if (v)
                ledgerSheet->integer(col, *v);
            ++col;
        };
        auto text = [&](const QString &t) { ledgerSheet->text(col++, t); };
        auto date = [&](const QDate &day) { ledgerSheet->date(col++, day); };
        const StepRecord *s1 = stepOf(MatterStep::PartyProposal), *s2 = stepOf(MatterStep::JointDeliberation),
                         *s3 = stepOf(MatterStep::MembersReview), *s4 = stepOf(MatterStep::Resolution),
                         *s5 = stepOf(MatterStep::ResolutionDisclosure), *s6 = stepOf(MatterStep::ResultDisclosure);
        const StepRecord none;
        text(m.village);
        text(m.matter.title);
        text(MatterText::category(m.matter.category));
        ledgerSheet->number(col++, double(m.matter.amountFen) / 100.0, true);
        text(MatterText::motionSource(m.matter.motionSource));
        date(s1 ? s1->date : QDate());
        date(s2 ? s2->date : QDate());
        date(s3 ? s3->date : QDate());
        count((s3 ? *s3 : none).expected);
        count((s3 ? *s3 : none).present);
        count((s3 ? *s3 : none).votesFor);
        text(s3 ? s3->townshipAttendee : QString());
        text(s4 ? MatterText::form(s4->form) : QString());
        date(s4 ? s4->date : QDate());
        count((s4 ? *s4 : none).expected);
        count((s4 ? *s4 : none).present);
        count((s4 ? *s4 : none).votesFor);
        count((s4 ? *s4 : none).votesAgainst);
        count((s4 ? *s4 : none).votesAbstain);
        text(s4 ? s4->townshipAttendee : QString());
        date(s5 ? s5->date : QDate());
        date(s5 ? s5->disclosureEnd : QDate());
        text(s5 ? s5->supervisionOpinion : QString());
        date(s6 ? s6->date : QDate());
        text(statusText(m.status));
        QStringList defects;
        for (const auto &x : m.defects)
            defects << x.detail;
        text(defects.join(QStringLiteral("；")));
        ledgerSheet->nextRow();
    }
    ledgerSheet->finish();
    clock.mark("sheet: Matters");
    if (!step(3))
        return false;

    // 三务公开
    XlsxSheet *disclosures = book.addSheet(QuarterlyReport::tr("Disclosures"));
    disclosures->begin(title(QuarterlyReport::tr("Party, village and finance disclosures")),
                       QStringList{QuarterlyReport::tr("Village")} + disclosureHeaders());
    {
        QList<QPair<qint64, QString>> villages;
        for (const SummaryRow &r : d.rows)
            villages.append({r.villageId, r.village});
        writeDisclosureLines(*disclosures, 1, villages, d.disclosures, {});
    }
    disclosures->finish();
    clock.mark("sheet: Disclosures");

    XlsxSheet *gridSheet = book.addSheet(QuarterlyReport::tr("Grids"));
    gridSheet->begin(title(QuarterlyReport::tr("Grids")), {QuarterlyReport::tr("Village"), QuarterlyReport::tr("Grid code"), QuarterlyReport::tr("Grid"), QuarterlyReport::tr("Grid leader"),
                                          QuarterlyReport::tr("Grid workers"), QuarterlyReport::tr("Households"), QuarterlyReport::tr("People")});
    for (const SummaryRow &r : d.rows) {
        for (const GridSummary &g : d.grids.value(r.villageId)) {
            gridSheet->text(0, r.village);
            gridSheet->text(1, g.grid.code);
            gridSheet->text(2, g.grid.name);
            gridSheet->text(3, g.leaderName);
            gridSheet->text(4, g.workerNames.join(QStringLiteral("、")));
            gridSheet->integer(5, g.households);
            gridSheet->integer(6, g.people);
            gridSheet->nextRow();
        }
    }
    gridSheet->finish();
    clock.mark("sheet: Grids");
    if (!step(4))
        return false;

    XlsxSheet *issues = book.addSheet(QuarterlyReport::tr("Findings"));
    issues->begin(title(QuarterlyReport::tr("Findings")), {QuarterlyReport::tr("Village"), QuarterlyReport::tr("Rule"), QuarterlyReport::tr("Severity"), QuarterlyReport::tr("Detail")});
    for (const Finding &f : d.findings) {
        issues->text(0, f.villageId ? f.village : d.township);
        issues->text(1, FindingEngine::ruleTitle(f.rule));
        issues->text(2, f.severity == Finding::Severity::Error ? QuarterlyReport::tr("Error") : QuarterlyReport::tr("Warning"));
        issues->text(3, f.detail);
        issues->nextRow();
    }
    issues->finish();
    clock.mark("sheet: Findings");
    if (!step(5))
        return false;

    // 图表: small data tables and native charts that refer to them.
    XlsxSheet *charts = book.addSheet(QuarterlyReport::tr("Charts"));
    const TownshipIndicators t = Indicators::total(d.indicators);
    charts->begin(title(QuarterlyReport::tr("Charts")), {QuarterlyReport::tr("Age band"), QuarterlyReport::tr("Members"), QuarterlyReport::tr("Education"), QuarterlyReport::tr("Members"),
                                        QuarterlyReport::tr("Status"), QuarterlyReport::tr("Matters")});
    const QStringList bands{QuarterlyReport::tr("35 or younger"), QuarterlyReport::tr("36–45"), QuarterlyReport::tr("46–55"), QuarterlyReport::tr("56–60"), QuarterlyReport::tr("over 60")};
    const QList<Education> edus{Education::Postgraduate, Education::Bachelor, Education::College,
                                Education::SecondaryOrHigh, Education::JuniorOrBelow};
    const QList<MatterStatus> statuses{MatterStatus::Draft,          MatterStatus::InProgress, MatterStatus::Resolved,
                                       MatterStatus::Disclosing,     MatterStatus::AwaitingResult,
                                       MatterStatus::Completed,      MatterStatus::Rejected, MatterStatus::Withdrawn};
    QHash<int, int> byStatus;
    const bool runningQuarter = o.madeOn <= o.quarter.last();
    for (const BoardRow &m : d.matters)
        if (TownshipAsOf::belongsToPeriod(m, o.quarter.first(), d.asOf, runningQuarter))
            byStatus[int(m.status)]++;
    const int dataFirst = charts->row();
    for (int i = 0; i < 8; ++i) {
        if (i < 5) {
            charts->text(0, bands[i]);
            charts->integer(1, t.ageBands[i]);
            charts->text(2, DomainText::education(edus[i]));
            charts->integer(3, t.education[int(edus[i])]);
        }
        charts->text(4, MatterText::status(statuses[i]));
        charts->integer(5, byStatus.value(int(statuses[i])));
        charts->nextRow();
    }
    charts->finish();
    auto chart = [&](uint8_t type, const QString &name, int catCol, int valCol, int rows, int atRow, int atCol) {
        lxw_chart *c = book.addChart(type);
        lxw_chart_series *series =
            chart_add_series(c, charts->range(dataFirst, catCol, dataFirst + rows - 1).toUtf8().constData(),
                             charts->range(dataFirst, valCol, dataFirst + rows - 1).toUtf8().constData());
        chart_series_set_name(series, name.toUtf8().constData());
        chart_title_set_name(c, name.toUtf8().constData());
        if (type != LXW_CHART_PIE)
            chart_legend_set_position(c, LXW_CHART_LEGEND_NONE);
        worksheet_insert_chart(charts->raw(), lxw_row_t(atRow), lxw_col_t(atCol), c);
    };
    chart(LXW_CHART_COLUMN, QuarterlyReport::tr("Two-committee members by age"), 0, 1, 5, dataFirst + 9, 0);
    chart(LXW_CHART_PIE, QuarterlyReport::tr("Education of two-committee members"), 2, 3, 5, dataFirst + 9, 4);
    chart(LXW_CHART_BAR, QuarterlyReport::tr("Matters by status"), 4, 5, 8, dataFirst + 25, 0);
    clock.mark("sheet: Charts");
    if (!step(6))
        return false;
    return true;
}
} // namespace

bool QuarterlyReport::write(Ledger &ledger, const ReportOptions &o, const QString &path, QString *error,
                            const Progress &progress, qint64 *cellsWritten, PhaseTimes *phases)
{
    constexpr int totalSteps = 7; // progress: collect, then the sheets
    auto step = [&](int done) { return !progress || progress(done, totalSteps); };
    if (!step(0)) {
        if (error)
            *error = tr("cancelled");
        return false;
    }
    if (o.unmasked && ledger.isReadOnly()) {
        // A report with full ID and phone numbers is recorded in the ledger's audit trail (who,
        // when, which file), as every export with full personal data is: not possible read-only.
        if (error)
            *error = tr("the ledger is open read-only, so a report with full personal data cannot be recorded in its "
                        "audit trail; open it for editing, or export the report masked");
        return false;
    }
    if (phases)
        phases->clear();
    // A ledger opened without its integrity check yet (the command line): the file is checked on
    // a thread of its own while the report is built, and the report is put in place only if the
    // file is sound.
    FileIntegrity::Beside integrity(ledger);
    PhaseClock clock(phases);
    const LedgerData d = collect(ledger, o, clock, true);
    AtomicFile out(path); // before the workbook: its partial file is removed after the workbook is closed
    QString failure;
    bool ok = false;
    {
        XlsxWorkbook book(out.tempPath());
        book.maskPersonalData = !o.unmasked;
        if (!book.isOpen()) {
            failure = tr("cannot write %1").arg(QDir::toNativeSeparators(path));
        } else if (!fillReport(book, d, o, step, clock)) {
            failure = tr("cancelled");
        } else {
            QString closeError;
            if (cellsWritten)
                *cellsWritten = book.cells;
            ok = book.close(&closeError);
            if (!ok)
                failure = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), closeError);
            clock.mark("close: write the .xlsx package");
        }
    } // an unfinished workbook is closed here and its partial file removed by `out`
    if (const QString damaged = integrity.verdict(); ok && !damaged.isEmpty()) {
        ok = false; // `out` removes the report built from a damaged file
        failure = damaged;
    }
    if (ok) {
        ok = out.commit();
        if (!ok)
            failure = tr("cannot put %1 in place").arg(QDir::toNativeSeparators(path));
    }
    if (ok && o.unmasked) {
        // Recorded, or not left behind.
        int people = 0;
        for (const QList<RosterEntry> &roster : d.rosters)
            people += int(roster.size());
        const Result<void> recorded = AuditTrail::recordExport(
            ledger, QFileInfo(path).absoluteFilePath(),
            tr("Quarterly report %1 with full personal data").arg(o.quarter.code()), people);
        if (!recorded) {
            QFile::remove(path);
            ok = false;
            failure = tr("the report could not be recorded in the audit trail, so it was removed: %1")
                          .arg(recorded.error().message);
        }
    }
    if (!ok) {
        if (error)
            *error = failure;
        return false;
    }
    step(totalSteps);
    return true;
}

bool QuarterlyReport::writeRollup(const QStringList &paths, const ReportOptions &o, const QString &path,
                                  QString *error, const Progress &progress)
{
    QList<LedgerData> all;
    for (int i = 0; i < paths.size(); ++i) {
        if (progress && !progress(i, int(paths.size()) + 1)) {
            if (error)
                *error = tr("cancelled");
            return false;
        }
        auto opened = Ledger::open(paths[i], Ledger::Access::ReadOnly);
        if (!opened.ledger) {
            if (error)
                *error = opened.message;
            return false;
        }
        PhaseClock untimed;
        all << collect(*opened.ledger, o, untimed, false);
    }
    AtomicFile out(path);
    {
        XlsxWorkbook book(out.tempPath());
        book.maskPersonalData = true; // the county gets no personal data
        if (!book.isOpen()) {
            if (error)
                *error = tr("cannot write %1").arg(QDir::toNativeSeparators(path));
            return false;
        }
        const QString title = tr("County roll-up %1 (made %2)").arg(o.quarter.code(), o.madeOn.toString(Qt::ISODate));
        QStringList headers{tr("Township"), tr("Villages")};
        headers += summaryHeaders();
        // A township's line adds up its villages: the headers say so where a village's would not.
        headers[2 + 8] = tr("Villages where the secretary is director");
        headers[2 + 6] = tr("Average age (members with known birth date)");
        headers[2 + 17] = tr("Findings (township-wide included)");
        lxw_format *yesNo = book.numberFormat(yesNoFormat());
        XlsxSheet *county = book.addSheet(tr("Townships"));
        county->begin(title, headers);
        const int first = county->row();
        for (const LedgerData &d : all) {
            SummaryRow total;
            int ageWeighted = 0;
            for (const SummaryRow &r : d.rows) {
                total.households += r.households;
                total.people += r.people;
                total.grids += r.grids;
                total.unassigned += r.unassigned;
                total.ind.members += r.ind.members;
                total.ind.women += r.ind.women;
                total.ind.college += r.ind.college;
                total.ind.oneShoulder = false;
                total.ind.crossHolders += r.ind.crossHolders;
                total.ind.reserves += r.ind.reserves;
                total.ind.incomeYuan += r.ind.incomeYuan;
                total.ind.ageSum += r.ind.ageSum;
                total.ind.withAge += r.ind.withAge;
                ageWeighted += r.ind.oneShoulder ? 1 : 0;
                total.started += r.started;
                total.decided += r.decided;
                total.completed += r.completed;
                total.overdue += r.overdue;
                total.withDefects += r.withDefects;
                total.findings += r.findings;
                total.registeredPopulation += r.registeredPopulation;
            }
            total.findings = int(d.findings.size());
            county->text(0, d.township);
            county->integer(1, d.rows.size());
            writeSummaryCells(*county, book.number, 2, total);
            // For a township the 一肩挑 column counts its villages.
            county->integer(10, ageWeighted);
            county->nextRow();
        }
        const int last = county->row() - 1;
        if (!all.isEmpty()) {
            worksheet_write_string(county->raw(), lxw_row_t(county->row()), 0, tr("Total").toUtf8().constData(), book.total);
            county->formula(1, QStringLiteral("=SUM(%1:%2)").arg(XlsxSheet::cell(first, 1), XlsxSheet::cell(last, 1)));
            writeSummaryTotals(*county, book, 2, first, last);
            county->nextRow();
        }
        county->finish();

        headers = QStringList{tr("Township"), tr("Village")};
        headers += summaryHeaders();
        XlsxSheet *villages = book.addSheet(tr("Villages"));
        villages->begin(title, headers);
        for (const LedgerData &d : all) {
            for (const SummaryRow &r : d.rows) {
                villages->text(0, d.township);
                villages->text(1, r.village);
                writeSummaryCells(*villages, yesNo, 2, r);
                villages->nextRow();
            }
        }
        villages->finish();

        XlsxSheet *disclosures = book.addSheet(tr("Disclosures"));
        disclosures->begin(title, QStringList{tr("Township"), tr("Village")} + disclosureHeaders());
        for (const LedgerData &d : all) {
            QList<QPair<qint64, QString>> names;
            for (const SummaryRow &r : d.rows)
                names.append({r.villageId, r.village});
            writeDisclosureLines(*disclosures, 2, names, d.disclosures, [&] { disclosures->text(0, d.township); });
        }
        disclosures->finish();
        QString closeError;
        if (!book.close(&closeError)) {
            if (error)
                *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), closeError);
            return false;
        }
    }
    if (!out.commit()) {
        if (error)
            *error = tr("cannot put %1 in place").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (progress)
        progress(int(paths.size()) + 1, int(paths.size()) + 1);
    return true;
}

} // namespace tl
