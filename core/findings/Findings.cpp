#include "findings/Findings.h"

#include "disclosures/Disclosures.h"
#include "storage/Ledger.h"
#include "matters/MatterBoard.h"
#include "model/AsOf.h"
#include "storage/SqlUtil.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace tl {

namespace {
Finding make(const char *rule, Finding::Severity severity, qint64 villageId, const QString &village,
             const QString &detail, Finding::RecordKind kind, qint64 recordId)
{
    return Finding{QString::fromLatin1(rule), severity, villageId, village, detail, kind, recordId};
}

// "a × 100 < pct × b", kept in integers: a share rule never depends on rounding.
bool belowShare(qint64 part, qint64 whole, int pct)
{
    return part * 100 < qint64(pct) * whole;
}

// True only for an ID number that Validators::checkIdNumber certainly accepts as it is: 18 ASCII
// characters, 17 digits and a digit or X, a real birth date from 1900 to before `today`, the right
// check character. Anything else (full-width digits, spaces, a lower-case x, a birth date of today,
// an error) goes through the full check, which also words the error. Most of a ledger's ID numbers
// are valid, and the full check costs a normalised copy and a clock reading per number.
bool plainlyValidIdNumber(QStringView id, const QDate &today)
{
    if (id.size() != 18)
        return false;
    int digits[17];
    for (int i = 0; i < 17; ++i) {
        const char16_t u = id[i].unicode();
        if (u < u'0' || u > u'9')
            return false;
        digits[i] = u - u'0';
    }
    const char16_t last = id[17].unicode();
    if (!((last >= u'0' && last <= u'9') || last == u'X'))
        return false;
    const int year = digits[6] * 1000 + digits[7] * 100 + digits[8] * 10 + digits[9];
    const QDate birth(year, digits[10] * 10 + digits[11], digits[12] * 10 + digits[13]);
    if (!birth.isValid() || year < 1900 || birth >= today)
        return false;
    // GB 11643: weights 2^(17-i) mod 11, check characters "10X98765432".
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += digits[i] * weights[i];
    return last == char16_t("10X98765432"[sum % 11]);
}

QHash<qint64, QString> villageNames(Ledger &ledger)
{
    QHash<qint64, QString> names;
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, name FROM village"));
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}
} // namespace

QStringList FindingEngine::ruleCodes()
{
    return {QStringLiteral("committee.size"),        QStringLiteral("committee.no_woman"),
            QStringLiteral("party.size"),            QStringLiteral("committee.missing"),
            QStringLiteral("post.duplicate_chair"), QStringLiteral("supervision.conflict"),
            QStringLiteral("reserve.shortage"),      QStringLiteral("term.ending"),
            QStringLiteral("term.expired"),          QStringLiteral("person.invalid_id"),
            QStringLiteral("person.missing_id"),     QStringLiteral("post.review_failed"),
            QStringLiteral("target.income"),         QStringLiteral("target.high_income_share"),
            QStringLiteral("target.five_star_share"), QStringLiteral("target.college_share"),
            QStringLiteral("matter.order"),          QStringLiteral("matter.after_rejection"),
            QStringLiteral("matter.quorum"),         QStringLiteral("matter.vote_failed"),
            QStringLiteral("matter.counts"),         QStringLiteral("matter.form_missing"),
            QStringLiteral("matter.expected_mismatch"),
            QStringLiteral("matter.disclosure_late"),
            QStringLiteral("matter.disclosure_missing"), QStringLiteral("matter.disclosure_short"),
            QStringLiteral("matter.unsigned"),       QStringLiteral("matter.result_missing"),
            QStringLiteral("grid.unassigned"),       QStringLiteral("grid.oversize"),
            QStringLiteral("grid.worker_overload"),  QStringLiteral("grid.no_leader"),
            QStringLiteral("household.duplicate_id"), QStringLiteral("disclosure.overdue"),
            QStringLiteral("disclosure.late"),        QStringLiteral("village.duplicate_credit_code")};
}

