#pragma once

#include "model/Domain.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVariant>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;
class QTemporaryDir;

namespace tl {

class HouseholdSearch;

namespace edits {
class History;
}

// Why a file could not be opened as a ledger. Every case leaves the file untouched.
enum class OpenError { None, NotFound, NotAFile, NotALedger, Corrupt, TooNew, CannotOpen, MigrationFailed, Exists };

// One township ledger = one SQLite file (suffix .ledger).
//  - PRAGMA application_id marks the file as ours, PRAGMA user_version is the schema version.
//  - Schema changes are ordered migrations run in one transaction, after a copy of the file
//    was taken with VACUUM INTO.
//  - Rollback journal (journal_mode=DELETE, synchronous=FULL), so the .ledger file alone holds
//    every committed change at every moment (a copy of it taken while the program runs is
//    complete); foreign keys on; every write runs inside write(), one transaction each.
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    static constexpr qint32 kApplicationId = 0x544C4447; // "TLDG"
    static int schemaVersion();
    static QString fileSuffix() { return QStringLiteral("ledger"); }

    enum class Access { ReadWrite, ReadOnly };
    // What to do with the lock of a writer that cannot be checked from here (an empty or
    // unreadable lock file, or one written on another computer): respect it (open read-only and
    // say who holds it) or take it over.
    enum class LockPolicy { Respect, TakeOver };
    // When the integrity check (PRAGMA quick_check) runs: before open() returns, or later — a
    // window paints first and checks on a worker with its own connection (setIntegrityVerdict).
    // A deferred check never lets a write through unchecked: until a verdict is handed in, the
    // first write() runs the check itself; a file that must be upgraded is checked at once.
    enum class IntegrityCheck { Now, Deferred };

    // Who holds the lock of a ledger (<file>.lock), as far as the lock file tells.
    struct LockHolder
    {
        QString computer; // empty when the lock file cannot be read
        QString user;     // the owner of the lock file
        QString program;
        qint64 pid = 0;
        QDateTime since;  // when the lock file was written
        bool readable = false;
        bool local = false; // written by a program running on this computer (a second window …)
    };

    struct OpenResult
    {
        std::unique_ptr<Ledger> ledger;
        OpenError error = OpenError::None;
        QString message;       // translated, names the file and the reason
        QString backupPath;    // set when a migration ran
        QString notice;        // translated; set when the file was opened read-only because another
                               // program or window has it open for writing, or when an older file
                               // that cannot be upgraded in place is read through an upgraded copy
        bool lockCanBeTakenOver = false; // read-only because of a lock whose holder cannot be checked
        LockHolder lockHolder;           // set when a lock made it read-only
    };

    // Opens an existing ledger. A read-only file, a file in a read-only folder or on read-only
    // media (or Access::ReadOnly) opens read-only; an older format that cannot be upgraded in
    // place is upgraded in a temporary copy which is opened read-only (the notice says so).
    static OpenResult open(const QString &path, Access access = Access::ReadWrite,
                           LockPolicy lockPolicy = LockPolicy::Respect,
                           IntegrityCheck check = IntegrityCheck::Now);
    // The result of a deferred integrity check: damagedMessage is empty when the file is sound,
    // else the translated open() message (every later write() is refused with it).
    void setIntegrityVerdict(const QString &damagedMessage);
    bool isIntegrityChecked() const { return !m_checkPending; }
    QString damagedMessage() const { return m_damaged; }
    // A write-protected file (no write permission for its owner, or not writable by this user).
    static bool isWriteProtected(const QString &path);
    // Brings a ledger file that nobody has open to the current format in place, in rollback
    // journal mode, without a backup (for copies: a restored backup, a temporary copy).
    static bool upgradeFile(const QString &path, QString *error);
    // The lock file of a ledger: beside the real file (a symbolic link is followed), so two
    // names of one file share one lock.
    static QString lockPathFor(const QString &path);
    static LockHolder lockHolder(const QString &lockPath);
    // Translated: "computer X, user Y, since Z".
    static QString describeHolder(const LockHolder &holder);
    // Creates a new, empty ledger at the latest schema; refuses to overwrite a file.
    static OpenResult create(const QString &path, const Township &township);

    ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase database() const;

