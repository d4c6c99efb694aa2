#pragma once

#include <QString>

namespace tl {

// The one way a file of ours is replaced: written completely under a temporary name in the
// target's folder, then put in place in one step, so a crash, a full disk or a cancel never
// leaves a half-written file under the target's name (and never a moment without the old one).
//
//   AtomicFile out(path);
//   writeSomehow(out.tempPath());        // libxlsxwriter, VACUUM INTO, QPdfWriter, a copy …
//   if (!out.commit(&error)) return false;
//
// commit() flushes the temporary file to disk and renames it over the target
// (std::filesystem::rename: rename(2) on POSIX, MoveFileEx with MOVEFILE_REPLACE_EXISTING on
// Windows), which replaces an existing target atomically. Without a commit (an error, a cancel,
// an exception) the destructor removes the temporary file and leaves the target as it was.
// Writers that go through a QIODevice can use QSaveFile, which does the same.
class AtomicFile
{
public:
    explicit AtomicFile(const QString &target);
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;
    ~AtomicFile();

    QString target() const { return m_target; }
    // Where to write: beside the target (same folder, so the rename never crosses file systems).
    // Nothing is there when the AtomicFile is made (a leftover of an earlier crash is removed).
    QString tempPath() const { return m_temp; }

    // Puts the temporary file in place of the target. False when the temporary is missing or
    // cannot be moved (the target is then untouched and the temporary removed; *error gets the
    // system's reason, for a log: callers word their own message). Commits once; later calls
    // answer false.
    bool commit(QString *error = nullptr);
    // Removes the temporary file now (the destructor does it anyway).
    void discard();

private:
    QString m_target;
    QString m_temp;
    bool m_done = false;
};

} // namespace tl
