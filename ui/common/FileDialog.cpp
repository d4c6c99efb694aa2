#include "common/FileDialog.h"

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
    if (const auto answer = take(nextFiles(), dir))
        return answer->value(0);
    return QFileDialog::getOpenFileName(parent, caption, dir, filter, nullptr, options);
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                         const QString &filter, QFileDialog::Options options)
{
    if (const auto answer = take(nextFiles(), dir))
        return *answer;
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter, nullptr, options);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                                    QFileDialog::Options options)
{
    if (const auto answer = take(nextFiles(), dir))
        return answer->value(0);
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr, options);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir,
                                         QFileDialog::Options options)
{
    if (const auto answer = take(nextDirectory(), dir))
        return *answer;
    return QFileDialog::getExistingDirectory(parent, caption, dir, options);
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
