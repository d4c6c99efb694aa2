#include "storage/Ledger.h"

#include "storage/AuditChain.h"

#include "edits/History.h"
#include "grids/HouseholdSearch.h"
#include "storage/SqlUtil.h"

#include "storage/AtomicFile.h"
#include "storage/Backups.h"
#include "storage/FileIntegrity.h"
#include "storage/Schema.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace tl {

namespace {
QAtomicInt s_connectionCounter;

QString newConnectionName()
{
    return QStringLiteral("tl-ledger-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

// Each open ledger keeps its own connection; Qt keeps a registry of them by name.
QSqlDatabase connectionFor(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = Ledger::describe(q.lastError());
            return false;
        }
    }
    return true;
}

QVariant pragma(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
        return q.value(0);
    return {};
}

// Page cache sizes in KiB (PRAGMA cache_size takes them negative). 8 MB holds what the window and a
// report read again and again (the indexes of villages, grids and posts); 64 MB holds the pages a
// county-scale bulk write changes (200,000 households, their assignments and trail) until COMMIT, so
// that SQLite does not spill them to the file mid-transaction (each spill syncs the journal).
constexpr int kOrdinaryCacheKiB = 8000;
constexpr int kBulkCacheKiB = 65536;

QString cacheSizePragma(int kib)
{
    return QStringLiteral("PRAGMA cache_size=-%1").arg(kib);
}

bool folderReadOnly(const QString &file)
{
    const QFileInfo dir(QFileInfo(file).absolutePath());
    return !dir.isWritable() || !(dir.permissions() & QFileDevice::WriteOwner);
}

// Bytes 18 and 19 of the header (the file format's write and read versions) are 2 in WAL mode.
bool headerSaysWal(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray h = f.read(20);
    return h.size() == 20 && (h.at(18) == 2 || h.at(19) == 2);
}

// A write-ahead log, or the journal of a transaction a killed program left unfinished.
bool hasLeftovers(const QString &path)
{
    return headerSaysWal(path) || QFileInfo::exists(path + QStringLiteral("-wal"))
        || QFileInfo::exists(path + QStringLiteral("-journal"));
}

// A short-lived connection of our own, for work on the file itself (leaving WAL, upgrading a copy).
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(newConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        if (!db.open())
            m_error = Ledger::describe(db.lastError());
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};

// Switches the connection's file from WAL to the rollback journal: the log is folded into the
// file and -wal and -shm are removed. Outside any transaction only; fails (busy) while another
// connection has the file open in WAL mode. A file already in rollback mode stays as it is.
bool leaveWal(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA busy_timeout=300"));
    const bool ok = q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next()
                 && q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    q.finish();
    q.exec(QStringLiteral("PRAGMA busy_timeout=3000"));
    return ok;
}

// Read-only access to a file nobody writes: a WAL-mode file is switched to the rollback journal
// (no -wal/-shm stay behind a reading command) and a transaction a killed program left half done
// is rolled back, so the file reads the same everywhere. Only the journal changes, never the data.
void settle(const QString &path)
{
    QLockFile lock(Ledger::lockPathFor(path));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return; // someone writes it (or no lock can be made here): leave it alone
    RawConnection c(path);
    if (!c.ok())
        return;
    QSqlDatabase db = c.db();
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")); // rolls a hot journal back
    q.finish();
    leaveWal(db);
}

// Thread-local nesting depth of write() per connection, so nested writes become savepoints.
QHash<QString, int> &writeDepths()
{
    static thread_local QHash<QString, int> depths;
    return depths;
}
} // namespace

int Ledger::schemaVersion()
{
    return schemaMigrations().constLast().version;
}

QString Ledger::describe(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (ok) {
        switch (code) {
        case 13: return tr("the disk is full; nothing was saved (free some space and try again)");
        case 8: return tr("the ledger is read-only; nothing was saved");
        case 5:
        case 6: return tr("the ledger is busy in another program; nothing was saved (try again)");
        case 11: return tr("the ledger file is damaged (%1)").arg(detail);
        case 26: return tr("the file is not a ledger");
        case 19: return tr("the change breaks a rule of the ledger (%1)").arg(detail);
        case 10: return tr("the disk could not be written (%1)").arg(detail);
        default: break;
        }
    }
    return tr("database error: %1").arg(detail);
}

