// tl_bench: figures at county scale, printed, never asserted (timing belongs in a benchmark,
// not in a unit test).
//
// Usage: tl_bench [--export-only] [--repeat N] [LEDGER]
//   without LEDGER      builds a county-scale demo (200 villages, 1,000 households each) in a
//                       temporary folder first (about a minute);
//   LEDGER not existing builds that demo there and keeps it, so later runs can reuse it;
//   --export-only       only the quarterly export against its floor;
//   --repeat N          runs of the export and of the floor (default 3); the best of each counts.
// The run changes the ledger it is given (bulk assignment, then unassignment, of 5,000 households):
// pass a copy when the file matters.
#include "model/DemoGenerator.h"
#include "findings/Findings.h"
#include "grids/GridProposal.h"
#include "grids/HouseholdRepository.h"
#include "committees/Indicators.h"
#include "storage/Ledger.h"
#include "matters/MatterBoard.h"
#include "reports/QuarterlyReport.h"
#include "model/VillageRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <xlsxwriter.h>

#include "BenchProcess.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

using namespace tl;

namespace {
QTextStream out(stdout);

// Wall time is the figure; the process's CPU time is printed beside it because on a busy machine
// (other builds on the same cores) wall time also measures the waiting for a core.
struct Timing
{
    double wall = 0; // ms
    double cpu = 0;  // ms
    Timing &operator+=(const Timing &o)
    {
        wall += o.wall;
        cpu += o.cpu;
        return *this;
    }
};

double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// Mean of `repeat` runs.
template<typename F>
Timing timeMs(F &&f, int repeat = 1)
{
    QElapsedTimer t;
    const double cpu0 = cpuMs();
    t.start();
    for (int i = 0; i < repeat; ++i)
        f();
    return {double(t.nsecsElapsed()) / 1e6 / repeat, (cpuMs() - cpu0) / repeat};
}

// Best of `repeat` runs (wall and CPU each), so a cold page cache or a busy core counts less.
template<typename F>
Timing bestOf(F &&f, int repeat)
{
    Timing best;
    for (int i = 0; i < repeat; ++i) {
        const Timing t = timeMs(f);
        best.wall = i == 0 ? t.wall : std::min(best.wall, t.wall);
        best.cpu = i == 0 ? t.cpu : std::min(best.cpu, t.cpu);
    }
    return best;
}

void line(const QString &what, const Timing &t)
{
    out << QStringLiteral("%1 %2 ms   (cpu %3 ms)").arg(what, -58).arg(t.wall, 9, 'f', 1).arg(t.cpu, 7, 'f', 1)
        << Qt::endl;
}

void otherFigures(Ledger &ledger, const QString &path, qint64 village, const QList<Village> &villages,
                  const QDate &today);
qint64 exportFigures(Ledger &ledger, const QDate &today, const QTemporaryDir &tmp, int repeat);
void processFigures(const QString &path, qint64 cells, const QDate &today, const QTemporaryDir &tmp, int repeat);

// The floors that are processes of their own: this program started again in a mode that does
// only what the library does.
void writeFloorCells(const QByteArray &file, qint64 cells)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *wb = workbook_new_opt(file.constData(), &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "floor");
    const int columns = 12;
    for (qint64 i = 0; i < cells; ++i) {
        if (i % 3 == 0)
            worksheet_write_string(ws, lxw_row_t(i / columns), lxw_col_t(i % columns), "王家庄村", nullptr);
        else
            worksheet_write_number(ws, lxw_row_t(i / columns), lxw_col_t(i % columns), double(i), nullptr);
    }
    workbook_close(wb);
}

