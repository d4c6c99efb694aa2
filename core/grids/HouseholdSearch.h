#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace tl {

class Ledger;

// Substring search over every household of a ledger, as the clerk types: any part of the head's
// name, the address or the 村民小组, and an ID number or phone by its first or (from four digits)
// its last digits.
//
// Why in memory: at county scale (200,000 households) SQLite answers a LIKE '%…%' by reading the
// whole table (about 100 ms a keystroke), and a trigram index cannot answer the one- and
// two-character names clerks type most. The searchable text of all households is about 10 MB of
// UTF-16 here and one scan of it takes a few milliseconds.
//
// The index follows the ledger through its audit trail: every change to a household adds audit
// rows, so each search first asks for the newest audit row id (one lookup) and re-reads only the
// households changed since. The ID numbers and phones held here never leave it: matches() returns
// household ids.
class HouseholdSearch
{
public:
    explicit HouseholdSearch(Ledger &ledger) : m_ledger(ledger) {}

    // Ids of the households whose text matches, in ascending order; villageId 0 = the township.
    // The text is compared as typed after full-width → half-width and case folding.
    QVector<qint64> matches(const QString &text, qint64 villageId = 0);

    // Forgets everything (the file under the ledger was replaced); the next search reads it again.
    void invalidate();

    // How the text is compared: half-width, case-folded, line breaks as spaces.
    static QString folded(const QString &text);
    // True when text is digits (an ID may end in X), at least three: looked up in IDs and phones.
    static bool isNumberQuery(const QString &folded);

private:
    struct Entry
    {
        qint64 id = 0; // 0 = removed or superseded by a later entry
        qint64 village = 0;
        qsizetype wordsAt = 0;   // in m_words: name '\x1f' address '\x1f' group '\n'
        qsizetype numbersAt = 0; // in m_numbers: '\x1e' ID '\x1d' '\x1e' phone '\x1d'
    };

    void refresh();
    void rebuild();
    bool readHouseholds(const QString &where, const QVector<qint64> &ids);
    void append(qint64 id, qint64 village, const QString &name, const QString &address, const QString &group,
                const QString &idNumber, const QString &phone);
    void scan(const QString &haystack, const QString &needle, bool numbers, qint64 villageId, QVector<qint64> *out) const;
    void scanNumbers(const QString &digits, qint64 villageId, QVector<qint64> *out) const;
    qsizetype entryAt(qsizetype pos, bool numbers) const;

    Ledger &m_ledger;
    bool m_built = false;
    qint64 m_seenAudit = -1; // newest audit_log id reflected here
    QString m_words;
    QString m_numbers;
    QVector<Entry> m_entries; // in the order their text was appended
    QHash<qint64, qsizetype> m_entryOf; // household id → its live entry
    qsizetype m_dead = 0;
};

} // namespace tl