bool Ledger::isWriteProtected(const QString &path)
{
    const QFileInfo fi(path);
    return !fi.isWritable() || !(fi.permissions() & QFileDevice::WriteOwner);
}

QString Ledger::lockPathFor(const QString &path)
{
    const QFileInfo fi(path);
    const QString real = fi.canonicalFilePath();
    return (real.isEmpty() ? fi.absoluteFilePath() : real) + QStringLiteral(".lock");
}

Ledger::LockHolder Ledger::lockHolder(const QString &lockPath)
{
    LockHolder h;
    QLockFile lock(lockPath);
    qint64 pid = 0;
    QString host, app;
    h.readable = lock.getLockInfo(&pid, &host, &app);
    if (h.readable) {
        h.pid = pid;
        h.computer = host;
        h.program = app;
        h.local = host.isEmpty() || host == QSysInfo::machineHostName();
    }
    const QFileInfo info(lockPath);
    h.user = info.owner();
    h.since = info.lastModified();
    return h;
}

QString Ledger::describeHolder(const LockHolder &h)
{
    return tr("computer %1, user %2, since %3")
        .arg(h.computer.isEmpty() ? tr("unknown") : h.computer, h.user.isEmpty() ? tr("unknown") : h.user,
             h.since.isValid() ? h.since.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("unknown"));
}

