// A past quarter does not move when later events are recorded: the quarterly report (every cell
// below the title row) and `check --date` are the same before and after records dated after the
// quarter are added, of every kind that has a date. Run over 2026Q1 (the demo's change of term
// falls in it) and over 2026Q3 (matters running).
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>
#include <QProcess>

namespace {
int run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, args);
    REQUIRE(p.waitForFinished(300000));
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int cli(const QStringList &args, QString *output = nullptr)
{
    QStringList all = args;
    all << QStringLiteral("--lang") << QStringLiteral("en");
    return run(QStringLiteral(TL_CLI_PATH), all, output);
}

// Every cell under the title row of each sheet of the report of `quarter`.
QString reportCells(const QString &ledger, const QString &quarter, const QString &xlsx)
{
    REQUIRE(cli({QStringLiteral("export"), ledger, QStringLiteral("--quarter"), quarter, QStringLiteral("--out"), xlsx}) == 0);
    QString cells;
    REQUIRE(run(QStringLiteral("/usr/bin/python3"), {QStringLiteral(TL_TESTS_DIR "/tools/dump_cells.py"), xlsx}, &cells) == 0);
    REQUIRE(cells.contains(QStringLiteral("== ")));
    return cells;
}

QString findings(const QString &ledger, const QDate &on)
{
    QString out;
    cli({QStringLiteral("check"), ledger, QStringLiteral("--date"), on.toString(Qt::ISODate)}, &out);
    return out;
}

// Records about events after `after`, of every kind that has a date: a new matter, later steps
// of earlier matters, a withdrawal, new members (one with a bad ID number), a post ended, a
// term closed and its successor, reserve cadres added and taken off the list, households moved
// to another grid and 网格员 (or out of every grid), a disclosure posted late.
QStringList laterRecords(const QDate &after)
{
    auto day = [&](int n) { return QStringLiteral("'%1'").arg(after.addDays(n).toString(Qt::ISODate)); };
    const QString village = QStringLiteral("(SELECT MIN(id) FROM village)");
    const QString village2 = QStringLiteral("(SELECT MAX(id) FROM village)");
    const QString runningCommittee = QStringLiteral(
        "(SELECT MIN(id) FROM term WHERE body = 'committee' AND closed_on = '' AND village_id = %1)").arg(village);
    return {
        // A new matter, its steps after the date.
        QStringLiteral("INSERT INTO matter (village_id, title, category) VALUES (%1, '后来的事项', 'project')").arg(village),
        QStringLiteral("INSERT INTO matter_step (matter_id, step, held_on, expected, present) "
                       "SELECT MAX(id), 1, %1, 5, 5 FROM matter").arg(day(3)),
        QStringLiteral("INSERT INTO matter_step (matter_id, step, held_on) SELECT MAX(id), 2, %1 FROM matter").arg(day(9)),
        // The next step of every matter whose steps so far are all on or before the date.
        QStringLiteral("INSERT INTO matter_step (matter_id, step, held_on, expected, present, votes_for, votes_against, "
                       "votes_abstain) SELECT matter_id, MAX(step) + 1, %1, 10, 4, 2, 2, 0 FROM matter_step "
                       "GROUP BY matter_id HAVING MAX(held_on) <= %2 AND MAX(step) < 6").arg(day(12), day(0)),
        // A matter open on the date is withdrawn later.
        QStringLiteral("UPDATE matter SET withdrawn_on = %1, withdrawn_reason = '后来撤回' WHERE id = (SELECT MIN(matter_id) "
                       "FROM matter_step GROUP BY matter_id HAVING MIN(held_on) <= %2 LIMIT 1) AND withdrawn_on = ''")
            .arg(day(20), day(0)),
        // New members: one (with an ID number that fails its check) on the running committee.
        QStringLiteral("INSERT INTO person (village_id, name, id_number, gender, birth_date) "
                       "VALUES (%1, '后来者', '110101199003070012', 'M', '1990-03-07')").arg(village),
        QStringLiteral("INSERT INTO post (term_id, person_id, role, start_date) SELECT %1, MAX(id), 'member', %2 FROM person")
            .arg(runningCommittee, day(5)),
        // A post held on the date ends later.
        QStringLiteral("UPDATE post SET end_date = %1, end_reason = 'resigned' WHERE id = (SELECT MIN(po.id) FROM post po "
                       "JOIN term t ON t.id = po.term_id WHERE t.closed_on = '' AND po.end_date = '' "
                       "AND po.start_date <= %2 AND t.village_id = %3)")
            .arg(day(15), day(0), village2),
        // The running party term of the second village is closed later and a new one starts.
        QStringLiteral("UPDATE term SET closed_on = %1 WHERE body = 'party' AND closed_on = '' AND start_date <= %2 "
                       "AND village_id = %3").arg(day(30), day(0), village2),
        QStringLiteral("INSERT INTO term (village_id, body, number, start_date, end_date) VALUES (%1, 'party', 9, %2, '2035-01-01')")
            .arg(village2, day(30)),
        // Reserve cadres: one added later, one on the list on the date taken off later.
        QStringLiteral("INSERT INTO person (village_id, name, gender) VALUES (%1, '后备新人', 'F')").arg(village),
        QStringLiteral("INSERT INTO reserve_cadre (village_id, person_id, source, added_on) "
                       "SELECT %1, MAX(id), 'graduate', %2 FROM person").arg(village, day(7)),
        QStringLiteral("UPDATE reserve_cadre SET removed_on = %1, removed_reason = '外出务工' WHERE id = (SELECT MIN(id) "
                       "FROM reserve_cadre WHERE added_on <= %2 AND removed_on = '')").arg(day(25), day(0)),
        // Households: five moved to another grid and 网格员, three out of every grid.
        QStringLiteral("INSERT INTO household_assignment (household_id, grid_id, worker_id, assigned_on, note) "
                       "SELECT h.id, (SELECT MAX(g.id) FROM grid g WHERE g.village_id = h.village_id), NULL, %1, '调整' "
                       "FROM household h WHERE h.village_id = %2 ORDER BY h.id LIMIT 5").arg(day(10), village),
        QStringLiteral("INSERT INTO household_assignment (household_id, grid_id, worker_id, assigned_on, note) "
                       "SELECT h.id, NULL, NULL, %1, '迁出网格' FROM household h WHERE h.village_id = %2 "
                       "ORDER BY h.id DESC LIMIT 3").arg(day(11), village2),
        QStringLiteral("UPDATE household SET grid_id = (SELECT a.grid_id FROM household_assignment a WHERE "
                       "a.household_id = household.id ORDER BY a.assigned_on DESC, a.id DESC LIMIT 1), worker_id = "
                       "(SELECT a.worker_id FROM household_assignment a WHERE a.household_id = household.id "
                       "ORDER BY a.assigned_on DESC, a.id DESC LIMIT 1)"),
        // The finance disclosure of the date's month, posted late, after the date.
        QStringLiteral("INSERT INTO disclosure (village_id, kind, period_start, period_end, title, posted_on) "
                       "SELECT id, 'finance', %1, %2, '迟到的财务公开', %3 FROM village")
            .arg(QStringLiteral("'%1'").arg(QDate(after.year(), after.month(), 1).addMonths(-1).toString(Qt::ISODate)),
                 QStringLiteral("'%1'").arg(QDate(after.year(), after.month(), 1).addDays(-1).toString(Qt::ISODate)),
                 day(40)),
    };
}

