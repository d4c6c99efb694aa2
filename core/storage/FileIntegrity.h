#pragma once

#include "storage/Ledger.h"

#include <QSqlDatabase>
#include <QString>

#include <thread>

namespace tl {

// The integrity check of a ledger file (PRAGMA quick_check), shared by Ledger::open and the
// window's check after the first paint, so both say the same thing about a damaged file.
namespace FileIntegrity {

// "" and OpenError::None when the file is sound; else the reason (translated: "the file is
// damaged (…)") and OpenError::Corrupt, or OpenError::CannotOpen for a file that cannot be read
// (permissions, media), which is not called damaged.
QString run(QSqlDatabase &db, OpenError *error);

// What Ledger::open says when it refuses the file at path for that reason.
QString refusal(const QString &path, const QString &why);

// The SQLite handle of an open connection (nullptr when the driver gives none), for interrupt().
void *handle(const QSqlDatabase &db);
// Makes a statement running on that handle in another thread stop soon (sqlite3_interrupt);
// a check on a large file is stopped this way when the window closes. Does nothing where the
// SQLite library of the Qt driver cannot be reached (the check then runs to its end).
void interrupt(void *handle);

// The check on a thread of its own with a read-only connection, beside other reading work: a
// report is built from a ledger opened with Ledger::IntegrityCheck::Deferred while the machine's
// other core checks its file, and is put in place only when the file is sound. Nothing is started
// for a ledger already checked. The destructor waits for the thread.
class Beside
{
public:
    explicit Beside(Ledger &ledger);
    ~Beside();
    Beside(const Beside &) = delete;
    Beside &operator=(const Beside &) = delete;
    // Waits for the verdict and hands it to the ledger (Ledger::setIntegrityVerdict): "" when the
    // file is sound, else what Ledger::open says refusing it.
    QString verdict();

private:
    Ledger &m_ledger;
    std::thread m_thread;
    QString m_verdict;
};

} // namespace FileIntegrity
} // namespace tl