Ledger::OpenResult Ledger::inspect(const QString &path, int *version)
{
    OpenResult r;
    const QFileInfo fi(path);
    const QString shown = QDir::toNativeSeparators(fi.absoluteFilePath());
    auto fail = [&](OpenError e, const QString &why) {
        r.error = e;
        r.message = tr("Cannot open %1: %2").arg(shown, why);
        return std::move(r);
    };
    if (!fi.exists())
        return fail(OpenError::NotFound, tr("the file does not exist"));
    if (!fi.isFile())
        return fail(OpenError::NotAFile, tr("it is a folder, not a ledger file"));
    if (fi.size() == 0)
        return fail(OpenError::NotALedger, tr("the file is empty, it is not a ledger"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(OpenError::CannotOpen, tr("the file cannot be read (%1)").arg(f.errorString()));
    // The SQLite header (https://sqlite.org/fileformat.html): magic string, then user_version at
    // offset 60 and application_id at offset 68, both big-endian. Reading it ourselves means a
    // foreign file is refused before SQLite ever opens it.
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(OpenError::NotALedger, tr("it is not a Township Ledger file"));
    const qint32 userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    const qint32 appId = qFromBigEndian<qint32>(header.constData() + 68);
    if (appId != kApplicationId)
        return fail(OpenError::NotALedger,
                    tr("it is an SQLite database of another program, not a Township Ledger file"));
    if (userVersion > schemaVersion())
        return fail(OpenError::TooNew, tr("it was written by a newer version of Township Ledger (format %1, "
                                          "this program reads up to %2); please update the program")
                                           .arg(userVersion)
                                           .arg(schemaVersion()));
    if (userVersion < 1)
        return fail(OpenError::Corrupt, tr("the ledger was never completely created"));
    if (version)
        *version = userVersion;
    return r;
}

Ledger::OpenResult Ledger::open(const QString &path, Access access, LockPolicy lockPolicy, IntegrityCheck check)
{
    int fileVersion = 0;
    OpenResult r = inspect(path, &fileVersion);
    if (r.error != OpenError::None)
        return r;
    const QFileInfo fi(path);
    const QString shown = QDir::toNativeSeparators(fi.absoluteFilePath());
    // The real file behind a symbolic link: its journal and its lock are beside it.
    const QString real = fi.canonicalFilePath().isEmpty() ? fi.absoluteFilePath() : fi.canonicalFilePath();
    auto fail = [&](OpenError e, const QString &why) {
        r.ledger.reset();
        r.error = e;
        r.message = tr("Cannot open %1: %2").arg(shown, why);
        return std::move(r);
    };
    auto addNotice = [&](const QString &notice) {
        r.notice = r.notice.isEmpty() ? notice : r.notice + QStringLiteral("\n\n") + notice;
    };

    // A write-protected file, or one in a read-only folder (archive CD, locked USB stick, read-only
    // share: the journal is made beside the file), opens read-only.
    const bool mediaReadOnly = isWriteProtected(real) || folderReadOnly(real);
    bool readOnly = access == Access::ReadOnly || mediaReadOnly;

    std::unique_ptr<Ledger> ledger(new Ledger);
    if (!readOnly) {
        // Two writers on one ledger (a second window, the command line while the program is open)
        // would each see only their own changes: the second one opens read-only. A lock left by a
        // killed process is recognised as stale (its process is gone) and taken over. The lock is
        // beside the real file, so two names of one file cannot both write.
        const QString lockPath = lockPathFor(real);
        ledger->m_lock = std::make_unique<QLockFile>(lockPath);
        ledger->m_lock->setStaleLockTime(0);
        if (!ledger->m_lock->tryLock(0)) {
            if (ledger->m_lock->error() == QLockFile::LockFailedError) {
                const LockHolder holder = lockHolder(lockPath);
                // A program on this computer that is still running: Qt checked its process. An
                // empty or unreadable lock, or one of another computer, cannot be checked.
                const bool checked = holder.readable && holder.local;
                bool taken = false;
                if (!checked && lockPolicy == LockPolicy::TakeOver) {
                    // Qt refuses while a process of this computer still holds the file; a lock file
                    // it cannot open (no permission to write it) is removed from the folder.
                    if (!ledger->m_lock->removeStaleLockFile() && QFileInfo::exists(lockPath))
                        QFile::remove(lockPath);
                    taken = ledger->m_lock->tryLock(0);
                }
                if (!taken) {
                    r.lockHolder = holder;
                    r.lockCanBeTakenOver = !checked;
                    if (checked)
                        addNotice(tr("%1 is already open in another window or program (%2, process %3; %4). It was "
                                     "opened read-only so that the two cannot overwrite each other's changes; close "
                                     "the other one to edit.")
                                      .arg(shown, holder.program.isEmpty() ? tr("unknown program") : holder.program)
                                      .arg(holder.pid)
                                      .arg(describeHolder(holder)));
                    else if (lockPolicy == LockPolicy::TakeOver)
                        addNotice(tr("%1 is marked as being edited (%2) and the mark could not be taken over; it "
                                     "was opened read-only.")
                                      .arg(shown, describeHolder(holder)));
                    else
                        addNotice(tr("%1 is marked as being edited (%2), but that cannot be checked from here: the "
                                     "mark may come from another computer or from a program that was stopped. It "
                                     "was opened read-only. If nobody else is editing it, take the lock over "
                                     "(command line: --take-over-lock).")
                                      .arg(shown, describeHolder(holder)));
                    readOnly = true;
                    ledger->m_lock.reset();
                }
            } else {
                ledger->m_lock.reset(); // no lock can be made in this folder: still one connection
            }
        }
        // What a killed export, backup or restore left behind is cleaned up by the next writer.
        if (ledger->m_lock && !real.endsWith(QLatin1String(".part")))
            Backups::removeLeftovers(real);
    } else if (!mediaReadOnly && hasLeftovers(real)) {
        settle(real);
    }

    // Read-only, but it cannot be read in place: an older format (it would have to be upgraded)
    // or a write-ahead log on read-only media (SQLite cannot make its shared-memory file there).
    // It is read through a copy in a temporary folder, upgraded there; the file stays untouched.
    QString dbPath = real;
    const bool older = fileVersion < schemaVersion();
    if (readOnly && (older || (mediaReadOnly && hasLeftovers(real)))) {
        auto temp = std::make_unique<QTemporaryDir>();
        const QString copy = temp->filePath(QStringLiteral("copy.") + fileSuffix());
        bool copied = temp->isValid() && QFile::copy(real, copy);
        // With its log or the journal of an unfinished transaction, which SQLite applies to the copy.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            if (copied && QFileInfo::exists(real + suffix))
                copied = QFile::copy(real + suffix, copy + suffix);
            QFile::setPermissions(copy + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QString error;
        if (!copied)
            error = tr("no temporary copy could be made (is the disk full?)");
        if (!copied || !upgradeFile(copy, &error))
            return fail(older ? OpenError::MigrationFailed : OpenError::CannotOpen,
                        older ? tr("the ledger is in an older format (%1) and must be upgraded, but it is read-only "
                                   "and upgrading a temporary copy failed (%2)")
                                    .arg(fileVersion)
                                    .arg(error)
                              : tr("the file cannot be read from read-only media (%1)").arg(error));
        dbPath = copy;
        ledger->m_upgradedCopy = std::move(temp);
        if (older)
            addNotice(tr("%1 is in an older format (%2). It cannot be upgraded where it is, so it was upgraded in a "
                         "temporary copy, which is shown read-only; the file itself was not changed.")
                          .arg(shown)
                          .arg(fileVersion));
    }

    ledger->m_path = fi.absoluteFilePath();
    ledger->m_readOnly = readOnly;
    ledger->m_connection = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ledger->m_connection);
        db.setDatabaseName(dbPath);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        else
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open())
            return fail(OpenError::CannotOpen, describe(db.lastError()));

        // A damaged file is refused before anything is written to it. A deferred check is still
        // made here when something must be written at once (an upgrade, leaving a write-ahead log).
        const bool checkNow = check == IntegrityCheck::Now || older || (!readOnly && hasLeftovers(real));
        if (checkNow) {
            OpenError e = OpenError::None;
            const QString why = FileIntegrity::run(db, &e);
            if (e != OpenError::None)
                return fail(e, why);
        } else {
            ledger->m_checkPending = true;
            ledger->m_contextPending = !readOnly;
        }

        const int version = pragma(db, QStringLiteral("user_version")).toInt();
        if (!readOnly) {
            // The rollback journal, so that the file alone holds every committed change. A file
            // still in WAL mode is switched here; while another connection has it open in WAL mode
            // it cannot be, so every commit is checkpointed into the file until it can.
            if (!leaveWal(db)) {
                ledger->m_walPending = true;
                QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
            QString error;
            if (!execAll(db, {QStringLiteral("PRAGMA synchronous=FULL")}, &error))
                return fail(OpenError::CannotOpen, error);
        }
        // Statement journals and sort files in memory, and a page cache of moderate size: a
        // one-shot command (an export, a check) reads each page about once and would only pay for
        // allocating a big cache page by page; a bulk write raises it for its transaction (BulkWrite).
        if (!execAll(db, {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA temp_store=MEMORY"),
                          cacheSizePragma(kOrdinaryCacheKiB)},
                     nullptr))
            return fail(OpenError::CannotOpen, describe(db.lastError()));

        if (version < schemaVersion()) {
            if (readOnly)
                return fail(OpenError::MigrationFailed,
                            tr("the ledger is in an older format (%1) and must be upgraded, but it is read-only")
                                .arg(version));
            // Keep a copy of the file exactly as it was before the upgrade.
            r.backupPath = QStringLiteral("%1/%2.before-v%3-%4.%5")
                               .arg(fi.absolutePath(), fi.completeBaseName())
                               .arg(schemaVersion())
                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                    fileSuffix());
            QString error;
            if (!ledger->copyTo(r.backupPath, &error))
                return fail(OpenError::MigrationFailed,
                            tr("the backup before the upgrade could not be written: %1").arg(error));
            if (!migrate(db, version, &error))
                return fail(OpenError::MigrationFailed,
                            tr("the upgrade failed and was undone (%1); a copy is at %2").arg(error, r.backupPath));
        }
        // The system user recorded with changes is this process's, never one an earlier program
        // left in the file (a change made outside write(), e.g. by another SQLite tool, is then
        // recorded with the user who has the ledger open, not with whoever had it before).
        if (!readOnly && !ledger->m_contextPending)
            freshAuditContext(db, QStringLiteral("edit"));
    }
    r.ledger = std::move(ledger);
    return r;
}