// A matter of the quarter: proposed and deliberated before its end, reviewed after it (laterRecords).
QStringList matterInQuarter(const QDate &end)
{
    auto day = [&](int n) { return QStringLiteral("'%1'").arg(end.addDays(n).toString(Qt::ISODate)); };
    return {QStringLiteral("INSERT INTO matter (village_id, title, category) VALUES ((SELECT MIN(id) FROM village), "
                           "'季度内提议的事项', 'project')"),
            QStringLiteral("INSERT INTO matter_step (matter_id, step, held_on, expected, present) "
                           "SELECT MAX(id), 1, %1, 5, 5 FROM matter").arg(day(-20)),
            QStringLiteral("INSERT INTO matter_step (matter_id, step, held_on, expected, present) "
                           "SELECT MAX(id), 2, %1, 9, 9 FROM matter").arg(day(-10))};
}

void checkQuarterStands(const QString &quarter, const QDate &end)
{
    tl::test::TempDir tmp;
    const QString ledger = tmp.file(QStringLiteral("asof.ledger"));
    REQUIRE(cli({QStringLiteral("demo"), ledger, QStringLiteral("--villages"), QStringLiteral("6"),
                 QStringLiteral("--households-per-village"), QStringLiteral("40"), QStringLiteral("--date"),
                 QStringLiteral("2026-11-23")}) == 0);
    tl::test::rawExec(ledger, matterInQuarter(end));
    const QString before = reportCells(ledger, quarter, tmp.file(QStringLiteral("before.xlsx")));
    REQUIRE(before.contains(QStringLiteral("季度内提议的事项")));
    const QString findingsBefore = findings(ledger, end);
    REQUIRE(findingsBefore.count(QLatin1Char('\n')) > 3);

    tl::test::rawExec(ledger, laterRecords(end));
    // The records did land (and do show from their own dates on).
    CHECK(findings(ledger, end.addDays(60)).contains(QStringLiteral("后来者")));
    const QString after = reportCells(ledger, quarter, tmp.file(QStringLiteral("after.xlsx")));
    const QString findingsAfter = findings(ledger, end);
    const QStringList b = before.split(QLatin1Char('\n')), a = after.split(QLatin1Char('\n'));
    for (int i = 0; i < std::min(b.size(), a.size()); ++i) {
        INFO("line " << i);
        REQUIRE(b[i].toStdString() == a[i].toStdString());
    }
    CHECK(b.size() == a.size());
    CHECK(findingsBefore.toStdString() == findingsAfter.toStdString());
}
} // namespace

TEST_CASE("as of a date: a past quarter's report and findings do not move when later records are added", "[asof]")
{
    SECTION("2026Q1: the change of term falls in the quarter")
    {
        checkQuarterStands(QStringLiteral("2026Q1"), QDate(2026, 3, 31));
    }
    SECTION("2026Q3: matters running")
    {
        checkQuarterStands(QStringLiteral("2026Q3"), QDate(2026, 9, 30));
    }
}

TEST_CASE("as of a date: a term closed later still runs on the date (no false missing term)", "[asof]")
{
    tl::test::TempDir tmp;
    const QString ledger = tmp.file(QStringLiteral("terms.ledger"));
    REQUIRE(cli({QStringLiteral("demo"), ledger, QStringLiteral("--villages"), QStringLiteral("4"),
                 QStringLiteral("--households-per-village"), QStringLiteral("20"), QStringLiteral("--date"),
                 QStringLiteral("2026-11-23")}) == 0);
    // The demo's terms changed in March 2026: in 2025 the closed 2021 terms were running.
    const QString old = findings(ledger, QDate(2025, 6, 30));
    CHECK_FALSE(old.contains(QStringLiteral("committee.missing")));
    CHECK_FALSE(old.contains(QStringLiteral("No running term")));
    // Their end (2026-03-2x) was within the warning months then.
    const QString late = findings(ledger, QDate(2025, 12, 31));
    CHECK(late.contains(QStringLiteral("term")));
}
