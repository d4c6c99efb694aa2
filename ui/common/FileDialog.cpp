#include "common/FileDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace tl::ui {

namespace {
std::optional<QStringList> &nextFiles()
{
    static std::optional<QStringList> files;
    return files;
}
std::optional<QString> &nextDirectory()
{
    static std::optional<QString> directory;
    return directory;
}
QString &offered()
{
    static QString path;
    return path;
}
const QString kLastFolderKey = QStringLiteral("fileDialog/lastFolder");

QString lastFolder()
{
    const QString last = QSettings().value(kLastFolderKey).toString();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : QString();
}

// Documents, created when missing (a new Windows account, a fresh Linux desktop without one).
QString documents()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(folder);
    return folder;
}

// Where a dialog opens. The dialogs suggest Documents (or Pictures) with a file name, or the folder
// of a file; the clerk keeps working in a folder of their own, so the plain default gives way to
// the folder used last. A suggestion whose folder is gone (a USB stick pulled out, a folder
// deleted) opens in the folder used last or in Documents, never in a folder that does not exist.
QString startingPoint(const QString &dir)
{
    const QString last = lastFolder();
    if (dir.isEmpty())
        return last.isEmpty() ? documents() : last;
    const QFileInfo fi(dir);
    const bool isFolder = fi.isDir() || dir.endsWith(QLatin1Char('/'));
    const QString folder = QDir::cleanPath(isFolder ? fi.absoluteFilePath() : fi.absolutePath());
    const QString name = isFolder ? QString() : fi.fileName();
    auto in = [&name](const QString &f) { return name.isEmpty() ? f : QDir(f).filePath(name); };

    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder == QDir::cleanPath(docs))
        return last.isEmpty() ? in(documents()) : in(last);
    for (auto location : {QStandardPaths::PicturesLocation, QStandardPaths::DesktopLocation,
                          QStandardPaths::DownloadLocation})
        if (folder == QDir::cleanPath(QStandardPaths::writableLocation(location))) {
            QDir().mkpath(folder);
            return dir;
        }
    if (QFileInfo(folder).isDir())
        return dir;
    return in(last.isEmpty() ? documents() : last);
}

// The folder of what the clerk chose, for the next dialog (and the next start of the program).
void remember(const QString &chosen, bool isFolder)
{
    if (chosen.isEmpty())
        return;
    const QFileInfo fi(chosen);
    const QString folder = isFolder ? fi.absoluteFilePath() : fi.absolutePath();
    if (QFileInfo(folder).isDir())
        QSettings().setValue(kLastFolderKey, folder);
}

// The answer set by a test for this dialog, used up.
template<typename T>
std::optional<T> take(std::optional<T> &next, const QString &dir)
{
    offered() = dir;
    std::optional<T> answer;
    answer.swap(next);
    return answer;
}
} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                                    QFileDialog::Options options)
{
    const QString start = startingPoint(dir);
    const auto answer = take(nextFiles(), start);
    const QString chosen = answer ? answer->value(0)
                                  : QFileDialog::getOpenFileName(parent, caption, start, filter, nullptr, options);
    remember(chosen, false);
    return chosen;
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                         const QString &filter, QFileDialog::Options options)
{
    const QString start = startingPoint(dir);
    const auto answer = take(nextFiles(), start);
    const QStringList chosen
        = answer ? *answer : QFileDialog::getOpenFileNames(parent, caption, start, filter, nullptr, options);
    remember(chosen.value(0), false);
    return chosen;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                                    QFileDialog::Options options)
{
    const QString start = startingPoint(dir);
    const auto answer = take(nextFiles(), start);
    const QString chosen = answer ? answer->value(0)
                                  : QFileDialog::getSaveFileName(parent, caption, start, filter, nullptr, options);
    remember(chosen, false);
    return chosen;
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir,
                                         QFileDialog::Options options)
{
    const QString start = startingPoint(dir);
    const auto answer = take(nextDirectory(), start);
    const QString chosen = answer ? *answer : QFileDialog::getExistingDirectory(parent, caption, start, options);
    remember(chosen, true);
    return chosen;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFiles() = fileName.isEmpty() ? QStringList() : QStringList{fileName};
}

void FileDialog::setNextFileNames(const QStringList &fileNames)
{
    nextFiles() = fileNames;
}

void FileDialog::setNextDirectory(const QString &directory)
{
    nextDirectory() = directory;
}

int FileDialog::pendingAnswers()
{
    return int(nextFiles().has_value()) + int(nextDirectory().has_value());
}

void FileDialog::clearAnswers()
{
    nextFiles().reset();
    nextDirectory().reset();
}

QString FileDialog::lastOffered()
{
    return offered();
}

} // namespace tl::ui
