#include "AppSettings.h"

#include "Translations.h"

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