QString FindingEngine::ruleTitle(const QString &rule)
{
    if (rule == QLatin1String("committee.size"))
        return tr("Villagers' committee size out of range");
    if (rule == QLatin1String("committee.no_woman"))
        return tr("No woman on the villagers' committee");
    if (rule == QLatin1String("party.size"))
        return tr("Party committee too large");
    if (rule == QLatin1String("committee.missing"))
        return tr("No running term");
    if (rule == QLatin1String("post.duplicate_chair"))
        return tr("Single post held by two people");
    if (rule == QLatin1String("supervision.conflict"))
        return tr("Supervision member also on the villagers' committee");
    if (rule == QLatin1String("reserve.shortage"))
        return tr("Too few reserve cadres");
    if (rule == QLatin1String("term.ending"))
        return tr("Term ending soon");
    if (rule == QLatin1String("term.expired"))
        return tr("Term expired");
    if (rule == QLatin1String("person.invalid_id"))
        return tr("Invalid ID number");
    if (rule == QLatin1String("person.missing_id"))
        return tr("Post holder without ID number");
    if (rule == QLatin1String("post.review_failed"))
        return tr("Post holder failed the qualification review");
    if (rule == QLatin1String("target.income"))
        return tr("Collective income below target");
    if (rule == QLatin1String("target.high_income_share"))
        return tr("Too few villages above the high income target");
    if (rule == QLatin1String("target.five_star_share"))
        return tr("Too few five-star party organisations");
    if (rule == QLatin1String("target.college_share"))
        return tr("Too few cadres with college education");
    if (rule == QLatin1String("matter.order"))
        return tr("Steps out of order");
    if (rule == QLatin1String("matter.after_rejection"))
        return tr("Step recorded after a rejection");
    if (rule == QLatin1String("matter.quorum"))
        return tr("Meeting without quorum — hold it again");
    if (rule == QLatin1String("matter.vote_failed"))
        return tr("Vote did not pass");
    if (rule == QLatin1String("matter.counts"))
        return tr("Meeting counts incomplete or inconsistent");
    if (rule == QLatin1String("matter.form_missing"))
        return tr("Meeting form of the resolution not recorded");
    if (rule == QLatin1String("matter.expected_mismatch"))
        return tr("Expected attendance differs from the village record");
    if (rule == QLatin1String("matter.disclosure_late"))
        return tr("Resolution disclosed late");
    if (rule == QLatin1String("matter.disclosure_missing"))
        return tr("Resolution not disclosed");
    if (rule == QLatin1String("matter.disclosure_short"))
        return tr("Disclosure period too short");
    if (rule == QLatin1String("matter.unsigned"))
        return tr("Disclosure not signed by the supervision committee");
    if (rule == QLatin1String("matter.result_missing"))
        return tr("Result not disclosed");
    if (rule == QLatin1String("grid.unassigned"))
        return tr("Households in no grid");
    if (rule == QLatin1String("grid.oversize"))
        return tr("Grid far above the size");
    if (rule == QLatin1String("grid.worker_overload"))
        return tr("Grid worker with too many households");
    if (rule == QLatin1String("grid.no_leader"))
        return tr("Grid without a leader");
    if (rule == QLatin1String("household.duplicate_id"))
        return tr("Same household ID twice");
    if (rule == QLatin1String("disclosure.overdue"))
        return tr("Disclosure overdue");
    if (rule == QLatin1String("disclosure.late"))
        return tr("Disclosure posted late");
    if (rule == QLatin1String("village.duplicate_credit_code"))
        return tr("Same unified social credit code for two villages");
    return rule;
}

QList<Finding> FindingEngine::run(Ledger &ledger, const QDate &asOf)
{
    FindingContext c{ledger, asOf, SettingsStore(ledger).targets(), Indicators::compute(ledger, asOf)};
    return run(c);
}

QList<QPair<QString, FindingEngine::Rule>> FindingEngine::families()
{
    return {{QStringLiteral("committees"), &committeeRules}, {QStringLiteral("chairs"), &overlappingChairs},
            {QStringLiteral("supervision"), &supervisionConflicts}, {QStringLiteral("terms"), &termRules},
            {QStringLiteral("people"), &personRules},          {QStringLiteral("targets"), &targetRules},
            {QStringLiteral("matters"), &matterRules},         {QStringLiteral("grids"), &gridRules},
            {QStringLiteral("disclosures"), &disclosureRules}, {QStringLiteral("villages"), &villageRules}};
}

