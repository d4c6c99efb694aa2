#pragma once

// Shared by the libFuzzer targets in this folder (one target per .cpp, see run.sh).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace tl::fuzz {

// A QCoreApplication for the whole run (Qt SQL needs one for its driver plugins, QStringDecoder
// for GB18030 does not, but it costs nothing). Call from LLVMFuzzerInitialize.
inline void ensureApp()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char arg0[] = "tl-fuzz";
    static char *argv[] = {arg0, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    (void)app;
}

// The scratch file of this process (one per target: the first name asked for is the one kept):
// in $TL_FUZZ_SCRATCH (run.sh makes that folder and removes it afterwards), else in /dev/shm
// (memory) when there is one, so millions of inputs do not wear the disk. Removed at exit.
inline const QString &scratchPath(const char *name)
{
    static QString path;
    if (path.isEmpty()) {
        QString dir = qEnvironmentVariable("TL_FUZZ_SCRATCH");
        if (dir.isEmpty())
            dir = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        path = QStringLiteral("%1/tl-fuzz-%2-%3").arg(dir).arg(qint64(getpid())).arg(QString::fromLatin1(name));
        static const QByteArray local = QFile::encodeName(path);
        std::atexit([] { ::unlink(local.constData()); });
    }
    return path;
}

// Replaces the file's content with the bytes; aborts when that fails (a broken setup, not a find).
inline void writeScratch(const QString &path, const uint8_t *data, size_t size)
{
    const QByteArray local = QFile::encodeName(path);
    const int fd = ::open(local.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        std::perror("tl-fuzz: cannot write the scratch file");
        std::abort();
    }
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n <= 0) {
            std::perror("tl-fuzz: cannot write the scratch file");
            std::abort();
        }
        done += size_t(n);
    }
    ::close(fd);
}

// An invariant of the code under test does not hold: report it and crash, so libFuzzer keeps the input.
[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "tl-fuzz: invariant violated: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace tl::fuzz
