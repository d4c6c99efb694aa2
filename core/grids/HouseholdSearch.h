#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>
#include <thread>

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
// Reading 200,000 households into it takes about half a second: prepareInBackground() does that
// on a worker with its own read-only connection, so the window never waits for it; a small
// ledger is read at once. The index follows the ledger through its audit trail: every change to a
// household adds audit rows, so each search first asks for the newest audit row id (one lookup)
// and re-reads only the households changed since (also those changed while the worker read).
// The ID numbers and phones held here never leave it: matches() returns household ids.
class HouseholdSearch
{
public:
    explicit HouseholdSearch(Ledger &ledger) : m_ledger(ledger) {}
    ~HouseholdSearch();
    HouseholdSearch(const HouseholdSearch &) = delete;
    HouseholdSearch &operator=(const HouseholdSearch &) = delete;

    // Ids of the households whose text matches, in ascending order; villageId 0 = the township.
    // The text is compared as typed after full-width → half-width and case folding. Reads the
    // index first when it is not there yet (waiting for a worker that is reading it).
    QVector<qint64> matches(const QString &text, qint64 villageId = 0);

    // True when a search answers at once: the index is read (or the worker has just read it).
    bool isReady() const;
    // Starts reading the index: on a worker when the ledger is large and has a file, else now.
    // Does nothing when it is read or being read. (Tests lower the size read at once.)
    void prepareInBackground(qint64 readAtOnceBelow = kReadAtOnceBelow);

    // Forgets everything (the file under the ledger was replaced); the next search reads it again.
    void invalidate();

    // How the text is compared: half-width, case-folded, line breaks as spaces.
    static QString folded(const QString &text);
    // True when text is digits (an ID may end in X), at least three: looked up in IDs and phones.
    static bool isNumberQuery(const QString &folded);

    // Below this many households the index is read at once (well within one 50 ms frame).
    static constexpr qint64 kReadAtOnceBelow = 20000;

private:
    struct Entry
    {
        qint64 id = 0; // 0 = removed or superseded by a later entry
        qint64 village = 0;
        qsizetype wordsAt = 0;   // in words: name '\x1f' address '\x1f' group '\n'
        qsizetype numbersAt = 0; // in numbers: '\x1e' ID '\x1d' '\x1e' phone '\x1d'
        int idLength = 0;
        int phoneLength = 0;
    };
    // The searchable text of the households, as one connection read it.
    struct Index
    {
        qint64 seenAudit = -1; // newest audit_log id reflected here
        QString words;
        QString numbers;
        QVector<Entry> entries; // in the order their text was appended
        QHash<qint64, qsizetype> entryOf; // household id → its live entry
        qsizetype dead = 0;

        void append(qint64 id, qint64 village, const QString &name, const QString &address, const QString &group,
                    const QString &idNumber, const QString &phone);
        bool read(const QSqlDatabase &db, const QString &where, const QVector<qint64> &ids,
                  const std::atomic<bool> *stop = nullptr);
    };
    // The whole index read through db (inside one read transaction, so the audit id and the
    // households agree); false when it could not be read or was stopped.
    static bool readAll(const QSqlDatabase &db, Index *index, const std::atomic<bool> *stop);
    struct Worker
    {
        std::thread thread;
        std::atomic<bool> stop{false};
        std::atomic<bool> done{false};
        bool ok = false;
        Index index;
    };

    void refresh();
    void rebuild();
    void adoptWorker(); // joins a running worker and takes its index when it read one
    void scan(const QString &needle, qint64 villageId, QVector<qint64> *out) const;
    void scanNumbers(const QString &digits, qint64 villageId, QVector<qint64> *out) const;
    qsizetype entryAt(qsizetype pos) const;

    Ledger &m_ledger;
    bool m_built = false;
    Index m_index;
    std::unique_ptr<Worker> m_worker;
};

} // namespace tl