Ledger::CacheSize::CacheSize(const QSqlDatabase &db, int kib) : m_db(db)
{
    // What it was (the ordinary size, or an outer scope's), to put back.
    m_previous = pragma(m_db, QStringLiteral("cache_size"));
    QSqlQuery(m_db).exec(cacheSizePragma(kib));
}

Ledger::CacheSize::~CacheSize()
{
    // As SQLite gave it: negative a size in KiB, positive a number of pages.
    if (m_previous.isValid())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=%1").arg(m_previous.toInt()));
}

Ledger::BulkWrite::BulkWrite(Ledger &ledger) : BulkWrite(ledger.database()) {}

Ledger::BulkWrite::BulkWrite(const QSqlDatabase &db) : CacheSize(db, kBulkCacheKiB) {}

void Ledger::freshAuditContext(QSqlDatabase &db, const QString &source)
{
    QSqlQuery q(db);
    const QString user = osUser();
    // Only written when different, so that opening a ledger does not change the file.
    q.prepare(QStringLiteral("UPDATE audit_context SET clerk = '', os_user = ?, source = ?, batch = 0 "
                             "WHERE id = 1 AND (clerk <> '' OR os_user IS NOT ? OR source IS NOT ? OR batch <> 0)"));
    q.addBindValue(user.isNull() ? QString(QLatin1String("")) : user);
    q.addBindValue(source);
    q.addBindValue(user.isNull() ? QString(QLatin1String("")) : user);
    q.addBindValue(source);
    q.exec(); // a ledger older than version 7 has no audit_context
}