QList<Finding> FindingEngine::run(const FindingContext &c)
{
    QList<Finding> all;
    for (const auto &family : families())
        all += family.second(c);
    // Village order as in the ledger, township-wide findings first.
    QHash<qint64, int> order;
    for (int i = 0; i < c.indicators.size(); ++i)
        order.insert(c.indicators[i].villageId, i + 1);
    std::stable_sort(all.begin(), all.end(), [&](const Finding &a, const Finding &b) {
        return order.value(a.villageId) < order.value(b.villageId);
    });
    return all;
}

QList<Finding> FindingEngine::committeeRules(const FindingContext &c)
{
    QList<Finding> out;
    const Targets &t = c.targets;
    QSet<qint64> withCommitteeTerm, withPartyTerm;
    {
        QSqlQuery q(c.ledger.database());
        q.prepare(QStringLiteral("SELECT t.village_id, t.body FROM term t WHERE %1").arg(TownshipAsOf::termRunningSql()));
        q.bindValue(QStringLiteral(":d"), sql::dateText(c.asOf));
        q.exec();
        while (q.next())
            (q.value(1).toString() == QLatin1String("party") ? withPartyTerm : withCommitteeTerm)
                .insert(q.value(0).toLongLong());
    }
    for (const VillageIndicators &v : c.indicators) {
        const auto V = Finding::RecordKind::Village;
        if (v.reserves < t.minReserveCadres)
            out << make("reserve.shortage", Finding::Severity::Warning, v.villageId, v.villageName,
                        tr("%1 reserve cadres; at least %2 are expected").arg(v.reserves).arg(t.minReserveCadres), V,
                        v.villageId);
        if (!withCommitteeTerm.contains(v.villageId) || !withPartyTerm.contains(v.villageId)) {
            out << make("committee.missing", Finding::Severity::Error, v.villageId, v.villageName,
                        !withPartyTerm.contains(v.villageId)
                            ? tr("no running term of the party organisation is recorded")
                            : tr("no running term of the villagers' committee is recorded"),
                        V, v.villageId);
            if (!withCommitteeTerm.contains(v.villageId))
                continue;
        }
        if (v.committeeSize < t.committeeMin || v.committeeSize > t.committeeMax)
            out << make("committee.size", Finding::Severity::Error, v.villageId, v.villageName,
                        tr("the villagers' committee has %1 members; the law asks for %2 to %3")
                            .arg(v.committeeSize)
                            .arg(t.committeeMin)
                            .arg(t.committeeMax),
                        V, v.villageId);
        if (v.committeeSize > 0 && v.committeeWomen == 0)
            out << make("committee.no_woman", Finding::Severity::Error, v.villageId, v.villageName,
                        tr("none of the %1 members of the villagers' committee is a woman (Organic Law §6)")
                            .arg(v.committeeSize),
                        V, v.villageId);
        if (v.partySize > t.partyCommitteeMax)
            out << make("party.size", Finding::Severity::Warning, v.villageId, v.villageName,
                        tr("the party committee has %1 members; at most %2").arg(v.partySize).arg(t.partyCommitteeMax),
                        V, v.villageId);
    }
    return out;
}

