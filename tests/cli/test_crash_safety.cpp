// Crash safety, proved: township-ledger-cli is killed with SIGKILL at random moments during a
// large import, and tl_stress_edits (tests/tools/stress_edits.cpp) during a long series of edits. After every kill the ledger opens, SQLite's
// integrity_check says ok, and the data is exactly the state before or after each transaction.

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <iostream>

#include <signal.h>

using namespace tl;

namespace {

int runCli(const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(TL_CLI_PATH), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(p.waitForFinished(600000));
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitCode();
}

// Starts the program (the CLI, or the edit stream) and kills it after `ms`; true when it was
// still running (a real kill).
bool killAfter(const QString &program, const QStringList &args, int ms)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(p.waitForStarted());
    QThread::msleep(ms);
    const bool running = p.state() == QProcess::Running;
    if (running)
        ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished(60000);
    return running;
}

qint64 scalar(Ledger &ledger, const QString &sql)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct State
{
    qint64 households = 0;
    qint64 imports = 0;
    qint64 auditRows = 0;
    QString note;
    qint64 villageHouseholds = 0;
    qint64 noteAudits = 0;
};

// Opens the ledger as the clerk would after the crash and reads the figures the invariants need.
State inspect(const QString &path)
{
    auto opened = Ledger::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ledger);
    REQUIRE_FALSE(opened.ledger->isReadOnly()); // the dead process's lock was recognised as stale
    Ledger &l = *opened.ledger;
    QSqlQuery q(l.database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
    q.finish();
    State s;
    s.households = scalar(l, QStringLiteral("SELECT COUNT(*) FROM household"));
    s.imports = scalar(l, QStringLiteral("SELECT COUNT(*) FROM import_log WHERE kind = 'households'"));
    s.auditRows = scalar(l, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE tbl = 'household'"));
    REQUIRE(q.exec(QStringLiteral("SELECT note, households FROM village ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    s.note = q.value(0).toString();
    s.villageHouseholds = q.value(1).toLongLong();
    s.noteAudits = scalar(l, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE tbl = 'village' AND field = 'note'"));
    return s;
}

} // namespace

TEST_CASE("crash safety: SIGKILL during imports and edits never leaves a partial change", "[crash]")
{
    test::TempDir tmp;
    const QString ledger = tmp.file(QStringLiteral("crash.ledger"));
    REQUIRE(runCli({QStringLiteral("new"), ledger, QStringLiteral("--township"), QStringLiteral("崩溃测试镇")}) == 0);
    const QString villages = tmp.file(QStringLiteral("villages.csv"));
    {
        QFile f(villages);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("村名,户数\n东村,0\n西村,0\n");
    }
    REQUIRE(runCli({QStringLiteral("import"), ledger, QStringLiteral("--villages"), villages}) == 0);

    const int rows = 20000;
    const QString households = tmp.file(QStringLiteral("households.csv"));
    {
        QFile f(households);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("村名,村民小组,户主姓名,门牌号,家庭人口,所属网格,网格员\n");
        for (int i = 0; i < rows; ++i)
            f.write(QStringLiteral("%1,%2组,户主%3,%3号,%4,第%5网格,网格员%5\n")
                        .arg(i % 2 ? QStringLiteral("东村") : QStringLiteral("西村"))
                        .arg(i % 7 + 1)
                        .arg(i)
                        .arg(i % 5 + 1)
                        .arg(i % 40 + 1)
                        .toUtf8());
    }
    const QStringList importArgs = {QStringLiteral("import"), ledger, QStringLiteral("--households"), households};
    const QStringList editArgs = {ledger, QStringLiteral("--count"), QStringLiteral("100000")};

    // How long one whole import takes here, so the kills land all along it.
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runCli(importArgs) == 0);
    const int importMs = int(timer.elapsed());
    State state = inspect(ledger);
    REQUIRE(state.households == rows);
    REQUIRE(state.imports == 1);

    QRandomGenerator random(20261123); // seeded: the same kill moments every run
    int tried = 0, killed = 0, survived = 0, importsLanded = 0;
    for (int round = 0; round < 16; ++round) {
        const bool importing = round % 2 == 0;
        // Up to a little past the measured import time, so some imports finish and land.
        const int ms = importing ? 30 + int(random.bounded(qMax(60, importMs * 6 / 5))) : 30 + int(random.bounded(1500));
        ++tried;
        killed += importing ? killAfter(QStringLiteral(TL_CLI_PATH), importArgs, ms)
                            : killAfter(QStringLiteral(TL_STRESS_EDITS_PATH), editArgs, ms);
        const State after = inspect(ledger);
        INFO("round " << round << " killed after " << ms << " ms");
        // The import is all or nothing: either every row with its log entry, or none of it.
        const bool landed = after.households == state.households + rows;
        CHECK((after.households == state.households || landed));
        CHECK(after.imports == state.imports + (landed ? 1 : 0));
        CHECK(after.auditRows == after.households); // one audit row per inserted household, never one without it
        importsLanded += landed;
        // Each edit is one transaction of two statements and its audit rows: they always agree.
        const qint64 edits = after.note.isEmpty() ? 0 : after.note.mid(5).toLongLong();
        CHECK(after.villageHouseholds == edits);
        CHECK(after.noteAudits == edits);
        CHECK(edits >= (state.note.isEmpty() ? 0 : state.note.mid(5).toLongLong()));
        survived += (after.households == state.households || landed) && after.villageHouseholds == edits
                    && after.noteAudits == edits;
        state = after;
    }
    std::cout << "crash safety: " << killed << " kills of " << tried << " runs (" << tried - killed
              << " finished before the kill), " << survived << " of " << tried
              << " left an exact before/after state; imports landed: " << importsLanded << "; import took " << importMs
              << " ms" << std::endl;
    CHECK(survived == tried);
    CHECK(killed >= tried / 2);
}
