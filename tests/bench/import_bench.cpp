// tl_import_bench: rows per second importing 200,000 households from .csv and from .xlsx,
// beside the floor — sqlite3's own `.import` of the same CSV into a bare table (no parsing of
// dates or IDs, no checks, no indexes, no audit trail). Printed, never asserted.
//
// Usage: tl_import_bench [ROWS] [--xlsx-only] [--phases]   (default 200000)
// By default `township-ledger-cli import --households … --create-villages` into a new ledger is
// timed as a whole process, from .csv and from .xlsx, in turn with the floor in the same run.
// --phases also imports in this process and prints read, check and write apart.
// --xlsx-only imports the .xlsx alone and prints the process's peak resident memory, the figure
// the two-pass import keeps low (1,048,576 rows, the most a sheet holds, under 400 MB).

#include "import/Importer.h"
#include "storage/Ledger.h"
#include "model/Validation.h"
#include "model/VillageRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef Q_OS_LINUX
#include <QRegularExpression>
#endif

#include <xlsxwriter.h>

#include "BenchProcess.h"

using namespace tl;

namespace {

QTextStream out(stdout);

QString idNumber(int i)
{
    const QDate birth = QDate(1950, 1, 1).addDays(i % 20000);
    const QString first17 = QStringLiteral("371302") + birth.toString(QStringLiteral("yyyyMMdd"))
                          + QStringLiteral("%1").arg((i / 20000) % 1000, 3, 10, QLatin1Char('0'));
    return first17 + Validators::idNumberCheckChar(first17);
}

QStringList row(int i)
{
    return {QStringLiteral("村%1").arg(i % 200),
            QStringLiteral("%1组").arg(i % 9 + 1),
            QStringLiteral("户主%1").arg(i),
            i % 1000 < 997 ? idNumber(i) : QString(), // unique up to 20,000,000 rows; a few heads without one
            QStringLiteral("%1号").arg(i),
            QString::number(i % 6 + 1),
            QStringLiteral("1%1").arg(3800000000LL + i),
            i % 10 == 0 ? QStringLiteral("低保") : QString(),
            QStringLiteral("第%1网格").arg(i % 20 + 1),
            QStringLiteral("网格员%1").arg(i % 20 + 1)};
}

const QStringList kHeader = {QStringLiteral("村名"),     QStringLiteral("村民小组"), QStringLiteral("户主姓名"),
                             QStringLiteral("户主身份证号"), QStringLiteral("门牌号"), QStringLiteral("家庭人口"),
                             QStringLiteral("联系电话"), QStringLiteral("户类别"), QStringLiteral("所属网格"),
                             QStringLiteral("网格员")};

std::unique_ptr<Ledger> ledgerWithVillages(const QString &path)
{
    Township t;
    t.name = QStringLiteral("基准镇");
    auto created = Ledger::create(path, t);
    if (!created.ledger)
        qFatal("%s", qPrintable(created.message));
    QString error;
    created.ledger->write(
        [&](QString *) {
            for (int v = 0; v < 200; ++v) {
                Village village;
                village.name = QStringLiteral("村%1").arg(v);
                VillageRepository(*created.ledger).insert(village);
            }
            return true;
        },
        &error);
    return std::move(created.ledger);
}

// Peak resident memory of this process in MB (Linux: VmHWM); -1 where unknown.
double peakResidentMb()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("VmHWM:\\s*(\\d+) kB")).match(QString::fromLatin1(status.readAll()));
        if (m.hasMatch())
            return m.captured(1).toDouble() / 1024.0;
    }
#endif
    return -1;
}

