#include "storage/Statement.h"

#include "storage/Ledger.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

namespace tl {

namespace {

std::atomic<bool> qtOnly { false };

enum class Library
{
    Unknown,
    Same,
    Other
};
std::atomic<Library> driverLibrary { Library::Unknown };

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

// Whether the Qt driver runs on the SQLite library linked here: a handle made by another copy of
// SQLite must never reach this one's functions. The driver's own SQL says which source it was
// built from; with the same source the structures agree, and a copy's file system layer (its VFS
// object) is its own, so the handle's VFS is this library's only when the copy is the same.
bool driverUsesThisLibrary(const QSqlDatabase &db, sqlite3 *handle)
{
    const Library known = driverLibrary.load();
    if (known != Library::Unknown)
        return known == Library::Same;
    // Only a clear answer is remembered: a connection that cannot answer now (busy, closed) asks
    // again next time and goes through QSqlQuery meanwhile.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next())
        return false;
    if (q.value(0).toString().toLatin1() != QByteArrayView(sqlite3_sourceid())) {
        driverLibrary.store(Library::Other);
        return false;
    }
    sqlite3_vfs *vfs = nullptr;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK || !vfs)
        return false;
    const bool same = vfs == sqlite3_vfs_find(vfs->zName);
    driverLibrary.store(same ? Library::Same : Library::Other);
    return same;
}

QString describe(sqlite3 *db)
{
    return Ledger::describe(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)),
        QSqlError::StatementError, QString::number(sqlite3_extended_errcode(db))));
}

// Text whose bytes come back unchanged through SQLite's UTF-16 reading and QString::toUtf8():
// well-formed UTF-8 (RFC 3629) without U+FFFE and U+FFFF, which SQLite reads as U+FFFD.
bool roundTrips(const unsigned char *s, int n)
{
    int i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + more >= n)
            return false;
        for (int k = 1; k <= more; ++k) {
            const unsigned char t = s[i + k];
            if ((t & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (t & 0x3F);
        }
        const char32_t least = more == 1 ? 0x80 : more == 2 ? 0x800 : 0x10000;
        if (cp < least || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
            return false;
        i += more + 1;
    }
    return true;
}

} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql)
{
    sqlite3 *handle = handleOf(db);
    if (!qtOnly.load() && handle && driverUsesThisLibrary(db, handle)) {
        m_db = handle;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(
                m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            != SQLITE_OK) {
            m_prepareError = describe(m_db);
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
        return;
    }
    m_query = std::make_unique<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        m_prepareError = Ledger::describe(m_query->lastError());
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index + 1, value);
    else if (m_query)
        m_query->bindValue(index, value);
}

void Statement::bind(int index, const QString &text)
{
    if (m_query) {
        m_query->bindValue(index, text);
        return;
    }
    if (!m_stmt)
        return;
    if (text.isNull()) {
        sqlite3_bind_null(m_stmt, index + 1);
        return;
    }
    // The UTF-8 SQLite stores, written into this placeholder's own buffer and bound without a copy
    // (SQLite would copy UTF-16 and convert it, two allocations under its memory lock per value).
    // Text with a surrogate, or starting with what SQLite takes for a byte order mark (U+FEFF,
    // U+FFFE), goes as UTF-16, for SQLite to treat it its own way, as it does QSqlQuery's.
    const char16_t first = text.isEmpty() ? 0 : text.front().unicode();
    if (first == 0xFEFF || first == 0xFFFE) {
        sqlite3_bind_text16(
            m_stmt, index + 1, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        return;
    }
    if (index >= int(m_utf8.size()))
        m_utf8.resize(index + 1);
    QByteArray &out = m_utf8[index];
    out.resize(text.size() * 3);
    char *at = out.data();
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            *at++ = char(c);
        } else if (c < 0x800) {
            *at++ = char(0xC0 | (c >> 6));
            *at++ = char(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c < 0xE000) {
            sqlite3_bind_text16(
                m_stmt, index + 1, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
            return;
        } else {
            *at++ = char(0xE0 | (c >> 12));
            *at++ = char(0x80 | ((c >> 6) & 0x3F));
            *at++ = char(0x80 | (c & 0x3F));
        }
    }
    sqlite3_bind_text(m_stmt, index + 1, out.constData(), int(at - out.constData()), SQLITE_STATIC);
}

void Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index + 1);
    else if (m_query)
        m_query->bindValue(index, QVariant(QMetaType(QMetaType::LongLong)));
}

