#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tl::ui {

// What the program remembers between runs on this PC (not in the ledger): the language, the
// recently opened files and the window layout. A thin typed layer over QSettings, so keys and
// defaults live in one place.
class AppSettings
{
public:
    static constexpr int kMaxRecentFiles = 8;

    static QString language(); // "zh_CN" unless the clerk chose otherwise
    static void setLanguage(const QString &language);

    // Most recent first, at most kMaxRecentFiles, absolute paths.
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static void clearRecentFiles();

    // The ledger that was open last, opened again at start-up.
    static QString lastFile();
    static void setLastFile(const QString &path);

    // The clerk's name (经办人), recorded with every change in the audit trail ("" until given).
    static QString clerkName();
    static void setClerkName(const QString &name);

    // How many daily backups are kept beside each ledger (Backups::daily).
    static int backupKeep(); // Backups::kDefaultKeep unless the clerk chose otherwise
    static void setBackupKeep(int keep);
    static constexpr int kMinBackupKeep = 1;
    static constexpr int kMaxBackupKeep = 365;

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
};

} // namespace tl::ui
