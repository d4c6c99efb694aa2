#include "storage/AuditChain.h"

#include "model/BatchChannel.h"
#include "storage/AuditTrail.h"
#include "storage/Schema.h"
#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVector>

#include <charconv>
#include <cmath>
#include <thread>
#include <vector>

namespace tl {

namespace {

const QString kFields = QStringLiteral("id, at, clerk, os_user, source, batch, tbl, record, action, field, old_value, new_value");
constexpr int kFieldCount = 12;

// A row's fields as they go into its hash: each marked as NULL or given with its length (so no
// two rows can spell the same bytes), a number as its decimal text, text in UTF-8.
void appendNull(QByteArray &row)
{
    row.append("\x00N", 2);
}

void appendBytes(QByteArray &row, QByteArrayView bytes)
{
    char length[24];
    const auto end = std::to_chars(length, length + sizeof length, bytes.size()).ptr;
    row.append('\x01');
    row.append(length, end - length);
    row.append(':');
    row.append(bytes);
}

// The fields of the current row of q (verify reads the trail through QSqlQuery).
QByteArray fieldsOf(const QSqlQuery &q)
{
    QByteArray row;
    for (int i = 0; i < kFieldCount; ++i) {
        const QVariant v = q.value(i);
        if (v.isNull()) {
            appendNull(row);
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            char digits[24];
            appendBytes(row, QByteArrayView(digits, std::to_chars(digits, digits + sizeof digits, v.toLongLong()).ptr - digits));
        } else {
            appendBytes(row, v.toString().toUtf8());
        }
    }
    return row;
}

// The same bytes from the current row of s (the seal reads through Statement).
QByteArray fieldsOf(const Statement &s, QByteArray *scratch)
{
    QByteArray row;
    row.reserve(256);
    for (int i = 0; i < kFieldCount; ++i) {
        if (s.type(i) == Statement::Type::Null)
            appendNull(row);
        else
            appendBytes(row, s.text(i, scratch));
    }
    return row;
}

// SHA-256 over the previous row's hash and this row's fields, in hex.
QByteArray rowHash(QCryptographicHash &h, const QByteArray &previous, const QByteArray &fields)
{
    // Run for every row a transaction writes (200,000 on a county import) and on every verify:
    // one hash object reused.
    h.reset();
    h.addData(previous);
    h.addData(fields);
    return h.resultView().toByteArray().toHex();
}

using Fields = QByteArray;

// The chain over many rows: they are hashed, in order, on a second thread while the caller reads
// the next ones (sealing the 200,000 audit rows of an import is half a second of hashing). A few
// rows, as most transactions write, are hashed in place.
class ChainHasher
{
public:
    explicit ChainHasher(QByteArray previous) : m_previous(std::move(previous)) {}
    ~ChainHasher() { finish(); }

    void add(Fields fields)
    {
        if (!m_thread.joinable()) {
            m_first.push_back(std::move(fields));
            if (m_first.size() < kInPlace)
                return;
            m_thread = std::thread([this] {
                while (const Fields *f = m_rows.take())
                    m_previous = rowHash(m_hash, m_previous, *f);
            });
            for (Fields &f : m_first)
                m_rows.put(std::move(f));
            m_first.clear();
            return;
        }
        m_rows.put(std::move(fields));
    }
    // The hash of the last row added.
    QByteArray finish()
    {
        if (m_thread.joinable()) {
            m_rows.finish();
            m_thread.join();
        }
        for (const Fields &f : m_first)
            m_previous = rowHash(m_hash, m_previous, f);
        m_first.clear();
        return m_previous;
    }

private:
    static constexpr size_t kInPlace = 1024;

    QByteArray m_previous; // the worker's while it runs, the caller's after finish()
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    std::vector<Fields> m_first; // until there are enough rows to be worth a thread
    BatchChannel<Fields> m_rows{1024, 8};
    std::thread m_thread;
};

QString where(const QSqlQuery &q)
{
    // "household 17, update"
    return AuditChain::tr("%1 %2, %3")
        .arg(AuditTrail::tableName(q.value(6).toString()), q.value(7).toString(),
             AuditTrail::actionName(q.value(8).toString()));
}

// A value of the trail (an insert's JSON value, an update's new value) against the file's.
bool sameValue(const QVariant &trail, const QVariant &actual)
{
    if (trail.isNull() || actual.isNull())
        return trail.isNull() && actual.isNull();
    switch (actual.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double: {
        bool ok = false;
        const double t = trail.toDouble(&ok);
        const double a = actual.toDouble();
        return ok && (t == a || std::abs(t - a) <= 1e-9 * std::max(std::abs(t), std::abs(a)));
    }
    default:
        break;
    }
    if (trail.typeId() == QMetaType::Double) { // a JSON number against text in the file
        const double d = trail.toDouble();
        const QString t = d == std::floor(d) && std::abs(d) < 9e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
        return t == actual.toString();
    }
    return trail.toString() == actual.toString();
}

QVariant fromJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Double:
        return v.toDouble();
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    default:
        return v.toString();
    }
}

} // namespace

