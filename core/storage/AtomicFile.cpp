#include "storage/AtomicFile.h"

#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tl {

namespace {

std::filesystem::path nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

// The file's data on the disk before it takes the target's name, so a power cut right after the
// rename does not leave an empty file there. Best effort: a file system that cannot sync a file
// still gets the atomic rename.
void syncToDisk(const QString &path)
{
#if defined(Q_OS_WIN)
    const HANDLE h = CreateFileW(reinterpret_cast<const wchar_t *>(path.utf16()), GENERIC_WRITE,
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL,
        nullptr);
    if (h != INVALID_HANDLE_VALUE) {
        FlushFileBuffers(h);
        CloseHandle(h);
    }
#elif defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

// The rename itself on the disk (POSIX keeps it in the folder's entry).
void syncFolder(const QString &file)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(QFileInfo(file).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(file);
#endif
}

} // namespace

AtomicFile::AtomicFile(const QString &target)
    : m_target(QFileInfo(target).absoluteFilePath())
    , m_temp(m_target + QStringLiteral(".part"))
{
    QFile::remove(m_temp);
}

AtomicFile::~AtomicFile()
{
    discard();
}

void AtomicFile::discard()
{
    if (!m_done) {
        m_done = true;
        QFile::remove(m_temp);
    }
}

bool AtomicFile::commit(QString *error)
{
    if (m_done) {
        if (error)
            *error = QStringLiteral("already committed or discarded");
        return false;
    }
    if (!QFileInfo(m_temp).isFile()) {
        if (error)
            *error = QStringLiteral("nothing was written");
        discard();
        return false;
    }
    syncToDisk(m_temp);
    std::error_code ec;
    std::filesystem::rename(nativePath(m_temp), nativePath(m_target), ec);
    if (ec) {
        if (error)
            *error = QString::fromStdString(ec.message());
        discard();
        return false;
    }
    m_done = true;
    syncFolder(m_target);
    return true;
}

} // namespace tl