// A bare main window with a table of 100 rows, shown and grabbed to a PNG: what Qt itself costs
// to start a window and paint it once.
int guiFloor(int argc, char *argv[], const QString &png)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *model = new QStandardItemModel(100, 10, &window);
    for (int r = 0; r < 100; ++r)
        for (int c = 0; c < 10; ++c)
            model->setItem(r, c, new QStandardItem(QStringLiteral("王家庄村%1").arg(r * 10 + c)));
    auto *view = new QTableView(&window);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    return window.grab().save(png) ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    // The floor modes, before any application object: tl_bench --xlsx-floor CELLS FILE,
    // tl_bench --gui-floor FILE.PNG.
    if (argc == 4 && qstrcmp(argv[1], "--xlsx-floor") == 0) {
        writeFloorCells(QByteArray(argv[3]), QByteArray(argv[2]).toLongLong());
        return 0;
    }
    if (argc == 3 && qstrcmp(argv[1], "--gui-floor") == 0)
        return guiFloor(argc, argv, QString::fromLocal8Bit(argv[2]));
    Ledger::settleLocalTime(); // as the programs do
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    QString path;
    bool exportOnly = false;
    int repeat = 3;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--help") || args[i] == QLatin1String("-h")) {
            out << "Usage: tl_bench [--export-only] [--repeat N] [LEDGER]\n"
                   "  Without LEDGER: builds the county demo (200 villages, 200,000 households) in a temporary folder.\n"
                   "  LEDGER that does not exist: builds the county demo there and keeps it for later runs.\n"
                   "  --export-only: only the quarterly export beside its floor (libxlsxwriter alone).\n"
                   "  --repeat N: runs of the export and of the floor, the best of each counts (default 3).\n"
                   "  The run assigns and unassigns 5,000 households of LEDGER: pass a copy when it matters.\n";
            out.flush();
            return 0;
        }
        if (args[i] == QLatin1String("--export-only")) {
            exportOnly = true;
        } else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size()) {
            repeat = std::max(1, args[++i].toInt());
        } else if (path.isEmpty() && !args[i].startsWith(QLatin1Char('-'))) {
            path = args[i];
        } else {
            out << QStringLiteral("unknown argument %1 (try --help)").arg(args[i]) << Qt::endl;
            return 2;
        }
    }
    if (path.isEmpty())
        path = tmp.filePath(QStringLiteral("county.ledger"));
    if (!QFileInfo::exists(path)) {
        Township t;
        t.name = QStringLiteral("基准镇");
        t.isDemo = true;
        auto created = Ledger::create(path, t);
        if (!created.ledger) {
            out << created.message << Qt::endl;
            return 2;
        }
        DemoOptions o;
        o.villages = 200;
        o.householdsPerVillage = 1000;
        o.today = QDate(2026, 11, 23);
        QString error;
        const Timing ms = timeMs([&] {
            if (!DemoGenerator::populate(*created.ledger, o, &error))
                out << error << Qt::endl;
        });
        line(QStringLiteral("build county demo (200 villages, 200,000 households)"), ms);
        // The demo has no floor (nothing outside the application builds such a township); the
        // figure stands beside its target instead.
        out << QStringLiteral("DEMO:   county demo %1 s   (cpu %2 s; no floor; target 20 s or less)")
                   .arg(ms.wall / 1000.0, 0, 'f', 1)
                   .arg(ms.cpu / 1000.0, 0, 'f', 1)
            << Qt::endl;
        // Decimal megabytes (10^6 bytes), the larger of the two readings, as `ls -l` counts bytes.
        out << QStringLiteral("SIZE:   county ledger %1 MB = %2 bytes   (target 120 MB or less)")
                   .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
                   .arg(QFileInfo(path).size())
            << Qt::endl;
    }
    auto opened = Ledger::open(path);
    if (!opened.ledger) {
        out << opened.message << Qt::endl;
        return 2;
    }
    Ledger &ledger = *opened.ledger;
    const QDate today(2026, 11, 23);
    HouseholdRepository households(ledger);
    const QList<Village> villages = VillageRepository(ledger).all();
    const qint64 village = villages.value(villages.size() / 2).id;
    out << QStringLiteral("ledger: %1 villages, %2 households")
               .arg(villages.size())
               .arg(households.count(HouseholdFilter{}))
        << Qt::endl;

    if (!exportOnly)
        otherFigures(ledger, path, village, villages, today);
    const qint64 cells = exportFigures(ledger, today, tmp, repeat);
    if (!exportOnly)
        processFigures(path, cells, today, tmp, repeat);
    return 0;
}