double importMs(const QString &ledgerPath, const QString &sheet, ImportCounts *counts, double *readMs, double *checkMs)
{
    auto ledger = ledgerWithVillages(ledgerPath);
    ImportOptions options;
    options.kind = ImportKind::Households;
    Importer importer(*ledger, options);
    QString error;
    QElapsedTimer t;
    t.start();
    if (importer.read(sheet, QString(), &error) != SheetSource::Result::Ok)
        qFatal("%s", qPrintable(error));
    *readMs = double(t.nsecsElapsed()) / 1e6;
    const double readPeak = peakResidentMb();
    if (!importer.analyse(&error))
        qFatal("%s", qPrintable(error));
    *checkMs = double(t.nsecsElapsed()) / 1e6 - *readMs;
    const double checkPeak = peakResidentMb();
    if (!importer.commit(counts, &error))
        qFatal("%s", qPrintable(error));
    out << QStringLiteral("        peak resident after read %1 MB, after check %2 MB, after write %3 MB\n")
               .arg(readPeak, 0, 'f', 0)
               .arg(checkPeak, 0, 'f', 0)
               .arg(peakResidentMb(), 0, 'f', 0);
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    Ledger::settleLocalTime(); // as the programs do
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    const bool xlsxOnly = QCoreApplication::arguments().contains(QStringLiteral("--xlsx-only"));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("households.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("households.xlsx"));
    if (!xlsxOnly) {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        f.write(kHeader.join(QLatin1Char(',')).toUtf8() + '\n');
        for (int i = 0; i < rows; ++i)
            f.write(row(i).join(QLatin1Char(',')).toUtf8() + '\n');
    }
    {
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE;
        lxw_workbook *book = workbook_new_opt(xlsx.toUtf8().constData(), &options);
        lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
        for (int c = 0; c < kHeader.size(); ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), kHeader[c].toUtf8().constData(), nullptr);
        for (int i = 0; i < rows; ++i) {
            const QStringList r = row(i);
            for (int c = 0; c < r.size(); ++c) {
                if (c == 5)
                    worksheet_write_number(sheet, lxw_row_t(i + 1), lxw_col_t(c), r[c].toDouble(), nullptr);
                else if (!r[c].isEmpty())
                    worksheet_write_string(sheet, lxw_row_t(i + 1), lxw_col_t(c), r[c].toUtf8().constData(), nullptr);
            }
        }
        workbook_close(book);
    }
    out << "rows: " << rows << " households, 10 columns, 200 villages, 20 grids and workers per village created on the way\n";

    if (xlsxOnly) {
        const double beforeMb = peakResidentMb();
        ImportCounts counts;
        double readMs = 0, checkMs = 0;
        const double ms = importMs(dir.filePath(QStringLiteral("xlsx.ledger")), xlsx, &counts, &readMs, &checkMs);
        out << QStringLiteral("import  xlsx: %1 ms (read %2, check %3, write %4); imported %5, rejected %6; "
                              "peak resident %7 MB (%8 MB before the import)\n")
                   .arg(ms, 0, 'f', 0)
                   .arg(readMs, 0, 'f', 0)
                   .arg(checkMs, 0, 'f', 0)
                   .arg(ms - readMs - checkMs, 0, 'f', 0)
                   .arg(counts.imported)
                   .arg(counts.rejected)
                   .arg(peakResidentMb(), 0, 'f', 0)
                   .arg(beforeMb, 0, 'f', 0);
        return 0;
    }

    // The floor: sqlite3's own CSV import into a table with no constraints, a new file each run.
    const QString floorDb = dir.filePath(QStringLiteral("floor.db"));
    const bench::ProcessTiming floor = bench::timeProcess(
        QStringLiteral("sqlite3"), {floorDb, QStringLiteral(".mode csv"), QStringLiteral(".import %1 households").arg(csv)},
        3, [&] { QFile::remove(floorDb); });
    // The import as a clerk runs it: a new ledger (made before the clock starts), villages
    // created from the sheet. Best of three, as the floor.
    const QString cli = QStringLiteral(TL_CLI_PROGRAM);
    const double targets[] = {8, 12};
    int n = 0;
    for (const QString &sheet : {csv, xlsx}) {
        const QString ledger = dir.filePath(QStringLiteral("process-%1.ledger").arg(QFileInfo(sheet).suffix()));
        const bench::ProcessTiming run = bench::timeProcess(
            cli, {QStringLiteral("import"), ledger, QStringLiteral("--households"), sheet, QStringLiteral("--create-villages")},
            3, [&] {
                QFile::remove(ledger);
                QProcess make;
                make.setStandardOutputFile(QProcess::nullDevice());
                make.start(cli, {QStringLiteral("new"), ledger, QStringLiteral("--township"), QStringLiteral("基准镇")});
                make.waitForFinished(-1);
            });
        bench::printRatio(out, QStringLiteral("import --households %1 rows from .%2 --create-villages").arg(rows).arg(QFileInfo(sheet).suffix()),
                          run, QStringLiteral("sqlite3 .import of the same rows (csv)"), floor, targets[n++]);
        out.flush();
    }
    if (!QCoreApplication::arguments().contains(QStringLiteral("--phases")))
        return 0;
    const double floorMs = floor.bestMs;
    for (const QString &sheet : {csv, xlsx}) {
        ImportCounts counts;
        double readMs = 0, checkMs = 0;
        const double ms = importMs(dir.filePath(QFileInfo(sheet).suffix() + QStringLiteral(".ledger")), sheet, &counts,
                                   &readMs, &checkMs);
        out << QStringLiteral("import  %1: %2 ms (read %3, check %4, write %5) = %6 rows/s, %7x the floor; "
                              "imported %8, rejected %9\n")
                   .arg(QFileInfo(sheet).suffix(), -4)
                   .arg(ms, 0, 'f', 0)
                   .arg(readMs, 0, 'f', 0)
                   .arg(checkMs, 0, 'f', 0)
                   .arg(ms - readMs - checkMs, 0, 'f', 0)
                   .arg(rows / ms * 1000, 0, 'f', 0)
                   .arg(ms / floorMs, 0, 'f', 1)
                   .arg(counts.imported)
                   .arg(counts.rejected);
        out << QStringLiteral("        peak resident memory so far: %1 MB\n").arg(peakResidentMb(), 0, 'f', 0);
        out.flush();
    }
    return 0;
}
