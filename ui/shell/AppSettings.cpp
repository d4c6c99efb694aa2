#include "shell/AppSettings.h"

#include "storage/Backups.h"
#include "storage/Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace tl::ui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecent = QStringLiteral("files/recent");
const QString kLast = QStringLiteral("files/last");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kClerk = QStringLiteral("audit/clerk");
const QString kBackupKeep = QStringLiteral("backups/keep");

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

QString AppSettings::language()
{
    const QString lang = QSettings().value(kLanguage).toString();
    return Translations::available().contains(lang) ? lang : Translations::defaultLanguage();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

QStringList AppSettings::recentFiles()
{
    QStringList files = QSettings().value(kRecent).toStringList();
    files.removeAll(QString());
    return files.mid(0, kMaxRecentFiles);
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString file = normalized(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    QSettings().setValue(kRecent, files.mid(0, kMaxRecentFiles));
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(normalized(path));
    QSettings().setValue(kRecent, files);
}

void AppSettings::clearRecentFiles()
{
    QSettings().remove(kRecent);
}

QString AppSettings::lastFile()
{
    return QSettings().value(kLast).toString();
}

void AppSettings::setLastFile(const QString &path)
{
    QSettings().setValue(kLast, path.isEmpty() ? QString() : normalized(path));
}

QString AppSettings::clerkName()
{
    return QSettings().value(kClerk).toString().simplified();
}

void AppSettings::setClerkName(const QString &name)
{
    QSettings().setValue(kClerk, name.simplified());
}

int AppSettings::backupKeep()
{
    bool ok = false;
    const int keep = QSettings().value(kBackupKeep).toInt(&ok);
    return ok ? qBound(kMinBackupKeep, keep, kMaxBackupKeep) : Backups::kDefaultKeep;
}

void AppSettings::setBackupKeep(int keep)
{
    QSettings().setValue(kBackupKeep, qBound(kMinBackupKeep, keep, kMaxBackupKeep));
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s;
    s.setValue(kGeometry, geometry);
    s.setValue(kState, state);
}

} // namespace tl::ui