bool Ledger::upgradeFile(const QString &path, QString *error)
{
    RawConnection c(path);
    if (!c.ok()) {
        if (error)
            *error = c.error();
        return false;
    }
    QSqlDatabase db = c.db();
    QString localError;
    QString &err = error ? *error : localError;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()) {
        err = describe(q.lastError());
        return false;
    }
    if (q.value(0).toString() != QLatin1String("ok")) {
        err = tr("the file is damaged (%1)").arg(q.value(0).toString());
        return false;
    }
    q.finish();
    if (!leaveWal(db)) {
        err = tr("the file is in use by another program");
        return false;
    }
    const int version = pragma(db, QStringLiteral("user_version")).toInt();
    if (version > schemaVersion()) {
        err = tr("it was written by a newer version of Township Ledger");
        return false;
    }
    return version == schemaVersion() || migrate(db, version, &err);
}

bool Ledger::migrate(QSqlDatabase &db, int from, QString *error)
{
    // An upgrade may rewrite whole tables (and seal a whole trail) in one transaction.
    const BulkWrite bulk(db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = describe(q.lastError());
        return false;
    }
    freshAuditContext(db, QStringLiteral("edit"));
    // Before version 9 no row was sealed: the upgrade seals the whole trail (AuditChain).
    const qint64 trailBefore = from >= 9 ? AuditChain::lastId(db) : 0;
    for (const Migration &m : schemaMigrations()) {
        if (m.version <= from)
            continue;
        if (!execAll(db, m.statements, error)) {
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        freshAuditContext(db, QStringLiteral("edit")); // once the migration made the table
    }
    if (!AuditChain::seal(db, trailBefore, error)) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    const QStringList stamp = {QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId),
                               QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion())};
    if (!execAll(db, stamp, error) || !q.exec(QStringLiteral("COMMIT"))) {
        if (error->isEmpty())
            *error = describe(q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

Ledger::OpenResult Ledger::create(const QString &path, const Township &township)
{
    OpenResult r;
    const QFileInfo fi(path);
    const QString shown = QDir::toNativeSeparators(fi.absoluteFilePath());
    if (fi.exists()) {
        r.error = OpenError::Exists;
        r.message = tr("Cannot create %1: a file of that name already exists").arg(shown);
        return r;
    }
    if (township.name.trimmed().isEmpty()) {
        r.error = OpenError::CannotOpen;
        r.message = tr("Cannot create %1: the township name is empty").arg(shown);
        return r;
    }
    if (!QDir().mkpath(fi.absolutePath())) {
        r.error = OpenError::CannotOpen;
        r.message = tr("Cannot create %1: the folder cannot be created").arg(shown);
        return r;
    }
    // Build the ledger under a temporary name and rename it into place, so a crash never leaves
    // a half-created file under the name the clerk chose.
    const QString temp = fi.absoluteFilePath() + QStringLiteral(".creating");
    QFile::remove(temp);
    QString error;
    {
        const QString name = newConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(temp);
            bool ok = db.open() && migrate(db, 0, &error);
            if (ok) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO township (id, name, county, clerk, phone, is_demo) "
                                         "VALUES (1, ?, ?, ?, ?, ?)"));
                q.addBindValue(sql::text(township.name.trimmed()));
                q.addBindValue(sql::text(township.county.trimmed()));
                q.addBindValue(sql::text(township.clerk.trimmed()));
                q.addBindValue(sql::text(township.phone.trimmed()));
                q.addBindValue(township.isDemo ? 1 : 0);
                ok = q.exec();
                if (!ok)
                    error = describe(q.lastError());
                else // the file is still the temporary one: sealing its first audit row apart is safe
                    ok = AuditChain::seal(db, 0, &error);
            } else if (error.isEmpty()) {
                error = describe(db.lastError());
            }
            db.close();
            if (!ok) {
                QSqlDatabase::removeDatabase(name);
                QFile::remove(temp);
                r.error = OpenError::CannotOpen;
                r.message = tr("Cannot create %1: %2").arg(shown, error);
                return r;
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!QFile::rename(temp, fi.absoluteFilePath())) {
        QFile::remove(temp);
        r.error = OpenError::CannotOpen;
        r.message = tr("Cannot create %1: the file could not be put in place").arg(shown);
        return r;
    }
    return open(fi.absoluteFilePath());
}

