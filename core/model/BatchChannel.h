#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <vector>

namespace tl {

// Rows handed from one thread (the producer) to another (the consumer) in batches, for work split
// across the two cores: reading a sheet beside writing it, hashing the trail beside reading it.
//
// The consumer hands each batch back when it is done with it, and the producer frees the rows
// there, on the thread that made them: glibc frees another thread's memory under its arena's
// lock, and at county scale (200,000 rows) that lock cost more than the second thread gained.
// At most `capacity` batches wait, so a million rows are never held at once.
template <typename T> class BatchChannel
{
public:
    explicit BatchChannel(std::size_t batchSize = 256, std::size_t capacity = 16)
        : m_batchSize(batchSize)
        , m_capacity(capacity)
    {
        m_filling.reserve(m_batchSize);
    }
    BatchChannel(const BatchChannel &) = delete;
    BatchChannel &operator=(const BatchChannel &) = delete;

    // Producer: adds a row; a full batch goes to the consumer (waiting for room). False once the
    // consumer has closed the channel.
    bool put(T row)
    {
        m_filling.push_back(std::move(row));
        return m_filling.size() < m_batchSize || handOver();
    }
    // Producer: the last rows go over; no more come. The batches handed back are freed here.
    void finish()
    {
        if (!m_filling.empty())
            handOver();
        std::deque<std::vector<T>> spent;
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
            m_ready.notify_all();
            spent.swap(m_spent);
        }
    }

    // Consumer: the next row, valid until the next call; null when the producer has finished and
    // every row was taken, or after close().
    T *take()
    {
        if (m_at == m_current.size()) {
            std::unique_lock lock(m_mutex);
            if (!m_current.empty())
                m_spent.push_back(std::move(m_current));
            m_current = std::vector<T>();
            m_ready.wait(lock, [&] { return !m_batches.empty() || m_finished || m_closed; });
            if (m_batches.empty() || m_closed)
                return nullptr;
            m_current = std::move(m_batches.front());
            m_batches.pop_front();
            m_at = 0;
            m_room.notify_all();
        }
        return &m_current[m_at++];
    }
    // Consumer: no more rows wanted; a producer waiting for room is let go (put() is false).
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_room.notify_all();
        m_ready.notify_all();
    }

private:
    bool handOver()
    {
        std::vector<T> next;
        {
            std::unique_lock lock(m_mutex);
            m_room.wait(lock, [&] { return m_batches.size() < m_capacity || m_closed; });
            if (m_closed)
                return false;
            m_batches.push_back(std::move(m_filling));
            m_ready.notify_all();
            if (!m_spent.empty()) {
                next = std::move(m_spent.front());
                m_spent.pop_front();
            }
        }
        next.clear(); // the rows the consumer is done with, freed here, outside the lock
        next.reserve(m_batchSize);
        m_filling = std::move(next);
        return true;
    }

    const std::size_t m_batchSize;
    const std::size_t m_capacity;
    std::vector<T> m_filling; // the producer's
    std::vector<T> m_current; // the consumer's
    std::size_t m_at = 0;
    std::mutex m_mutex;
    std::condition_variable m_ready; // a batch waits, or the producer finished, or closed
    std::condition_variable m_room; // the consumer took a batch, or closed
    std::deque<std::vector<T>> m_batches;
    std::deque<std::vector<T>> m_spent; // taken and done with, to be freed by the producer
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace tl
