#include "storage/FileIntegrity.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace tl::FileIntegrity {

QString run(QSqlDatabase &db, OpenError *error)
{
    // quick_check reads every page of the file once per pass and needs none of them again: a small
    // page cache, one that stays in the processor's cache, serves it better than a big one filled
    // page by page with fresh memory. The connection's own size is back afterwards.
    const Ledger::CacheSize smallCache(db, 512);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()) {
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        const bool damaged = code == 11 || code == 26; // SQLITE_CORRUPT, SQLITE_NOTADB
        *error = damaged ? OpenError::Corrupt : OpenError::CannotOpen;
        return damaged ? Ledger::tr("the file is damaged (%1)").arg(Ledger::describe(q.lastError()))
                       : Ledger::tr("the file cannot be read (%1)").arg(Ledger::describe(q.lastError()));
    }
    const QString check = q.value(0).toString();
    q.finish();
    if (check != QLatin1String("ok")) {
        *error = OpenError::Corrupt;
        return Ledger::tr("the file is damaged (%1)").arg(check);
    }
    *error = OpenError::None;
    return {};
}

QString refusal(const QString &path, const QString &why)
{
    return Ledger::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), why);
}

void *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<void *const *>(v.data());
    return nullptr;
}

void interrupt(void *handle)
{
    if (!handle)
        return;
    // The library the Qt driver was linked with (a shared libsqlite3 where the system provides
    // one); with SQLite built into the driver the symbol is not reachable and nothing happens.
    using Interrupt = void (*)(void *);
    static const auto function
        = reinterpret_cast<Interrupt>(QLibrary::resolve(QStringLiteral("sqlite3"), 0, "sqlite3_interrupt"));
    if (function)
        function(handle);
}

Beside::Beside(Ledger &ledger)
    : m_ledger(ledger)
{
    if (ledger.isIntegrityChecked())
        return;
    // The file the ledger reads (an upgraded copy, for an older file read-only); a refusal names
    // the clerk's file.
    const QString path = ledger.database().databaseName();
    m_thread = std::thread([this, path, shown = ledger.path()] {
        const QString name = QStringLiteral("integrity-beside-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        OpenError problem = OpenError::None;
        QString why;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                why = run(db, &problem);
            } else {
                problem = OpenError::CannotOpen;
                why = Ledger::describe(db.lastError());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (problem != OpenError::None)
            m_verdict = refusal(shown, why);
    });
}

Beside::~Beside()
{
    if (m_thread.joinable())
        m_thread.join();
}

QString Beside::verdict()
{
    if (!m_thread.joinable())
        return m_ledger.damagedMessage(); // checked before, or handed in already
    m_thread.join();
    m_ledger.setIntegrityVerdict(m_verdict);
    return m_verdict;
}

} // namespace tl::FileIntegrity
