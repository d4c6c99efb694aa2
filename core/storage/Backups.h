#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tl {

class Ledger;

struct BackupInfo
{
    QString path;
    QDateTime made;
    QString reason; // daily, import, manual, before-restore, before-vN
    qint64 size = 0;
};

// Consistent copies of a ledger (VACUUM INTO: a complete, valid file even while it is in use),
// kept in a folder beside it: <folder>/<name>-backups/<name>-YYYYMMDD-HHMMSS-zzz-<reason>.ledger.
// Restoring replaces the file with a checked backup, after the current file was itself saved.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    static QString folder(const QString &ledgerPath);
    // A new backup; the file name is never reused. Empty with *error on failure.
    static QString make(const Ledger &ledger, const QString &reason, QString *error);
    // The backup of the first opening of the day: made when none was made today; older daily
    // backups beyond `keep` are removed. Empty (no error) when today's exists already.
    static QString daily(const Ledger &ledger, int keep, QString *error);
    // Newest first.
    static QList<BackupInfo> list(const QString &ledgerPath);

    // Replaces the ledger at ledgerPath (which must not be open) with `backup`. The backup is
    // checked first (a ledger this program can open, not newer, not damaged); the current file
    // is copied to the backups folder ("before-restore", *savedCurrent) and then replaced in one
    // rename, so a failure at any point leaves either the old or the restored ledger.
    static bool restore(const QString &ledgerPath, const QString &backup, QString *savedCurrent, QString *error);

    static constexpr int kDefaultKeep = 14;
};

} // namespace tl
