#include "grids/HouseholdSearch.h"

#include "model/TextNormalize.h"
#include "storage/Ledger.h"

#include <QSet>
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

void HouseholdSearch::invalidate()
{
    m_built = false;
    m_seenAudit = -1;
    m_words.clear();
    m_numbers.clear();
    m_entries.clear();
    m_entryOf.clear();
    m_dead = 0;
}

void HouseholdSearch::append(qint64 id, qint64 village, const QString &name, const QString &address,
                             const QString &group, const QString &idNumber, const QString &phone)
{
    if (const auto it = m_entryOf.constFind(id); it != m_entryOf.constEnd()) {
        m_entries[*it].id = 0; // superseded: its text stays until the next rebuild
        ++m_dead;
    }
    Entry e;
    e.id = id;
    e.village = village;
    e.wordsAt = m_words.size();
    e.numbersAt = m_numbers.size();
    m_words += folded(name) + kFieldEnd + folded(address) + kFieldEnd + folded(group) + kEntryEnd;
    m_numbers += kNumberStart + folded(idNumber) + kNumberEnd + kNumberStart + folded(phone) + kNumberEnd;
    m_entryOf.insert(id, m_entries.size());
    m_entries.append(e);
}

bool HouseholdSearch::readHouseholds(const QString &where, const QVector<qint64> &ids)
{
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, village_id, head_name, address, villager_group, head_id_number, phone "
                               "FROM household") + where))
        return false;
    QSet<qint64> seen;
    while (q.next()) {
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
        if (const auto it = m_entryOf.find(id); it != m_entryOf.end()) {
            m_entries[*it].id = 0;
            ++m_dead;
            m_entryOf.erase(it);
        }
    }
    return true;
}

void HouseholdSearch::rebuild()
{
    invalidate();
    QSqlQuery max(m_ledger.database());
    if (!max.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")) || !max.next())
        return;
    const qint64 audit = max.value(0).toLongLong();
    m_entries.reserve(1024);
    if (!readHouseholds(QStringLiteral(" ORDER BY id"), {}))
        return invalidate();
    m_words.squeeze();
    m_numbers.squeeze();
    m_seenAudit = audit;
    m_built = true;
}

void HouseholdSearch::refresh()
{
    if (!m_built)
        return rebuild();
    QSqlQuery max(m_ledger.database());
    if (!max.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")) || !max.next())
        return invalidate();
    const qint64 audit = max.value(0).toLongLong();
    if (audit == m_seenAudit)
        return;
    // Fewer rows than seen: a transaction rolled back or another file is under the ledger.
    if (audit < m_seenAudit || m_dead > m_entries.size() / 4)
        return rebuild();
    QSqlQuery changed(m_ledger.database());
    changed.setForwardOnly(true);
    changed.prepare(QStringLiteral("SELECT DISTINCT record FROM audit_log WHERE id > ? AND tbl = 'household' LIMIT ?"));
    changed.addBindValue(m_seenAudit);
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
        if (!readHouseholds(QStringLiteral(" WHERE id IN (") + list.join(QLatin1Char(',')) + QLatin1Char(')'), part))
            return invalidate();
    }
    m_seenAudit = audit;
}

qsizetype HouseholdSearch::entryAt(qsizetype pos, bool numbers) const
{
    // The last entry whose text starts at or before pos.
    const auto it = std::upper_bound(m_entries.cbegin(), m_entries.cend(), pos, [numbers](qsizetype p, const Entry &e) {
        return p < (numbers ? e.numbersAt : e.wordsAt);
    });
    return qsizetype(it - m_entries.cbegin()) - 1;
}

void HouseholdSearch::scan(const QString &haystack, const QString &needle, bool numbers, qint64 villageId,
                           QVector<qint64> *out) const
{
    qsizetype from = 0;
    while (from < haystack.size()) {
        const qsizetype pos = haystack.indexOf(needle, from);
        if (pos < 0)
            break;
        const qsizetype i = entryAt(pos, numbers);
        if (i < 0)
            break;
        const Entry &e = m_entries[i];
        if (e.id != 0 && (villageId == 0 || e.village == villageId))
            out->append(e.id);
        // One hit per household: go on at the next one.
        from = i + 1 < m_entries.size() ? (numbers ? m_entries[i + 1].numbersAt : m_entries[i + 1].wordsAt)
                                        : haystack.size();
    }
}

void HouseholdSearch::scanNumbers(const QString &digits, qint64 villageId, QVector<qint64> *out) const
{
    // An ID number or a phone by its beginning, or from four digits by its end (the digits a
    // masked printout still shows). One scan for the digits; a hit counts where it touches the
    // start or the end of a number (searching for the start mark itself would stop at every one).
    const bool byEnd = digits.size() >= 4;
    qsizetype from = 0;
    while (from < m_numbers.size()) {
        const qsizetype pos = m_numbers.indexOf(digits, from);
        if (pos < 0)
            break;
        const bool atStart = pos > 0 && m_numbers.at(pos - 1) == kNumberStart;
        const qsizetype after = pos + digits.size();
        const bool atEnd = byEnd && after < m_numbers.size() && m_numbers.at(after) == kNumberEnd;
        if (!atStart && !atEnd) {
            from = pos + 1;
            continue;
        }
        const qsizetype i = entryAt(pos, true);
        if (i < 0)
            break;
        const Entry &e = m_entries[i];
        if (e.id != 0 && (villageId == 0 || e.village == villageId))
            out->append(e.id);
        from = i + 1 < m_entries.size() ? m_entries[i + 1].numbersAt : m_numbers.size();
    }
}

QVector<qint64> HouseholdSearch::matches(const QString &text, qint64 villageId)
{
    const QString needle = folded(text).trimmed();
    QVector<qint64> out;
    if (needle.isEmpty())
        return out;
    refresh();
    scan(m_words, needle, false, villageId, &out);
    if (isNumberQuery(needle))
        scanNumbers(needle, villageId, &out);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace tl