qint64 AuditChain::lastId(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT max(id) FROM audit_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool AuditChain::seal(const QSqlDatabase &db, qint64 afterId, QString *error)
{
    // The chain goes on from the last sealed row (every transaction ends with one).
    QByteArray previous;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id <= ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(afterId);
        if (!q.exec()) {
            *error = tr("the audit trail cannot be sealed: %1").arg(q.lastError().text());
            return false;
        }
        if (q.next())
            previous = q.value(0).toString().toLatin1();
    }
    // Every row this transaction wrote goes into the hash; only the last one keeps it (from
    // schema version 14: one UPDATE per transaction instead of one per row, and 64 bytes less
    // for every other row). A row changed later breaks the hash of the row that sealed it.
    qint64 last = 0;
    {
        Statement q(db, QStringLiteral("SELECT %1 FROM audit_log WHERE id > ? ORDER BY id").arg(kFields));
        q.bind(0, afterId);
        QString why;
        if (!q.exec(&why)) {
            *error = tr("the audit trail cannot be sealed: %1").arg(why);
            return false;
        }
        ChainHasher chain(previous);
        QByteArray scratch;
        while (q.next()) {
            chain.add(fieldsOf(q, &scratch));
            last = q.integer(0);
        }
        previous = chain.finish();
    }
    if (last == 0)
        return true;
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"));
    u.addBindValue(QString::fromLatin1(previous));
    u.addBindValue(last);
    if (!u.exec()) {
        *error = tr("the audit trail cannot be sealed (row %1): %2").arg(last).arg(u.lastError().text());
        return false;
    }
    return true;
}

