#include "storage/Backups.h"

#include "storage/AtomicFile.h"
#include "storage/Ledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>

namespace tl {

namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QRegularExpression nameRule(const QString &base)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}-\\d{6}-\\d{3})(?:-\\d+)?-([a-z0-9-]+)\\.%2$")
                                  .arg(QRegularExpression::escape(base), Ledger::fileSuffix()));
}

} // namespace

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
    return ledger.copyTo(target, error) ? target : QString();
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
    for (int i = qMax(0, keep - 1); i < dailies.size(); ++i)
        QFile::remove(dailies.at(i).path);
    return made;
}

bool Backups::restore(const QString &ledgerPath, const QString &backup, QString *savedCurrent, QString *error)
{
    const QString shownBackup = QDir::toNativeSeparators(QFileInfo(backup).absoluteFilePath());
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    // The backup must be a ledger we can read; opening it read-only also proves it is undamaged.
    {
        Ledger::OpenResult check = Ledger::open(backup, Ledger::Access::ReadOnly);
        if (!check.ledger)
            return fail(tr("%1 cannot be restored: %2").arg(shownBackup, check.message));
    }
    // Nobody may have the ledger open while it is replaced.
    QLockFile lock(QFileInfo(ledgerPath).absoluteFilePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return fail(tr("%1 is open in another window or program; close it before restoring")
                        .arg(QDir::toNativeSeparators(ledgerPath)));
    if (QFileInfo::exists(ledgerPath)) {
        // Opening the current file folds any write-ahead log into it before it is copied.
        Ledger::OpenResult current = Ledger::open(ledgerPath, Ledger::Access::ReadOnly);
        if (current.ledger) {
            QString why;
            const QString saved = make(*current.ledger, QStringLiteral("before-restore"), &why);
            if (saved.isEmpty())
                return fail(tr("the current ledger could not be saved first, so nothing was restored: %1").arg(why));
            if (savedCurrent)
                *savedCurrent = saved;
        } else {
            // A damaged current file is kept as it is, byte for byte, beside the backups.
            const QString dir = folder(ledgerPath);
            QDir().mkpath(dir);
            const QString saved = dir + QLatin1Char('/') + QFileInfo(ledgerPath).completeBaseName() + QLatin1Char('-')
                                + QDateTime::currentDateTime().toString(kStamp) + QStringLiteral("-damaged.")
                                + Ledger::fileSuffix();
            AtomicFile copy(saved);
            if (!QFile::copy(ledgerPath, copy.tempPath()) || !copy.commit())
                return fail(tr("the current ledger could not be saved first, so nothing was restored"));
            if (savedCurrent)
                *savedCurrent = saved;
        }
    }
    // Copy next to the target, then replace it in one step: the ledger is never half restored,
    // and there is no moment without a ledger file.
    AtomicFile out(ledgerPath);
    if (!QFile::copy(backup, out.tempPath()))
        return fail(tr("%1 could not be copied: is the disk full?").arg(shownBackup));
    QFile(out.tempPath()).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // A write-ahead log left by the old file would be applied to the restored one. The current
    // file was opened and closed above, which folded its log into it, so nothing is lost.
    QFile::remove(ledgerPath + QStringLiteral("-wal"));
    QFile::remove(ledgerPath + QStringLiteral("-shm"));
    if (!out.commit())
        return fail(tr("the restored file could not be put in place"));
    return true;
}

} // namespace tl