QList<Finding> FindingEngine::overlappingChairs(const FindingContext &c)
{
    // Two chair posts of the same body in the same village whose periods overlap.
    QList<Finding> out;
    QSqlQuery q(c.ledger.database());
    q.setForwardOnly(true);
    // Only posts taken up by the date: an overlap that began later was not there yet.
    q.prepare(QStringLiteral(
        "SELECT v.id, v.name, ta.body, pa.name, pb.name, a.start_date, b.start_date, b.id "
        "FROM post a JOIN term ta ON ta.id = a.term_id "
        "JOIN post b ON b.id > a.id AND b.role = 'chair' "
        "JOIN term tb ON tb.id = b.term_id AND tb.village_id = ta.village_id AND tb.body = ta.body "
        "JOIN person pa ON pa.id = a.person_id JOIN person pb ON pb.id = b.person_id "
        "JOIN village v ON v.id = ta.village_id "
        "WHERE a.role = 'chair' AND a.person_id <> b.person_id AND a.start_date <= :d AND b.start_date <= :d "
        "AND a.start_date < (CASE b.end_date WHEN '' THEN '9999-12-31' ELSE b.end_date END) "
        "AND b.start_date < (CASE a.end_date WHEN '' THEN '9999-12-31' ELSE a.end_date END)"));
    q.bindValue(QStringLiteral(":d"), sql::dateText(c.asOf));
    q.exec();
    while (q.next()) {
        const Body body = bodyFromCode(q.value(2).toString());
        out << make("post.duplicate_chair", Finding::Severity::Error, q.value(0).toLongLong(), q.value(1).toString(),
                    tr("%1 is held by both %2 (since %3) and %4 (since %5)")
                        .arg(DomainText::role(body, Role::Chair), q.value(3).toString(), q.value(5).toString(),
                             q.value(4).toString(), q.value(6).toString()),
                    Finding::RecordKind::Post, q.value(7).toLongLong());
    }
    return out;
}

QList<Finding> FindingEngine::supervisionConflicts(const FindingContext &c)
{
    QList<Finding> out;
    QSqlQuery q(c.ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT v.id, v.name, pe.id, pe.name "
        "FROM post s JOIN term ts ON ts.id = s.term_id AND ts.body = 'supervision' "
        "JOIN post m ON m.person_id = s.person_id JOIN term tm ON tm.id = m.term_id AND tm.body = 'committee' "
        "JOIN person pe ON pe.id = s.person_id JOIN village v ON v.id = ts.village_id "
        "WHERE %1 AND %2").arg(TownshipAsOf::postHeldSql(QStringLiteral("s"), QStringLiteral("ts")),
                                TownshipAsOf::postHeldSql(QStringLiteral("m"), QStringLiteral("tm"))));
    q.bindValue(QStringLiteral(":d"), sql::dateText(c.asOf));
    q.exec();
    while (q.next())
        out << make("supervision.conflict", Finding::Severity::Error, q.value(0).toLongLong(), q.value(1).toString(),
                    tr("%1 sits on the supervision committee and on the villagers' committee (Organic Law §32)")
                        .arg(q.value(3).toString()),
                    Finding::RecordKind::Person, q.value(2).toLongLong());
    return out;
}

QList<Finding> FindingEngine::termRules(const FindingContext &c)
{
    QList<Finding> out;
    QSqlQuery q(c.ledger.database());
    q.setForwardOnly(true);
    // Terms running on the date; one closed later was still running then.
    q.prepare(QStringLiteral("SELECT t.id, t.body, t.number, t.end_date, v.id, v.name FROM term t "
                             "JOIN village v ON v.id = t.village_id WHERE %1").arg(TownshipAsOf::termRunningSql()));
    q.bindValue(QStringLiteral(":d"), sql::dateText(c.asOf));
    q.exec();
    const QDate warnUntil = c.asOf.addMonths(c.targets.termWarningMonths);
    while (q.next()) {
        const QDate end = sql::toDate(q.value(3));
        const QString body = DomainText::body(bodyFromCode(q.value(1).toString()));
        if (!end.isValid())
            continue;
        if (end < c.asOf)
            out << make("term.expired", Finding::Severity::Error, q.value(4).toLongLong(), q.value(5).toString(),
                        tr("term %1 of the %2 ended on %3 and no change of term is recorded")
                            .arg(q.value(2).toInt())
                            .arg(body, end.toString(Qt::ISODate)),
                        Finding::RecordKind::Term, q.value(0).toLongLong());
        else if (end <= warnUntil)
            out << make("term.ending", Finding::Severity::Warning, q.value(4).toLongLong(), q.value(5).toString(),
                        tr("term %1 of the %2 ends on %3: prepare the change of term and the qualification review")
                            .arg(q.value(2).toInt())
                            .arg(body, end.toString(Qt::ISODate)),
                        Finding::RecordKind::Term, q.value(0).toLongLong());
    }
    return out;
}