AuditChain::Verdict AuditChain::verify(const QSqlDatabase &db, const std::function<bool()> &cancelled)
{
    Verdict v;
    QElapsedTimer timer;
    timer.start();
    const auto done = [&](Verdict &out) -> Verdict & {
        out.milliseconds = timer.elapsed();
        return out;
    };
    const auto broken = [&](const QString &problem, qint64 row = 0) -> Verdict {
        v.whole = false;
        v.problem = problem;
        v.brokenRow = row;
        return done(v);
    };
    const auto stop = [&] {
        v.cancelled = true;
        v.problem = tr("the check was stopped");
        return done(v);
    };

    // One snapshot for the whole check.
    QSqlQuery begin(db);
    struct EndRead
    {
        QSqlDatabase db;
        bool began;
        ~EndRead()
        {
            if (began)
                QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        }
    } endRead{db, begin.exec(QStringLiteral("BEGIN"))};

    // 1. The triggers.
    {
        const QHash<QString, QString> expected = schemaTriggers();
        QHash<QString, QString> present;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")))
            return broken(tr("the ledger cannot be read: %1").arg(q.lastError().text()));
        while (q.next())
            present.insert(q.value(0).toString(), q.value(1).toString());
        QStringList names = expected.keys();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            if (!present.contains(name))
                return broken(tr("the trigger %1 is missing: it was dropped behind the program's back").arg(name));
            if (present.value(name).simplified() != expected.value(name).simplified())
                return broken(tr("the trigger %1 was changed").arg(name));
        }
        QStringList extra = present.keys();
        extra.sort();
        for (const QString &name : std::as_const(extra))
            if (!expected.contains(name))
                return broken(tr("the trigger %1 is not the program's").arg(name));
    }

    // 2. The chain, row after row.
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1, hash FROM audit_log ORDER BY id").arg(kFields)))
            return broken(tr("the audit trail cannot be read: %1").arg(q.lastError().text()));
        // A row without a hash is sealed by the next row that has one (the last row of its
        // transaction); rows without a hash at the end were written outside the program.
        QByteArray previous;
        qint64 lastId = 0;
        qint64 firstOpen = 0; // the first row since the last hash
        QString firstOpenWhere;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id != lastId + 1)
                return broken(lastId + 1 == id - 1 ? tr("audit row %1 was removed").arg(lastId + 1)
                                                   : tr("audit rows %1 to %2 were removed").arg(lastId + 1).arg(id - 1),
                              lastId + 1);
            previous = rowHash(hash, previous, fieldsOf(q));
            const QVariant stored = q.value(kFieldCount);
            if (stored.isNull()) {
                if (!firstOpen) {
                    firstOpen = id;
                    firstOpenWhere = where(q);
                }
            } else {
                if (previous != stored.toString().toLatin1())
                    return firstOpen ? broken(tr("audit rows %1 to %2 (sealed together by row %2) were altered: one of "
                                                 "them differs from what was written")
                                                  .arg(firstOpen)
                                                  .arg(id),
                                              firstOpen)
                                     : broken(tr("audit row %1 (%2) was altered").arg(id).arg(where(q)), id);
                firstOpen = 0;
            }
            lastId = id;
            ++v.rows;
            if (cancelled && v.rows % 20000 == 0 && cancelled())
                return stop();
        }
        if (firstOpen)
            return broken(firstOpen == lastId
                              ? tr("audit row %1 (%2) is not sealed: it was written outside the program").arg(firstOpen).arg(firstOpenWhere)
                              : tr("audit rows %1 (%2) to %3 are not sealed: they were written outside the program")
                                    .arg(firstOpen)
                                    .arg(firstOpenWhere)
                                    .arg(lastId),
                          firstOpen);
    }

    // 3. The trail replayed, table by table, record by record, against the file (both in the
    // order of the record's name as text, merged).
    for (const AuditedTable &t : auditedTables()) {
        QSqlQuery trail(db);
        trail.setForwardOnly(true);
        trail.prepare(QStringLiteral("SELECT record, action, field, new_value, id FROM audit_log WHERE tbl = ? "
                                     "ORDER BY record, id"));
        trail.addBindValue(t.name);
        QSqlQuery file(db);
        file.setForwardOnly(true);
        const QString key = t.keyOf(t.name);
        if (!trail.exec()
            || !file.exec(QStringLiteral("SELECT CAST(%1 AS TEXT) AS k, %2 FROM %3 ORDER BY k")
                              .arg(key, t.columns.join(QStringLiteral(", ")), t.name)))
            return broken(tr("the ledger cannot be read: %1").arg((trail.lastError().isValid() ? trail : file).lastError().text()));
        const QString table = AuditTrail::tableName(t.name);
        bool haveTrail = trail.next();
        bool haveFile = file.next();
        QVector<QVariant> state(t.columns.size());
        while (haveTrail || haveFile) {
            const QString trailKey = haveTrail ? trail.value(0).toString() : QString();
            const QString fileKey = haveFile ? file.value(0).toString() : QString();
            // Replay the next record of the trail (when it comes first or is the file's).
            bool exists = false;
            qint64 lastRow = 0;
            const bool replay = haveTrail && (!haveFile || trailKey <= fileKey);
            if (replay) {
                while (haveTrail && trail.value(0).toString() == trailKey) {
                    const QString action = trail.value(1).toString();
                    lastRow = trail.value(4).toLongLong();
                    if (action == QLatin1String("insert")) {
                        // An object naming each column (versions 7 to 13) or an array in the
                        // columns' order (14 on; columns added later are not in it).
                        const QJsonDocument doc = QJsonDocument::fromJson(trail.value(3).toString().toUtf8());
                        if (doc.isArray()) {
                            const QJsonArray a = doc.array();
                            for (int c = 0; c < t.columns.size(); ++c)
                                state[c] = c < a.size() ? fromJson(a.at(c)) : QVariant();
                        } else {
                            const QJsonObject o = doc.object();
                            for (int c = 0; c < t.columns.size(); ++c)
                                state[c] = fromJson(o.value(t.columns[c]));
                        }
                        exists = true;
                    } else if (action == QLatin1String("update")) {
                        const int c = int(t.columns.indexOf(trail.value(2).toString()));
                        if (exists && c >= 0)
                            state[c] = trail.value(3);
                    } else if (action == QLatin1String("delete")) {
                        exists = false;
                    }
                    haveTrail = trail.next();
                }
            }
            const bool inFile = haveFile && (!replay || fileKey == trailKey);
            const QString record = replay ? trailKey : fileKey;
            if (exists && !inFile)
                return broken(tr("%1 %2 was removed from the file without a trace in the audit trail (last recorded in "
                                 "audit row %3)")
                                  .arg(table, record)
                                  .arg(lastRow),
                              lastRow);
            if (inFile && !exists)
                return broken(replay ? tr("%1 %2 is in the file, but the audit trail says it was deleted (audit row %3)")
                                           .arg(table, record)
                                           .arg(lastRow)
                                     : tr("%1 %2 is in the file, but not in the audit trail: it was added behind its back")
                                           .arg(table, record),
                              lastRow);
            if (inFile) {
                for (int c = 0; c < t.columns.size(); ++c)
                    if (!sameValue(state[c], file.value(c + 1)))
                        return broken(tr("%1 %2: %3 differs from what the audit trail recorded (last in audit row %4): "
                                         "it was changed behind the trail's back")
                                          .arg(table, record, AuditTrail::fieldName(t.columns[c]))
                                          .arg(lastRow),
                                      lastRow);
                ++v.records;
                haveFile = file.next();
                if (cancelled && v.records % 20000 == 0 && cancelled())
                    return stop();
            }
        }
    }
    v.whole = true;
    return done(v);
}

} // namespace tl