    // Runs body inside BEGIN IMMEDIATE … COMMIT. body returns false (and fills *error) to roll back.
    // Returns false with a translated *error when anything failed; the file is then unchanged.
    bool write(const std::function<bool(QString *error)> &body, QString *error);

    // The undo history of this ledger: every user edit is a command pushed there (see edits/).
    edits::History &history();
    // The in-memory substring index of the households (see HouseholdSearch), built on first use.
    HouseholdSearch &householdSearch();

    // A connection's page cache of `kib` KiB within this scope; the size it had is back when the
    // scope ends (pages beyond it are freed). Scopes may nest.
    class CacheSize
    {
    public:
        CacheSize(const QSqlDatabase &db, int kib);
        ~CacheSize();
        CacheSize(const CacheSize &) = delete;
        CacheSize &operator=(const CacheSize &) = delete;

    private:
        QSqlDatabase m_db;
        QVariant m_previous; // PRAGMA cache_size before the scope, as SQLite gave it
    };
    // A bulk write (a county-scale import or demo: hundreds of thousands of rows in one
    // transaction) within this scope gets a page cache big enough to keep every page it changes
    // until COMMIT, instead of the connection's ordinary, moderate one. Made before
    // Ledger::write() and ended after it:
    //     { Ledger::BulkWrite bulk(ledger); ledger.write(...); }
    class BulkWrite : public CacheSize
    {
    public:
        explicit BulkWrite(Ledger &ledger);
        explicit BulkWrite(const QSqlDatabase &db); // a connection of its own (an upgrade)
    };

    // A consistent copy of the whole ledger (VACUUM INTO); refuses to overwrite.
    bool copyTo(const QString &target, QString *error) const;
    // A backup in the backups folder beside the file (see Backups).
    QString backup(QString *error) const;

    // Who and what is recorded in the audit trail for the changes that follow: the clerk's
    // name (a setting) and the operating-system user are kept per ledger; the source says what
    // made the change (edit, import, change-of-term, undo, restore …) and batch ties the rows
    // of one import together (its import_log id).
    void setClerk(const QString &clerk) { m_clerk = clerk; }
    QString clerk() const { return m_clerk; }
    static QString osUser();
    class AuditScope
    {
    public:
        AuditScope(Ledger &ledger, const QString &source, qint64 batch = 0);
        ~AuditScope();
        AuditScope(const AuditScope &) = delete;
        AuditScope &operator=(const AuditScope &) = delete;

    private:
        Ledger &m_ledger;
        QString m_source;
        qint64 m_batch;
    };

    Township township() const;
    bool setTownship(const Township &township, QString *error);

    // Once at the start of a program, before any ledger is written. Every audit row is stamped
    // with the local time; with TZ unset, glibc looks at /etc/localtime again (a stat call) for
    // each stamp — a tenth of the time of writing 200,000 households. Naming the zone file in
    // TZ makes it read once. Elsewhere (Windows, TZ set) this does nothing.
    static void settleLocalTime();

    // Translated description of a failed statement (disk full, read-only, busy, constraint …).
    static QString describe(const QSqlError &error);

private:
    Ledger() = default;
    static OpenResult inspect(const QString &path, int *version = nullptr);
    static bool migrate(QSqlDatabase &db, int from, QString *error);
    static void freshAuditContext(QSqlDatabase &db, const QString &source);

    void applyAuditContext() const;
    void leaveWalIfPending();

    QString m_path;
    QString m_connection;
    std::unique_ptr<edits::History> m_history; // created on first use, dropped before the connection
    std::unique_ptr<HouseholdSearch> m_householdSearch; // created on first use
    std::unique_ptr<QLockFile> m_lock; // one writer per file: <file>.lock beside it
    std::unique_ptr<QTemporaryDir> m_upgradedCopy; // an older read-only file is read from here
    QString m_clerk;
    QString m_auditSource = QStringLiteral("edit");
    qint64 m_auditBatch = 0;
    bool m_readOnly = false;
    bool checkBeforeWrite(QString *error); // a deferred integrity check not yet done: now
    bool m_checkPending = false;   // opened with IntegrityCheck::Deferred, no verdict yet
    bool m_contextPending = false; // freshAuditContext waits for the verdict (nothing written before)
    QString m_damaged;             // translated open() message of a damaged file
    bool m_walPending = false; // still in WAL mode (another connection had it open): checkpoint
                               // after every commit and leave WAL as soon as possible
};

} // namespace tl