QList<Finding> FindingEngine::personRules(const FindingContext &c)
{
    QList<Finding> out;
    QSqlQuery q(c.ledger.database());
    q.setForwardOnly(true);
    // Every ID number of the township (tens of thousands at county scale): only id and number
    // cross into Qt; name and village are read for the few that fail, in the same order.
    // People whose posts and reserve-list entries all begin after the date were not on record
    // then (a person has no date of its own); the others are checked.
    q.prepare(QStringLiteral(
        "SELECT pe.id, pe.id_number FROM person pe JOIN village v ON v.id = pe.village_id "
        "WHERE pe.id_number <> '' AND NOT ("
        " (EXISTS (SELECT 1 FROM post po WHERE po.person_id = pe.id) "
        "  OR EXISTS (SELECT 1 FROM reserve_cadre r WHERE r.person_id = pe.id AND r.added_on <> '')) "
        " AND NOT EXISTS (SELECT 1 FROM post po WHERE po.person_id = pe.id AND po.start_date <= :d) "
        " AND NOT EXISTS (SELECT 1 FROM reserve_cadre r WHERE r.person_id = pe.id AND (r.added_on = '' OR r.added_on <= :d))"
        ") ORDER BY pe.id"));
    q.bindValue(QStringLiteral(":d"), sql::dateText(c.asOf));
    q.exec();
    const QDate today = QDate::currentDate();
    QList<QPair<qint64, QString>> invalid; // person, error
    while (q.next()) {
        const QString number = q.value(1).toString();
        if (plainlyValidIdNumber(number, today))
            continue;
        const IdNumberInfo info = Validators::checkIdNumber(number);
        if (!info.valid)
            invalid.append({q.value(0).toLongLong(), info.error});
    }
    if (!invalid.isEmpty()) {
        q.prepare(QStringLiteral("SELECT pe.name, v.id, v.name FROM person pe JOIN village v ON v.id = pe.village_id "
                                 "WHERE pe.id = ?"));
        for (const auto &[person, error] : std::as_const(invalid)) {
            q.bindValue(0, person);
            if (q.exec() && q.next())
                out << make("person.invalid_id", Finding::Severity::Error, q.value(1).toLongLong(),
                            q.value(2).toString(), tr("%1: %2").arg(q.value(0).toString(), error),
                            Finding::RecordKind::Person, person);
        }
    }
    // Post holders on the date: driven by the posts (a few thousand) rather than by every person,
    // grouped per person in person order. CROSS JOIN keeps SQLite from starting at person.
    q.prepare(QStringLiteral(
        "SELECT pe.id, pe.name, v.id, v.name, "
        "MAX(CASE WHEN po.review = 'failed' THEN 1 ELSE 0 END), MAX(CASE WHEN pe.id_number = '' THEN 1 ELSE 0 END) "
        "FROM post po CROSS JOIN person pe ON pe.id = po.person_id JOIN village v ON v.id = pe.village_id "
        "JOIN term t ON t.id = po.term_id WHERE %1 GROUP BY pe.id ORDER BY pe.id").arg(TownshipAsOf::postHeldSql()));
    q.bindValue(QStringLiteral(":d"), sql::dateText(c.asOf));
    q.exec();
    while (q.next()) {
        if (q.value(5).toInt())
            out << make("person.missing_id", Finding::Severity::Warning, q.value(2).toLongLong(), q.value(3).toString(),
                        tr("%1 holds a post but has no ID number recorded").arg(q.value(1).toString()),
                        Finding::RecordKind::Person, q.value(0).toLongLong());
        if (q.value(4).toInt())
            out << make("post.review_failed", Finding::Severity::Error, q.value(2).toLongLong(), q.value(3).toString(),
                        tr("%1 holds a post although the county qualification review failed")
                            .arg(q.value(1).toString()),
                        Finding::RecordKind::Person, q.value(0).toLongLong());
    }
    return out;
}

