#include "storage/Backups.h"

#include "storage/AtomicFile.h"
#include "storage/Ledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace tl {

namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QRegularExpression nameRule(const QString &base)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}-\\d{6}-\\d{3})(?:-\\d+)?-([a-z0-9-]+)\\.%2$")
                                  .arg(QRegularExpression::escape(base), Ledger::fileSuffix()));
}

std::function<bool(RestoreStep)> &stepHook()
{
    static std::function<bool(RestoreStep)> hook;
    return hook;
}

bool stepDone(RestoreStep step)
{
    return !stepHook() || stepHook()(step);
}

} // namespace

void Backups::setRestoreStepHook(std::function<bool(RestoreStep)> hook)
{
    stepHook() = std::move(hook);
}

QString Backups::folder(const QString &ledgerPath)
{
    const QFileInfo fi(ledgerPath);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral("-backups");
}

QString Backups::make(const Ledger &ledger, const QString &reason, QString *error)
{
    const QString dir = folder(ledger.path());
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("the backup folder %1 cannot be created").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    const QString base = QFileInfo(ledger.path()).completeBaseName();
    const QString stamp = QDateTime::currentDateTime().toString(kStamp);
    QString target = QStringLiteral("%1/%2-%3-%4.%5").arg(dir, base, stamp, reason, Ledger::fileSuffix());
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1/%2-%3-%4-%5.%6").arg(dir, base, stamp).arg(n).arg(reason, Ledger::fileSuffix());
    if (!ledger.copyTo(target, error))
        return {};
    // The backups before imports are kept like the daily ones: the newest few.
    if (reason == QLatin1String("import"))
        prune(ledger.path(), reason, kDefaultKeep);
    return target;
}

void Backups::prune(const QString &ledgerPath, const QString &reason, int keep)
{
    int kept = 0;
    for (const BackupInfo &b : list(ledgerPath)) { // newest first
        if (b.reason != reason)
            continue;
        if (kept < keep)
            ++kept;
        else
            QFile::remove(b.path);
    }
}

int Backups::removeLeftovers(const QString &ledgerPath, int minutes)
{
    const QDateTime before = QDateTime::currentDateTime().addSecs(-60 * minutes);
    int removed = 0;
    for (const QString &dir : {QFileInfo(ledgerPath).absolutePath(), folder(ledgerPath)}) {
        const QFileInfoList files =
            QDir(dir).entryInfoList({QStringLiteral("*.part"), QStringLiteral("*.creating")}, QDir::Files | QDir::Hidden);
        for (const QFileInfo &f : files)
            if (f.lastModified() < before && QFile::remove(f.absoluteFilePath()))
                ++removed;
    }
    return removed;
}

QString Backups::townshipOf(const QString &ledgerFile)
{
    Ledger::OpenResult opened = Ledger::open(ledgerFile, Ledger::Access::ReadOnly);
    return opened.ledger ? opened.ledger->township().name : QString();
}

QList<BackupInfo> Backups::list(const QString &ledgerPath)
{
    QList<BackupInfo> out;
    const QString base = QFileInfo(ledgerPath).completeBaseName();
    const QRegularExpression rule = nameRule(base);
    const QFileInfoList files = QDir(folder(ledgerPath)).entryInfoList({QStringLiteral("*.") + Ledger::fileSuffix()},
                                                                       QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &f : files) {
        const QRegularExpressionMatch m = rule.match(f.fileName());
        if (!m.hasMatch())
            continue;
        out << BackupInfo{f.absoluteFilePath(), QDateTime::fromString(m.captured(1), kStamp), m.captured(2), f.size()};
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.made > b.made; });
    return out;
}

QString Backups::daily(const Ledger &ledger, int keep, QString *error)
{
    const QDate today = QDate::currentDate();
    QList<BackupInfo> dailies;
    for (const BackupInfo &b : list(ledger.path()))
        if (b.reason == QLatin1String("daily"))
            dailies << b;
    if (!dailies.isEmpty() && dailies.constFirst().made.date() == today)
        return {};
    const QString made = make(ledger, QStringLiteral("daily"), error);
    if (made.isEmpty())
        return {};
    // The new one is the newest: keep it and the keep-1 before it.
    prune(ledger.path(), QStringLiteral("daily"), qMax(1, keep));
    return made;
}

bool Backups::restore(const QString &ledgerPath, const QString &backup, QString *savedCurrent, QString *error)
{
    RestoreRequest request;
    request.ledgerPath = ledgerPath;
    request.backup = backup;
    const RestoreResult r = restore(request);
    if (savedCurrent)
        *savedCurrent = r.savedCurrent;
    if (error)
        *error = r.error;
    return r.ok;
}