bool Statement::exec(QString *error)
{
    m_pending = m_atRow = false;
    if (!m_prepareError.isEmpty()) {
        if (error)
            *error = m_prepareError;
        return false;
    }
    if (m_query) {
        if (m_query->exec())
            return true;
        if (error)
            *error = Ledger::describe(m_query->lastError());
        return false;
    }
    sqlite3_reset(m_stmt);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_pending = true;
        return true;
    }
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt); // a finished write holds nothing open
        return true;
    }
    if (error)
        *error = describe(m_db);
    sqlite3_reset(m_stmt);
    return false;
}

qint64 Statement::lastInsertId() const
{
    return m_query ? m_query->lastInsertId().toLongLong() : sqlite3_last_insert_rowid(m_db);
}

bool Statement::next()
{
    if (m_query)
        return m_atRow = m_query->next();
    if (m_pending) {
        m_pending = false;
        return m_atRow = true;
    }
    if (!m_atRow)
        return false;
    m_atRow = sqlite3_step(m_stmt) == SQLITE_ROW;
    if (!m_atRow)
        sqlite3_reset(m_stmt);
    return m_atRow;
}

Statement::Type Statement::type(int column) const
{
    if (m_query) {
        const QVariant v = m_query->value(column);
        if (v.isNull())
            return Type::Null;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
            return Type::Integer;
        case QMetaType::Double:
            return Type::Real;
        case QMetaType::QByteArray:
            return Type::Blob;
        default:
            return Type::Text;
        }
    }
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_BLOB:
        return Type::Blob;
    case SQLITE_NULL:
        return Type::Null;
    default:
        return Type::Text;
    }
}

qint64 Statement::integer(int column) const
{
    return m_query ? m_query->value(column).toLongLong() : sqlite3_column_int64(m_stmt, column);
}

QByteArrayView Statement::text(int column, QByteArray *scratch) const
{
    if (m_query) {
        *scratch = m_query->value(column).toString().toUtf8();
        return *scratch;
    }
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: {
        // Decimal, as QVariant(qint64).toString() writes it.
        scratch->setNum(sqlite3_column_int64(m_stmt, column));
        return *scratch;
    }
    case SQLITE_FLOAT:
        *scratch = QVariant(sqlite3_column_double(m_stmt, column)).toString().toUtf8();
        return *scratch;
    case SQLITE_BLOB: {
        const QByteArray blob(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
            sqlite3_column_bytes(m_stmt, column));
        *scratch = QVariant(blob).toString().toUtf8();
        return *scratch;
    }
    case SQLITE_NULL:
        scratch->clear();
        return *scratch;
    default:
        break;
    }
    const auto *bytes = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (roundTrips(bytes, size))
        return QByteArrayView(reinterpret_cast<const char *>(bytes), size);
    // What the Qt driver reads (SQLite's UTF-16), written out as Qt writes it.
    const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(m_stmt, column));
    *scratch = QString(utf16, sqlite3_column_bytes16(m_stmt, column) / int(sizeof(QChar))).toUtf8();
    return *scratch;
}

bool Statement::isDirect(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    return !qtOnly.load() && handle && driverUsesThisLibrary(db, handle);
}

void Statement::setQtOnly(bool only)
{
    qtOnly.store(only);
}

} // namespace tl
