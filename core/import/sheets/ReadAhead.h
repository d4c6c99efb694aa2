#pragma once

#include "import/sheets/SheetSource.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tl {

// A sheet read, and each row prepared, on a second thread while the caller works through the
// rows before: reading and parsing a sheet of 200,000 rows keep one core busy, writing them into
// the ledger the other. The rows come out in the sheet's order; at most a few thousand wait in
// between, so a sheet of a million rows is not held in memory.
//
// `prepare` runs on the reading thread: it must not touch the ledger (its connection belongs to
// the caller's thread) or anything the caller changes meanwhile.
template <typename Row> class ReadAhead
{
public:
    using Prepare = std::function<Row(int rowNumber, const QVariantList &cells)>;

    ReadAhead(const QString &path, const QString &sheet, Prepare prepare)
        : m_prepare(std::move(prepare))
    {
        m_thread = std::thread([this, path, sheet] {
            std::vector<Row> batch;
            batch.reserve(kBatch);
            QString error;
            const SheetSource::Result result = SheetSource::read(
                path, sheet,
                [&](int rowNumber, const QVariantList &cells) {
                    batch.push_back(m_prepare(rowNumber, cells));
                    return batch.size() < kBatch || hand(batch);
                },
                &error);
            if (!batch.empty())
                hand(batch);
            std::lock_guard lock(m_mutex);
            m_result = result;
            m_error = error;
            m_done = true;
            m_ready.notify_all();
        });
    }
    ~ReadAhead()
    {
        stop();
        m_thread.join();
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // The next row, valid until the next call; null at the end of the sheet, after stop(), or
    // when reading failed (result()). Rows are handed back to the reading thread with their batch,
    // to be freed there: memory freed by the thread that allocated it costs no lock.
    Row *next()
    {
        if (m_at == m_current.size()) {
            std::unique_lock lock(m_mutex);
            if (!m_current.empty())
                m_spent.push_back(std::move(m_current));
            m_current = std::vector<Row>();
            m_ready.wait(lock, [&] { return !m_batches.empty() || m_done || m_stopped; });
            if (m_batches.empty() || m_stopped)
                return nullptr;
            m_current = std::move(m_batches.front());
            m_batches.pop_front();
            m_at = 0;
            m_room.notify_all();
        }
        return &m_current[m_at++];
    }
    // The reading thread stops at its next row.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_room.notify_all();
        m_ready.notify_all();
    }
    // After next() returned false: how the reading ended (Cancelled after stop()).
    SheetSource::Result result()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_done; });
        return m_result;
    }
    QString error()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_done; });
        return m_error;
    }

private:
    static constexpr size_t kBatch = 256;
    static constexpr size_t kBatchesWaiting = 16;

    // On the reading thread: a full batch to the caller; false when the caller stopped.
    bool hand(std::vector<Row> &batch)
    {
        std::vector<Row> next;
        {
            std::unique_lock lock(m_mutex);
            m_room.wait(lock, [&] { return m_batches.size() < kBatchesWaiting || m_stopped; });
            if (m_stopped)
                return false;
            m_batches.push_back(std::move(batch));
            m_ready.notify_all();
            if (!m_spent.empty()) {
                next = std::move(m_spent.front());
                m_spent.pop_front();
            }
        }
        next.clear(); // the rows the caller is done with, freed here, outside the lock
        next.reserve(kBatch);
        batch = std::move(next);
        return true;
    }

    Prepare m_prepare;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_ready; // a batch is waiting, or the reading ended
    std::condition_variable m_room; // the caller took a batch, or stopped
    std::deque<std::vector<Row>> m_batches;
    std::deque<std::vector<Row>> m_spent; // batches the caller is done with
    bool m_done = false;
    bool m_stopped = false;
    SheetSource::Result m_result = SheetSource::Result::Failed;
    QString m_error;
    // The caller's side only.
    std::vector<Row> m_current;
    size_t m_at = 0;
};

} // namespace tl
