#include "grids/HouseholdSearch.h"

#include "model/TextNormalize.h"
#include "storage/Ledger.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QUuid>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace tl {

namespace {
constexpr QChar kFieldEnd = QChar(0x1f);  // between name, address and group
constexpr QChar kEntryEnd = QChar(0x0a);  // after a household's words
constexpr QChar kNumberStart = QChar(0x1e);
constexpr QChar kNumberEnd = QChar(0x1d);
// More households changed than this since the last search (an import): read them all again.
constexpr int kRereadLimit = 20000;
constexpr qsizetype kChunk = 500;
} // namespace

QString HouseholdSearch::folded(const QString &text)
{
    QString s = toHalfWidth(text).toCaseFolded();
    for (QChar &ch : s)
        if (ch == kFieldEnd || ch == kEntryEnd || ch == kNumberStart || ch == kNumberEnd || ch == QChar(0x0d))
            ch = QLatin1Char(' ');
    return s;
}

bool HouseholdSearch::isNumberQuery(const QString &folded)
{
    if (folded.size() < 3)
        return false;
    return std::all_of(folded.begin(), folded.end(),
                       [](QChar ch) { return (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || ch == QLatin1Char('x'); });
}

HouseholdSearch::~HouseholdSearch()
{
    if (m_worker) {
        m_worker->stop = true;
        m_worker->thread.join();
    }
}

void HouseholdSearch::invalidate()
{
    if (m_worker) {
        // Reading a file that is no longer there: stop it and forget what it read.
        m_worker->stop = true;
        m_worker->thread.join();
        m_worker.reset();
    }
    m_built = false;
    m_index = Index();
}

void HouseholdSearch::Index::append(qint64 id, qint64 village, const QString &name, const QString &address,
                                    const QString &group, const QString &idNumber, const QString &phone)
{
    if (const auto it = entryOf.constFind(id); it != entryOf.constEnd()) {
        entries[*it].id = 0; // superseded: its text stays until the next rebuild
        ++dead;
    }
    Entry e;
    e.id = id;
    e.village = village;
    e.wordsAt = words.size();
    e.numbersAt = numbers.size();
    words += folded(name) + kFieldEnd + folded(address) + kFieldEnd + folded(group) + kEntryEnd;
    const QString idText = folded(idNumber);
    const QString phoneText = folded(phone);
    e.idLength = int(idText.size());
    e.phoneLength = int(phoneText.size());
    numbers += kNumberStart + idText + kNumberEnd + kNumberStart + phoneText + kNumberEnd;
    entryOf.insert(id, entries.size());
    entries.append(e);
}

bool HouseholdSearch::Index::read(const QSqlDatabase &db, const QString &where, const QVector<qint64> &ids,
                                  const std::atomic<bool> *stop)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, village_id, head_name, address, villager_group, head_id_number, phone "
                               "FROM household") + where))
        return false;
    QSet<qint64> seen;
    int n = 0;
    while (q.next()) {
        if (stop && (++n & 1023) == 0 && stop->load())
            return false;
        const qint64 id = q.value(0).toLongLong();
        append(id, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
               q.value(5).toString(), q.value(6).toString());
        if (!ids.isEmpty())
            seen.insert(id);
    }
    // Asked for but not there: removed.
    for (qint64 id : ids) {
        if (seen.contains(id))
            continue;
        if (const auto it = entryOf.find(id); it != entryOf.end()) {
            entries[*it].id = 0;
            ++dead;
            entryOf.erase(it);
        }
    }
    return true;
}

bool HouseholdSearch::readAll(const QSqlDatabase &db, Index *index, const std::atomic<bool> *stop)
{
    *index = Index();
    // One read transaction: the households read are exactly those of the audit id read, so the
    // changes made meanwhile on another connection are found by refresh() afterwards.
    // (Only when no transaction is open on that connection: never commit someone else's.)
    const bool own = QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    QSqlQuery max(db);
    bool ok = max.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")) && max.next();
    const qint64 audit = ok ? max.value(0).toLongLong() : -1;
    max.finish();
    if (ok) {
        index->entries.reserve(1024);
        ok = index->read(db, QStringLiteral(" ORDER BY id"), {}, stop);
    }
    if (own)
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    if (!ok) {
        *index = Index();
        return false;
    }
    index->words.squeeze();
    index->numbers.squeeze();
    index->seenAudit = audit;
    return true;
}

void HouseholdSearch::rebuild()
{
    if (m_worker)
        m_worker->stop = true; // a newer read is wanted; adoptWorker() drops the old one
    adoptWorker();
    m_built = readAll(m_ledger.database(), &m_index, nullptr);
}

bool HouseholdSearch::isReady() const
{
    return m_built || (m_worker && m_worker->done.load());
}