Ledger::~Ledger()
{
    m_history.reset();
    m_householdSearch.reset();
    {
        QSqlDatabase db = connectionFor(m_connection);
        if (db.isOpen()) {
            if (m_walPending && !m_readOnly)
                leaveWal(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void Ledger::settleLocalTime()
{
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("TZ") && QFileInfo::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
#endif
}

edits::History &Ledger::history()
{
    if (!m_history)
        m_history = std::make_unique<edits::History>(*this);
    return *m_history;
}

HouseholdSearch &Ledger::householdSearch()
{
    if (!m_householdSearch)
        m_householdSearch = std::make_unique<HouseholdSearch>(*this);
    return *m_householdSearch;
}

QSqlDatabase Ledger::database() const
{
    return connectionFor(m_connection);
}

bool Ledger::write(const std::function<bool(QString *)> &body, QString *error)
{
    QString localError;
    QString &err = error ? *error : localError;
    if (m_readOnly) {
        err = tr("the ledger is open read-only; nothing was saved");
        return false;
    }
    if (!checkBeforeWrite(&err))
        return false;
    QSqlDatabase db = database();
    QSqlQuery q(db);
    int &depth = writeDepths()[m_connection];
    const QString savepoint = QStringLiteral("sp%1").arg(depth);
    if (!q.exec(depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint)) {
        err = describe(q.lastError());
        return false;
    }
    qint64 trailBefore = 0;
    if (depth == 0) {
        applyAuditContext();
        trailBefore = AuditChain::lastId(db); // the rows after it are this transaction's, sealed at commit
    }
    ++depth;
    QString bodyError;
    bool ok = false;
    try {
        ok = body(&bodyError);
    } catch (...) {
        bodyError = tr("internal error while saving");
        ok = false;
    }
    --depth;
    if (ok && depth == 0)
        ok = AuditChain::seal(db, trailBefore, &bodyError);
    if (ok) {
        if (q.exec(depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint)) {
            if (depth == 0)
                leaveWalIfPending();
            return true;
        }
        bodyError = describe(q.lastError());
    }
    if (depth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        q.exec(QStringLiteral("RELEASE ") + savepoint);
    }
    err = bodyError.isEmpty() ? tr("the change was not saved") : bodyError;
    return false;
}

void Ledger::leaveWalIfPending()
{
    if (!m_walPending)
        return;
    QSqlDatabase db = database();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (leaveWal(db))
        m_walPending = false;
}

QString Ledger::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // Services and some desktop launchers start programs without USER: ask the system.
    if (user.isEmpty())
        if (const passwd *pw = getpwuid(getuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
#endif
    return user;
}

void Ledger::applyAuditContext() const
{
    // Inside the transaction, so the context and the changes it describes commit together.
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE audit_context SET clerk = ?, os_user = ?, source = ?, batch = ? WHERE id = 1"));
    q.addBindValue(m_clerk.isNull() ? QString(QLatin1String("")) : m_clerk);
    const QString user = osUser();
    q.addBindValue(user.isNull() ? QString(QLatin1String("")) : user);
    q.addBindValue(m_auditSource);
    q.addBindValue(m_auditBatch);
    q.exec(); // a ledger older than version 7 has no audit_context until it is migrated
}

Ledger::AuditScope::AuditScope(Ledger &ledger, const QString &source, qint64 batch)
    : m_ledger(ledger), m_source(ledger.m_auditSource), m_batch(ledger.m_auditBatch)
{
    ledger.m_auditSource = source;
    ledger.m_auditBatch = batch;
    if (writeDepths().value(ledger.m_connection) > 0)
        ledger.applyAuditContext();
}

Ledger::AuditScope::~AuditScope()
{
    m_ledger.m_auditSource = m_source;
    m_ledger.m_auditBatch = m_batch;
    if (writeDepths().value(m_ledger.m_connection) > 0)
        m_ledger.applyAuditContext();
}

bool Ledger::copyTo(const QString &target, QString *error) const
{
    if (QFileInfo::exists(target)) {
        if (error)
            *error = tr("%1 already exists").arg(QDir::toNativeSeparators(target));
        return false;
    }
    // Written under a temporary name and renamed when complete: a copy interrupted by a crash or
    // a full disk never looks like a finished backup.
    AtomicFile out(target);
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(out.tempPath());
    if (!q.exec()) {
        if (error)
            *error = describe(q.lastError());
        return false;
    }
    if (!out.commit()) {
        if (error)
            *error = tr("%1 could not be put in place").arg(QDir::toNativeSeparators(target));
        return false;
    }
    return true;
}

QString Ledger::backup(QString *error) const
{
    return Backups::make(*this, QStringLiteral("manual"), error);
}

Township Ledger::township() const
{
    Township t;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT name, county, clerk, phone, is_demo FROM township WHERE id = 1")) && q.next()) {
        t.name = q.value(0).toString();
        t.county = q.value(1).toString();
        t.clerk = q.value(2).toString();
        t.phone = q.value(3).toString();
        t.isDemo = q.value(4).toInt() != 0;
    }
    return t;
}

bool Ledger::setTownship(const Township &t, QString *error)
{
    if (t.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("the township name is empty");
        return false;
    }
    return write(
        [&](QString *err) {
            QSqlQuery q(database());
            q.prepare(QStringLiteral("UPDATE township SET name = ?, county = ?, clerk = ?, phone = ? WHERE id = 1"));
            q.addBindValue(sql::text(t.name.trimmed()));
            q.addBindValue(sql::text(t.county.trimmed()));
            q.addBindValue(sql::text(t.clerk.trimmed()));
            q.addBindValue(sql::text(t.phone.trimmed()));
            if (!q.exec()) {
                *err = describe(q.lastError());
                return false;
            }
            return true;
        },
        error);
}

void Ledger::setIntegrityVerdict(const QString &damagedMessage)
{
    m_checkPending = false;
    m_damaged = damagedMessage;
    if (m_damaged.isEmpty() && m_contextPending && !m_readOnly) {
        QSqlDatabase db = database();
        freshAuditContext(db, QStringLiteral("edit"));
    }
    m_contextPending = false;
}

bool Ledger::checkBeforeWrite(QString *error)
{
    if (m_checkPending) {
        // A write before the deferred check answered: check here, on this connection.
        QSqlDatabase db = database();
        OpenError e = OpenError::None;
        const QString why = FileIntegrity::run(db, &e);
        setIntegrityVerdict(e == OpenError::None
                                ? QString()
                                : FileIntegrity::refusal(m_path, why));
    }
    if (!m_damaged.isEmpty()) {
        *error = m_damaged;
        return false;
    }
    return true;
}

} // namespace tl