namespace {
void otherFigures(Ledger &ledger, const QString &path, qint64 village, const QList<Village> &villages,
                  const QDate &today)
{
    HouseholdRepository households(ledger);
    GridRepository grids(ledger);
    line(QStringLiteral("open ledger (header, quick_check, pragmas)"), timeMs([&] { Ledger::open(path); }));
    line(QStringLiteral("indicators, whole township"), timeMs([&] { Indicators::compute(ledger, today); }, 5));
    for (const auto &family : FindingEngine::families()) {
        FindingContext c{ledger, today, SettingsStore(ledger).targets(), Indicators::compute(ledger, today)};
        line(QStringLiteral("findings: %1").arg(family.first), timeMs([&] { family.second(c); }, 3));
    }
    line(QStringLiteral("findings: all (as check and the panel run them)"),
         timeMs([&] { FindingEngine::run(ledger, today); }, 3));
    line(QStringLiteral("matter board, whole township"), timeMs([&] { MatterBoard::rows(ledger, today); }, 3));

    // Opening a village's grid page: grid summaries, unassigned count, first screen of households.
    line(QStringLiteral("village page: grids + counts + first 100 rows"), timeMs([&] {
             grids.summaries(village);
             grids.unassignedHouseholds(village);
             HouseholdFilter f;
             f.villageId = village;
             const QVector<qint64> ids = households.ids(f);
             households.fetch(ids.mid(0, 100));
         }, 10));
    // The whole township's household list: ids of 200,000 rows, then one screen.
    line(QStringLiteral("township household list: all ids + first 100 rows"), timeMs([&] {
             const QVector<qint64> ids = households.ids(HouseholdFilter{});
             households.fetch(ids.mid(0, 100));
         }, 3));
    // A filter keystroke: the box gets one more character. The first search reads the whole
    // township into the search index (once per opened ledger; in the window a worker reads it
    // when the household list is opened, so no keystroke waits for it); every keystroke after it
    // scans it.
    {
        HouseholdFilter f;
        f.text = QStringLiteral("王");
        line(QStringLiteral("search index of all households read (a worker, in the window)"), timeMs([&] { households.ids(f); }));
    }
    const QString idTail = households.fetch(households.ids(HouseholdFilter{}).mid(0, 1)).value(0).headIdNumber.right(4);
    for (const QString &text : {QStringLiteral("王"), QStringLiteral("王建"), QStringLiteral("建国"), QStringLiteral("庄村"),
                                QStringLiteral("3713"), idTail}) {
        HouseholdFilter f;
        f.text = text;
        QVector<qint64> found;
        const Timing t = bestOf([&] {
                 found = households.ids(f);
                 households.fetch(found.mid(0, 100));
             }, 5);
        line(QStringLiteral("filter keystroke \"%1\", whole township (%2 found)").arg(text).arg(found.size()), t);
        out << QStringLiteral("    target <= 16 ms: %1").arg(t.wall <= 16 ? QStringLiteral("met") : QStringLiteral("NOT met")) << Qt::endl;
        f.villageId = village;
        line(QStringLiteral("filter keystroke \"%1\", one village").arg(text), bestOf([&] {
                 const QVector<qint64> ids = households.ids(f);
                 households.fetch(ids.mid(0, 100));
             }, 10));
    }
    // Bulk assignment of 5,000 households of one village's grids (a village of the county demo has
    // 1,000: take five villages' households into their first grids in one go each).
    QVector<qint64> batch;
    QList<qint64> gridIds;
    for (int i = 0; i < 5 && i < villages.size(); ++i) {
        HouseholdFilter f;
        f.villageId = villages[i].id;
        batch += households.ids(f);
        const QList<Grid> g = grids.ofVillage(villages[i].id);
        gridIds << (g.isEmpty() ? 0 : g.first().id);
    }
    Timing assignMs;
    for (int i = 0; i < 5; ++i) {
        const QVector<qint64> part = batch.mid(i * 1000, 1000);
        assignMs += timeMs([&] {
            QString error;
            QList<Assignment> previous;
            if (!households.assign(part, gridIds.value(i), 0, today, QStringLiteral("bench"), &previous, &error))
                out << error << Qt::endl;
        });
    }
    line(QStringLiteral("bulk assignment of %1 households (5 transactions)").arg(batch.size()), assignMs);
    // Bulk assignment of 5,000 households in ONE transaction (the drag of a whole selection).
    {
        const QVector<qint64> ids5000 = batch.mid(0, 5000);
        const Timing ms = timeMs([&] {
            QString error;
            if (!households.assign(ids5000, 0, 0, today, QStringLiteral("bench"), nullptr, &error))
                out << error << Qt::endl;
        });
        line(QStringLiteral("bulk unassignment of %1 households (1 transaction)").arg(ids5000.size()), ms);
    }
}

qint64 exportFigures(Ledger &ledger, const QDate &today, const QTemporaryDir &tmp, int repeat)
{
    // Quarterly export beside the floor: the same number of cells written with libxlsxwriter alone,
    // no queries. Best of `repeat` runs each, so a cold page cache does not count against either.
    ReportOptions o;
    o.quarter = Quarter::containing(today);
    o.madeOn = today;
    qint64 cells = 0;
    const QString report = tmp.filePath(QStringLiteral("report.xlsx"));
    Timing exportMs;
    QuarterlyReport::PhaseTimes phases;
    for (int i = 0; i < repeat; ++i) {
        QString error;
        QuarterlyReport::PhaseTimes p;
        const Timing t = timeMs([&] {
            if (!QuarterlyReport::write(ledger, o, report, &error, {}, &cells, &p))
                out << error << Qt::endl;
        });
        if (i == 0 || t.wall < exportMs.wall)
            phases = p;
        exportMs.wall = i == 0 ? t.wall : std::min(exportMs.wall, t.wall);
        exportMs.cpu = i == 0 ? t.cpu : std::min(exportMs.cpu, t.cpu);
    }
    const QByteArray floorPath = tmp.filePath(QStringLiteral("floor.xlsx")).toUtf8();
    const Timing floorMs = bestOf([&] { writeFloorCells(floorPath, cells); }, repeat);
    out << QStringLiteral("quarterly export, phases of the best run:") << Qt::endl;
    for (const auto &phase : phases)
        line(QStringLiteral("  ") + phase.name, {phase.wallMs, phase.cpuMs});
    line(QStringLiteral("EXPORT: quarterly report, %1 cells (best of %2)").arg(cells).arg(repeat), exportMs);
    line(QStringLiteral("FLOOR:  the same cells, libxlsxwriter alone (best of %1)").arg(repeat), floorMs);
    out << QStringLiteral("RATIO:  export / floor = %1   (cpu %2; aim: 1.5 or less)")
               .arg(exportMs.wall / std::max(0.001, floorMs.wall), 0, 'f', 2)
               .arg(exportMs.cpu / std::max(0.001, floorMs.cpu), 0, 'f', 2)
        << Qt::endl;
    return cells;
}

// The figures of the county table as whole processes beside their floors, in turn in this run.
void processFigures(const QString &path, qint64 cells, const QDate &today, const QTemporaryDir &tmp, int repeat)
{
    const QString self = QCoreApplication::applicationFilePath();
    out << Qt::endl << QStringLiteral("whole processes, best of %1 each:").arg(repeat) << Qt::endl;

    // The quarterly export from the command line against libxlsxwriter alone writing as many cells.
    const QString quarter = Quarter::containing(today).code();
    const bench::ProcessTiming exported = bench::timeProcess(
        QStringLiteral(TL_CLI_PROGRAM),
        {QStringLiteral("export"), path, QStringLiteral("--quarter"), quarter, QStringLiteral("--out"),
         tmp.filePath(QStringLiteral("process-report.xlsx"))},
        repeat);
    const bench::ProcessTiming exportFloor = bench::timeProcess(
        self, {QStringLiteral("--xlsx-floor"), QString::number(cells), tmp.filePath(QStringLiteral("process-floor.xlsx"))},
        repeat);
    bench::printRatio(out, QStringLiteral("export --quarter %1 (%2 cells)").arg(quarter).arg(cells), exported,
                      QStringLiteral("libxlsxwriter alone, the same cells"), exportFloor, 2);
    // What no export can go below while it refuses a damaged file: the file's integrity check
    // (PRAGMA quick_check, which every command runs before its output counts) by sqlite3 alone,
    // beside the same floor.
    const bench::ProcessTiming check = bench::timeProcess(
        QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path, QStringLiteral("PRAGMA quick_check(1)")}, repeat);
    if (check.bestMs >= 0 && exportFloor.bestMs > 0)
        out << QStringLiteral("  CHECK PRAGMA quick_check of the same file, sqlite3 alone: %1 ms = %2x the floor")
                   .arg(check.bestMs, 0, 'f', 0)
                   .arg(check.bestMs / exportFloor.bestMs, 0, 'f', 1)
            << Qt::endl;

    // Opening the window on the ledger to its first painted picture, against a bare window with a
    // table. The window opens a copy (it keeps daily backups beside the file); settings go to a
    // folder of this run, not the clerk's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
    const QString copy = tmp.filePath(QStringLiteral("window.ledger"));
    const bench::ProcessTiming window = bench::timeProcess(
        QStringLiteral(TL_GUI_PROGRAM), {QStringLiteral("--screenshot"), tmp.filePath(QStringLiteral("window.png")), copy},
        repeat,
        [&] {
            QFile::remove(copy);
            QFile::copy(path, copy);
        },
        env);
    const bench::ProcessTiming windowFloor = bench::timeProcess(
        self, {QStringLiteral("--gui-floor"), tmp.filePath(QStringLiteral("floor.png"))}, repeat, env);
    bench::printRatio(out, QStringLiteral("window opened and painted (--screenshot)"), window,
                      QStringLiteral("bare QMainWindow + QTableView shown and grabbed"), windowFloor, 10);
}
} // namespace
