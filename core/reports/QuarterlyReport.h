#pragma once

#include "model/Quarter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace tl {

class Ledger;

struct ReportOptions
{
    Quarter quarter;
    bool unmasked = false;            // full ID numbers and phones (for internal use only)
    QDate madeOn = QDate::currentDate();
};

// The quarterly report to the county (.xlsx, DOMAIN.md §6): 汇总, 两委成员, 四议两公开台账, 网格,
// 问题清单 and 图表 with native charts. Written to a temporary file and moved into place, so a
// failed or cancelled export leaves no half file behind.
class QuarterlyReport
{
    Q_DECLARE_TR_FUNCTIONS(QuarterlyReport)
public:
    using Progress = std::function<bool(int done, int total)>; // false cancels
    // Time spent in each phase of a write (collecting, each sheet, closing), for tl_bench.
    struct Phase
    {
        QString name;
        double wallMs = 0;
        double cpuMs = 0; // of the whole process
    };
    using PhaseTimes = QList<Phase>;

    static bool write(Ledger &ledger, const ReportOptions &options, const QString &path, QString *error,
                      const Progress &progress = {}, qint64 *cellsWritten = nullptr, PhaseTimes *phases = nullptr);
    // County roll-up: one row per township, then every village; ledgers opened read-only.
    static bool writeRollup(const QStringList &ledgerPaths, const ReportOptions &options, const QString &path,
                            QString *error, const Progress &progress = {});
    static QStringList summaryHeaders();
};

} // namespace tl