QList<Finding> FindingEngine::matterRules(const FindingContext &c)
{
    QList<Finding> out;
    const QList<BoardRow> board = c.matters ? QList<BoardRow>() : MatterBoard::rows(c.ledger, c.asOf);
    for (const BoardRow &row : c.matters ? *c.matters : board) {
        for (const Deliberation::Defect &d : row.defects) {
            const bool serious = d.rule == QLatin1String("matter.quorum") || d.rule == QLatin1String("matter.order") ||
                                 d.rule == QLatin1String("matter.after_rejection") ||
                                 d.rule == QLatin1String("matter.disclosure_missing");
            out << Finding{d.rule, serious ? Finding::Severity::Error : Finding::Severity::Warning,
                           row.matter.villageId, row.village,
                           tr("%1: %2").arg(row.matter.title, d.detail), Finding::RecordKind::Matter, row.matter.id};
        }
    }
    return out;
}

QList<Finding> FindingEngine::gridRules(const FindingContext &c)
{
    QList<Finding> out;
    const GridSettings g = SettingsStore(c.ledger).grid();
    QSqlQuery q(c.ledger.database());
    q.setForwardOnly(true);
    // Households, their grids and 网格员 as assigned on the date (the assignment history).
    const TownshipAsOf own(c.ledger, c.asOf);
    const TownshipAsOf &asOf = c.view ? *c.view : own;
    QHash<qint64, TownshipAsOf::HouseholdTotals> villageTotals;
    QHash<TownshipAsOf::VillageGrid, QPair<int, int>> gridCounts;
    asOf.householdFigures(&villageTotals, &gridCounts);
    // Thousands of grids: the village names come from one small query, not with every row.
    const QHash<qint64, QString> villages = villageNames(c.ledger);
    {
        QList<qint64> ids = villageTotals.keys();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids))
            if (const int n = villageTotals.value(id).unassigned; n > 0 && villages.contains(id))
                out << make("grid.unassigned", Finding::Severity::Warning, id, villages.value(id),
                            tr("%1 households are in no grid").arg(n), Finding::RecordKind::Village, id);
    }
    // A grid counts its own households and those of its sub-grids: one GROUP BY on the grid index,
    // then parents add their children's counts.
    const qint64 limitTimes100 = qint64(g.size) * (100 + g.tolerancePct);
    QHash<qint64, int> perGrid;
    for (auto it = gridCounts.cbegin(); it != gridCounts.cend(); ++it)
        perGrid[it.key().second] += it.value().first;
    struct GridRow
    {
        qint64 village;
        qint64 id;
        QString name;
        qint64 leader;
        qint64 parent;
    };
    QList<GridRow> gridRows;
    QHash<qint64, int> total;
    q.exec(QStringLiteral("SELECT gr.village_id, gr.id, gr.name, IFNULL(gr.leader_id, 0), IFNULL(gr.parent_id, 0) "
                          "FROM grid gr JOIN village v ON v.id = gr.village_id ORDER BY v.id, gr.code, gr.name"));
    gridRows.reserve(perGrid.size());
    while (q.next()) {
        GridRow r{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                  q.value(4).toLongLong()};
        total[r.id] += perGrid.value(r.id);
        if (r.parent)
            total[r.parent] += perGrid.value(r.id);
        gridRows << r;
    }
    for (const GridRow &r : gridRows) {
        const int n = total.value(r.id);
        if (qint64(n) * 100 > limitTimes100)
            out << make("grid.oversize", Finding::Severity::Warning, r.village, villages.value(r.village),
                        tr("grid %1 has %2 households; the size is %3 (+%4%)")
                            .arg(r.name)
                            .arg(n)
                            .arg(g.size)
                            .arg(g.tolerancePct),
                        Finding::RecordKind::Grid, r.id);
        if (r.leader == 0)
            out << make("grid.no_leader", Finding::Severity::Warning, r.village, villages.value(r.village),
                        tr("grid %1 has no grid leader").arg(r.name), Finding::RecordKind::Grid, r.id);
    }
    // Overloaded grid workers: the subquery counts on the covering index household_worker alone
    // and keeps the few workers over the limit; only their households are then looked up for the
    // village and joined (the same groups, in the same worker order, as without it).
    {
        const QHash<qint64, int> perWorker = asOf.householdsPerWorker();
        QList<qint64> over;
        for (auto it = perWorker.cbegin(); it != perWorker.cend(); ++it)
            if (it.value() > g.workerMax)
                over << it.key();
        std::sort(over.begin(), over.end());
        // The few over the limit: their name and village (that of the person), in village order.
        struct Overload
        {
            qint64 village;
            QString villageName;
            qint64 person;
            QString name;
            int households;
        };
        QList<Overload> found;
        q.prepare(QStringLiteral("SELECT v.id, v.name, p.name FROM person p JOIN village v ON v.id = p.village_id "
                                 "WHERE p.id = ?"));
        for (qint64 person : std::as_const(over)) {
            q.bindValue(0, person);
            if (q.exec() && q.next())
                found << Overload{q.value(0).toLongLong(), q.value(1).toString(), person, q.value(2).toString(),
                                  perWorker.value(person)};
        }
        std::stable_sort(found.begin(), found.end(), [](const Overload &a, const Overload &b) { return a.village < b.village; });
        for (const Overload &o : std::as_const(found))
            out << make("grid.worker_overload", Finding::Severity::Warning, o.village, o.villageName,
                        tr("grid worker %1 looks after %2 households; at most %3").arg(o.name).arg(o.households).arg(g.workerMax),
                        Finding::RecordKind::Person, o.person);
    }
    // Duplicate ID numbers are rare. One pass over the covering index household_head_id lists
    // them (without MIN(id), which costs as much again over 200,000 entries); then d counts and
    // picks the first household of just those numbers, in the same order as over all of them.
    // As a rule there are none: counting the distinct numbers (SQLite does it on the index without
    // grouping, in half the time) and comparing with the count of all says so.
    q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM household WHERE head_id_number <> '') - "
                          "(SELECT COUNT(DISTINCT head_id_number) FROM household WHERE head_id_number <> '')"));
    if (q.next() && q.value(0).toLongLong() == 0)
        return out;
    QVariantList duplicated;
    q.exec(QStringLiteral("SELECT head_id_number FROM household WHERE head_id_number <> '' "
                          "GROUP BY head_id_number HAVING COUNT(*) > 1"));
    while (q.next())
        duplicated << q.value(0);
    if (duplicated.isEmpty())
        return out;
    // Up to a few hundred numbers go in as parameters; beyond that the list stays a subquery.
    const bool bound = duplicated.size() <= 500;
    QStringList marks;
    if (bound)
        marks.fill(QStringLiteral("?"), duplicated.size());
    q.prepare(QStringLiteral("SELECT v.id, v.name, h.id, h.head_name, h.head_id_number, d.n FROM household h "
                             "JOIN (SELECT head_id_number, COUNT(*) AS n, MIN(id) AS first FROM household "
                             "      WHERE head_id_number IN (%1) "
                             "      GROUP BY head_id_number HAVING COUNT(*) > 1) d "
                             "  ON d.head_id_number = h.head_id_number AND d.first = h.id "
                             "JOIN village v ON v.id = h.village_id ORDER BY v.id")
                  .arg(bound ? marks.join(QLatin1Char(','))
                             : QStringLiteral("SELECT head_id_number FROM household WHERE head_id_number <> '' "
                                              "GROUP BY head_id_number HAVING COUNT(*) > 1")));
    if (bound)
        for (int i = 0; i < duplicated.size(); ++i)
            q.bindValue(i, duplicated[i]);
    q.exec();
    while (q.next())
        out << make("household.duplicate_id", Finding::Severity::Error, q.value(0).toLongLong(), q.value(1).toString(),
                    tr("the ID number of household head %1 appears %2 times in the township")
                        .arg(q.value(3).toString())
                        .arg(q.value(5).toInt()),
                    Finding::RecordKind::Household, q.value(2).toLongLong());
    return out;
}