void HouseholdSearch::prepareInBackground(qint64 readAtOnceBelow)
{
    if (m_built || m_worker)
        return;
    const QSqlDatabase db = m_ledger.database();
    // The file the connection reads (an older file opened read-only is read from an upgraded copy).
    const QString file = db.databaseName();
    QSqlQuery size(db);
    const bool small = !size.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM household")) || !size.next() ||
                       size.value(0).toLongLong() < readAtOnceBelow;
    size.finish();
    if (small || file.isEmpty() || file == QLatin1String(":memory:") || !QFileInfo::exists(file)) {
        rebuild();
        return;
    }
    m_worker = std::make_unique<Worker>();
    Worker *w = m_worker.get();
    w->thread = std::thread([w, file] {
        const QString name = QStringLiteral("household-search-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase own = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            own.setDatabaseName(file);
            own.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (own.open())
                w->ok = readAll(own, &w->index, &w->stop);
            own.close();
        }
        QSqlDatabase::removeDatabase(name);
        w->done = true;
    });
}

void HouseholdSearch::adoptWorker()
{
    if (!m_worker)
        return;
    m_worker->thread.join();
    if (m_worker->ok && !m_worker->stop.load()) {
        m_index = std::move(m_worker->index);
        m_built = true;
    }
    m_worker.reset();
}

void HouseholdSearch::refresh()
{
    adoptWorker();
    if (!m_built)
        return rebuild();
    QSqlQuery max(m_ledger.database());
    if (!max.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")) || !max.next())
        return invalidate();
    const qint64 audit = max.value(0).toLongLong();
    if (audit == m_index.seenAudit)
        return;
    // Fewer rows than seen: a transaction rolled back or another file is under the ledger.
    if (audit < m_index.seenAudit || m_index.dead > m_index.entries.size() / 4)
        return rebuild();
    QSqlQuery changed(m_ledger.database());
    changed.setForwardOnly(true);
    changed.prepare(QStringLiteral("SELECT DISTINCT record FROM audit_log WHERE id > ? AND tbl = 'household' LIMIT ?"));
    changed.addBindValue(m_index.seenAudit);
    changed.addBindValue(kRereadLimit + 1);
    if (!changed.exec())
        return invalidate();
    QVector<qint64> ids;
    while (changed.next())
        ids << changed.value(0).toLongLong();
    if (ids.size() > kRereadLimit)
        return rebuild();
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QVector<qint64> part = ids.mid(from, kChunk);
        QStringList list;
        for (qint64 id : part)
            list << QString::number(id);
        if (!m_index.read(m_ledger.database(),
                          QStringLiteral(" WHERE id IN (") + list.join(QLatin1Char(',')) + QLatin1Char(')'), part))
            return invalidate();
    }
    m_index.seenAudit = audit;
}

qsizetype HouseholdSearch::entryAt(qsizetype pos) const
{
    // The last entry whose words start at or before pos.
    const auto it = std::upper_bound(m_index.entries.cbegin(), m_index.entries.cend(), pos,
                                     [](qsizetype p, const Entry &e) { return p < e.wordsAt; });
    return qsizetype(it - m_index.entries.cbegin()) - 1;
}

void HouseholdSearch::scan(const QString &needle, qint64 villageId, QVector<qint64> *out) const
{
    const QString &words = m_index.words;
    const QVector<Entry> &entries = m_index.entries;
    qsizetype from = 0;
    while (from < words.size()) {
        const qsizetype pos = words.indexOf(needle, from);
        if (pos < 0)
            break;
        const qsizetype i = entryAt(pos);
        if (i < 0)
            break;
        const Entry &e = entries[i];
        if (e.id != 0 && (villageId == 0 || e.village == villageId))
            out->append(e.id);
        // One hit per household: go on at the next one.
        from = i + 1 < entries.size() ? entries[i + 1].wordsAt : words.size();
    }
}

void HouseholdSearch::scanNumbers(const QString &digits, qint64 villageId, QVector<qint64> *out) const
{
    // An ID number or a phone by its beginning, or from four digits by its end (the digits a
    // masked printout still shows). Each entry knows where its two numbers lie, so a household
    // is four comparisons at most: a prefix shared by every household ("3713", the county's
    // code) costs no more than one no household has.
    const bool byEnd = digits.size() >= 4;
    const QStringView text(m_index.numbers);
    const QStringView d(digits);
    const qsizetype n = d.size();
    for (const Entry &e : m_index.entries) {
        if (e.id == 0 || (villageId != 0 && e.village != villageId))
            continue;
        const QStringView id = text.mid(e.numbersAt + 1, e.idLength);
        const QStringView phone = text.mid(e.numbersAt + e.idLength + 3, e.phoneLength);
        const bool hit = (id.size() >= n && (id.first(n) == d || (byEnd && id.last(n) == d))) ||
                         (phone.size() >= n && (phone.first(n) == d || (byEnd && phone.last(n) == d)));
        if (hit)
            out->append(e.id);
    }
}

QVector<qint64> HouseholdSearch::matches(const QString &text, qint64 villageId)
{
    const QString needle = folded(text).trimmed();
    QVector<qint64> out;
    if (needle.isEmpty())
        return out;
    refresh();
    scan(needle, villageId, &out);
    if (isNumberQuery(needle)) {
        QVector<qint64> numbers;
        scanNumbers(needle, villageId, &numbers);
        if (out.isEmpty()) {
            out = std::move(numbers);
        } else if (!numbers.isEmpty()) {
            out += numbers;
            std::sort(out.begin(), out.end());
        }
    }
    // Entries are in id order unless households changed since the index was read.
    if (!std::is_sorted(out.cbegin(), out.cend()))
        std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace tl