RestoreResult Backups::restore(const RestoreRequest &request)
{
    RestoreResult r;
    const QString shownBackup = QDir::toNativeSeparators(QFileInfo(request.backup).absoluteFilePath());
    // A symbolic link is followed: the real file is replaced, the link stays.
    const QFileInfo given(request.ledgerPath);
    const QString target = given.exists() && !given.canonicalFilePath().isEmpty() ? given.canonicalFilePath()
                                                                                   : given.absoluteFilePath();
    const QString shownTarget = QDir::toNativeSeparators(given.absoluteFilePath());
    auto fail = [&](const QString &why) {
        r.ok = false;
        r.error = why;
        return r;
    };
    // The backup must be a ledger we can read (an older format is read through an upgraded
    // temporary copy); opening it read-only also proves it is undamaged.
    {
        Ledger::OpenResult check = Ledger::open(request.backup, Ledger::Access::ReadOnly);
        if (!check.ledger)
            return fail(tr("%1 cannot be restored: %2").arg(shownBackup, check.message));
        r.backupTownship = check.ledger->township().name;
    }
    if (QFileInfo::exists(target) && Ledger::isWriteProtected(target))
        return fail(tr("%1 is write-protected; nothing was restored").arg(shownTarget));
    if (QFileInfo::exists(target)) {
        // Opened once before the lock is taken: a transaction a killed program left half done is
        // rolled back and a write-ahead log folded in, so the copy kept below is complete.
        Ledger::OpenResult current = Ledger::open(target, Ledger::Access::ReadOnly);
        if (current.ledger)
            r.currentTownship = current.ledger->township().name;
    }
    if (!r.currentTownship.isEmpty() && r.currentTownship != r.backupTownship && !request.otherTownshipAllowed) {
        r.otherTownship = true;
        return fail(tr("%1 is a backup of %2, but %3 is the ledger of %4; nothing was restored (to restore it all "
                       "the same, confirm it, or use --force on the command line)")
                        .arg(shownBackup, r.backupTownship, shownTarget, r.currentTownship));
    }
    // Nobody may have the ledger open while it is replaced.
    QLockFile lock(Ledger::lockPathFor(target));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return fail(tr("%1 is open in another window or program; close it before restoring").arg(shownTarget));
    if (!stepDone(RestoreStep::Checked))
        return fail(tr("the restore was stopped"));
    if (QFileInfo::exists(target)) {
        Ledger::OpenResult current = Ledger::open(target, Ledger::Access::ReadOnly);
        if (current.ledger) {
            QString why;
            const QString saved = make(*current.ledger, QStringLiteral("before-restore"), &why);
            if (saved.isEmpty())
                return fail(tr("the current ledger could not be saved first, so nothing was restored: %1").arg(why));
            r.savedCurrent = saved;
        } else {
            // A damaged current file is kept as it is, byte for byte, beside the backups.
            const QString dir = folder(target);
            QDir().mkpath(dir);
            const QString saved = dir + QLatin1Char('/') + QFileInfo(target).completeBaseName() + QLatin1Char('-')
                                + QDateTime::currentDateTime().toString(kStamp) + QStringLiteral("-damaged.")
                                + Ledger::fileSuffix();
            AtomicFile copy(saved);
            if (!QFile::copy(target, copy.tempPath()) || !copy.commit())
                return fail(tr("the current ledger could not be saved first, so nothing was restored"));
            r.savedCurrent = saved;
        }
    }
    if (!stepDone(RestoreStep::SavedCurrent))
        return fail(tr("the restore was stopped"));

    // Copy next to the target, prepare the copy there, then replace the target in one step: the
    // ledger is never half restored, and there is no moment without a ledger file.
    AtomicFile out(target);
    const QString temp = out.tempPath();
    QFile::remove(temp + QStringLiteral("-wal"));
    QFile::remove(temp + QStringLiteral("-journal"));
    bool copied = QFile::copy(request.backup, temp);
    if (copied && QFileInfo::exists(request.backup + QStringLiteral("-wal")))
        copied = QFile::copy(request.backup + QStringLiteral("-wal"), temp + QStringLiteral("-wal"));
    if (!copied) {
        QFile::remove(temp + QStringLiteral("-wal"));
        return fail(tr("%1 could not be copied: is the disk full?").arg(shownBackup));
    }
    const auto perms = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    QFile(temp).setPermissions(perms);
    QFile(temp + QStringLiteral("-wal")).setPermissions(perms);
    if (!stepDone(RestoreStep::Copied))
        return fail(tr("the restore was stopped"));

    // An older backup (a before-vN copy, an old daily) is upgraded, and the restore is recorded
    // in the copy's own audit trail, so it is part of the very file that is put in place.
    QString why;
    if (!Ledger::upgradeFile(temp, &why))
        return fail(tr("%1 could not be brought to the current format, so nothing was restored: %2").arg(shownBackup, why));
    {
        Ledger::OpenResult copy = Ledger::open(temp);
        if (!copy.ledger || copy.ledger->isReadOnly())
            return fail(tr("%1 cannot be restored: %2").arg(shownBackup, copy.message));
        copy.ledger->setClerk(request.clerk);
        Ledger::AuditScope scope(*copy.ledger, QStringLiteral("restore"));
        const bool recorded = copy.ledger->write(
            [&](QString *err) {
                QSqlQuery q(copy.ledger->database());
                q.prepare(QStringLiteral("INSERT INTO audit_log (at, clerk, os_user, source, batch, tbl, record, action, "
                                         "field, old_value, new_value) SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', "
                                         "'localtime'), c.clerk, c.os_user, c.source, 0, 'ledger', ?, 'update', "
                                         "'restored_from', ?, ? FROM audit_context c"));
                q.addBindValue(QFileInfo(target).fileName());
                q.addBindValue(r.savedCurrent.isEmpty() ? QVariant() : QVariant(QFileInfo(r.savedCurrent).fileName()));
                q.addBindValue(QDir::toNativeSeparators(QFileInfo(request.backup).absoluteFilePath()));
                if (!q.exec()) {
                    *err = Ledger::describe(q.lastError());
                    return false;
                }
                return true;
            },
            &why);
        if (!recorded)
            return fail(tr("the restore could not be recorded, so nothing was restored: %1").arg(why));
    }
    if (!stepDone(RestoreStep::Prepared))
        return fail(tr("the restore was stopped"));
    // A log or journal of the old file would be applied to the restored one. The current file
    // was opened above, which rolled back or folded them in, so nothing is lost.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    QFile::remove(target + QStringLiteral("-journal"));
    if (!out.commit())
        return fail(tr("the restored file could not be put in place"));
    if (!stepDone(RestoreStep::Replaced))
        return fail(tr("the restore was stopped"));
    r.ok = true;
    return r;
}

} // namespace tl