QList<Finding> FindingEngine::villageRules(const FindingContext &c)
{
    // A 统一社会信用代码 names one village committee: the same code on two villages is a typing
    // or copying error (often made by an import) that the county's records would reject.
    QList<Finding> out;
    QSet<qint64> shown;
    for (const VillageIndicators &v : c.indicators)
        shown.insert(v.villageId);
    QSqlQuery q(c.ledger.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, name, credit_code FROM village WHERE credit_code <> '' ORDER BY id"));
    QHash<QString, QPair<qint64, QString>> first; // code → its first village
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!shown.contains(id))
            continue; // not yet a village on that date
        const QString name = q.value(1).toString();
        const QString code = q.value(2).toString().trimmed().toUpper();
        const auto it = first.constFind(code);
        if (it == first.constEnd()) {
            first.insert(code, {id, name});
            continue;
        }
        out << make("village.duplicate_credit_code", Finding::Severity::Error, id, name,
                    tr("unified social credit code %1 is also that of %2").arg(code, it->second),
                    Finding::RecordKind::Village, id);
    }
    return out;
}

QList<Finding> FindingEngine::disclosureRules(const FindingContext &c)
{
    // The last twelve months: older gaps are history the county has already seen.
    QList<Finding> out;
    for (const DueItem &d : DisclosureSchedule::items(c.ledger, c.asOf.addMonths(-12), c.asOf, c.asOf)) {
        if (d.state == DueItem::State::DoneLate) {
            out << make("disclosure.late", Finding::Severity::Warning, d.villageId, d.village,
                        tr("%1 disclosure for %2 was due on %3 and was posted on %4")
                            .arg(DisclosureText::kind(d.kind), DisclosureText::period(d.kind, d.periodStart),
                                 d.dueDate.toString(Qt::ISODate), d.postedOn.toString(Qt::ISODate)),
                        Finding::RecordKind::Disclosure, d.disclosureId);
            continue;
        }
        if (d.state != DueItem::State::Overdue)
            continue;
        out << make("disclosure.overdue", Finding::Severity::Warning, d.villageId, d.village,
                    tr("%1 disclosure for %2 was due on %3 and is not posted")
                        .arg(DisclosureText::kind(d.kind), DisclosureText::period(d.kind, d.periodStart),
                             d.dueDate.toString(Qt::ISODate)),
                    Finding::RecordKind::Village, d.villageId);
    }
    return out;
}

