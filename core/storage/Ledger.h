#pragma once

#include "model/Domain.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace tl {

namespace edits {
class History;
}

// Why a file could not be opened as a ledger. Every case leaves the file untouched.
enum class OpenError { None, NotFound, NotAFile, NotALedger, Corrupt, TooNew, CannotOpen, MigrationFailed, Exists };

// One township ledger = one SQLite file (suffix .ledger).
//  - PRAGMA application_id marks the file as ours, PRAGMA user_version is the schema version.
//  - Schema changes are ordered migrations run in one transaction, after a copy of the file
//    was taken with VACUUM INTO.
//  - WAL journal and foreign keys on; every write runs inside write(), one transaction each.
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    static constexpr qint32 kApplicationId = 0x544C4447; // "TLDG"
    static int schemaVersion();
    static QString fileSuffix() { return QStringLiteral("ledger"); }

    enum class Access { ReadWrite, ReadOnly };

    struct OpenResult
    {
        std::unique_ptr<Ledger> ledger;
        OpenError error = OpenError::None;
        QString message;       // translated, names the file and the reason
        QString backupPath;    // set when a migration ran
        QString notice;        // translated; set when the file was opened read-only because another
                               // program or window has it open for writing
    };

    // Opens an existing ledger. A read-only file (or Access::ReadOnly) opens read-only.
    static OpenResult open(const QString &path, Access access = Access::ReadWrite);
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

    // Translated description of a failed statement (disk full, read-only, busy, constraint …).
    static QString describe(const QSqlError &error);

private:
    Ledger() = default;
    static OpenResult inspect(const QString &path);
    static bool migrate(QSqlDatabase &db, int from, QString *error);

    void applyAuditContext() const;

    QString m_path;
    QString m_connection;
    std::unique_ptr<edits::History> m_history; // created on first use, dropped before the connection
    std::unique_ptr<QLockFile> m_lock; // one writer per file: <file>.lock beside it
    QString m_clerk;
    QString m_auditSource = QStringLiteral("edit");
    qint64 m_auditBatch = 0;
    bool m_readOnly = false;
};

} // namespace tl
