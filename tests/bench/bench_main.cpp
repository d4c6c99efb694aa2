// tl_bench: figures at county scale, printed, never asserted (timing belongs in a benchmark,
// not in a unit test). Usage: tl_bench [LEDGER] — without a ledger it builds a county-scale demo
// (200 villages, 1,000 households each) in a temporary folder first.
#include "DemoGenerator.h"
#include "Findings.h"
#include "GridProposal.h"
#include "HouseholdRepository.h"
#include "Indicators.h"
#include "Ledger.h"
#include "MatterBoard.h"
#include "QuarterlyReport.h"
#include "VillageRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

#include <xlsxwriter.h>

using namespace tl;

namespace {
QTextStream out(stdout);

template<typename F>
double timeMs(F &&f, int repeat = 1)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < repeat; ++i)
        f();
    return double(t.nsecsElapsed()) / 1e6 / repeat;
}

void line(const QString &what, double ms)
{
    out << QStringLiteral("%1 %2 ms").arg(what, -58).arg(ms, 9, 'f', 1) << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    QString path = app.arguments().value(1);
    if (path.isEmpty()) {
        path = tmp.filePath(QStringLiteral("county.ledger"));
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
        const double ms = timeMs([&] {
            if (!DemoGenerator::populate(*created.ledger, o, &error))
                out << error << Qt::endl;
        });
        line(QStringLiteral("build county demo (200 villages, 200,000 households)"), ms);
    }
    auto opened = Ledger::open(path);
    if (!opened.ledger) {
        out << opened.message << Qt::endl;
        return 2;
    }
    Ledger &ledger = *opened.ledger;
    const QDate today(2026, 11, 23);
    HouseholdRepository households(ledger);
    GridRepository grids(ledger);
    const QList<Village> villages = VillageRepository(ledger).all();
    const qint64 village = villages.value(villages.size() / 2).id;
    out << QStringLiteral("ledger: %1 villages, %2 households")
               .arg(villages.size())
               .arg(households.count(HouseholdFilter{}))
        << Qt::endl;

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
    // A filter keystroke: the name box gets one more character.
    for (const QString &text : {QStringLiteral("王"), QStringLiteral("王建"), QStringLiteral("3713")}) {
        HouseholdFilter f;
        f.text = text;
        line(QStringLiteral("filter keystroke \"%1\", whole township").arg(text), timeMs([&] {
                 const QVector<qint64> ids = households.ids(f);
                 households.fetch(ids.mid(0, 100));
             }, 5));
        f.villageId = village;
        line(QStringLiteral("filter keystroke \"%1\", one village").arg(text), timeMs([&] {
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
    double assignMs = 0;
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
        const double ms = timeMs([&] {
            QString error;
            if (!households.assign(ids5000, 0, 0, today, QStringLiteral("bench"), nullptr, &error))
                out << error << Qt::endl;
        });
        line(QStringLiteral("bulk unassignment of %1 households (1 transaction)").arg(ids5000.size()), ms);
    }

    // Quarterly export beside the floor: the same number of cells written with libxlsxwriter alone.
    ReportOptions o;
    o.quarter = Quarter::containing(today);
    o.madeOn = today;
    qint64 cells = 0;
    const QString report = tmp.filePath(QStringLiteral("report.xlsx"));
    QString error;
    const double exportMs = timeMs([&] {
        if (!QuarterlyReport::write(ledger, o, report, &error, {}, &cells))
            out << error << Qt::endl;
    });
    const double floorMs = timeMs([&] {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        lxw_workbook *wb = workbook_new_opt(tmp.filePath(QStringLiteral("floor.xlsx")).toUtf8().constData(), &options);
        lxw_worksheet *ws = workbook_add_worksheet(wb, "floor");
        const int columns = 12;
        for (qint64 i = 0; i < cells; ++i) {
            if (i % 3 == 0)
                worksheet_write_string(ws, lxw_row_t(i / columns), lxw_col_t(i % columns), "王家庄村", nullptr);
            else
                worksheet_write_number(ws, lxw_row_t(i / columns), lxw_col_t(i % columns), double(i), nullptr);
        }
        workbook_close(wb);
    });
    line(QStringLiteral("quarterly export (%1 cells)").arg(cells), exportMs);
    line(QStringLiteral("floor: %1 cells with libxlsxwriter alone").arg(cells), floorMs);
    out << QStringLiteral("export / floor ratio: %1").arg(exportMs / std::max(0.001, floorMs), 0, 'f', 2) << Qt::endl;
    return 0;
}
