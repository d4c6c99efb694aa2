#pragma once
// Whole processes timed side by side, for the figures that compare a program of the ledger with
// its floor (what the hardware and the libraries do with no application around them). Both run
// in turn in the same run, each `repeat` times, the best counting: a cold page cache or a busy
// core then counts against neither.
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace tl::bench {

struct ProcessTiming
{
    double bestMs = -1; // -1: the program could not be run
    int exitCode = -1;
    QString error;      // why it failed (its standard error, shortened)
};

// Runs program with args `repeat` times; `before` runs (untimed) before each run, e.g. to copy a
// file the program changes.
template<typename Before>
ProcessTiming timeProcess(const QString &program, const QStringList &args, int repeat, Before before,
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    ProcessTiming t;
    for (int i = 0; i < std::max(1, repeat); ++i) {
        before();
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer clock;
        clock.start();
        p.start(program, args);
        if (!p.waitForStarted(-1)) {
            t.error = p.errorString();
            return t;
        }
        p.waitForFinished(-1);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (t.exitCode != 0 && t.exitCode != 1) { // 1: the command ran and found something (check, import)
            t.error = QString::fromUtf8(p.readAllStandardError()).left(300);
            t.bestMs = -1;
            return t;
        }
        t.bestMs = t.bestMs < 0 ? ms : std::min(t.bestMs, ms);
    }
    return t;
}

inline ProcessTiming timeProcess(const QString &program, const QStringList &args, int repeat,
                                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return timeProcess(program, args, repeat, [] {}, env);
}

// One row of the table: the figure, its floor, the ratio and the target ratio.
inline void printRatio(QTextStream &out, const QString &what, const ProcessTiming &figure, const QString &floorWhat,
                       const ProcessTiming &floor, double targetRatio)
{
    if (figure.bestMs < 0 || floor.bestMs < 0) {
        out << QStringLiteral("%1: could not be measured: %2").arg(what, figure.bestMs < 0 ? figure.error : floor.error)
            << Qt::endl;
        return;
    }
    const double ratio = figure.bestMs / std::max(0.001, floor.bestMs);
    out << QStringLiteral("PROCESS %1: %2 ms").arg(what).arg(figure.bestMs, 0, 'f', 0) << Qt::endl
        << QStringLiteral("  FLOOR %1: %2 ms").arg(floorWhat).arg(floor.bestMs, 0, 'f', 0) << Qt::endl
        << QStringLiteral("  RATIO %1x   (target %2x or less: %3)")
               .arg(ratio, 0, 'f', 1)
               .arg(targetRatio, 0, 'f', 0)
               .arg(ratio <= targetRatio ? QStringLiteral("met") : QStringLiteral("NOT met"))
        << Qt::endl;
}

} // namespace tl::bench