QList<Finding> FindingEngine::targetRules(const FindingContext &c)
{
    QList<Finding> out;
    const Targets &t = c.targets;
    auto wan = [](qint64 yuan) { return QString::number(yuan / 10000.0, 'f', 2); };
    int high = 0, fiveStar = 0, members = 0, college = 0;
    for (const VillageIndicators &v : c.indicators) {
        if (v.incomeYuan <= t.minIncomeYuan)
            out << make("target.income", Finding::Severity::Warning, v.villageId, v.villageName,
                        tr("collective income %1 (10k yuan) is not above the target of %2")
                            .arg(wan(v.incomeYuan), wan(t.minIncomeYuan)),
                        Finding::RecordKind::Village, v.villageId);
        high += v.incomeYuan > t.highIncomeYuan ? 1 : 0;
        fiveStar += v.starRating == 5 ? 1 : 0;
        members += v.members;
        college += v.college;
    }
    const int n = int(c.indicators.size());
    if (n == 0)
        return out;
    const auto T = Finding::RecordKind::Township;
    if (belowShare(high, n, t.highIncomeSharePct))
        out << make("target.high_income_share", Finding::Severity::Warning, 0, QString(),
                    tr("%1 of %2 villages have a collective income above %3 (10k yuan); the target is %4%")
                        .arg(high)
                        .arg(n)
                        .arg(wan(t.highIncomeYuan))
                        .arg(t.highIncomeSharePct),
                    T, 0);
    if (belowShare(fiveStar, n, t.fiveStarSharePct))
        out << make("target.five_star_share", Finding::Severity::Warning, 0, QString(),
                    tr("%1 of %2 party organisations are rated five stars; the target is %3%")
                        .arg(fiveStar)
                        .arg(n)
                        .arg(t.fiveStarSharePct),
                    T, 0);
    if (members > 0 && belowShare(college, members, t.collegeSharePct))
        out << make("target.college_share", Finding::Severity::Warning, 0, QString(),
                    tr("%1 of %2 village cadres have junior college education or higher; the target is %3%")
                        .arg(college)
                        .arg(members)
                        .arg(t.collegeSharePct),
                    T, 0);
    return out;
}

} // namespace tl
