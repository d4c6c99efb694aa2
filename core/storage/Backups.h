#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace tl {

class Ledger;

struct BackupInfo
{
    QString path;
    QDateTime made;
    QString reason; // daily, import, manual, before-restore, before-vN
    qint64 size = 0;
};

// The steps of a restore, in order (see Backups::restore).
enum class RestoreStep {
    Checked,      // the backup is a readable ledger, the target is locked
    SavedCurrent, // the current file is kept in the backups folder
    Copied,       // the backup is copied beside the target (<target>.part)
    Prepared,     // the copy is upgraded to the current format, its restore recorded in its audit trail
    Replaced      // the copy took the target's place
};

struct RestoreRequest
{
    QString ledgerPath;              // the ledger to replace (a symbolic link is followed)
    QString backup;                  // the backup to put in its place (any older format too)
    QString clerk;                   // recorded with the restore in the audit trail
    bool otherTownshipAllowed = false; // a backup of another township is refused unless this is set
};

struct RestoreResult
{
    bool ok = false;
    QString savedCurrent; // where the ledger as it was is kept
    QString error;        // translated; names the files and the reason
    bool otherTownship = false; // refused: the backup is of another township
    QString backupTownship;
    QString currentTownship;
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
    // The restored copy is written beside the target, upgraded if it is of an older format, and
    // the restore (from which backup, by whom) is recorded in its audit trail before it replaces
    // the target. A write-protected target and (unless allowed) a backup of another township are
    // refused.
    static bool restore(const QString &ledgerPath, const QString &backup, QString *savedCurrent, QString *error);
    static RestoreResult restore(const RestoreRequest &request);
    // The township a ledger file is of (empty when it cannot be read).
    static QString townshipOf(const QString &ledgerFile);

    // Removes the older backups of one reason beyond the newest `keep`.
    static void prune(const QString &ledgerPath, const QString &reason, int keep);
    // Removes what a killed export, backup or restore left beside the ledger and in its backups
    // folder: *.part and *.creating files untouched for `minutes`. Returns how many were removed.
    static int removeLeftovers(const QString &ledgerPath, int minutes = 5);

    // Tests: called after each step of a restore; false stops it there, as if the program had
    // been killed at that moment. An empty function removes the hook.
    static void setRestoreStepHook(std::function<bool(RestoreStep)> hook);

    static constexpr int kDefaultKeep = 14;
};

} // namespace tl
